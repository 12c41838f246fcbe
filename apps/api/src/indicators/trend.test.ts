import { describe, expect, it } from 'vitest';
import { trendOf } from './trend.js';

describe('trendOf', () => {
  it('compares the latest value with the earliest of the last five years', () => {
    const trend = trendOf(
      [
        { year: 2010, value: 1 },
        { year: 2014, value: 100 },
        { year: 2015, value: 50 },
        { year: 2020, value: 60 },
      ],
      'HIGHER_IS_BETTER',
    );
    expect(trend).toEqual({ direction: 'UP', assessment: 'IMPROVING', fromYear: 2015, fromValue: 50, toYear: 2020, toValue: 60 });
  });

  it('reads a rise as worsening when lower is better, and gives no assessment when neutral', () => {
    const series = [
      { year: 2018, value: 10 },
      { year: 2019, value: 12 },
    ];
    expect(trendOf(series, 'LOWER_IS_BETTER')).toMatchObject({ direction: 'UP', assessment: 'WORSENING' });
    expect(trendOf(series, 'NEUTRAL')).toMatchObject({ direction: 'UP', assessment: null });
    expect(trendOf([...series].reverse().map((p, i) => ({ ...p, year: 2018 + i })), 'LOWER_IS_BETTER')).toMatchObject({
      direction: 'DOWN',
      assessment: 'IMPROVING',
    });
  });

  it('calls a change below 1 % of the earlier value flat and stable', () => {
    const series = [
      { year: 2018, value: 100 },
      { year: 2020, value: 100.99 },
    ];
    expect(trendOf(series, 'HIGHER_IS_BETTER')).toMatchObject({ direction: 'FLAT', assessment: 'STABLE' });
    expect(trendOf([{ year: 2018, value: 100 }, { year: 2020, value: 101 }], 'HIGHER_IS_BETTER')?.direction).toBe('UP');
    expect(trendOf([{ year: 2018, value: 0 }, { year: 2020, value: 0 }], 'HIGHER_IS_BETTER')?.direction).toBe('FLAT');
    expect(trendOf([{ year: 2018, value: 0 }, { year: 2020, value: -1 }], 'HIGHER_IS_BETTER')?.direction).toBe('DOWN');
  });

  it('has no trend with fewer than two values in the window', () => {
    expect(trendOf([], 'HIGHER_IS_BETTER')).toBeNull();
    expect(trendOf([{ year: 2020, value: 1 }], 'HIGHER_IS_BETTER')).toBeNull();
    expect(trendOf([{ year: 2010, value: 1 }, { year: 2020, value: 2 }], 'HIGHER_IS_BETTER')).toBeNull();
  });
});
