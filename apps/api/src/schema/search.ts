// One search over actors, events, findings, recommendations, indicators and publications (German
// full-text search in packages/db/src/search). The database decides what the viewer may see; the
// hits then carry the real objects, loaded in one statement per kind with the selection the
// client asked for, so a page of hits costs the same few statements however long it is.
import { countSearch, plainSnippet, search, searchKinds, snippetParts, visibleRecommendations } from '@atlas/db';
import type { Prisma, SearchKind, SearchRow } from '@atlas/db';
import { localized, ValidationFailed } from '@atlas/domain';
import { cursorToOffset, offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { boundRegionId } from '../authz/region-binding.js';
import { builder } from '../builder.js';
import { principalOf } from '../context.js';
import type { Context } from '../context.js';
import { Actor, visibleActors } from './actor.js';
import { Event, visibleEvents } from './event.js';
import { Finding, visibleFindings } from './finding.js';
import { Indicator } from './indicator.js';
import { langArgs, languageOf } from './language.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, refuseLargePages } from './paging.js';
import { Publication } from './publication.js';
import { editorOf, Recommendation } from './recommendation.js';

const kindDescriptions: Record<SearchKind, string> = {
  ACTOR: 'Actor (Akteur): an organisation.',
  EVENT: 'Event (Veranstaltung).',
  FINDING: 'Finding (Erkenntnis); the public searches the anonymised wording.',
  RECOMMENDATION: 'Recommendation (Handlungsempfehlung).',
  INDICATOR: 'Indicator (Indikator).',
  PUBLICATION: 'Publication (Veröffentlichung).',
};

export const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What kind of object a search hit is.',
  values: Object.fromEntries(searchKinds.map((kind) => [kind, { description: kindDescriptions[kind] }])) as Record<SearchKind, { description: string }>,
});

const typeNames: Record<SearchKind, string> = {
  ACTOR: 'Actor',
  EVENT: 'Event',
  FINDING: 'Finding',
  RECOMMENDATION: 'Recommendation',
  INDICATOR: 'Indicator',
  PUBLICATION: 'Publication',
};

/** The GraphQL type of every loaded record, for the union to tell them apart. */
const typeOfRecord = new WeakMap<object, string>();

const SearchResult = builder.unionType('SearchResult', {
  description: 'The object a search hit stands for.',
  types: [Actor, Event, Finding, Recommendation, Indicator, Publication],
  resolveType: (record) => typeOfRecord.get(record) ?? null,
});

/** Any of the records the union stands for. */
type SearchNode = typeof SearchResult.$inferType;

interface Hit {
  row: SearchRow;
  node: SearchNode;
}

const SnippetPart = builder.objectRef<{ text: string; highlighted: boolean }>('SearchSnippetPart').implement({
  description: 'A piece of a snippet; highlighted pieces are the words that matched. Render as text, never as HTML.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The text of the piece.' }),
    highlighted: t.exposeBoolean('highlighted', { description: 'True for a matched word.' }),
  }),
});

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One search result: what it is, its title, the text around the matched words, and the object itself.',
  fields: (t) => ({
    kind: t.field({ type: SearchKindEnum, description: 'What kind of object it is.', resolve: (hit) => hit.row.kind }),
    title: t.string({
      args: langArgs(),
      description: 'Title (for findings: the wording you may see).',
      resolve: (hit, args, ctx) => localized(languageOf(args, ctx), hit.row.titleDe, hit.row.titleEn),
    }),
    snippet: t.string({ description: 'Plain text around the matched words.', resolve: (hit) => plainSnippet(hit.row.snippet) }),
    snippetParts: t.field({ type: [SnippetPart], description: 'The snippet split into plain and matched pieces.', resolve: (hit) => snippetParts(hit.row.snippet) }),
    snippetLanguage: t.string({ description: '"de", or "en" when only the English text matched.', resolve: (hit) => (hit.row.snippetIsEnglish ? 'en' : 'de') }),
    rank: t.float({ description: 'Relevance (higher first); comparable within one search only.', resolve: (hit) => hit.row.rank }),
    node: t.field({ type: SearchResult, description: 'The object itself.', resolve: (hit) => hit.node }),
  }),
});

type Query = { select?: object; include?: object };

/**
 * The records behind the hits, one findMany per kind, with the selection the client asked for
 * under edges.node.node. The list rules are applied again as a second lock on the same door.
 */
async function loadNodes(ctx: Context, info: GraphQLResolveInfo, rows: SearchRow[]): Promise<Map<string, SearchNode>> {
  const idsOf = (kind: SearchKind) => rows.filter((row) => row.kind === kind).map((row) => row.id);
  const queryOf = (kind: SearchKind): Query => queryFromInfo({ context: ctx, info, typeName: typeNames[kind], path: ['edges', 'node', 'node'] }) as Query;
  const load: Record<SearchKind, (ids: string[]) => Promise<Array<{ id: string }>>> = {
    ACTOR: (ids) => ctx.prisma.actor.findMany({ ...(queryOf('ACTOR') as Prisma.ActorDefaultArgs), where: { AND: [{ id: { in: ids } }, visibleActors(ctx)] } }),
    EVENT: (ids) => ctx.prisma.event.findMany({ ...(queryOf('EVENT') as Prisma.EventDefaultArgs), where: { AND: [{ id: { in: ids } }, visibleEvents(ctx)] } }),
    FINDING: (ids) => ctx.prisma.finding.findMany({ ...(queryOf('FINDING') as Prisma.FindingDefaultArgs), where: { AND: [{ id: { in: ids } }, visibleFindings(ctx)] } }),
    RECOMMENDATION: (ids) =>
      ctx.prisma.recommendation.findMany({
        ...(queryOf('RECOMMENDATION') as Prisma.RecommendationDefaultArgs),
        where: { AND: [{ id: { in: ids } }, visibleRecommendations(editorOf(ctx))] },
      }),
    INDICATOR: (ids) => ctx.prisma.indicator.findMany({ ...(queryOf('INDICATOR') as Prisma.IndicatorDefaultArgs), where: { id: { in: ids } } }),
    // Publication visibility lives in the SQL of the search (published, or a draft of your region).
    PUBLICATION: (ids) => ctx.prisma.publication.findMany({ ...(queryOf('PUBLICATION') as Prisma.PublicationDefaultArgs), where: { id: { in: ids } } }),
  };
  const nodes = new Map<string, SearchNode>();
  await Promise.all(
    searchKinds.map(async (kind) => {
      const ids = idsOf(kind);
      if (ids.length === 0) return;
      for (const record of await load[kind](ids)) {
        typeOfRecord.set(record, typeNames[kind]);
        // The rows carry the selection the client asked for, which is what Pothos expects of them.
        nodes.set(`${kind}:${record.id}`, record as SearchNode);
      }
    }),
  );
  return nodes;
}

function isOffsetCursor(cursor: string): boolean {
  try {
    return Number.isInteger(cursorToOffset(cursor)) && cursorToOffset(cursor) >= 0;
  } catch {
    return false;
  }
}

const SearchConnection = builder.connectionObject(
  {
    type: SearchHit,
    name: 'SearchConnection',
    description: 'A page of search hits, best first.',
    fields: (t) => ({
      totalCount: t.int({ description: 'Hits you may see, over all pages.', resolve: (connection) => (connection as { totalCount?: number }).totalCount ?? 0 }),
    }),
  },
  { name: 'SearchEdge', description: 'One hit in a page.' },
);

builder.queryFields((t) => ({
  search: t.field({
    type: SearchConnection,
    description:
      'German full-text search ("Radwege" finds "Radweg"; quotes, OR and -word work as on the web) over actors, events, findings, ' +
      'recommendations, indicators and publications you may see. English titles and texts are searched word by word. ' +
      'Pages forwards with first/after and backwards with last/before (the cursor is an offset). ' +
      'A partner key bound to a region finds that region\'s items (and the shared indicators) only.',
    args: {
      query: t.arg.string({ required: true, description: `The words to search for, ${2}–${200} characters.` }),
      kinds: t.arg({ type: [SearchKindEnum], required: false, description: 'Only these kinds; omitted: all.' }),
      municipality: t.arg.string({ required: false, description: 'AGS of a municipality: only its items (indicators drop out).' }),
      first: t.arg.int({ required: false, description: `Page size: default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` }),
      after: t.arg.string({ required: false, description: "Cursor (an edge's `cursor` or `pageInfo.endCursor`) to continue after." }),
      last: t.arg.int({ required: false, description: `Page size counted back from \`before\` (or from the end): at most ${MAX_PAGE_SIZE}.` }),
      before: t.arg.string({ required: false, description: "Cursor (an edge's `cursor` or `pageInfo.startCursor`) to page back from." }),
    },
    resolve: async (_root, args, ctx, info) => {
      refuseLargePages(args);
      if (args.municipality != null && !/^\d{8}$/.test(args.municipality)) {
        throw ValidationFailed.of('municipality', 'muss ein achtstelliger Gemeindeschlüssel (AGS) sein', 'must be an 8-digit municipality key (AGS)');
      }
      for (const name of ['after', 'before'] as const) {
        const cursor = args[name];
        if (cursor != null && !isOffsetCursor(cursor)) throw ValidationFailed.of(name, 'ist kein Cursor dieser Suche', 'is not a cursor of this search');
      }
      const scope = { query: args.query, kinds: args.kinds, municipalityAgs: args.municipality, regionId: boundRegionId(principalOf(ctx)) };
      // Counting back from the end needs to know where the end is.
      const totalCount = args.last != null && args.before == null ? await countSearch(ctx.prisma, editorOf(ctx), scope) : undefined;
      const { offset, limit, hasPreviousPage, hasNextPage } = offsetForArgs({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount });
      const page = await search(ctx.prisma, editorOf(ctx), { ...scope, offset, limit });
      const nodes = await loadNodes(ctx, info, page.rows);
      const edges = page.rows.slice(0, limit - 1).flatMap((row, index) => {
        const node = nodes.get(`${row.kind}:${row.id}`);
        return node ? [{ cursor: offsetToCursor(offset + index), node: { row, node } }] : [];
      });
      return {
        edges,
        totalCount: page.total,
        pageInfo: {
          hasPreviousPage,
          hasNextPage: hasNextPage(page.rows.length),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
}));
