import { z } from 'zod';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

/** German is the working language of the office; every text exists in German, English is optional. */
export const defaultLanguage: Language = 'de';

/** A text pair as the database stores it (titleDe / titleEn). */
export interface LocalizedText {
  de: string;
  en: string;
}

/** The text in the requested language; German where the English text is missing or empty. */
export function localized(lang: Language, de: string, en?: string | null): string {
  if (lang === 'en' && en) return en;
  return de;
}

/**
 * The preferred supported language from an Accept-Language header (RFC 9110 §12.5.4): the language with
 * the highest q-value wins, ties go to the earlier entry, q=0 means "not acceptable", "*" stands for
 * every language the header does not name. Regional variants count for their language ("de-CH" → de).
 * German when the header is missing, malformed or accepts neither language.
 */
export function languageFromAcceptLanguage(header: string | readonly string[] | null | undefined): Language {
  const text = typeof header === 'string' ? header : (header ?? []).join(',');
  const ranges = parseAcceptLanguage(text);
  let best: { language: Language; preference: Preference } | undefined;
  for (const language of languages) {
    const preference = preferenceFor(language, ranges);
    if (preference.quality <= 0) continue;
    const better =
      !best ||
      preference.quality > best.preference.quality ||
      (preference.quality === best.preference.quality && preference.position < best.preference.position);
    if (better) best = { language, preference };
  }
  return best?.language ?? defaultLanguage;
}

interface Preference {
  quality: number;
  /** Index of the deciding entry in the header: earlier wins a tie. */
  position: number;
}

/** Ranges naming the language decide (the most favourable one); otherwise "*"; otherwise not acceptable. */
function preferenceFor(language: Language, ranges: readonly LanguageRange[]): Preference {
  const named = ranges.filter((range) => range.language === language);
  const deciding = named.length > 0 ? named : ranges.filter((range) => range.language === '*');
  let preference: Preference = { quality: 0, position: Number.POSITIVE_INFINITY };
  for (const range of deciding) {
    if (range.quality > preference.quality) preference = { quality: range.quality, position: range.position };
  }
  return preference;
}

interface LanguageRange {
  /** Primary subtag in lower case, or "*". */
  language: string;
  quality: number;
  position: number;
}

const languageRangePattern = /^(\*|[a-z]{1,8})(-[a-z0-9]{1,8})*$/i;
const qValuePattern = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  header.split(',').forEach((entry, position) => {
    const [rangeText = '', ...parameters] = entry.split(';').map((part) => part.trim());
    if (!languageRangePattern.test(rangeText)) return;
    let quality = 1;
    for (const parameter of parameters) {
      const [name = '', value = ''] = parameter.split('=').map((part) => part.trim());
      if (name.toLowerCase() !== 'q') continue;
      if (!qValuePattern.test(value)) return; // a broken weight makes the whole entry unusable
      quality = Number(value);
    }
    const language = rangeText.split('-')[0]?.toLowerCase() ?? '';
    ranges.push({ language, quality, position });
  });
  return ranges;
}
