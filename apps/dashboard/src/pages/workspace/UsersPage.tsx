import { useState, type FormEvent } from 'react';
import { authMessages } from '../../auth/messages';
import { failureOf, problemFor, type MutationFailure } from '../../auth/mutationResult';
import type { Viewer } from '../../auth/viewer';
import { QueryStatus } from '../../components/QueryStatus';
import { executeQuery, isQueryError } from '../../graphql/client';
import type { ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { formatDateTime } from '../recommendations/HistoryTimeline';
import { CreateUserMutation, UpdateUserMutation, UsersQuery } from './documents';
import { Field } from './Field';
import { workspaceMessages } from './messages';
import { useLatestData } from './useLatestData';

const ROLES = ['STAFF', 'ADMIN', 'PARTNER'] as const;
type Role = (typeof ROLES)[number];
type User = ResultOf<typeof UsersQuery>['users'][number];

/** `/arbeitsbereich/konten` (ADMIN only): accounts of the region, role changes, disabling, new accounts. */
export function UsersPage({ viewer }: { viewer: Viewer }) {
  const { lang, m, t } = useLocalMessages(workspaceMessages);
  useDocumentTitle(`${m.usersTitle} – ${t.appName}`);
  const query = useQuery(UsersQuery, {});
  const users = useLatestData(query);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const update = async (user: User, change: { role?: Role; disabled?: boolean }) => {
    setNotice(null);
    setError(null);
    try {
      const { updateUser: result } = await executeQuery(UpdateUserMutation, { input: { id: user.id, ...change } }, { lang });
      const failure = failureOf(result);
      if (failure) setError(m.failed(failure.message));
      else setNotice(m.userUpdated(user.displayName));
    } catch (caught) {
      setError(m.failed(isQueryError(caught) ? caught.message : String(caught)));
    }
    query.refetch();
  };

  return (
    <div className="ws-users-page">
      <h1>{m.usersTitle}</h1>
      <div aria-live="polite">
        {notice ? <p className="ws-alert ws-alert--success">{notice}</p> : null}
        {error ? (
          <p className="ws-form__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {/* The table stays while it reloads after a change, so keyboard focus stays on the changed row. */}
      {users ? (
        <UserTable users={users.users} viewerId={viewer.id} onUpdate={(user, change) => void update(user, change)} />
      ) : (
        <QueryStatus query={query}>{() => null}</QueryStatus>
      )}
      <CreateUserForm
        onCreated={(email) => {
          setNotice(m.userCreated(email));
          query.refetch();
        }}
      />
    </div>
  );
}

function UserTable({ users, viewerId, onUpdate }: { users: readonly User[]; viewerId: string; onUpdate: (user: User, change: { role?: Role; disabled?: boolean }) => void }) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const { m: a } = useLocalMessages(authMessages);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={m.usersCaption}>
      <table data-testid="users-table">
        <caption>{m.usersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnName}</th>
            <th scope="col">{m.columnEmail}</th>
            <th scope="col">{m.columnRole}</th>
            <th scope="col">{m.columnState}</th>
            <th scope="col">{m.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === viewerId;
            const locked = user.lockedUntil && user.lockedUntil > new Date().toISOString() ? user.lockedUntil : null;
            return (
              <tr key={user.id}>
                <th scope="row">
                  {user.displayName} {self ? m.youMarker : null}
                </th>
                <td>{user.email}</td>
                <td>
                  <select
                    aria-label={m.roleFor(user.displayName)}
                    value={user.role}
                    disabled={self}
                    onChange={(event) => onUpdate(user, { role: event.target.value as Role })}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {a.role[role]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{user.disabled ? m.stateDisabled : locked ? m.stateLocked(formatDateTime(locked, lang)) : m.stateActive}</td>
                <td>
                  {self ? null : (
                    <button type="button" className="button-small button-secondary" onClick={() => onUpdate(user, { disabled: !user.disabled })}>
                      {user.disabled ? m.enable(user.displayName) : m.disable(user.displayName)}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (email: string) => void }) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const { m: a } = useLocalMessages(authMessages);
  const [values, setValues] = useState({ email: '', displayName: '', password: '', role: 'STAFF' as Role });
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setError(null);
    try {
      const { createUser: result } = await executeQuery(
        CreateUserMutation,
        { input: { email: values.email.trim(), displayName: values.displayName.trim() || null, password: values.password, role: values.role } },
        { lang },
      );
      const refused = failureOf(result);
      if (refused) setFailure(refused);
      else {
        onCreated(values.email.trim());
        setValues({ email: '', displayName: '', password: '', role: 'STAFF' });
      }
    } catch (caught) {
      setError(isQueryError(caught) ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const problem = (field: string) => problemFor(failure, field);
  return (
    <section aria-labelledby="ws-create-user-heading">
      <h2 id="ws-create-user-heading">{m.createUserHeading}</h2>
      {failure && failure.code !== 'VALIDATION' ? (
        <p className="ws-form__error" role="alert">
          {m.failed(failure.message)}
        </p>
      ) : null}
      {failure?.code === 'VALIDATION' ? (
        <p className="ws-form__error" role="alert">
          {m.checkFields}
        </p>
      ) : null}
      {error ? (
        <p className="ws-form__error" role="alert">
          {m.failed(error)}
        </p>
      ) : null}
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={a.emailLabel} problem={problem('email')}>
          {(control) => (
            <input {...control} type="email" name="email" required value={values.email} onChange={(event) => setValues({ ...values, email: event.target.value })} />
          )}
        </Field>
        <Field label={m.displayNameLabel} problem={problem('displayName')}>
          {(control) => (
            <input {...control} type="text" name="displayName" value={values.displayName} onChange={(event) => setValues({ ...values, displayName: event.target.value })} />
          )}
        </Field>
        <Field label={m.passwordInputLabel} hint={m.passwordHint} problem={problem('password')}>
          {(control) => (
            <input
              {...control}
              type="password"
              name="new-password"
              autoComplete="new-password"
              required
              value={values.password}
              onChange={(event) => setValues({ ...values, password: event.target.value })}
            />
          )}
        </Field>
        <label className="ws-field">
          <span className="ws-field__label">{m.roleLabel}</span>
          <select name="role" value={values.role} onChange={(event) => setValues({ ...values, role: event.target.value as Role })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {a.role[role]}
              </option>
            ))}
          </select>
        </label>
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : m.createUser}
          </button>
        </div>
      </form>
    </section>
  );
}
