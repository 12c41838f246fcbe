import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';

export function NotFoundPage() {
  const { pathname } = useLocation();
  const { t, localize } = useI18n();
  useDocumentTitle(`${t.pageNotFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="page-not-found">
      <h1>{t.pageNotFoundTitle}</h1>
      <p>{t.pageNotFoundText(pathname)}</p>
      <p>
        <Link to={localize('/')}>{t.backToOverview}</Link>
      </p>
    </div>
  );
}
