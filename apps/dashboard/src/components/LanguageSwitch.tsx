import { Link, useLocation } from 'react-router';
import { hrefWithLanguage, otherLanguage } from '../i18n/language';
import { useI18n } from '../i18n/useI18n';

/** A link (not a button): the same view in the other language, so it can be opened or shared. */
export function LanguageSwitch() {
  const location = useLocation();
  const { lang, t } = useI18n();
  const target = otherLanguage(lang);
  return (
    <Link
      className="lang-switch"
      data-testid="lang-switch"
      to={hrefWithLanguage(location, target)}
      hrefLang={target}
      lang={target}
      aria-label={t.languageSwitchLabel}
    >
      {t.languageSwitchText}
    </Link>
  );
}
