// The region's own series, computed from its units by the indicator's aggregation rule. Pure.
import { aggregateUnits } from '@atlas/domain';
import type { Aggregation } from '@atlas/domain';

export interface UnitPoint {
  unitId: string;
  year: number;
  value: number;
  isDemo: boolean;
}

export interface ComputedPoint {
  year: number;
  value: number;
  /** True when any unit value that went into it is a demo value. */
  isDemo: boolean;
}

export interface RegionalSeriesInput {
  rule: Aggregation;
  /** The units that make up the region. */
  unitIds: readonly string[];
  values: readonly UnitPoint[];
  /** POPULATION_WEIGHTED_MEAN: population observations of the units, the weight of their year. */
  populations: ReadonlyArray<{ unitId: string; year: number; population: number }>;
  /** POPULATION_WEIGHTED_MEAN: the weight of a unit in a year without a population observation. */
  fallbackPopulations: Readonly<Record<string, number>>;
}

/**
 * The regional value of every year in which every unit has a value: a sum or mean over only some
 * units would misstate the region, so such years are left out. Null for NOT_AGGREGABLE indicators,
 * which have no regional value at all.
 */
export function regionalSeries(input: RegionalSeriesInput): ComputedPoint[] | null {
  if (input.rule === 'NOT_AGGREGABLE') return null;
  const years = [...new Set(input.values.map((point) => point.year))].sort((a, b) => a - b);
  const points: ComputedPoint[] = [];
  for (const year of years) {
    const result = aggregateUnits({
      rule: input.rule,
      year,
      unitIds: input.unitIds,
      values: input.values,
      populations: input.populations,
      fallbackPopulations: input.fallbackPopulations,
      requireAllUnits: true,
    });
    if (result?.value == null) continue;
    const isDemo = input.values.some((point) => point.year === year && point.isDemo && result.unitsUsed.includes(point.unitId));
    points.push({ year, value: result.value, isDemo });
  }
  return points;
}
