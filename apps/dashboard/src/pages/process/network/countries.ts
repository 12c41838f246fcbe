import { localeOf, type Language } from '../../../i18n/language';

/** The country's name for an ISO 3166-1 alpha-2 code in the UI language; the code itself if unknown. */
export function countryName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    // Not a well-formed region code: show what was stored.
    return code;
  }
}
