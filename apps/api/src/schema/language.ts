import type { Language } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';

export const LanguageEnum = builder.enumType('Language', {
  description:
    'Language of a localized text field. When omitted, the request\'s Accept-Language decides (German by default).',
  values: { DE: { value: 'de', description: 'German.' }, EN: { value: 'en', description: 'English.' } } as const,
});

/** The `lang` argument every localized text field takes (a fresh ref per field, as Pothos prefers). */
export const langArgs = () =>
  builder.args((t) => ({
    lang: t.field({ type: LanguageEnum, required: false, description: 'Defaults to the request\'s Accept-Language.' }),
  }));

export function languageOf(args: { lang?: Language | null }, ctx: Context): Language {
  return args.lang ?? ctx.lang;
}
