import type { Language } from './language';
import { useI18n } from './useI18n';

/**
 * A page's or component's own strings in both languages. Typing both with one interface makes a key
 * missing in either language a compile error, as for the shared dictionary in messages.ts.
 */
export type LocalMessages<M> = Readonly<Record<Language, M>>;

/** The strings of `dictionary` in the current UI language, together with the shared i18n helpers. */
export function useLocalMessages<M>(dictionary: LocalMessages<M>) {
  const i18n = useI18n();
  return { ...i18n, m: dictionary[i18n.lang] };
}
