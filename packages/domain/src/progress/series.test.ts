import { describe, expect, it } from 'vitest';
import { cleanSeries, desiredDirection } from './series.js';

describe('cleanSeries', () => {
  it('sorts by year and drops non-finite values and non-integer years', () => {
    const result = cleanSeries([
      { year: 2020, value: 3 },
      { year: 2018, value: Number.NaN },
      { year: 2016, value: 1 },
      { year: 2017.5, value: 9 },
      { year: 2019, value: Number.NEGATIVE_INFINITY },
      { year: 2017, value: 2 },
    ]);
    expect(result).toEqual({
      points: [
        { year: 2016, value: 1 },
        { year: 2017, value: 2 },
        { year: 2020, value: 3 },
      ],
      duplicateYears: [],
    });
  });

  it('reports each duplicated year once', () => {
    const result = cleanSeries([
      { year: 2016, value: 1 },
      { year: 2016, value: 2 },
      { year: 2016, value: 3 },
      { year: 2018, value: 1 },
      { year: 2017, value: 1 },
      { year: 2018, value: 2 },
    ]);
    expect(result.duplicateYears).toEqual([2016, 2018]);
  });

  it('does not count a duplicate whose second value is NaN', () => {
    expect(
      cleanSeries([
        { year: 2016, value: 1 },
        { year: 2016, value: Number.NaN },
      ]).duplicateYears,
    ).toEqual([]);
  });
});

describe('desiredDirection', () => {
  it('maps the polarity to +1 / −1 / null', () => {
    expect(desiredDirection('HIGHER_IS_BETTER')).toBe(1);
    expect(desiredDirection('LOWER_IS_BETTER')).toBe(-1);
    expect(desiredDirection('NEUTRAL')).toBeNull();
  });
});
