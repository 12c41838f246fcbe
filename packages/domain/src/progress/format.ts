// Number formatting for the plain-language explanations (German conventions for 'de').
import type { Language } from '../language.js';

const locales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export interface ExplainOptions {
  /**
   * Fraction digits for indicator values (the Indicator.decimals column). Without it values show up
   * to two fraction digits, small values three significant digits.
   */
  decimals?: number;
}

/** An indicator value: "1.234,5" (de) / "1,234.5" (en). */
export function formatValue(value: number, lang: Language, options: ExplainOptions = {}): string {
  return new Intl.NumberFormat(locales[lang], valueFormat(value, options)).format(value);
}

/** A change of an indicator value with its sign: "+2,5" / "−2,5"; zero without sign. */
export function formatSignedValue(value: number, lang: Language, options: ExplainOptions = {}): string {
  return new Intl.NumberFormat(locales[lang], { ...valueFormat(value, options), signDisplay: 'exceptZero' }).format(value);
}

function valueFormat(value: number, options: ExplainOptions): Intl.NumberFormatOptions {
  if (options.decimals !== undefined) {
    return { minimumFractionDigits: options.decimals, maximumFractionDigits: options.decimals };
  }
  if (value !== 0 && Math.abs(value) < 1) return { maximumSignificantDigits: 3 };
  return { maximumFractionDigits: 2 };
}

/** A fraction as percent: 0.019 → "1,9 %" (de, with a no-break space) / "1.9%" (en). */
export function formatPercent(fraction: number, lang: Language, fractionDigits = 1): string {
  return new Intl.NumberFormat(locales[lang], {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
  }).format(fraction);
}

/**
 * The fewest fraction digits (minDigits to 4) at which `value` does not print the same as any of `others`
 * that it differs from – so an explanation never reads "1,5 % … ab 1,5 %" for 1,46 % against 1,5 %.
 */
export function percentDigits(value: number, others: readonly number[], minDigits = 1): number {
  for (let digits = minDigits; digits < 4; digits++) {
    const scale = 10 ** (digits + 2);
    const clash = others.some((other) => other !== value && Math.round(other * scale) === Math.round(value * scale));
    if (!clash) return digits;
  }
  return 4;
}
