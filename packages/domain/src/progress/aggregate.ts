// Regional values from the values of the region's units, by the indicator's aggregation rule
// (Indicator.aggregation). Pure functions, no I/O.
import type { Aggregation } from '../enums.js';

/** The value of one unit in one year; null or a non-finite number counts as missing. */
export interface UnitValue {
  unitId: string;
  year: number;
  value: number | null;
}

/** The population of one unit in one year, the weight of POPULATION_WEIGHTED_MEAN. */
export interface UnitPopulation {
  unitId: string;
  year: number;
  population: number;
}

export interface AggregateInput {
  rule: Aggregation;
  year: number;
  /** The units that make up the region; a unit missing from `values` makes the result incomplete. */
  unitIds: readonly string[];
  /** Values of any years and units; only the requested year and the region's units are used. */
  values: readonly UnitValue[];
  /** POPULATION_WEIGHTED_MEAN: populations of any years; the requested year is used. */
  populations?: readonly UnitPopulation[];
  /**
   * POPULATION_WEIGHTED_MEAN: the weight of a unit without a population for the requested year
   * (e.g. the latest census population), by unit id.
   */
  fallbackPopulations?: Readonly<Record<string, number>>;
  /**
   * POPULATION_WEIGHTED_MEAN: with true, a unit without value or weight makes the value null (as SUM
   * always does). Default false: the mean of the units that have both, with isComplete = false.
   */
  requireAllUnits?: boolean;
}

export interface AggregateResult {
  /** The regional value, or null when it cannot be computed. */
  value: number | null;
  /** True when every unit of the region contributed. */
  isComplete: boolean;
  /** The units that contributed, in the order of `unitIds`. */
  unitsUsed: string[];
  /** The units that could not contribute (no value, or no weight for the mean), in the order of `unitIds`. */
  missingUnits: string[];
}

/**
 * The regional value of `year`:
 * - SUM: the sum over all units. A sum over only some units would understate the region, so one
 *   missing unit makes the value null (isComplete false, unitsUsed = the units that had a value).
 * - POPULATION_WEIGHTED_MEAN: Σ(value × population) / Σ population over the units that have a value
 *   and a weight; the weight is the unit's population in `year`, else `fallbackPopulations[unit]`.
 *   A population that is not a positive finite number counts as missing. A missing unit leaves the
 *   mean of the others (isComplete false) unless `requireAllUnits` is set; no usable unit → null.
 * - NOT_AGGREGABLE: null – there is no regional value at all.
 *
 * Throws an Error when a unit has two values (or two populations) for `year`: which one is right
 * cannot be decided here.
 */
export function aggregateUnits(input: AggregateInput): AggregateResult | null {
  if (input.rule === 'NOT_AGGREGABLE') return null;
  const unitIds = [...new Set(input.unitIds)];
  const values = byUnit(input.values, input.year, unitIds, (row) => row.value, 'value');
  const withValue = unitIds.filter((unitId) => isFiniteNumber(values.get(unitId)));

  if (input.rule === 'SUM') {
    const missingUnits = unitIds.filter((unitId) => !withValue.includes(unitId));
    if (missingUnits.length > 0) return { value: null, isComplete: false, unitsUsed: withValue, missingUnits };
    const value = withValue.reduce((sum, unitId) => sum + (values.get(unitId) ?? 0), 0);
    return { value, isComplete: true, unitsUsed: withValue, missingUnits };
  }

  const populations = byUnit(input.populations ?? [], input.year, unitIds, (row) => row.population, 'population');
  const weightOf = (unitId: string): number | undefined => {
    const population = populations.get(unitId);
    if (isPositive(population)) return population;
    const fallback = input.fallbackPopulations?.[unitId];
    return isPositive(fallback) ? fallback : undefined;
  };
  const unitsUsed = withValue.filter((unitId) => weightOf(unitId) !== undefined);
  const missingUnits = unitIds.filter((unitId) => !unitsUsed.includes(unitId));
  const isComplete = missingUnits.length === 0;
  if (unitsUsed.length === 0 || (!isComplete && input.requireAllUnits)) {
    return { value: null, isComplete, unitsUsed, missingUnits };
  }
  let weighted = 0;
  let totalWeight = 0;
  for (const unitId of unitsUsed) {
    const weight = weightOf(unitId) ?? 0;
    weighted += (values.get(unitId) ?? 0) * weight;
    totalWeight += weight;
  }
  return { value: weighted / totalWeight, isComplete, unitsUsed, missingUnits };
}

function byUnit<Row extends { unitId: string; year: number }>(
  rows: readonly Row[],
  year: number,
  unitIds: readonly string[],
  pick: (row: Row) => number | null,
  what: string,
): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const row of rows) {
    if (row.year !== year || !unitIds.includes(row.unitId)) continue;
    if (map.has(row.unitId)) throw new Error(`unit ${row.unitId} has more than one ${what} for ${year}`);
    map.set(row.unitId, pick(row));
  }
  return map;
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isPositive(value: number | null | undefined): value is number {
  return isFiniteNumber(value) && value > 0;
}
