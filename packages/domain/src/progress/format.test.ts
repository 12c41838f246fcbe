import { describe, expect, it } from 'vitest';
import { formatPercent, formatSignedValue, formatValue, percentDigits } from './format.js';

const nbsp = '\u00a0';

describe('formatting for explanations', () => {
  it('formats values with German or English separators', () => {
    expect(formatValue(1234.567, 'de')).toBe('1.234,57');
    expect(formatValue(1234.567, 'en')).toBe('1,234.57');
    expect(formatValue(0.001234, 'de')).toBe('0,00123');
    expect(formatValue(0, 'de')).toBe('0');
    expect(formatValue(2, 'de', { decimals: 1 })).toBe('2,0');
  });

  it('shows the sign of a change, but not for zero', () => {
    expect(formatSignedValue(1.6, 'de')).toBe('+1,6');
    expect(formatSignedValue(-1.6, 'en')).toBe('-1.6');
    expect(formatSignedValue(0, 'de')).toBe('0');
  });

  it('formats percentages (German with a no-break space)', () => {
    expect(formatPercent(0.019245, 'de')).toBe(`1,9${nbsp}%`);
    expect(formatPercent(0.019245, 'en')).toBe('1.9%');
    expect(formatPercent(0.7023, 'de', 0)).toBe(`70${nbsp}%`);
  });

  it('chooses enough digits to tell a value from nearby thresholds', () => {
    // 1.45 % and 1.5 % both print as "1.5 %" with one digit → two digits
    expect(percentDigits(0.014532, [0.015, 0.005, 0])).toBe(2);
    // 1.92 % vs 1.5 %: one digit suffices
    expect(percentDigits(0.019245, [0.015, 0.005, 0])).toBe(1);
    // equal numbers are no clash
    expect(percentDigits(0.015, [0.015])).toBe(1);
    // ratio 94.6 % vs 95 %: 0 digits clash ("95 %"), one digit does not
    expect(percentDigits(0.946, [0.95], 0)).toBe(1);
    expect(percentDigits(0.7, [0.95, 0.6], 0)).toBe(0);
  });
});
