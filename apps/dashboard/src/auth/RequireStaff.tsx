import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading, QueryErrorMessage } from '../components/QueryStatus';
import { searchWithLanguage } from '../i18n/language';
import { useLocalMessages } from '../i18n/localMessages';
import { authMessages } from './messages';
import { signInUrl } from './redirect';
import { reloadViewer, useViewer, type Viewer } from './viewer';

/**
 * Shows `children` to signed-in staff (and admins; `adminOnly` to admins alone). Anonymous visitors
 * go to the sign-in page, which returns here afterwards; other roles are told they have no access.
 */
export function RequireStaff({ children, adminOnly = false }: { children: (viewer: Viewer) => ReactNode; adminOnly?: boolean }) {
  const viewerState = useViewer();
  const location = useLocation();
  const { lang, m } = useLocalMessages(authMessages);
  if (viewerState.status === 'loading') return <Loading />;
  if (viewerState.status === 'error') return <QueryErrorMessage error={viewerState.error} onRetry={() => void reloadViewer(lang)} />;
  const { viewer } = viewerState;
  if (!viewer) return <Navigate to={signInUrl(location, searchWithLanguage('', lang))} replace />;
  const allowed = adminOnly ? viewer.role === 'ADMIN' : viewer.role === 'ADMIN' || viewer.role === 'STAFF';
  if (!allowed) {
    return (
      <div className="not-found" data-testid="workspace-forbidden">
        <h1>{m.forbiddenTitle}</h1>
        <p>{adminOnly ? m.adminOnlyText : m.forbiddenText}</p>
      </div>
    );
  }
  return <>{children(viewer)}</>;
}
