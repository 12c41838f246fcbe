import { describe, expect, it } from 'vitest';
import {
  dnsWeather,
  dnsWeatherNotAvailableReasons,
  dnsWeatherStatusName,
  explainDnsWeather,
  worstDnsWeather,
  type DnsTarget,
  type DnsWeatherNotAvailableReason,
  type DnsWeatherResult,
} from './dns-weather.js';
import type { YearValue } from './series.js';

/** annual(2015, [75, 80]) → 2015: 75, 2016: 80 */
function annual(firstYear: number, values: number[]): YearValue[] {
  return values.map((value, index) => ({ year: firstYear + index, value }));
}

function series(...points: Array<[number, number]>): YearValue[] {
  return points.map(([year, value]) => ({ year, value }));
}

const nbsp = '\u00a0';
const reach200By2030: DnsTarget = { type: 'VALUE_BY_YEAR', value: 200, year: 2030 };

describe('dnsWeather with a value to reach by a target year (projection)', () => {
  it('shows SUN when the projection reaches the target', () => {
    // mean change = (100 − 50) / 5 = 10; projected 2030 = 100 + 10 × 10 = 200
    // shortfall = (200 − 200) / (200 − 100) = 0 → SUN
    const result = dnsWeather(annual(2015, [50, 60, 70, 80, 90, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(result).toMatchObject({
      status: 'SUN',
      procedure: 'PROJECTION',
      windowStartYear: 2015,
      windowStartValue: 50,
      latestYear: 2020,
      latestValue: 100,
      pointsInWindow: 6,
      meanAnnualChange: 10,
      projectedValue: 200,
      shortfall: 0,
      targetAchieved: false,
      reason: null,
    });
  });

  it('shows SUN when less than 5 % of the gap would remain', () => {
    // mean change = (100 − 52) / 5 = 9.6; projected = 100 + 96 = 196; shortfall = 4 / 100 = 0.04 < 0.05
    const result = dnsWeather(annual(2015, [52, 60, 70, 80, 90, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(result.status).toBe('SUN');
    expect(result.shortfall).toBeCloseTo(0.04, 10);
  });

  it('shows LIGHT_CLOUD from exactly 5 % of the gap on ("mindestens 5 %")', () => {
    // mean change = (100 − 52.5) / 5 = 9.5; projected = 195; shortfall = 5 / 100 = 0.05
    const result = dnsWeather(annual(2015, [52.5, 60, 70, 80, 90, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(result.shortfall).toBeCloseTo(0.05, 10);
    expect(result.status).toBe('LIGHT_CLOUD');
  });

  it('still shows LIGHT_CLOUD at exactly 20 % ("höchstens 20 %")', () => {
    // mean change = (100 − 60) / 5 = 8; projected = 180; shortfall = 20 / 100 = 0.2
    const result = dnsWeather(annual(2015, [60, 70, 75, 85, 90, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(result.projectedValue).toBe(180);
    expect(result.status).toBe('LIGHT_CLOUD');
  });

  it('decides the exact 5 % and 20 % boundaries despite binary rounding', () => {
    // (0.7 − 0.58) / 5 = 0.024; projected = 0.7 + 0.24 = 0.94; shortfall = 0.06 / 0.3 = 0.2 exactly,
    // computed in floating point as 0.20000000000000015 → must still be LIGHT_CLOUD
    const twenty = dnsWeather(series([2015, 0.58], [2017, 0.62], [2019, 0.68], [2020, 0.7]), 'HIGHER_IS_BETTER', {
      type: 'VALUE_BY_YEAR',
      value: 1,
      year: 2030,
    });
    expect(twenty.shortfall).not.toBe(0.2);
    expect(twenty.status).toBe('LIGHT_CLOUD');
    // (1.1 − 0.5775) / 5 = 0.1045; projected = 2.145; shortfall = 0.055 / 1.1 = 0.05 exactly,
    // computed as 0.04999999999999974 → must be LIGHT_CLOUD, not SUN
    const five = dnsWeather(series([2015, 0.5775], [2016, 0.7], [2018, 0.9], [2020, 1.1]), 'HIGHER_IS_BETTER', {
      type: 'VALUE_BY_YEAR',
      value: 2.2,
      year: 2030,
    });
    expect(five.shortfall).toBeLessThan(0.05);
    expect(five.status).toBe('LIGHT_CLOUD');
  });

  it('shows CLOUD beyond 20 % while moving towards the target', () => {
    // mean change = (100 − 75) / 5 = 5; projected = 150; shortfall = 50 / 100 = 0.5 > 0.2, change > 0
    const result = dnsWeather(annual(2015, [75, 80, 85, 90, 95, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(result).toMatchObject({ status: 'CLOUD', meanAnnualChange: 5, projectedValue: 150, shortfall: 0.5 });
  });

  it('shows THUNDERSTORM when moving away from the target or standing still', () => {
    // mean change = (100 − 110) / 5 = −2; projected = 80; shortfall = 120 / 100 = 1.2 → away from the target
    const away = dnsWeather(annual(2015, [110, 108, 106, 104, 102, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(away).toMatchObject({ status: 'THUNDERSTORM', meanAnnualChange: -2, projectedValue: 80, shortfall: 1.2 });
    // mean change = 0; projected = 100; shortfall = 1 → the gap stays
    const still = dnsWeather(annual(2015, [100, 90, 110, 95, 105, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(still).toMatchObject({ status: 'THUNDERSTORM', meanAnnualChange: 0, shortfall: 1 });
  });

  it('mirrors lower-is-better targets', () => {
    const reduceTo20 = { type: 'VALUE_BY_YEAR', value: 20, year: 2030 } as const;
    // (40 − 60) / 5 = −4; projected = 40 − 40 = 0; shortfall = (20 − 0) / (20 − 40) = −1 → overshoot → SUN
    expect(dnsWeather(annual(2015, [60, 56, 52, 48, 44, 40]), 'LOWER_IS_BETTER', reduceTo20).status).toBe('SUN');
    // (40 − 48) / 5 = −1.6; projected = 24; shortfall = (20 − 24) / (20 − 40) = 0.2 → LIGHT_CLOUD
    const light = dnsWeather(annual(2015, [48, 46, 45, 43, 42, 40]), 'LOWER_IS_BETTER', reduceTo20);
    expect(light.projectedValue).toBeCloseTo(24, 10);
    expect(light.status).toBe('LIGHT_CLOUD');
    // (40 − 45) / 5 = −1; projected = 30; shortfall = (20 − 30) / (20 − 40) = 0.5 → CLOUD
    expect(dnsWeather(annual(2015, [45, 44, 43, 42, 41, 40]), 'LOWER_IS_BETTER', reduceTo20).status).toBe('CLOUD');
    // (40 − 35) / 5 = +1 (wrong way); projected = 50; shortfall = 1.5 → THUNDERSTORM
    expect(dnsWeather(annual(2015, [35, 36, 37, 38, 39, 40]), 'LOWER_IS_BETTER', reduceTo20).status).toBe('THUNDERSTORM');
  });

  it('uses the latest value as projection when the target year is the latest year', () => {
    // shortfall = 100 / 100 = 1; mean change 5 > 0 → CLOUD (missed, but the right direction)
    const result = dnsWeather(annual(2015, [75, 80, 85, 90, 95, 100]), 'HIGHER_IS_BETTER', {
      type: 'VALUE_BY_YEAR',
      value: 200,
      year: 2020,
    });
    expect(result).toMatchObject({ status: 'CLOUD', projectedValue: 100, shortfall: 1 });
  });

  it('rates a target reached before its year like a value to keep every year', () => {
    // 110 ≥ 100 → reached; mean change = (110 − 120) / 5 = −2 points towards deterioration → LIGHT_CLOUD
    // (a projection would have said SUN: projected 90 … the published rule avoids exactly that)
    const result = dnsWeather(annual(2015, [120, 118, 116, 114, 112, 110]), 'HIGHER_IS_BETTER', {
      type: 'VALUE_BY_YEAR',
      value: 100,
      year: 2030,
    });
    expect(result).toMatchObject({ status: 'LIGHT_CLOUD', procedure: 'KEEP_TARGET', targetAchieved: true });
    expect(result.projectedValue).toBeUndefined();
  });
});

describe('dnsWeather with a value to keep every year', () => {
  const atLeast100: DnsTarget = { type: 'VALUE_EVERY_YEAR', value: 100 };

  it.each([
    // [values 2015 … 2020, expected, arithmetic]
    [[100, 102, 104, 106, 108, 110], 'SUN', '110 ≥ 100 met; mean (110 − 100)/5 = +2 not worsening'],
    [[110, 109, 111, 110, 112, 110], 'SUN', '110 ≥ 100 met; mean 0 is not worsening'],
    [[120, 118, 116, 114, 112, 110], 'LIGHT_CLOUD', '110 ≥ 100 met; mean (110 − 120)/5 = −2 worsening'],
    [[80, 82, 84, 86, 88, 90], 'CLOUD', '90 < 100 missed; mean +2 towards the target'],
    [[90, 95, 85, 90, 92, 90], 'CLOUD', '90 < 100 missed; mean 0: not pointing away (newer DNS wording)'],
    [[95, 94, 93, 92, 91, 90], 'THUNDERSTORM', '90 < 100 missed; mean −1 pointing away'],
  ] as const)('higher is better: %j → %s (%s)', (values, expected, _arithmetic) => {
    const result = dnsWeather(annual(2015, [...values]), 'HIGHER_IS_BETTER', atLeast100);
    expect(result.status).toBe(expected);
    expect(result.procedure).toBe('KEEP_TARGET');
  });

  it('mirrors lower-is-better limits', () => {
    const atMost50: DnsTarget = { type: 'VALUE_EVERY_YEAR', value: 50 };
    // 45 ≤ 50 met, mean (45 − 60)/5 = −3 improving → SUN
    expect(dnsWeather(annual(2015, [60, 57, 54, 51, 48, 45]), 'LOWER_IS_BETTER', atMost50).status).toBe('SUN');
    // 45 ≤ 50 met, mean (45 − 40)/5 = +1 worsening → LIGHT_CLOUD
    expect(dnsWeather(annual(2015, [40, 41, 42, 43, 44, 45]), 'LOWER_IS_BETTER', atMost50).status).toBe('LIGHT_CLOUD');
    // 60 > 50 missed, mean (60 − 70)/5 = −2 towards the limit → CLOUD
    expect(dnsWeather(annual(2015, [70, 68, 66, 64, 62, 60]), 'LOWER_IS_BETTER', atMost50).status).toBe('CLOUD');
    // 60 > 50 missed, mean (60 − 55)/5 = +1 away → THUNDERSTORM
    expect(dnsWeather(annual(2015, [55, 56, 57, 58, 59, 60]), 'LOWER_IS_BETTER', atMost50).status).toBe('THUNDERSTORM');
  });

  it('counts a value exactly on the limit as met', () => {
    const result = dnsWeather(annual(2015, [90, 92, 94, 96, 98, 100]), 'HIGHER_IS_BETTER', atLeast100);
    expect(result).toMatchObject({ status: 'SUN', targetAchieved: true });
  });
});

describe('dnsWeather with only a direction', () => {
  const direction: DnsTarget = { type: 'DIRECTION' };

  it.each([
    [[100, 101, 102, 103, 104, 106], 'SUN', 'mean (106 − 100)/5 = +1.2 right; last 104 → 106 = +2 right'],
    [[100, 102, 104, 106, 108, 106], 'LIGHT_CLOUD', 'mean +1.2 right; last 108 → 106 = −2 wrong'],
    [[100, 102, 103, 104, 106, 106], 'LIGHT_CLOUD', 'mean +1.2 right; last change 0'],
    [[110, 108, 106, 104, 100, 102], 'CLOUD', 'mean (102 − 110)/5 = −1.6 wrong; last +2 right'],
    [[102, 101, 100, 100, 100, 102], 'CLOUD', 'mean 0 (stagnation); last +2 right'],
    [[110, 109, 108, 106, 104, 102], 'THUNDERSTORM', 'mean −1.6 wrong; last −2 wrong'],
  ] as const)('higher is better: %j → %s (%s)', (values, expected, _arithmetic) => {
    const result = dnsWeather(annual(2015, [...values]), 'HIGHER_IS_BETTER', direction);
    expect(result.status).toBe(expected);
    expect(result.procedure).toBe('DIRECTION');
    expect(result.previousYear).toBe(2019);
    expect(result.lastChange).toBe(values[5] - values[4]);
  });

  it('mirrors lower-is-better', () => {
    // mean (102 − 110)/5 = −1.6 and last −2: both downwards, as desired → SUN
    expect(dnsWeather(annual(2015, [110, 109, 108, 106, 104, 102]), 'LOWER_IS_BETTER', direction).status).toBe('SUN');
    // mean +1.2 and last +2: both upwards → THUNDERSTORM
    expect(dnsWeather(annual(2015, [100, 101, 102, 103, 104, 106]), 'LOWER_IS_BETTER', direction).status).toBe(
      'THUNDERSTORM',
    );
  });

  it('takes the last change from the previous year with data', () => {
    // 2019 missing: last change 2018 → 2020 = 106 − 108 = −2; mean (106 − 100)/5 = +1.2 → LIGHT_CLOUD
    const result = dnsWeather(series([2015, 100], [2016, 102], [2018, 108], [2020, 106]), 'HIGHER_IS_BETTER', direction);
    expect(result).toMatchObject({ status: 'LIGHT_CLOUD', previousYear: 2018, lastChange: -2 });
  });
});

describe('dnsWeather window and gaps', () => {
  it('sorts unsorted input and ignores points before the five-year window', () => {
    // window 2015 … 2020; 2010 and 2016 (missing) do not matter; mean (100 − 75)/5 = 5 → CLOUD as above
    const result = dnsWeather(
      series([2020, 100], [2010, 0], [2018, 95], [2015, 75], [2019, 99], [2017, 90]),
      'HIGHER_IS_BETTER',
      reach200By2030,
    );
    expect(result).toMatchObject({ status: 'CLOUD', windowStartYear: 2015, pointsInWindow: 5, meanAnnualChange: 5 });
  });

  it('starts at the first year with data when latestYear − 5 is missing', () => {
    // no 2015: start 2016 (80); mean (100 − 80) / 4 = 5; 2014 lies outside the window
    const result = dnsWeather(
      series([2014, 10], [2016, 80], [2017, 85], [2018, 90], [2020, 100]),
      'HIGHER_IS_BETTER',
      reach200By2030,
    );
    expect(result).toMatchObject({ windowStartYear: 2016, windowStartValue: 80, pointsInWindow: 4, meanAnnualChange: 5 });
  });

  it('needs four values in the window by default (Destatis), fewer when configured', () => {
    const three = series([2016, 80], [2018, 90], [2020, 100]);
    expect(dnsWeather(three, 'HIGHER_IS_BETTER', reach200By2030)).toMatchObject({
      status: 'NOT_AVAILABLE',
      reason: 'TOO_FEW_POINTS',
      pointsInWindow: 3,
      latestYear: 2020,
    });
    // with minPoints 2: mean (100 − 80) / 4 = 5 → projected 150 → CLOUD
    expect(dnsWeather(three, 'HIGHER_IS_BETTER', reach200By2030, { minPoints: 2 }).status).toBe('CLOUD');
    expect(dnsWeather(series([2020, 100]), 'HIGHER_IS_BETTER', reach200By2030, { minPoints: 2 }).reason).toBe('TOO_FEW_POINTS');
  });

  it('honours a longer window for series published every other year', () => {
    // 2010 … 2020 every two years: 3 points in 2015 … 2020, 6 in 2010 … 2020
    const biennial = series([2010, 50], [2012, 60], [2014, 70], [2016, 80], [2018, 90], [2020, 100]);
    expect(dnsWeather(biennial, 'HIGHER_IS_BETTER', reach200By2030).reason).toBe('TOO_FEW_POINTS');
    // mean (100 − 50) / 10 = 5 → projected 150 → CLOUD
    const result = dnsWeather(biennial, 'HIGHER_IS_BETTER', reach200By2030, { windowYears: 10 });
    expect(result).toMatchObject({ status: 'CLOUD', meanAnnualChange: 5, windowStartYear: 2010 });
  });

  it('ignores NaN values', () => {
    const result = dnsWeather(
      series([2015, 75], [2016, Number.NaN], [2017, 85], [2018, 90], [2020, 100]),
      'HIGHER_IS_BETTER',
      reach200By2030,
    );
    expect(result).toMatchObject({ status: 'CLOUD', pointsInWindow: 4 });
  });

  it('rejects an invalid configuration or target', () => {
    const data = annual(2015, [75, 80, 85, 90, 95, 100]);
    expect(() => dnsWeather(data, 'HIGHER_IS_BETTER', reach200By2030, { minPoints: 1 })).toThrow(RangeError);
    expect(() => dnsWeather(data, 'HIGHER_IS_BETTER', reach200By2030, { windowYears: 0 })).toThrow(RangeError);
    expect(() => dnsWeather(data, 'HIGHER_IS_BETTER', { type: 'VALUE_EVERY_YEAR', value: Number.NaN })).toThrow(RangeError);
    expect(() => dnsWeather(data, 'HIGHER_IS_BETTER', { type: 'VALUE_BY_YEAR', value: 1, year: 2030.5 })).toThrow(
      RangeError,
    );
  });
});

describe('dnsWeather NOT_AVAILABLE reasons', () => {
  const data = annual(2015, [75, 80, 85, 90, 95, 100]);
  const cases: Array<[DnsWeatherNotAvailableReason, () => DnsWeatherResult]> = [
    ['NO_TARGET', () => dnsWeather(data, 'HIGHER_IS_BETTER', null)],
    ['NEUTRAL_POLARITY', () => dnsWeather(data, 'NEUTRAL', reach200By2030)],
    ['NO_DATA', () => dnsWeather([], 'HIGHER_IS_BETTER', reach200By2030)],
    ['DUPLICATE_YEARS', () => dnsWeather([...data, { year: 2020, value: 101 }], 'HIGHER_IS_BETTER', reach200By2030)],
    ['TOO_FEW_POINTS', () => dnsWeather(annual(2018, [90, 95, 100]), 'HIGHER_IS_BETTER', reach200By2030)],
    [
      'TARGET_YEAR_PASSED',
      () => dnsWeather(data, 'HIGHER_IS_BETTER', { type: 'VALUE_BY_YEAR', value: 200, year: 2019 }),
    ],
  ];

  it('covers every reason', () => {
    expect(cases.map(([reason]) => reason).sort()).toEqual([...dnsWeatherNotAvailableReasons].sort());
  });

  it.each(cases)('%s', (reason, run) => {
    const result = run();
    expect(result).toMatchObject({ status: 'NOT_AVAILABLE', reason });
    expect(explainDnsWeather(result, 'de')).toMatch(/^Keine Bewertung möglich: \S/);
    expect(explainDnsWeather(result, 'en')).toMatch(/^No assessment possible: \S/);
  });

  it('treats an undefined target like a missing one', () => {
    expect(dnsWeather(data, 'HIGHER_IS_BETTER', undefined).reason).toBe('NO_TARGET');
  });

  it('assesses a passed target year when the target is met (keep procedure)', () => {
    const result = dnsWeather(data, 'HIGHER_IS_BETTER', { type: 'VALUE_BY_YEAR', value: 90, year: 2019 });
    expect(result).toMatchObject({ status: 'SUN', procedure: 'KEEP_TARGET' });
  });
});

describe('worstDnsWeather', () => {
  it('follows the most negative single rating', () => {
    expect(worstDnsWeather(['SUN', 'CLOUD', 'LIGHT_CLOUD'])).toBe('CLOUD');
    expect(worstDnsWeather(['THUNDERSTORM', 'SUN'])).toBe('THUNDERSTORM');
    expect(worstDnsWeather(['SUN', 'LIGHT_CLOUD'])).toBe('LIGHT_CLOUD');
  });

  it('leaves out ratings that are not available', () => {
    expect(worstDnsWeather(['NOT_AVAILABLE', 'SUN'])).toBe('SUN');
    expect(worstDnsWeather(['NOT_AVAILABLE'])).toBe('NOT_AVAILABLE');
    expect(worstDnsWeather([])).toBe('NOT_AVAILABLE');
  });
});

describe('explainDnsWeather', () => {
  it('explains a projection in German', () => {
    const result = dnsWeather(annual(2015, [75, 80, 85, 90, 95, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(explainDnsWeather(result, 'de')).toBe(
      `Von 2015 (75) bis 2020 (100) änderte sich der Wert um durchschnittlich +5 pro Jahr. Setzt sich das bis 2030 fort, läge er dann bei 150; Ziel sind 200 (höhere Werte sind besser). Der Wert bewegt sich auf das Ziel zu, doch dann fehlten noch 50${nbsp}% des heutigen Abstands; mehr als 20${nbsp}% gelten als bewölkt.`,
    );
    expect(explainDnsWeather(result, 'en')).toBe(
      "From 2015 (75) to 2020 (100) the value changed by an average of +5 per year. If this continues until 2030, it would reach 150; the target is 200 (higher values are better). The value is moving towards the target, but 50% of today's gap would remain; more than 20% counts as cloudy.",
    );
  });

  it('uses German decimal commas for changes and projections', () => {
    // mean (40 − 48)/5 = −1.6; projected 24
    const result = dnsWeather(annual(2015, [48, 46, 45, 43, 42, 40]), 'LOWER_IS_BETTER', {
      type: 'VALUE_BY_YEAR',
      value: 20,
      year: 2030,
    });
    const de = explainDnsWeather(result, 'de');
    expect(de).toContain('um durchschnittlich -1,6 pro Jahr');
    expect(de).toContain('läge er dann bei 24; Ziel sind 20 (niedrigere Werte sind besser)');
    expect(de).toContain(`Dann fehlten noch 20${nbsp}% des heutigen Abstands zum Ziel; 5${nbsp}% bis 20${nbsp}% gelten als leicht bewölkt.`);
  });

  it('explains sun, thunderstorm, keep and direction procedures', () => {
    const sun = dnsWeather(annual(2015, [50, 60, 70, 80, 90, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(explainDnsWeather(sun, 'de')).toContain('Das Ziel würde erreicht: Sonne.');
    const storm = dnsWeather(annual(2015, [110, 108, 106, 104, 102, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(explainDnsWeather(storm, 'en')).toContain('not moving towards the target, the gap stays or grows: thunderstorm.');
    const keep = dnsWeather(annual(2015, [120, 118, 116, 114, 112, 110]), 'HIGHER_IS_BETTER', {
      type: 'VALUE_EVERY_YEAR',
      value: 100,
    });
    expect(explainDnsWeather(keep, 'de')).toBe(
      'Von 2015 (120) bis 2020 (110) änderte sich der Wert um durchschnittlich -2 pro Jahr. Der Wert soll jedes Jahr mindestens 100 betragen. 2020 wurde das eingehalten (110), die durchschnittliche Entwicklung weist in Richtung einer Verschlechterung: leicht bewölkt.',
    );
    const missed = dnsWeather(annual(2015, [55, 56, 57, 58, 59, 60]), 'LOWER_IS_BETTER', { type: 'VALUE_EVERY_YEAR', value: 50 });
    expect(explainDnsWeather(missed, 'de')).toContain(
      'Der Wert soll jedes Jahr höchstens 50 betragen. 2020 wurde das verfehlt (60), im Durchschnitt entfernt sich der Wert vom Ziel: Gewitter.',
    );
    const direction = dnsWeather(annual(2015, [110, 108, 106, 104, 100, 102]), 'HIGHER_IS_BETTER', { type: 'DIRECTION' });
    expect(explainDnsWeather(direction, 'de')).toContain(
      'zuletzt (2019 → 2020) änderte er sich um +2; gewünscht ist ein Anstieg. Der Durchschnitt zeigt nicht in die gewünschte Richtung, die letzte Veränderung schon: bewölkt.',
    );
  });

  it('names the missing data when too few values are in the window', () => {
    const result = dnsWeather(annual(2018, [90, 95, 100]), 'HIGHER_IS_BETTER', reach200By2030);
    expect(explainDnsWeather(result, 'de')).toBe(
      'Keine Bewertung möglich: Von 2015 bis 2020 liegen nur 3 Werte vor; nötig sind mindestens 4.',
    );
  });

  it('has a plain-language name for every symbol', () => {
    expect(dnsWeatherStatusName('LIGHT_CLOUD', 'de')).toBe('leicht bewölkt');
    expect(dnsWeatherStatusName('THUNDERSTORM', 'en')).toBe('thunderstorm');
  });
});
