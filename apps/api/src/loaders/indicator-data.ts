// Per-request loaders for indicator values: whatever a query asks for across indicators, units and
// years, each kind of row is fetched with one statement (per set of units), never one per item.
import type { IndicatorTarget } from '@atlas/db';
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

/**
 * The top-level units (cities and districts, no towns) of every region, in the order the dashboard
 * lists them: cities first, then by name. Small enough to load whole, once per request.
 */
export function allUnits(ctx: Context): Promise<UnitRow[]> {
  return perRequest(ctx, 'units', () =>
    ctx.prisma.municipality.findMany({
      where: { parentId: null },
      select: { id: true, ags: true, name: true, kind: true, regionId: true, population: true },
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    }),
  );
}

export function allRegions(ctx: Context): Promise<RegionRow[]> {
  return perRequest(ctx, 'regions', () =>
    ctx.prisma.region.findMany({ select: { id: true, slug: true, nameDe: true, nameEn: true, isDefault: true } }),
  );
}

/** Total values of one indicator for the given units; all indicators asked for in one pass share one query. */
export function observationsOf(ctx: Context, indicatorId: string, unitIds: readonly string[]): Promise<ObservationPoint[]> {
  const units = [...new Set(unitIds)].sort();
  const batcher = perRequest(
    ctx,
    `observations:${units.join(',')}`,
    () =>
      new Batcher<string, ObservationPoint[]>(async (indicatorIds) => {
        const rows = await ctx.prisma.observation.findMany({
          where: { indicatorId: { in: [...indicatorIds] }, municipalityId: { in: units }, disaggregationKey: '' },
          select: { indicatorId: true, municipalityId: true, year: true, value: true, isDemo: true },
          orderBy: [{ year: 'asc' }],
        });
        return groupBy(rows, (row) => row.indicatorId);
      }, () => []),
  );
  return batcher.load(indicatorId);
}

/** Population totals of the given units by year: the weights of population-weighted means. */
export function populationsOf(ctx: Context, unitIds: readonly string[]): Promise<ObservationPoint[]> {
  const units = [...new Set(unitIds)].sort();
  return perRequest(ctx, `populations:${units.join(',')}`, () =>
    ctx.prisma.observation.findMany({
      where: { indicator: { key: 'population' }, municipalityId: { in: units }, disaggregationKey: '' },
      select: { indicatorId: true, municipalityId: true, year: true, value: true, isDemo: true },
      orderBy: [{ year: 'asc' }],
    }),
  );
}

/**
 * All total values of the given units, for every indicator, grouped by indicator: what the lists of a
 * unit's indicators read. One statement per request, whichever of those lists asks first.
 */
export function unitObservations(ctx: Context, unitIds: readonly string[]): Promise<Map<string, ObservationPoint[]>> {
  const units = [...new Set(unitIds)].sort();
  return perRequest(ctx, `unit-observations:${units.join(',')}`, async () => {
    const rows = await ctx.prisma.observation.findMany({
      where: { municipalityId: { in: units }, disaggregationKey: '' },
      select: { indicatorId: true, municipalityId: true, year: true, value: true, isDemo: true },
      orderBy: [{ year: 'asc' }],
    });
    return groupBy(rows, (row) => row.indicatorId);
  });
}

/**
 * Targets of one indicator (all scopes), earliest year first. The targets table is small (national
 * targets plus a few local ones), so all of it is read once per request.
 */
export async function targetsOf(ctx: Context, indicatorId: string): Promise<TargetRow[]> {
  const all = await perRequest(ctx, 'targets', async () => {
    const rows = await ctx.prisma.indicatorTarget.findMany({ orderBy: [{ year: 'asc' }, { createdAt: 'asc' }] });
    return groupBy(rows, (row) => row.indicatorId);
  });
  return all.get(indicatorId) ?? [];
}

/** Germany and NRW totals of one indicator, by year. */
export function referencesOf(ctx: Context, indicatorId: string): Promise<ReferencePoint[]> {
  const batcher = perRequest(
    ctx,
    'references',
    () =>
      new Batcher<string, ReferencePoint[]>(async (indicatorIds) => {
        const rows = await ctx.prisma.referenceObservation.findMany({
          where: { indicatorId: { in: [...indicatorIds] }, disaggregationKey: '' },
          select: { indicatorId: true, area: true, year: true, value: true },
          orderBy: [{ year: 'asc' }],
        });
        return groupBy(rows, (row) => row.indicatorId);
      }, () => []),
  );
  return batcher.load(indicatorId);
}
