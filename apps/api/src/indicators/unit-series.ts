// Builds the series of one indicator for units, the region and the reference areas from the
// per-request loaders: every indicator asked for in one pass shares the same few statements.
import type { Aggregation, Polarity, ReferenceArea } from '@atlas/domain';
import type { Context } from '../context.js';
import {
  allTargetsOf,
  observationsOf,
  populationsOf,
  referencesOf,
  targetsOf,
  unitObservations,
  type RegionRow,
  type TargetRow,
  type UnitRow,
} from '../loaders/indicator-data.js';
import { assess, type Assessment } from './assessment.js';
import { regionalSeries, type ComputedPoint } from './region-value.js';
import { chooseTarget, type TargetUnit } from './target-choice.js';

/** The columns of an indicator the series and progress need. */
export interface IndicatorFacts {
  id: string;
  polarity: Polarity;
  aggregation: Aggregation;
  decimals: number;
}

export const indicatorFactsSelect = { id: true, polarity: true, aggregation: true, decimals: true } as const;

export type UnitKind = 'MUNICIPALITY' | 'REGION' | ReferenceArea;

export interface SeriesData {
  indicator: IndicatorFacts;
  unitKind: UnitKind;
  /** The AGS of a MUNICIPALITY series. */
  ags: string | null;
  nameDe: string;
  nameEn: string;
  /** True for region values computed by the aggregation rule. */
  computed: boolean;
  /** All points of the series, by year; progress is always measured on all of them. */
  points: ComputedPoint[];
  /** The years a client asked to see (from/to); null for all. */
  range: { from: number | null; to: number | null } | null;
  target: TargetRow | null;
}

export interface SeriesRequest {
  units: readonly UnitRow[];
  /** Adds the region's computed series (when the indicator is aggregable); `regionUnits` make it up. */
  region?: { region: RegionRow; units: readonly UnitRow[] } | null;
  references?: boolean;
  /**
   * Reads the values from all values of the units (loaded once per request) instead of batching by
   * indicator: for lists of a unit's indicators, which several fields of one query may ask for at
   * different moments.
   */
  fromUnitObservations?: boolean;
}

const referenceNames: Record<ReferenceArea, { de: string; en: string }> = {
  GERMANY: { de: 'Deutschland', en: 'Germany' },
  NRW: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
};

/**
 * Starts the loads of `seriesOf` that do not depend on the units, so that they run together with
 * the units lookup instead of after it; `seriesOf` then finds them in the request's loaders.
 */
export function prefetchSeries(ctx: Context, indicator: IndicatorFacts, options: { region: boolean; references: boolean }): void {
  const loads: Array<Promise<unknown>> = [observationsOf(ctx, indicator.id, []), targetsOf(ctx, indicator.id)];
  if (options.references) loads.push(referencesOf(ctx, indicator.id));
  if (options.region && indicator.aggregation === 'POPULATION_WEIGHTED_MEAN') loads.push(populationsOf(ctx, []));
  // A failure surfaces where seriesOf awaits the same load; here it must not count as unhandled.
  for (const load of loads) load.catch(() => undefined);
}

/** The series of `indicator`: units in the given order, then the region, then Germany and NRW. */
export async function seriesOf(ctx: Context, indicator: IndicatorFacts, request: SeriesRequest): Promise<SeriesData[]> {
  const regionUnits = request.region?.units ?? [];
  // One observation query for the units and the region's units together.
  const unitIds = [...request.units, ...regionUnits].map((unit) => unit.id);
  const weighted = request.region != null && indicator.aggregation === 'POPULATION_WEIGHTED_MEAN';
  const [observations, targets, references, populations] = await Promise.all([
    request.fromUnitObservations
      ? unitObservations(ctx, unitIds).then((byIndicator) => byIndicator.get(indicator.id) ?? [])
      : observationsOf(ctx, indicator.id, unitIds),
    request.fromUnitObservations ? allTargetsOf(ctx, indicator.id) : targetsOf(ctx, indicator.id),
    request.references ? referencesOf(ctx, indicator.id) : Promise.resolve([]),
    weighted ? populationsOf(ctx, regionUnits.map((unit) => unit.id)) : Promise.resolve([]),
  ]);
  const series = (
    unitKind: UnitKind,
    names: { de: string; en: string; ags?: string },
    points: ComputedPoint[],
    targetUnit: TargetUnit,
  ): SeriesData => ({
    indicator,
    unitKind,
    ags: names.ags ?? null,
    nameDe: names.de,
    nameEn: names.en,
    computed: unitKind === 'REGION',
    points,
    range: null,
    target: chooseTarget(targets, targetUnit, points.at(-1)?.year ?? null),
  });

  const result = request.units.map((unit) =>
    series(
      'MUNICIPALITY',
      { de: unit.name, en: unit.name, ags: unit.ags },
      observations
        .filter((point) => point.municipalityId === unit.id)
        .map(({ year, value, isDemo }) => ({ year, value, isDemo })),
      { scope: 'MUNICIPALITY', municipalityId: unit.id, regionId: unit.regionId },
    ),
  );

  if (request.region && indicator.aggregation !== 'NOT_AGGREGABLE') {
    const { region, units } = request.region;
    const points = regionalSeries({
      rule: indicator.aggregation,
      unitIds: units.map((unit) => unit.id),
      values: observations.map((point) => ({ ...point, unitId: point.municipalityId })),
      populations: populations.map((point) => ({ unitId: point.municipalityId, year: point.year, population: point.value })),
      fallbackPopulations: Object.fromEntries(
        units.flatMap((unit) => (unit.population == null ? [] : [[unit.id, unit.population]])),
      ),
    });
    result.push(series('REGION', { de: region.nameDe, en: region.nameEn }, points ?? [], { scope: 'REGION', regionId: region.id }));
  }

  if (request.references) {
    for (const area of ['GERMANY', 'NRW'] as const) {
      const points = references.filter((point) => point.area === area).map(({ year, value }) => ({ year, value, isDemo: false }));
      if (points.length > 0) result.push(series(area, referenceNames[area], points, { scope: 'COUNTRY' }));
    }
  }
  return result;
}

/** The points inside the requested year range. */
export function visiblePoints(series: SeriesData): ComputedPoint[] {
  const from = series.range?.from ?? null;
  const to = series.range?.to ?? null;
  return series.points.filter((point) => (from === null || point.year >= from) && (to === null || point.year <= to));
}

const assessments = new WeakMap<SeriesData, Assessment<TargetRow>>();

/** Both progress methods for a series (computed once per series object). */
export function assessmentOf(series: SeriesData): Assessment<TargetRow> {
  let assessment = assessments.get(series);
  if (!assessment) {
    assessment = assess(series.points, series.indicator.polarity, series.target);
    assessments.set(series, assessment);
  }
  return assessment;
}
