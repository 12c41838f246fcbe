import { describe, expect, it } from 'vitest';
import { aggregateUnits, type UnitPopulation, type UnitValue } from './aggregate.js';

const unitIds = ['A', 'B', 'C'];

function values(year: number, entries: Record<string, number | null>): UnitValue[] {
  return Object.entries(entries).map(([unitId, value]) => ({ unitId, year, value }));
}

function populations(year: number, entries: Record<string, number>): UnitPopulation[] {
  return Object.entries(entries).map(([unitId, population]) => ({ unitId, year, population }));
}

describe('aggregateUnits: SUM', () => {
  it('adds the values of all units for the requested year', () => {
    // 10 + 20 + 30 = 60; 2019 and unit D (not in the region) are ignored
    const result = aggregateUnits({
      rule: 'SUM',
      year: 2020,
      unitIds,
      values: [...values(2019, { A: 1, B: 2, C: 3 }), ...values(2020, { C: 30, A: 10, B: 20, D: 1000 })],
    });
    expect(result).toEqual({ value: 60, isComplete: true, unitsUsed: ['A', 'B', 'C'], missingUnits: [] });
  });

  it('has no value when a unit is missing – a partial sum would understate the region', () => {
    expect(aggregateUnits({ rule: 'SUM', year: 2020, unitIds, values: values(2020, { A: 10, B: 20 }) })).toEqual({
      value: null,
      isComplete: false,
      unitsUsed: ['A', 'B'],
      missingUnits: ['C'],
    });
  });

  it('treats null and NaN values as missing', () => {
    const result = aggregateUnits({
      rule: 'SUM',
      year: 2020,
      unitIds,
      values: values(2020, { A: 10, B: null, C: Number.NaN }),
    });
    expect(result).toEqual({ value: null, isComplete: false, unitsUsed: ['A'], missingUnits: ['B', 'C'] });
  });

  it('sums negative values and zeros like any other value', () => {
    // 5 + 0 + (−7) = −2
    const result = aggregateUnits({ rule: 'SUM', year: 2020, unitIds, values: values(2020, { A: 5, B: 0, C: -7 }) });
    expect(result?.value).toBe(-2);
    expect(result?.isComplete).toBe(true);
  });

  it('counts a unit listed twice in the region once', () => {
    const result = aggregateUnits({
      rule: 'SUM',
      year: 2020,
      unitIds: ['A', 'B', 'A'],
      values: values(2020, { A: 10, B: 20 }),
    });
    expect(result).toEqual({ value: 30, isComplete: true, unitsUsed: ['A', 'B'], missingUnits: [] });
  });

  it('refuses two values of one unit for the same year', () => {
    expect(() =>
      aggregateUnits({
        rule: 'SUM',
        year: 2020,
        unitIds,
        values: [...values(2020, { A: 10, B: 20, C: 30 }), { unitId: 'A', year: 2020, value: 11 }],
      }),
    ).toThrow(/unit A has more than one value for 2020/);
  });
});

describe('aggregateUnits: POPULATION_WEIGHTED_MEAN', () => {
  const rates = values(2020, { A: 10, B: 20, C: 40 });
  const pop2020 = populations(2020, { A: 100, B: 300, C: 600 });

  it('weights each unit by its population of the same year', () => {
    // (10 × 100 + 20 × 300 + 40 × 600) / (100 + 300 + 600) = 31000 / 1000 = 31
    const result = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: rates,
      populations: [...populations(2019, { A: 1, B: 1, C: 1 }), ...pop2020],
    });
    expect(result).toEqual({ value: 31, isComplete: true, unitsUsed: ['A', 'B', 'C'], missingUnits: [] });
  });

  it('falls back to the given population when the year has none', () => {
    // C has only a 2019 population; the fallback 600 gives the same 31 as above
    const result = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: rates,
      populations: [...populations(2020, { A: 100, B: 300 }), ...populations(2019, { C: 5 })],
      fallbackPopulations: { C: 600 },
    });
    expect(result).toEqual({ value: 31, isComplete: true, unitsUsed: ['A', 'B', 'C'], missingUnits: [] });
  });

  it('prefers the population of the year over the fallback', () => {
    // fallback A = 1000 would give (10000 + 6000 + 24000) / 1900 = 21.05…; the 2020 population 100 gives 31
    const result = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: rates,
      populations: pop2020,
      fallbackPopulations: { A: 1000 },
    });
    expect(result?.value).toBe(31);
  });

  it('averages the other units when a unit has no weight, and says so', () => {
    // C without population and fallback: (10 × 100 + 20 × 300) / 400 = 7000 / 400 = 17.5
    const result = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: rates,
      populations: populations(2020, { A: 100, B: 300 }),
    });
    expect(result).toEqual({ value: 17.5, isComplete: false, unitsUsed: ['A', 'B'], missingUnits: ['C'] });
  });

  it('averages the other units when a unit has no value', () => {
    // B without value: (10 × 100 + 40 × 600) / 700 = 25000 / 700 = 35.714…
    const result = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: values(2020, { A: 10, C: 40 }),
      populations: pop2020,
    });
    expect(result?.value).toBeCloseTo(35.7142857, 6);
    expect(result).toMatchObject({ isComplete: false, unitsUsed: ['A', 'C'], missingUnits: ['B'] });
  });

  it('has no value for an incomplete region when all units are required', () => {
    const result = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: values(2020, { A: 10, C: 40 }),
      populations: pop2020,
      requireAllUnits: true,
    });
    expect(result).toEqual({ value: null, isComplete: false, unitsUsed: ['A', 'C'], missingUnits: ['B'] });
  });

  it('does not weight with a population of 0 or below, but uses a positive fallback', () => {
    // A: population 0 → fallback 100 → 31 as above
    const withFallback = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: rates,
      populations: populations(2020, { A: 0, B: 300, C: 600 }),
      fallbackPopulations: { A: 100 },
    });
    expect(withFallback?.value).toBe(31);
    // B: −300 and no fallback → B is left out: (10 × 100 + 40 × 600) / 700 = 35.714…
    const negative = aggregateUnits({
      rule: 'POPULATION_WEIGHTED_MEAN',
      year: 2020,
      unitIds,
      values: rates,
      populations: populations(2020, { A: 100, B: -300, C: 600 }),
    });
    expect(negative).toMatchObject({ isComplete: false, missingUnits: ['B'] });
    expect(negative?.value).toBeCloseTo(35.7142857, 6);
  });

  it('has no value when no unit has both value and weight', () => {
    const result = aggregateUnits({ rule: 'POPULATION_WEIGHTED_MEAN', year: 2020, unitIds, values: rates });
    expect(result).toEqual({ value: null, isComplete: false, unitsUsed: [], missingUnits: ['A', 'B', 'C'] });
  });

  it('refuses two populations of one unit for the same year', () => {
    expect(() =>
      aggregateUnits({
        rule: 'POPULATION_WEIGHTED_MEAN',
        year: 2020,
        unitIds,
        values: rates,
        populations: [...pop2020, { unitId: 'B', year: 2020, population: 301 }],
      }),
    ).toThrow(/unit B has more than one population for 2020/);
  });
});

describe('aggregateUnits: NOT_AGGREGABLE', () => {
  it('returns null', () => {
    expect(
      aggregateUnits({ rule: 'NOT_AGGREGABLE', year: 2020, unitIds, values: values(2020, { A: 1, B: 2, C: 3 }) }),
    ).toBeNull();
  });
});
