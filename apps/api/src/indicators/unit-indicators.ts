// The indicators of one unit (a city, a district or the region) with their series and progress, for
// the profile and overview pages: one statement per kind of row, whatever the number of indicators.
import { openSdgStatuses } from '@atlas/domain';
import type { IndicatorTopic, OpenSdgStatus } from '@atlas/domain';
import type { Prisma } from '@atlas/db';
import type { Context } from '../context.js';
import type { RegionRow, UnitRow } from '../loaders/indicator-data.js';
import { assessmentOf, indicatorFactsSelect, seriesOf, type IndicatorFacts, type SeriesData } from './unit-series.js';

/** A unit whose indicators are listed: a city or district, or the region computed from them. */
export type IndicatorUnit = { kind: 'MUNICIPALITY'; unit: UnitRow } | { kind: 'REGION'; region: RegionRow; units: readonly UnitRow[] };

export interface IndicatorListFilter {
  goal?: number | null;
  topic?: IndicatorTopic | null;
}

export interface UnitIndicatorData<Indicator extends IndicatorFacts = IndicatorFacts> {
  indicator: Indicator;
  series: SeriesData;
}

/**
 * Indicators with at least one value for the unit, ordered by topic then key. For the region only
 * aggregable indicators count: the others have no regional value.
 */
export function unitIndicatorWhere(target: IndicatorUnit, filter: IndicatorListFilter): Prisma.IndicatorWhereInput {
  const where: Prisma.IndicatorWhereInput[] = [];
  if (target.kind === 'MUNICIPALITY') {
    where.push({ observations: { some: { municipalityId: target.unit.id, disaggregationKey: '' } } });
  } else {
    where.push({ aggregation: { not: 'NOT_AGGREGABLE' } });
    where.push({ observations: { some: { municipalityId: { in: target.units.map((unit) => unit.id) }, disaggregationKey: '' } } });
  }
  if (filter.goal != null) where.push({ goals: { some: { goalNumber: filter.goal } } });
  if (filter.topic != null) where.push({ topic: filter.topic });
  return { AND: where };
}

export const unitIndicatorOrder: Prisma.IndicatorOrderByWithRelationInput[] = [{ topic: 'asc' }, { key: 'asc' }];

/** The series of each indicator for the unit (the region's computed series for the region). */
export async function withUnitSeries<Indicator extends IndicatorFacts>(
  ctx: Context,
  target: IndicatorUnit,
  indicators: readonly Indicator[],
): Promise<Array<UnitIndicatorData<Indicator>>> {
  return Promise.all(
    indicators.map(async (indicator) => {
      const all =
        target.kind === 'MUNICIPALITY'
          ? await seriesOf(ctx, indicator, { units: [target.unit], fromUnitObservations: true })
          : await seriesOf(ctx, indicator, {
              units: [],
              region: { region: target.region, units: target.units },
              fromUnitObservations: true,
            });
      const series = all[0];
      if (!series) throw new Error(`no series for indicator ${indicator.id}`);
      return { indicator, series };
    }),
  );
}

export interface GoalSummary {
  goalNumber: number;
  indicatorCount: number;
  statusCounts: Array<{ status: OpenSdgStatus; count: number }>;
}

/** Per SDG: how many of the unit's indicators serve it, and how many have each Open SDG status. */
export async function goalSummaries(ctx: Context, target: IndicatorUnit, filter: IndicatorListFilter): Promise<GoalSummary[]> {
  const indicators = await ctx.prisma.indicator.findMany({
    where: unitIndicatorWhere(target, filter),
    select: { ...indicatorFactsSelect, goals: { select: { goalNumber: true } } },
    orderBy: unitIndicatorOrder,
  });
  const rated = await withUnitSeries(ctx, target, indicators);
  const byGoal = new Map<number, Map<OpenSdgStatus, number>>();
  for (const { indicator, series } of rated) {
    const status = assessmentOf(series).openSdg.status;
    for (const { goalNumber } of indicator.goals) {
      if (filter.goal != null && goalNumber !== filter.goal) continue;
      const counts = byGoal.get(goalNumber) ?? new Map<OpenSdgStatus, number>();
      counts.set(status, (counts.get(status) ?? 0) + 1);
      byGoal.set(goalNumber, counts);
    }
  }
  return [...byGoal.entries()]
    .sort(([a], [b]) => a - b)
    .map(([goalNumber, counts]) => ({
      goalNumber,
      indicatorCount: [...counts.values()].reduce((sum, count) => sum + count, 0),
      statusCounts: openSdgStatuses.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    }));
}
