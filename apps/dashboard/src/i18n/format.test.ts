import { describe, expect, it } from 'vitest';
import { formatDecimal, formatInteger, formatIsoDate } from './format';

describe('formatInteger', () => {
  it('groups thousands with a dot in German and a comma in English', () => {
    expect(formatInteger(354572, 'de')).toBe('354.572');
    expect(formatInteger(354572, 'en')).toBe('354,572');
    expect(formatInteger(1344200, 'de')).toBe('1.344.200');
  });

  it('rounds to a whole number', () => {
    expect(formatInteger(2105.66, 'de')).toBe('2.106');
    expect(formatInteger(2105.4, 'en')).toBe('2,105');
  });
});

describe('formatDecimal', () => {
  it('uses the language decimal separator and a fixed count of decimals', () => {
    expect(formatDecimal(168.39, 'de', 2)).toBe('168,39');
    expect(formatDecimal(168.39, 'en', 2)).toBe('168.39');
    expect(formatDecimal(918.8, 'de', 2)).toBe('918,80');
    expect(formatDecimal(1767.5, 'de', 1)).toBe('1.767,5');
  });
});

describe('formatIsoDate', () => {
  it('formats a calendar date per language', () => {
    expect(formatIsoDate('2021-12-31', 'de')).toBe('31.12.2021');
    expect(formatIsoDate('2021-12-31', 'en')).toBe('31 Dec 2021');
  });

  it('uses the date part of a timestamp without shifting the day', () => {
    expect(formatIsoDate('2015-01-01T00:00:00+14:00', 'de')).toBe('01.01.2015');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatIsoDate('Ende 2021', 'de')).toBe('Ende 2021');
  });
});
