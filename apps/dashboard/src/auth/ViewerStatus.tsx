import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { executeQuery } from '../graphql/client';
import { useLocalMessages } from '../i18n/localMessages';
import { authMessages } from './messages';
import { SIGN_IN_PATH, WORKSPACE_HOME } from './redirect';
import './auth.css';
import { LogoutMutation, reloadViewer, useViewer } from './viewer';

/** The header's account area: who is signed in with a sign-out button, or a sign-in link. */
export function ViewerStatus() {
  const viewerState = useViewer();
  const { lang, m, localize } = useLocalMessages(authMessages);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [busy, setBusy] = useState(false);

  if (viewerState.status !== 'ready') return null;
  const { viewer } = viewerState;

  const signOut = async () => {
    setBusy(true);
    try {
      await executeQuery(LogoutMutation, {}, { lang });
    } finally {
      await reloadViewer(lang);
      setBusy(false);
    }
    if (pathname.startsWith('/arbeitsbereich')) void navigate(localize('/'));
  };

  return (
    <div className="account" role="group" aria-label={m.accountMenuLabel} data-testid="account">
      {viewer ? (
        <>
          <span className="account__who" data-testid="signed-in-as">
            {m.signedInAs(viewer.displayName)}
          </span>
          <Link className="account__link" to={localize(WORKSPACE_HOME)}>
            {m.workspaceLink}
          </Link>
          <button type="button" className="account__button" onClick={() => void signOut()} disabled={busy}>
            {m.signOutButton}
          </button>
        </>
      ) : pathname === SIGN_IN_PATH ? null : (
        <Link className="account__link" to={localize(SIGN_IN_PATH)} data-testid="sign-in-link">
          {m.signInLink}
        </Link>
      )}
    </div>
  );
}
