import { describe, expect, it } from 'vitest';
import { regionalSeries } from './region-value.js';

const values = [
  { unitId: 'a', year: 2015, value: 10, isDemo: false },
  { unitId: 'b', year: 2015, value: 20, isDemo: true },
  { unitId: 'a', year: 2016, value: 12, isDemo: false },
  { unitId: 'b', year: 2016, value: 22, isDemo: false },
  { unitId: 'a', year: 2017, value: 14, isDemo: false },
];

describe('regionalSeries', () => {
  it('sums the units per year, leaving out years a unit lacks, and marks demo input', () => {
    const points = regionalSeries({ rule: 'SUM', unitIds: ['a', 'b'], values, populations: [], fallbackPopulations: {} });
    expect(points).toEqual([
      { year: 2015, value: 30, isDemo: true },
      { year: 2016, value: 34, isDemo: false },
    ]);
  });

  it('weights a mean by the population of the year, else the fallback population', () => {
    const points = regionalSeries({
      rule: 'POPULATION_WEIGHTED_MEAN',
      unitIds: ['a', 'b'],
      values,
      populations: [
        { unitId: 'a', year: 2015, population: 300 },
        { unitId: 'b', year: 2015, population: 100 },
      ],
      fallbackPopulations: { a: 100, b: 100 },
    });
    expect(points).toEqual([
      { year: 2015, value: (10 * 300 + 20 * 100) / 400, isDemo: true },
      { year: 2016, value: 17, isDemo: false },
    ]);
  });

  it('computes nothing for NOT_AGGREGABLE indicators', () => {
    expect(regionalSeries({ rule: 'NOT_AGGREGABLE', unitIds: ['a', 'b'], values, populations: [], fallbackPopulations: {} })).toBeNull();
  });
});
