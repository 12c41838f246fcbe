import { describe, expect, it } from 'vitest';
import * as progress from './index.js';

describe('explain', () => {
  it('dispatches on the method of the result', () => {
    const openSdg = progress.openSdgProgress(
      [
        { year: 2015, value: 100 },
        { year: 2020, value: 110 },
      ],
      'HIGHER_IS_BETTER',
    );
    expect(progress.explain(openSdg, 'de')).toMatch(/^Von 2015 \(100\) bis 2020 \(110\) wuchs der Wert/);
    const weather = progress.dnsWeather(
      [75, 80, 85, 90, 95, 100].map((value, index) => ({ year: 2015 + index, value })),
      'HIGHER_IS_BETTER',
      { type: 'VALUE_BY_YEAR', value: 200, year: 2030 },
    );
    expect(progress.explain(weather, 'en')).toMatch(/more than 20% counts as cloudy\.$/);
  });

  it('passes the indicator decimals on', () => {
    const weather = progress.dnsWeather(
      [75, 80, 85, 90, 95, 100].map((value, index) => ({ year: 2015 + index, value })),
      'HIGHER_IS_BETTER',
      { type: 'VALUE_EVERY_YEAR', value: 200 },
    );
    expect(progress.explain(weather, 'de', { decimals: 1 })).toContain('Von 2015 (75,0) bis 2020 (100,0)');
  });
});

describe('public API', () => {
  it('exports the functions and constants of the progress module', () => {
    expect(Object.keys(progress).sort()).toEqual(
      [
        'DNS_LIGHT_CLOUD_MAX_SHORTFALL',
        'DNS_MIN_POINTS',
        'DNS_SUN_MAX_SHORTFALL',
        'DNS_WINDOW_YEARS',
        'OPEN_SDG_DEFAULT_BASE_YEAR',
        'OPEN_SDG_LIMIT_EXPONENT',
        'OPEN_SDG_THRESHOLDS_WITHOUT_TARGET',
        'OPEN_SDG_THRESHOLDS_WITH_TARGET',
        'OPEN_SDG_ZERO_TARGET_REPLACEMENT',
        'aggregateUnits',
        'cleanSeries',
        'compoundAnnualGrowth',
        'dnsWeather',
        'dnsWeatherNotAvailableReasons',
        'dnsWeatherStatusName',
        'dnsWeatherStatuses',
        'explain',
        'explainDnsWeather',
        'explainOpenSdg',
        'limitCoefficient',
        'openSdgNotAvailableReasons',
        'openSdgProgress',
        'openSdgStatusName',
        'openSdgStatuses',
        'worstDnsWeather',
      ].sort(),
    );
    expect(progress.OPEN_SDG_THRESHOLDS_WITHOUT_TARGET).toEqual({ high: 0.015, med: 0.005, low: 0 });
    expect(progress.OPEN_SDG_THRESHOLDS_WITH_TARGET).toEqual({ high: 0.95, med: 0.6, low: 0 });
    expect([progress.DNS_WINDOW_YEARS, progress.DNS_MIN_POINTS]).toEqual([5, 4]);
    expect([progress.DNS_SUN_MAX_SHORTFALL, progress.DNS_LIGHT_CLOUD_MAX_SHORTFALL]).toEqual([0.05, 0.2]);
  });

  it('computes the compound annual growth rate', () => {
    // (121 / 100)^(1/2) − 1 = 0.1
    expect(progress.compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 12);
  });
});
