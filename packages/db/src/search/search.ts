// One German full-text search over actors, events, findings, recommendations, indicators and
// publications, in one statement. Each kind is one branch of a UNION ALL that applies the same
// visibility rules as that kind's list query (apps/api/src/schema/<kind>.ts): the public sees
// non-archived actors, public events, published findings (their anonymised wording only), public
// recommendations, all indicators and published publications; staff of a region also see that
// region's drafts, and the recorded statement of its findings. Contacts, consents and interviews
// are never searched.
//
// Languages: German columns go through the 'german' configuration (stemming: "Radwege" finds
// "Radweg"); English columns (titleEn, textEn, bodyEn, definitionEn) through 'simple', because
// German stemming would mangle English words and English stemming would mangle the German query
// text searched against them. A hit matches when either side matches.
//
// The match expressions are written exactly like the expression indexes of migration
// 20261125190000_search_indexes, so PostgreSQL can use them.
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { isStaffRole } from '../recommendation/access.js';
import type { Editor } from '../recommendation/access.js';
import { checkSearchQuery, searchKinds } from './query.js';
import type { SearchKind, SearchOptions, SearchPage, SearchRow } from './query.js';

interface RawRow {
  kind: SearchKind;
  id: string;
  titleDe: string;
  titleEn: string | null;
  snippet: string | null;
  snippetIsEnglish: boolean;
  rank: number;
  total: number;
}

/** Who sees what, as the list queries decide it. */
interface Visibility {
  /** ADMIN without a region: every region's drafts. */
  allRegions: boolean;
  /** Staff of one region: that region's drafts. */
  ownRegion: string | null;
  /** visibleActors lets any staff account without a region see archived actors. */
  allActors: boolean;
}

function visibilityOf(viewer: Editor | null): Visibility {
  const staff = viewer !== null && isStaffRole(viewer.role);
  return {
    allRegions: staff && viewer.role === 'ADMIN' && viewer.regionId === null,
    ownRegion: staff ? viewer.regionId : null,
    allActors: staff && viewer.regionId === null,
  };
}

/** True for rows of a region whose drafts the viewer may see (canEditRegion in SQL). */
const ownRegion = (regionId: Prisma.Sql, v: Visibility) => Prisma.sql`(${v.allRegions}::boolean OR ${regionId} = ${v.ownRegion}::text)`;

const headlineOptions = Prisma.sql`'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'`;

/** Searches what `viewer` may see; ordered by rank, then kind and id so pages are stable. */
export async function search(prisma: PrismaClient, viewer: Editor | null, options: SearchOptions): Promise<SearchPage> {
  const text = checkSearchQuery(options.query);
  const wanted = new Set<SearchKind>(options.kinds?.length ? options.kinds : searchKinds);
  const v = visibilityOf(viewer);
  const de = Prisma.sql`websearch_to_tsquery('german', ${text})`;
  const en = Prisma.sql`websearch_to_tsquery('simple', ${text})`;
  const ags = options.municipalityAgs ?? null;
  const region = options.regionId ?? null;
  // The asked-for municipality, and the region a bound partner key reads (null: every region).
  const inScope = (municipalityId: Prisma.Sql, regionId: Prisma.Sql) => {
    const inMunicipality = ags === null ? Prisma.sql`TRUE` : Prisma.sql`${municipalityId} IN (SELECT id FROM "Municipality" WHERE ags = ${ags})`;
    return region === null ? inMunicipality : Prisma.sql`${inMunicipality} AND ${regionId} = ${region}::text`;
  };

  const branches: Prisma.Sql[] = [];
  if (wanted.has('ACTOR')) {
    branches.push(Prisma.sql`
      SELECT 'ACTOR' AS kind, a.id, a.name AS "titleDe", NULL::text AS "titleEn",
             a.name || ' ' || coalesce(a."descriptionDe", '') AS "bodyDe", NULL::text AS "bodyEn", TRUE AS "matchedDe",
             ts_rank(setweight(to_tsvector('german', a.name), 'A') || setweight(to_tsvector('german', coalesce(a."descriptionDe", '')), 'B'), ${de}) AS rank
        FROM "Actor" a
       WHERE (a."archivedAt" IS NULL OR ${v.allActors}::boolean OR a."regionId" = ${v.ownRegion}::text) AND ${inScope(Prisma.sql`a."municipalityId"`, Prisma.sql`a."regionId"`)}
         AND to_tsvector('german', a.name || ' ' || coalesce(a."descriptionDe", '')) @@ ${de}`);
  }
  if (wanted.has('EVENT')) {
    const deDoc = Prisma.sql`to_tsvector('german', e."titleDe" || ' ' || coalesce(e.place, '') || ' ' || coalesce(e."descriptionDe", '') || ' ' || coalesce(e."minutesDe", ''))`;
    const enDoc = Prisma.sql`to_tsvector('simple', coalesce(e."titleEn", ''))`;
    branches.push(Prisma.sql`
      SELECT 'EVENT', e.id, e."titleDe", e."titleEn",
             concat_ws(' · ', e.place, e."descriptionDe", e."minutesDe", e."titleDe"), e."titleEn", ${deDoc} @@ ${de},
             ts_rank(setweight(to_tsvector('german', e."titleDe"), 'A') || ${deDoc}, ${de}) + ts_rank(setweight(${enDoc}, 'A'), ${en})
        FROM "Event" e
       WHERE (e."isPublic" OR ${ownRegion(Prisma.sql`e."regionId"`, v)}) AND ${inScope(Prisma.sql`e."municipalityId"`, Prisma.sql`e."regionId"`)}
         AND (${deDoc} @@ ${de} OR ${enDoc} @@ ${en})`);
  }
  if (wanted.has('FINDING')) {
    // The recorded statement counts only for staff of the finding's region; everybody else searches
    // (and gets snippets from) the anonymised public wording and the themes.
    const mayReadStatement = ownRegion(Prisma.sql`f."regionId"`, v);
    const publicDoc = Prisma.sql`to_tsvector('german', coalesce(f."publicStatementDe", ''))`;
    const themesDoc = Prisma.sql`to_tsvector('german', array_to_string(f.themes, ' '))`;
    const statementDoc = Prisma.sql`to_tsvector('german', f."statementDe")`;
    branches.push(Prisma.sql`
      SELECT 'FINDING', f.id,
             CASE WHEN ${mayReadStatement} THEN coalesce(f."publicStatementDe", f."statementDe") ELSE coalesce(f."publicStatementDe", '') END, NULL::text,
             CASE WHEN ${mayReadStatement} THEN concat_ws(' · ', f."statementDe", f."publicStatementDe", array_to_string(f.themes, ', '))
                  ELSE concat_ws(' · ', f."publicStatementDe", array_to_string(f.themes, ', ')) END,
             NULL::text, TRUE,
             ts_rank(setweight(${publicDoc}, 'A') || setweight(${themesDoc}, 'B') || CASE WHEN ${mayReadStatement} THEN setweight(${statementDoc}, 'B') ELSE ''::tsvector END, ${de})
        FROM "Finding" f
       WHERE (f."isPublished" OR ${mayReadStatement}) AND ${inScope(Prisma.sql`f."municipalityId"`, Prisma.sql`f."regionId"`)}
         AND (${publicDoc} @@ ${de} OR ${themesDoc} @@ ${de} OR (${mayReadStatement} AND ${statementDoc} @@ ${de}))`);
  }
  if (wanted.has('RECOMMENDATION')) {
    const deDoc = Prisma.sql`to_tsvector('german', r."titleDe" || ' ' || r."textDe")`;
    const enDoc = Prisma.sql`to_tsvector('simple', coalesce(r."titleEn", '') || ' ' || coalesce(r."textEn", ''))`;
    branches.push(Prisma.sql`
      SELECT 'RECOMMENDATION', r.id, r."titleDe", r."titleEn", r."textDe", coalesce(r."textEn", r."titleEn"), ${deDoc} @@ ${de},
             ts_rank(setweight(to_tsvector('german', r."titleDe"), 'A') || ${deDoc}, ${de}) + ts_rank(${enDoc}, ${en})
        FROM "Recommendation" r
       WHERE r."archivedAt" IS NULL AND (r.status <> 'DRAFT' OR ${ownRegion(Prisma.sql`r."regionId"`, v)}) AND ${inScope(Prisma.sql`r."municipalityId"`, Prisma.sql`r."regionId"`)}
         AND (${deDoc} @@ ${de} OR ${enDoc} @@ ${en})`);
  }
  if (wanted.has('INDICATOR') && ags === null) {
    // The indicator catalogue is shared by every region and public.
    const deDoc = Prisma.sql`to_tsvector('german', i."titleDe" || ' ' || coalesce(i."definitionDe", ''))`;
    const enDoc = Prisma.sql`to_tsvector('simple', i."titleEn" || ' ' || coalesce(i."definitionEn", ''))`;
    branches.push(Prisma.sql`
      SELECT 'INDICATOR', i.id, i."titleDe", i."titleEn", coalesce(i."definitionDe", i."titleDe"), coalesce(i."definitionEn", i."titleEn"), ${deDoc} @@ ${de},
             ts_rank(setweight(to_tsvector('german', i."titleDe"), 'A') || ${deDoc}, ${de}) + ts_rank(${enDoc}, ${en})
        FROM "Indicator" i
       WHERE ${deDoc} @@ ${de} OR ${enDoc} @@ ${en}`);
  }
  if (wanted.has('PUBLICATION')) {
    const deDoc = Prisma.sql`to_tsvector('german', p."titleDe" || ' ' || p."bodyDe")`;
    const enDoc = Prisma.sql`to_tsvector('simple', coalesce(p."titleEn", '') || ' ' || coalesce(p."bodyEn", ''))`;
    // Snippets without the Markdown marks, which would only be noise in a result list.
    const plain = (column: Prisma.Sql) => Prisma.sql`regexp_replace(${column}, '[#*_>\`|]+', '', 'g')`;
    branches.push(Prisma.sql`
      SELECT 'PUBLICATION', p.id, p."titleDe", p."titleEn", ${plain(Prisma.sql`p."bodyDe"`)}, ${plain(Prisma.sql`coalesce(p."bodyEn", p."titleEn")`)}, ${deDoc} @@ ${de},
             ts_rank(setweight(to_tsvector('german', p."titleDe"), 'A') || ${deDoc}, ${de}) + ts_rank(${enDoc}, ${en})
        FROM "Publication" p
       WHERE (p.status = 'PUBLISHED' OR ${ownRegion(Prisma.sql`p."regionId"`, v)}) AND ${inScope(Prisma.sql`p."municipalityId"`, Prisma.sql`p."regionId"`)}
         AND (${deDoc} @@ ${de} OR ${enDoc} @@ ${en})`);
  }
  if (branches.length === 0) return { rows: [], total: 0 };

  // Snippets are built for the one page only: ts_headline is the expensive part.
  const rows = await prisma.$queryRaw<RawRow[]>`
    WITH hits (kind, id, "titleDe", "titleEn", "bodyDe", "bodyEn", "matchedDe", rank) AS (${Prisma.join(branches, ' UNION ALL ')}),
         page AS (SELECT hits.*, count(*) OVER () AS total FROM hits ORDER BY rank DESC, kind, id LIMIT ${options.limit} OFFSET ${options.offset})
    SELECT kind, id, "titleDe", "titleEn", rank::float8 AS rank, total::int AS total, NOT "matchedDe" AS "snippetIsEnglish",
           CASE WHEN "matchedDe" THEN ts_headline('german', translate("bodyDe", chr(2) || chr(3), ''), ${de}, ${headlineOptions})
                ELSE ts_headline('simple', translate(coalesce("bodyEn", ''), chr(2) || chr(3), ''), ${en}, ${headlineOptions}) END AS snippet
      FROM page
     ORDER BY rank DESC, kind, id`;

  const total = rows[0]?.total ?? (options.offset > 0 ? await countSearch(prisma, viewer, options) : 0);
  return { rows: rows.map(toRow), total };
}

const toRow = (row: RawRow): SearchRow => ({
  kind: row.kind,
  id: row.id,
  titleDe: row.titleDe,
  titleEn: row.titleEn,
  snippet: row.snippet ?? '',
  snippetIsEnglish: row.snippetIsEnglish,
  rank: Number(row.rank),
});

/**
 * All hits the viewer may see: for a page past the end, where the window count has no row to ride
 * on, and for paging backwards from the end (`last` without `before`), which needs the total first.
 */
export async function countSearch(prisma: PrismaClient, viewer: Editor | null, options: Omit<SearchOptions, 'offset' | 'limit'>): Promise<number> {
  const first = await search(prisma, viewer, { ...options, offset: 0, limit: 1 });
  return first.total;
}
