import { useEffect } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { graphql } from '../graphql/graphql';
import { useQuery } from '../graphql/useQuery';
import { toApiLanguage } from '../i18n/language';
import { useI18n } from '../i18n/useI18n';
import { DemoBanner } from './DemoBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { QueryErrorMessage } from './QueryStatus';
import { ViewerStatus } from '../auth/ViewerStatus';
import { RecommendationNavLink } from '../pages/recommendations/RecommendationNavLink';
import { DecisionNavLinks } from './DecisionNavLinks';
import { ProcessNavLink } from '../pages/process/events/ProcessNavLink';
import { FooterLinks } from '../pages/publications/FooterLinks';
import { SearchBox } from '../pages/search/SearchBox';

export const ShellQuery = graphql(`
  query Shell($lang: Language) {
    region {
      id
      name(lang: $lang)
      hasDemoData
    }
    municipalities {
      id
      ags
      name
    }
  }
`);

/** Opens every chart's data table for printing and closes those that were closed afterwards. */
function usePrintOpensDataTables() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details.chart-data:not([open])')];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

export function Layout() {
  const { lang, t, localize } = useI18n();
  const shell = useQuery(ShellQuery, { lang: toApiLanguage(lang) });

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  usePrintOpensDataTables();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <p className="site-header__brand">
            <Link to={localize('/')}>{t.appName}</Link>
            {shell.status === 'success' && shell.data.region ? (
              <span className="site-header__region">{shell.data.region.name}</span>
            ) : null}
          </p>
          <ViewerStatus />
          <SearchBox />
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t.mainNavigation}>
          <ul>
            <li>
              <NavLink to={localize('/')} end>
                {t.navOverview}
              </NavLink>
            </li>
            {shell.status === 'success'
              ? shell.data.municipalities.map((m) => (
                  <li key={m.ags}>
                    <NavLink to={localize(`/kommune/${m.ags}`)}>{m.name}</NavLink>
                  </li>
                ))
              : null}
            <DecisionNavLinks />
            <RecommendationNavLink />
            <ProcessNavLink />
          </ul>
        </nav>
      </header>
      {shell.status === 'success' && shell.data.region?.hasDemoData ? <DemoBanner /> : null}
      {shell.status === 'error' ? (
        <div className="shell-error">
          <QueryErrorMessage error={shell.error} onRetry={shell.refetch} />
        </div>
      ) : null}
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <h2 className="site-footer__heading">{t.footerSourcesHeading}</h2>
        <p>{t.footerSources}</p>
        <p>{t.footerSdgSources}</p>
        <FooterLinks />
      </footer>
    </div>
  );
}
