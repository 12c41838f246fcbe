import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Loading } from '../components/QueryStatus';
import { executeQuery, isQueryError } from '../graphql/client';
import { useLocalMessages } from '../i18n/localMessages';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { authMessages } from './messages';
import { failureOf } from './mutationResult';
import { RETURN_PARAM, safeReturnPath } from './redirect';
import { LoginMutation, reloadViewer, useViewer } from './viewer';

/** `/anmelden`: e-mail and password; afterwards back to the page named in `?weiter=`. */
export function SignInPage() {
  const { lang, m, t } = useLocalMessages(authMessages);
  useDocumentTitle(`${m.signInTitle} – ${t.appName}`);
  const viewerState = useViewer();
  const { search } = useLocation();
  const returnTo = safeReturnPath(new URLSearchParams(search).get(RETURN_PARAM));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signedIn, setSignedIn] = useState(false);

  if (signedIn) return <Navigate to={returnTo} replace />;
  if (viewerState.status === 'loading') return <Loading />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { login } = await executeQuery(LoginMutation, { email: email.trim(), password }, { lang });
      const failure = failureOf(login);
      if (failure) {
        setError(failure.code === 'UNAUTHENTICATED' ? failure.message || m.wrongCredentials : m.signInFailed(failure.message));
        setPassword('');
        return;
      }
      await reloadViewer(lang);
      setSignedIn(true);
    } catch (caught) {
      setError(m.signInFailed(isQueryError(caught) ? caught.message : String(caught)));
    } finally {
      setBusy(false);
    }
  };

  const viewer = viewerState.status === 'ready' ? viewerState.viewer : null;
  return (
    <div className="sign-in">
      <h1>{m.signInTitle}</h1>
      {viewer ? (
        <p>
          {m.alreadySignedIn(viewer.displayName)} <Link to={returnTo}>{m.continueToWorkspace}</Link>
        </p>
      ) : (
        <p className="lead">{m.signInIntro}</p>
      )}
      <form className="ws-form" onSubmit={(event) => void submit(event)} aria-describedby={error ? 'sign-in-error' : undefined} noValidate>
        {error ? (
          <p id="sign-in-error" className="ws-form__error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        ) : null}
        <label className="ws-field">
          <span className="ws-field__label">{m.emailLabel}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </label>
        <label className="ws-field">
          <span className="ws-field__label">{m.passwordLabel}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </label>
        <button type="submit" disabled={busy || !email.trim() || !password}>
          {busy ? m.signingIn : m.signInButton}
        </button>
      </form>
    </div>
  );
}
