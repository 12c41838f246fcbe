// Per-request loaders for indicator values: whatever a query asks for across indicators, units and
// years, each kind of row is fetched with one statement (per set of units), never one per item.
//
// They read through `ctx.db.read`, hand-written SQL on the database driver, not through Prisma: these
// are the hottest reads of the dashboard, and Prisma's fixed cost per statement (query plan, result
// mapping) was larger than the statement itself on the embedded database (measured in the issue 3
// benchmark). `read` reports each statement like Prisma's, so the statement-count tests see them.
// Statistics are shared by all regions, so the region binding of keys (a Prisma extension) has
// nothing to add here.
import { modelColumns, type Indicator, type IndicatorTarget } from '@atlas/db';
import type { MunicipalityKind, ReferenceArea } from '@atlas/domain';
import type { Context } from '../context.js';
import { Batcher, groupBy } from './batcher.js';
import { perRequest } from './request-cache.js';

/** A city or district: the units whose values the API reports and aggregates. */
export interface UnitRow {
  id: string;
  ags: string;
  name: string;
  kind: MunicipalityKind;
  regionId: string;
  population: number | null;
}

export interface RegionRow {
  id: string;
  slug: string;
  nameDe: string;
  nameEn: string;
  isDefault: boolean;
}

/** One total (not disaggregated) value of an indicator for one unit and year. */
export interface ObservationPoint {
  indicatorId: string;
  municipalityId: string;
  year: number;
  value: number;
  isDemo: boolean;
}

export interface ReferencePoint {
  indicatorId: string;
  area: ReferenceArea;
  year: number;
  value: number;
}

export type TargetRow = IndicatorTarget;

/** One row of the units-and-regions lookup: a region, with one of its top-level units or none. */
interface UnitRegionRow {
  regionId: string;
  slug: string;
  nameDe: string;
  nameEn: string;
  isDefault: boolean;
  id: string | null;
  ags: string | null;
  name: string | null;
  kind: MunicipalityKind | null;
  population: number | null;
}

/**
 * Every region with its top-level units (cities and districts, no towns), in the order the dashboard
 * lists units: cities first, then by name. Small enough to load whole, once per request, and in one
 * statement: a join Prisma's query API would split in two (one per table).
 */
function unitsAndRegions(ctx: Context): Promise<{ units: UnitRow[]; regions: RegionRow[] }> {
  return perRequest(ctx, 'units-and-regions', async () => {
    const rows = await ctx.db.read<UnitRegionRow>(
      `SELECT r.id AS "regionId", r.slug, r."nameDe", r."nameEn", r."isDefault",
              m.id, m.ags, m.name, m.kind::text AS kind, m.population
         FROM "Region" r
         LEFT JOIN "Municipality" m ON m."regionId" = r.id AND m."parentId" IS NULL
        ORDER BY m.kind, m.name, r.slug`,
    );
    const regions = new Map<string, RegionRow>();
    const units: UnitRow[] = [];
    for (const row of rows) {
      if (!regions.has(row.regionId)) {
        regions.set(row.regionId, { id: row.regionId, slug: row.slug, nameDe: row.nameDe, nameEn: row.nameEn, isDefault: row.isDefault });
      }
      if (row.id !== null && row.ags !== null && row.name !== null && row.kind !== null) {
        units.push({ id: row.id, ags: row.ags, name: row.name, kind: row.kind, regionId: row.regionId, population: row.population });
      }
    }
    return { units, regions: [...regions.values()] };
  });
}

/** The indicator with `key`, as Prisma's findUnique would give it; null when there is none. */
export async function indicatorByKey(ctx: Context, key: string): Promise<Indicator | null> {
  const [row] = await ctx.db.read<Indicator>(`SELECT ${modelColumns('Indicator')} FROM "Indicator" WHERE key = $1`, [key]);
  return row ?? null;
}

/** The top-level units (cities and districts) of every region: cities first, then by name. */
export async function allUnits(ctx: Context): Promise<UnitRow[]> {
  return (await unitsAndRegions(ctx)).units;
}

export async function allRegions(ctx: Context): Promise<RegionRow[]> {
  return (await unitsAndRegions(ctx)).regions;
}

type PointTuple = [indicatorId: string, municipalityId: string, year: number, value: number, isDemo: boolean];

/**
 * Observation points of `"Observation" o` (and whatever `fromWhere` joins), by year. They come as
 * one JSON array of tuples instead of a row each: the embedded database's driver decodes rows in
 * JavaScript, and a series' 170 rows took 1.2 ms that way against 0.7 ms as one JSON value (on
 * PostgreSQL both take the same time).
 */
async function readPoints(ctx: Context, fromWhere: string, params: unknown[] = []): Promise<ObservationPoint[]> {
  const [row] = await ctx.db.read<{ points: PointTuple[] }>(
    `SELECT coalesce(json_agg(json_build_array(o."indicatorId", o."municipalityId", o.year, o.value, o."isDemo") ORDER BY o.year), '[]') AS points
     ${fromWhere}`,
    params,
  );
  return (row?.points ?? []).map(([indicatorId, municipalityId, year, value, isDemo]) => ({ indicatorId, municipalityId, year, value, isDemo }));
}

/**
 * Total values of one indicator for the given units. The statement reads the values of every
 * top-level unit (a region has a handful), so it does not wait for the units to be looked up and
 * all indicators asked for in one pass, for whichever units, share it.
 */
export async function observationsOf(ctx: Context, indicatorId: string, unitIds: readonly string[]): Promise<ObservationPoint[]> {
  const points = await loadByIndicator(ctx, 'observations', indicatorId, (indicatorIds) =>
    readPoints(
      ctx,
      `FROM "Observation" o
       JOIN "Municipality" m ON m.id = o."municipalityId" AND m."parentId" IS NULL
      WHERE o."indicatorId" = ANY($1) AND o."disaggregationKey" = ''`,
      [indicatorIds],
    ),
  );
  const units = new Set(unitIds);
  return points.filter((point) => units.has(point.municipalityId));
}

/** Population totals of the given units by year: the weights of population-weighted means. */
export async function populationsOf(ctx: Context, unitIds: readonly string[]): Promise<ObservationPoint[]> {
  const all = await perRequest(ctx, 'populations', () =>
    readPoints(
      ctx,
      `FROM "Observation" o
       JOIN "Indicator" i ON i.id = o."indicatorId" AND i.key = 'population'
       JOIN "Municipality" m ON m.id = o."municipalityId" AND m."parentId" IS NULL
      WHERE o."disaggregationKey" = ''`,
    ),
  );
  const units = new Set(unitIds);
  return all.filter((point) => units.has(point.municipalityId));
}

/**
 * All total values of the given units, for every indicator, grouped by indicator: what the lists of a
 * unit's indicators read. One statement per request, whichever of those lists asks first.
 */
export function unitObservations(ctx: Context, unitIds: readonly string[]): Promise<Map<string, ObservationPoint[]>> {
  const units = [...new Set(unitIds)].sort();
  return perRequest(ctx, `unit-observations:${units.join(',')}`, async () => {
    const rows = await readPoints(ctx, `FROM "Observation" o WHERE o."municipalityId" = ANY($1) AND o."disaggregationKey" = ''`, [units]);
    return groupBy(rows, (row) => row.indicatorId);
  });
}

const targetsStatement = `SELECT ${modelColumns('IndicatorTarget')} FROM "IndicatorTarget"`;
const targetsOrder = 'ORDER BY year, "createdAt", id';

/**
 * Targets of one indicator (all scopes), earliest year first, for series: batched by indicator like
 * `observationsOf`, which seriesOf always asks at the same moment, so both send one statement per
 * pass. Reading the whole table instead (53 rows with long notes) cost more than all the series'
 * values of an indicator on the embedded database.
 */
export function targetsOf(ctx: Context, indicatorId: string): Promise<TargetRow[]> {
  return loadByIndicator(ctx, 'targets', indicatorId, (indicatorIds) =>
    ctx.db.read<TargetRow>(`${targetsStatement} WHERE "indicatorId" = ANY($1) ${targetsOrder}`, [indicatorIds]),
  );
}

/**
 * Targets of one indicator from the whole targets table, read once per request: for the lists of a
 * unit's indicators, which need most indicators' targets and whose fields ask at different moments
 * (batching by indicator would send one or two statements depending on timing).
 */
export async function allTargetsOf(ctx: Context, indicatorId: string): Promise<TargetRow[]> {
  const all = await perRequest(ctx, 'all-targets', async () => {
    const rows = await ctx.db.read<TargetRow>(`${targetsStatement} ${targetsOrder}`);
    return groupBy(rows, (row) => row.indicatorId);
  });
  return all.get(indicatorId) ?? [];
}

/** Germany and NRW totals of one indicator, by year. */
export function referencesOf(ctx: Context, indicatorId: string): Promise<ReferencePoint[]> {
  return loadByIndicator(ctx, 'references', indicatorId, (indicatorIds) =>
    ctx.db.read<ReferencePoint>(
      `SELECT "indicatorId", area::text AS area, year, value FROM "ReferenceObservation"
        WHERE "indicatorId" = ANY($1) AND "disaggregationKey" = ''
        ORDER BY year`,
      [indicatorIds],
    ),
  );
}

/**
 * The rows of one indicator, from one statement per pass for every indicator asked for in it: `read`
 * gets their ids. `name` identifies the kind of row within the request; its first `read` serves all.
 */
function loadByIndicator<Row extends { indicatorId: string }>(
  ctx: Context,
  name: string,
  indicatorId: string,
  read: (indicatorIds: string[]) => Promise<Row[]>,
): Promise<Row[]> {
  const batcher = perRequest(
    ctx,
    name,
    () => new Batcher<string, Row[]>(async (indicatorIds) => groupBy(await read([...indicatorIds]), (row) => row.indicatorId), () => []),
  );
  return batcher.load(indicatorId);
}
