import { localeOf, type Language } from './language';

/** A whole number with the language's grouping: de 354.572, en 354,572. */
export function formatInteger(value: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(value);
}

/** A number with a fixed count of decimals: de 168,39, en 168.39. */
export function formatDecimal(value: number, lang: Language, decimals: number): string {
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/**
 * An ISO calendar date (2021-12-31, or a full timestamp whose date part is used) as de 31.12.2021,
 * en 31 Dec 2021. Formatted in UTC so the day never shifts with the viewer's time zone.
 */
export function formatIsoDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
