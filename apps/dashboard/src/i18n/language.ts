/** UI languages. German is the default; English is selected with `?lang=en` in the URL. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

/** The GraphQL `Language` enum value for a UI language. */
export type ApiLanguage = 'DE' | 'EN';

export function toApiLanguage(lang: Language): ApiLanguage {
  return lang === 'en' ? 'EN' : 'DE';
}

/** BCP 47 tag used for Intl formatting and `Accept-Language`. */
export function localeOf(lang: Language): string {
  return lang === 'en' ? 'en-GB' : 'de-DE';
}

/** Reads the UI language from a query string such as `?lang=en`; anything else means German. */
export function languageFromSearch(search: string): Language {
  const value = new URLSearchParams(search).get('lang')?.trim().toLowerCase();
  return value === 'en' ? 'en' : DEFAULT_LANGUAGE;
}

/**
 * The query string for `lang` on top of the current one: other parameters are kept, German (the
 * default) drops the parameter so the canonical URL stays short. Returns '' or a string with '?'.
 */
export function searchWithLanguage(search: string, lang: Language): string {
  const params = new URLSearchParams(search);
  if (lang === DEFAULT_LANGUAGE) params.delete('lang');
  else params.set('lang', lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A link target for `pathname` in `lang`, keeping the other query parameters and the hash. */
export function hrefWithLanguage(
  location: { pathname: string; search?: string; hash?: string },
  lang: Language,
): string {
  return `${location.pathname}${searchWithLanguage(location.search ?? '', lang)}${location.hash ?? ''}`;
}

export function otherLanguage(lang: Language): Language {
  return lang === 'de' ? 'en' : 'de';
}
