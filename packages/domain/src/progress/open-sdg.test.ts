import { describe, expect, it } from 'vitest';
import {
  explainOpenSdg,
  limitCoefficient,
  openSdgNotAvailableReasons,
  openSdgProgress,
  openSdgStatusName,
  type OpenSdgNotAvailableReason,
  type OpenSdgResult,
} from './open-sdg.js';
import type { YearValue } from './series.js';

/** series([2015, 100], [2020, 110]) */
function series(...points: Array<[number, number]>): YearValue[] {
  return points.map(([year, value]) => ({ year, value }));
}

const nbsp = '\u00a0';

describe('openSdgProgress without a target (sdg-build methodology 1)', () => {
  it('reproduces the reference example: 100 → 110 over 2015–2020, higher is better', () => {
    // growth = (110 / 100)^(1/5) − 1 = 0.019245 ≥ 0.015 → substantial progress
    // score  = min(500 × 0.019245 / 1 − 5, 5) = 4.6224
    const result = openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER');
    expect(result.status).toBe('SUBSTANTIAL_PROGRESS');
    expect(result.growth).toBeCloseTo(0.019245, 6);
    expect(result.progressValue).toBeCloseTo(0.019245, 6);
    expect(result.score).toBeCloseTo(4.6224, 4);
    expect(result).toMatchObject({
      method: 'OPEN_SDG',
      variant: 'WITHOUT_TARGET',
      baseYear: 2015,
      baseValue: 100,
      latestYear: 2020,
      latestValue: 110,
      reason: null,
      thresholds: { high: 0.015, med: 0.005, low: 0 },
    });
    expect(result.requiredGrowth).toBeUndefined();
    expect(result.ratio).toBeUndefined();
  });

  it('rates moderate progress between 0.5 % and 1.5 % a year', () => {
    // growth = 1.05^(1/5) − 1 = 0.009806 in [0.005, 0.015) → moderate
    // score  = 250 × 0.009806 − 1.25 = 1.2014
    const result = openSdgProgress(series([2015, 100], [2020, 105]), 'HIGHER_IS_BETTER');
    expect(result.status).toBe('MODERATE_PROGRESS');
    expect(result.growth).toBeCloseTo(0.009806, 6);
    expect(result.score).toBeCloseTo(1.2014, 4);
  });

  it('rates limited progress between 0 and 0.5 % a year', () => {
    // growth = 1.01^(1/5) − 1 = 0.001992 in [0, 0.005) → limited
    // score  = 500 × 0.001992 − 2.5 = −1.5040
    const result = openSdgProgress(series([2015, 100], [2020, 101]), 'HIGHER_IS_BETTER');
    expect(result.status).toBe('LIMITED_PROGRESS');
    expect(result.score).toBeCloseTo(-1.504, 3);
  });

  it('counts no change at all as limited progress (0 is the lower bound, inclusive)', () => {
    // growth = 0 ≥ low = 0 → limited; score = 500 × 0 − 2.5 = −2.5
    const result = openSdgProgress(series([2015, 100], [2020, 100]), 'HIGHER_IS_BETTER');
    expect(result.status).toBe('LIMITED_PROGRESS');
    expect(result.score).toBe(-2.5);
  });

  it('rates a decline of a higher-is-better indicator as deterioration', () => {
    // growth = 0.95^(1/5) − 1 = −0.010206 < 0 → deterioration
    // score  = max(125 × −0.010206 − 2.5, −5) = −3.7758
    const result = openSdgProgress(series([2015, 100], [2020, 95]), 'HIGHER_IS_BETTER');
    expect(result.status).toBe('DETERIORATION');
    expect(result.score).toBeCloseTo(-3.7758, 4);
  });

  it('clamps the score to [−5, 5]', () => {
    // 100 → 120: growth = 1.2^(1/5) − 1 = 0.0371; 500 × 0.0371 − 5 = 13.6 → 5
    expect(openSdgProgress(series([2015, 100], [2020, 120]), 'HIGHER_IS_BETTER').score).toBe(5);
    // 100 → 80: growth = 0.8^(1/5) − 1 = −0.0436; 125 × −0.0436 − 2.5 = −7.96 → −5
    expect(openSdgProgress(series([2015, 100], [2020, 80]), 'HIGHER_IS_BETTER').score).toBe(-5);
  });

  it('mirrors lower-is-better: a rise is deterioration, a fall is progress', () => {
    // progress value = −1 × 0.019245; score = 125 × −0.019245 − 2.5 = −4.9056
    const rising = openSdgProgress(series([2015, 100], [2020, 110]), 'LOWER_IS_BETTER');
    expect(rising.status).toBe('DETERIORATION');
    expect(rising.growth).toBeCloseTo(0.019245, 6);
    expect(rising.progressValue).toBeCloseTo(-0.019245, 6);
    expect(rising.score).toBeCloseTo(-4.9056, 4);

    // growth = (100/110)^(1/5) − 1 = −0.018882; progress value = +0.018882 ≥ 0.015
    // score  = 500 × 0.018882 − 5 = 4.4408
    const falling = openSdgProgress(series([2015, 110], [2020, 100]), 'LOWER_IS_BETTER');
    expect(falling.status).toBe('SUBSTANTIAL_PROGRESS');
    expect(falling.progressValue).toBeCloseTo(0.018882, 6);
    expect(falling.score).toBeCloseTo(4.4408, 4);
  });

  it('flips the direction for negative series (growth is that of the magnitude)', () => {
    // −10 → −8: growth = 0.8^(1/5) − 1 = −0.043648; sign = −1, direction = +1
    // progress value = +0.043648 → substantial (the value rose, as desired)
    const result = openSdgProgress(series([2015, -10], [2020, -8]), 'HIGHER_IS_BETTER');
    expect(result.growth).toBeCloseTo(-0.043648, 6);
    expect(result.progressValue).toBeCloseTo(0.043648, 6);
    expect(result.status).toBe('SUBSTANTIAL_PROGRESS');
  });

  it('accepts a latest value of 0 (growth −100 %)', () => {
    // growth = (0/100)^(1/5) − 1 = −1; lower is better → progress value +1 → substantial, score 5
    const result = openSdgProgress(series([2015, 100], [2020, 0]), 'LOWER_IS_BETTER');
    expect(result.growth).toBe(-1);
    expect(result.status).toBe('SUBSTANTIAL_PROGRESS');
    expect(result.score).toBe(5);
  });

  it('applies configured thresholds, while the score lines stay those of the defaults (as in sdg-build)', () => {
    // 0.019245 < high = 0.02 → moderate; score = 250 × 0.019245 − 1.25 = 3.5612
    const result = openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', null, {
      thresholds: { high: 0.02 },
    });
    expect(result.status).toBe('MODERATE_PROGRESS');
    expect(result.thresholds).toEqual({ high: 0.02, med: 0.005, low: 0 });
    expect(result.score).toBeCloseTo(3.5612, 4);
  });
});

describe('openSdgProgress with a natural limit', () => {
  it('computes the scaling factor C in its three ranges', () => {
    // y0 ≤ L:       C = 1 − (95/100)^4.44 = 1 − 0.79633 = 0.20367
    expect(limitCoefficient(95, 100)).toBeCloseTo(0.20367, 5);
    // L < y0 < 2L:  C = 1 − ((200 − 150)/100)^4.44 = 1 − 0.5^4.44 = 0.95393
    expect(limitCoefficient(150, 100)).toBeCloseTo(0.95393, 5);
    // y0 ≥ 2L:      C = 1
    expect(limitCoefficient(250, 100)).toBe(1);
    // y0 = L:       C = 0
    expect(limitCoefficient(100, 100)).toBe(0);
    // absolute values are used
    expect(limitCoefficient(-95, -100)).toBeCloseTo(0.20367, 5);
  });

  it('scales the thresholds down near the limit, turning limited into moderate progress', () => {
    // 95 → 96: growth = (96/95)^(1/5) − 1 = 0.0020964 (< 0.005: limited without a limit)
    // C = 0.20367 → high = 0.015 × C = 0.0030551, med = 0.005 × C = 0.0010184 → moderate
    // score = 250 × 0.0020964 / 0.20367 − 1.25 = 1.3233
    const data = series([2015, 95], [2020, 96]);
    expect(openSdgProgress(data, 'HIGHER_IS_BETTER').status).toBe('LIMITED_PROGRESS');
    const result = openSdgProgress(data, 'HIGHER_IS_BETTER', null, { limit: 100 });
    expect(result.status).toBe('MODERATE_PROGRESS');
    expect(result.limit).toBe(100);
    expect(result.limitCoefficient).toBeCloseTo(0.20367, 5);
    expect(result.thresholds.high).toBeCloseTo(0.0030551, 7);
    expect(result.thresholds.med).toBeCloseTo(0.0010184, 7);
    expect(result.thresholds.low).toBe(0);
    expect(result.score).toBeCloseTo(1.3233, 4);
  });

  it('rates holding a value that sits on the limit as substantial progress (C = 0)', () => {
    // C = 0 → all thresholds 0; growth 0 ≥ 0 → substantial; score 5
    const kept = openSdgProgress(series([2015, 100], [2020, 100]), 'HIGHER_IS_BETTER', null, { limit: 100 });
    expect(kept.status).toBe('SUBSTANTIAL_PROGRESS');
    expect(kept.score).toBe(5);
    // falling away from the limit: growth = 0.99^(1/5) − 1 = −0.002008 → deterioration
    // score = 125 × −0.002008 − 2.5 = −2.7510
    const lost = openSdgProgress(series([2015, 100], [2020, 99]), 'HIGHER_IS_BETTER', null, { limit: 100 });
    expect(lost.status).toBe('DETERIORATION');
    expect(lost.score).toBeCloseTo(-2.751, 3);
  });

  it('ignores the limit when there is a target (as sdg-build)', () => {
    const result = openSdgProgress(series([2015, 95], [2020, 96]), 'HIGHER_IS_BETTER', { value: 99, year: 2030 }, { limit: 100 });
    expect(result.limitCoefficient).toBeUndefined();
    expect(result.thresholds).toEqual({ high: 0.95, med: 0.6, low: 0 });
  });
});

describe('openSdgProgress with a target (sdg-build methodology 2)', () => {
  it('rates moderate progress from the ratio of observed to required growth', () => {
    // observed = 1.1^(1/5) − 1 = 0.019245; required = 1.5^(1/15) − 1 = 0.027400
    // ratio = 0.019245 / 0.027400 = 0.70238 in [0.6, 0.95) → moderate
    // score = 7.1429 × 0.70238 − 4.2857 = 0.7313
    const result = openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', { value: 150, year: 2030 });
    expect(result.status).toBe('MODERATE_PROGRESS');
    expect(result.variant).toBe('WITH_TARGET');
    expect(result.requiredGrowth).toBeCloseTo(0.0274, 5);
    expect(result.ratio).toBeCloseTo(0.70238, 5);
    expect(result.progressValue).toBeCloseTo(0.70238, 5);
    expect(result.score).toBeCloseTo(0.7313, 4);
    expect(result.target).toEqual({ value: 150, year: 2030, calculationValue: 150 });
  });

  it('rates substantial progress at a ratio of 0.95 or more', () => {
    // required = 1.3^(1/15) − 1 = 0.017645; ratio = 0.019245 / 0.017645 = 1.09068
    // score = 7.1429 × 1.09068 − 4.2857 = 3.5049
    const result = openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', { value: 130, year: 2030 });
    expect(result.status).toBe('SUBSTANTIAL_PROGRESS');
    expect(result.ratio).toBeCloseTo(1.09068, 5);
    expect(result.score).toBeCloseTo(3.5049, 4);
  });

  it('rates limited progress between 0 and 0.6', () => {
    // observed = 1.02^(1/5) − 1 = 0.0039683; ratio = 0.0039683 / 0.0274 = 0.14483
    // score = 4.1667 × 0.14483 − 2.5 = −1.8965
    const result = openSdgProgress(series([2015, 100], [2020, 102]), 'HIGHER_IS_BETTER', { value: 150, year: 2030 });
    expect(result.status).toBe('LIMITED_PROGRESS');
    expect(result.ratio).toBeCloseTo(0.14483, 5);
    expect(result.score).toBeCloseTo(-1.8965, 4);
  });

  it('rates moving away from the target as deterioration and clamps the score at −5', () => {
    // observed = 0.98^(1/5) − 1 = −0.0040324; ratio = −0.14717; score = 4.1667 × −0.14717 − 2.5 = −3.1132
    const slightly = openSdgProgress(series([2015, 100], [2020, 98]), 'HIGHER_IS_BETTER', { value: 150, year: 2030 });
    expect(slightly.status).toBe('DETERIORATION');
    expect(slightly.score).toBeCloseTo(-3.1132, 4);
    // observed = 0.9^(1/5) − 1 = −0.020852; ratio = −0.76102; 4.1667 × −0.76102 − 2.5 = −5.67 → −5
    const strongly = openSdgProgress(series([2015, 100], [2020, 90]), 'HIGHER_IS_BETTER', { value: 150, year: 2030 });
    expect(strongly.ratio).toBeCloseTo(-0.76102, 5);
    expect(strongly.score).toBe(-5);
  });

  it('mirrors lower-is-better targets', () => {
    // observed = 0.9^(1/5) − 1 = −0.020852; required = 0.5^(1/15) − 1 = −0.045158
    // ratio = (−1) × (−0.020852) / |−0.045158| = 0.46174 → limited; score = 4.1667 × 0.46174 − 2.5 = −0.5760
    const result = openSdgProgress(series([2015, 100], [2020, 90]), 'LOWER_IS_BETTER', { value: 50, year: 2030 });
    expect(result.status).toBe('LIMITED_PROGRESS');
    expect(result.requiredGrowth).toBeCloseTo(-0.045158, 6);
    expect(result.ratio).toBeCloseTo(0.46174, 5);
    expect(result.score).toBeCloseTo(-0.576, 4);
  });

  it('replaces a target of 0 by 0.001 in the calculation (as sdg-build)', () => {
    // required = (0.001 / 100)^(1/15) − 1 = 10^(−1/3) − 1 = −0.535841
    // observed = 0.5^(1/5) − 1 = −0.129449; ratio = 0.129449 / 0.535841 = 0.24158 → limited
    const result = openSdgProgress(series([2015, 100], [2020, 50]), 'LOWER_IS_BETTER', { value: 0, year: 2030 });
    expect(result.target).toEqual({ value: 0, year: 2030, calculationValue: 0.001 });
    expect(result.requiredGrowth).toBeCloseTo(-0.535841, 6);
    expect(result.ratio).toBeCloseTo(0.24158, 5);
    expect(result.status).toBe('LIMITED_PROGRESS');
  });

  it('reports "target achieved" with score 5 when the latest value meets the target', () => {
    // 110 ≥ 105 → achieved, whatever the growth; the growth is still reported
    const higher = openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', { value: 105, year: 2030 });
    expect(higher.status).toBe('TARGET_ACHIEVED');
    expect(higher.score).toBe(5);
    expect(higher.growth).toBeCloseTo(0.019245, 6);
    // 40 ≤ 50 → achieved
    const lower = openSdgProgress(series([2015, 100], [2020, 40]), 'LOWER_IS_BETTER', { value: 50, year: 2030 });
    expect(lower.status).toBe('TARGET_ACHIEVED');
    // exactly on the target counts (≥ / ≤)
    expect(openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', { value: 110, year: 2030 }).status).toBe(
      'TARGET_ACHIEVED',
    );
    // one unit short does not
    expect(openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', { value: 111, year: 2030 }).status).not.toBe(
      'TARGET_ACHIEVED',
    );
    // a zero target is met by 0 (≤ 0.001)
    expect(openSdgProgress(series([2015, 10], [2020, 0]), 'LOWER_IS_BETTER', { value: 0, year: 2030 }).status).toBe(
      'TARGET_ACHIEVED',
    );
  });

  it('lets "target achieved" win over a growth that cannot be computed, as sdg-build does', () => {
    const single = openSdgProgress(series([2016, 120]), 'HIGHER_IS_BETTER', { value: 100, year: 2030 });
    expect(single).toMatchObject({ status: 'TARGET_ACHIEVED', score: 5, growth: null, baseYear: 2016, latestYear: 2016 });
    // the same single value below the target: not enough data
    expect(openSdgProgress(series([2016, 80]), 'HIGHER_IS_BETTER', { value: 100, year: 2030 })).toMatchObject({
      status: 'NOT_AVAILABLE',
      reason: 'TOO_FEW_POINTS',
    });
  });
});

describe('openSdgProgress base year and input handling', () => {
  it('sorts unsorted input and ignores data before the base year', () => {
    const result = openSdgProgress(series([2020, 110], [2013, 50], [2018, 200], [2015, 100]), 'HIGHER_IS_BETTER');
    expect(result).toMatchObject({ baseYear: 2015, baseValue: 100, latestYear: 2020, latestValue: 110 });
    expect(result.growth).toBeCloseTo(0.019245, 6);
  });

  it('takes the next later year when the base year has no data – never an earlier one', () => {
    // 2016: 100 → 2021: 110, i.e. the same growth as the reference example; 2014 is ignored
    const result = openSdgProgress(series([2014, 50], [2016, 100], [2021, 110]), 'HIGHER_IS_BETTER');
    expect(result).toMatchObject({ configuredBaseYear: 2015, baseYear: 2016, baseValue: 100 });
    expect(result.growth).toBeCloseTo(0.019245, 6);
  });

  it('uses a configured base year', () => {
    const result = openSdgProgress(series([2012, 100], [2017, 110], [2010, 1]), 'HIGHER_IS_BETTER', null, { baseYear: 2011 });
    expect(result).toMatchObject({ configuredBaseYear: 2011, baseYear: 2012, latestYear: 2017 });
    expect(result.growth).toBeCloseTo(0.019245, 6);
  });

  it('ignores NaN and infinite values and non-integer years', () => {
    const result = openSdgProgress(
      series([2015, Number.NaN], [2016, 100], [2017.5, 5], [2021, 110], [2022, Number.POSITIVE_INFINITY]),
      'HIGHER_IS_BETTER',
    );
    expect(result).toMatchObject({ baseYear: 2016, latestYear: 2021, status: 'SUBSTANTIAL_PROGRESS' });
  });

  it('measures over a gap in the middle from base to latest year only', () => {
    // 2015: 100, 2017: missing, 2019: 3 (ignored in between), 2020: 110
    const result = openSdgProgress(series([2015, 100], [2019, 3], [2020, 110]), 'HIGHER_IS_BETTER');
    expect(result.growth).toBeCloseTo(0.019245, 6);
  });

  it('rejects an invalid configuration', () => {
    const data = series([2015, 100], [2020, 110]);
    expect(() => openSdgProgress(data, 'HIGHER_IS_BETTER', null, { baseYear: 2015.5 })).toThrow(RangeError);
    expect(() => openSdgProgress(data, 'HIGHER_IS_BETTER', null, { limit: Number.NaN })).toThrow(RangeError);
    expect(() => openSdgProgress(data, 'HIGHER_IS_BETTER', { value: Number.NaN, year: 2030 })).toThrow(RangeError);
    expect(() => openSdgProgress(data, 'HIGHER_IS_BETTER', null, { thresholds: { high: Number.NaN } })).toThrow(RangeError);
  });
});

describe('openSdgProgress NOT_AVAILABLE reasons', () => {
  const cases: Array<[OpenSdgNotAvailableReason, () => OpenSdgResult]> = [
    ['NEUTRAL_POLARITY', () => openSdgProgress(series([2015, 100], [2020, 110]), 'NEUTRAL')],
    ['NO_DATA', () => openSdgProgress(series([2015, Number.NaN]), 'HIGHER_IS_BETTER')],
    ['DUPLICATE_YEARS', () => openSdgProgress(series([2015, 100], [2020, 110], [2020, 111]), 'HIGHER_IS_BETTER')],
    ['BASE_YEAR_AFTER_LATEST_YEAR', () => openSdgProgress(series([2010, 100], [2014, 110]), 'HIGHER_IS_BETTER')],
    ['TOO_FEW_POINTS', () => openSdgProgress(series([2010, 90], [2015, 100]), 'HIGHER_IS_BETTER')],
    ['ZERO_BASE_VALUE', () => openSdgProgress(series([2015, 0], [2020, 5]), 'HIGHER_IS_BETTER')],
    ['SIGN_CHANGE', () => openSdgProgress(series([2015, 100], [2020, -5]), 'LOWER_IS_BETTER')],
    [
      'TARGET_YEAR_NOT_AFTER_BASE_YEAR',
      () => openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', { value: 150, year: 2015 }),
    ],
    [
      'TARGET_SIGN_MISMATCH',
      () => openSdgProgress(series([2015, 100], [2020, 90]), 'LOWER_IS_BETTER', { value: -10, year: 2030 }),
    ],
    [
      'TARGET_EQUALS_BASE_VALUE',
      () => openSdgProgress(series([2015, 100], [2020, 90]), 'HIGHER_IS_BETTER', { value: 100, year: 2030 }),
    ],
  ];

  it('covers every reason', () => {
    expect(cases.map(([reason]) => reason).sort()).toEqual([...openSdgNotAvailableReasons].sort());
  });

  it.each(cases)('%s', (reason, run) => {
    const result = run();
    expect(result.status).toBe('NOT_AVAILABLE');
    expect(result.reason).toBe(reason);
    expect(result.score).toBeNull();
    expect(result.growth).toBeNull();
    expect(explainOpenSdg(result, 'de')).toMatch(/^Keine Bewertung möglich: \S/);
    expect(explainOpenSdg(result, 'en')).toMatch(/^No assessment possible: \S/);
  });

  it('keeps what is known about the series in a NOT_AVAILABLE result', () => {
    const result = openSdgProgress(series([2010, 100], [2014, 110]), 'HIGHER_IS_BETTER');
    expect(result).toMatchObject({ baseYear: null, baseValue: null, latestYear: 2014, latestValue: 110 });
  });
});

describe('explainOpenSdg', () => {
  it('explains the reference example in German with German number formatting', () => {
    const result = openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER');
    expect(explainOpenSdg(result, 'de')).toBe(
      `Von 2015 (100) bis 2020 (110) wuchs der Wert um durchschnittlich 1,9${nbsp}% pro Jahr; höhere Werte sind besser; ab 1,5${nbsp}% pro Jahr gilt das als deutlicher Fortschritt.`,
    );
    expect(explainOpenSdg(result, 'en')).toBe(
      'From 2015 (100) to 2020 (110) the value grew by an average of 1.9% per year; higher values are better; 1.5% growth per year or more counts as substantial progress.',
    );
  });

  it('formats large values with German separators and honours the indicator decimals', () => {
    const result = openSdgProgress(series([2015, 1234.5], [2020, 1300]), 'HIGHER_IS_BETTER');
    expect(explainOpenSdg(result, 'de')).toContain('Von 2015 (1.234,5) bis 2020 (1.300)');
    expect(explainOpenSdg(result, 'en')).toContain('From 2015 (1,234.5) to 2020 (1,300)');
    expect(explainOpenSdg(result, 'de', { decimals: 1 })).toContain('(1.300,0)');
  });

  it('names the band the value fell into, per status and direction', () => {
    const moderate = openSdgProgress(series([2015, 100], [2020, 105]), 'HIGHER_IS_BETTER');
    expect(explainOpenSdg(moderate, 'de')).toContain(`von 0,5${nbsp}% bis unter 1,5${nbsp}% pro Jahr gilt das als mäßiger Fortschritt`);
    const limited = openSdgProgress(series([2015, 110], [2020, 109]), 'LOWER_IS_BETTER');
    expect(explainOpenSdg(limited, 'de')).toContain('sank der Wert um durchschnittlich 0,2');
    expect(explainOpenSdg(limited, 'de')).toContain('niedrigere Werte sind besser');
    expect(explainOpenSdg(limited, 'de')).toContain(`von 0${nbsp}% bis unter 0,5${nbsp}% Rückgang pro Jahr gilt das als geringer Fortschritt`);
    const worse = openSdgProgress(series([2015, 100], [2020, 95]), 'HIGHER_IS_BETTER');
    expect(explainOpenSdg(worse, 'en')).toContain('fell by an average of 1% per year');
    expect(explainOpenSdg(worse, 'en')).toContain('counts as deterioration');
  });

  it('prints enough digits to tell a value from a threshold it is close to', () => {
    // growth = 1.0748^(1/5) − 1 = 0.014532 < 0.015 → moderate; at one digit it would print as the
    // threshold ("1,5 %"), so it gets two: "1,45 %"
    const result = openSdgProgress(series([2015, 100], [2020, 107.48]), 'HIGHER_IS_BETTER');
    expect(result.status).toBe('MODERATE_PROGRESS');
    expect(explainOpenSdg(result, 'de')).toContain(`um durchschnittlich 1,45${nbsp}% pro Jahr`);
  });

  it('explains the natural-limit scaling', () => {
    const result = openSdgProgress(series([2015, 95], [2020, 96]), 'HIGHER_IS_BETTER', null, { limit: 100 });
    expect(explainOpenSdg(result, 'de')).toContain('natürlichen Grenze von 100');
    expect(explainOpenSdg(result, 'de')).toContain('Faktor 0,20');
  });

  it('explains the comparison with the required growth', () => {
    const result = openSdgProgress(series([2015, 100], [2020, 110]), 'HIGHER_IS_BETTER', { value: 150, year: 2030 });
    const de = explainOpenSdg(result, 'de');
    expect(de).toContain(`Um das Ziel 150 bis 2030 zu erreichen, wäre eine Zunahme um durchschnittlich 2,7${nbsp}% pro Jahr nötig`);
    expect(de).toContain(`das beobachtete Tempo beträgt 70${nbsp}% des nötigen; von 60${nbsp}% bis unter 95${nbsp}% gilt das als mäßiger Fortschritt`);
    expect(explainOpenSdg(result, 'en')).toContain('the observed pace is 70% of the required pace');
  });

  it('explains "target achieved" and a replaced zero target', () => {
    const achieved = openSdgProgress(series([2015, 100], [2020, 40]), 'LOWER_IS_BETTER', { value: 50, year: 2030 });
    expect(explainOpenSdg(achieved, 'de')).toBe(
      'Der Wert für 2020 (40) erreicht bereits das Ziel von höchstens 50 (Zieljahr 2030); niedrigere Werte sind besser. Damit gilt: Ziel erreicht.',
    );
    const zero = openSdgProgress(series([2015, 100], [2020, 50]), 'LOWER_IS_BETTER', { value: 0, year: 2030 });
    expect(explainOpenSdg(zero, 'de')).toContain('Ziel 0 (für die Rechnung ersetzt durch 0,001)');
  });

  it('names the reason when no assessment is possible', () => {
    const result = openSdgProgress(series([2010, 100], [2014, 110]), 'HIGHER_IS_BETTER');
    expect(explainOpenSdg(result, 'de')).toBe('Keine Bewertung möglich: Ab dem Basisjahr 2015 liegen keine Werte vor (letzter Wert: 2014).');
  });

  it('has a plain-language name for every status', () => {
    expect(openSdgStatusName('MODERATE_PROGRESS', 'de')).toBe('mäßiger Fortschritt');
    expect(openSdgStatusName('DETERIORATION', 'en')).toBe('deterioration');
  });
});
