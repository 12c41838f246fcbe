import { useLocation } from 'react-router';
import { languageFromSearch, searchWithLanguage, type Language } from './language';
import { messages, type Messages } from './messages';

export interface I18n {
  lang: Language;
  t: Messages;
  /** An in-app link target that keeps the current UI language. */
  localize: (pathname: string) => string;
}

/** The UI language comes from the URL (`?lang=en`), so every view can be shared as it is. */
export function useI18n(): I18n {
  const { search } = useLocation();
  const lang = languageFromSearch(search);
  return {
    lang,
    t: messages[lang],
    localize: (pathname) => `${pathname}${searchWithLanguage('', lang)}`,
  };
}
