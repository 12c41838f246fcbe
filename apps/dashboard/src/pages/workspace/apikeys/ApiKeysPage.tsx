import { useState, type FormEvent } from 'react';
import { authMessages } from '../../../auth/messages';
import { failureOf, problemFor, type MutationFailure } from '../../../auth/mutationResult';
import { QueryStatus } from '../../../components/QueryStatus';
import { executeQuery, isQueryError } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { formatDateTime } from '../../recommendations/HistoryTimeline';
import { Dialog } from '../Dialog';
import { Field } from '../Field';
import { useLatestData } from '../useLatestData';
import { API_KEYS_PAGE_SIZE, ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './documents';
import { apiKeyMessages } from './messages';

type ApiKey = NonNullable<ResultOf<typeof ApiKeysQuery>['apiKeys']['edges'][number]>['node'];

/** `/arbeitsbereich/schluessel` (ADMIN only): partners' API keys — list, create (the key is shown once), revoke. */
export function ApiKeysPage() {
  const { m, t } = useLocalMessages(apiKeyMessages);
  useDocumentTitle(`${m.title} – ${t.appName}`);
  const query = useQuery(ApiKeysQuery, { first: API_KEYS_PAGE_SIZE });
  const data = useLatestData(query);
  const [notice, setNotice] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);

  return (
    <div className="ws-apikeys-page">
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <div aria-live="polite">
        {notice ? (
          <p className="ws-alert ws-alert--success" data-testid="apikey-notice">
            {notice}
          </p>
        ) : null}
      </div>
      {created ? <CreatedKey name={created.name} apiKey={created.key} onDone={() => setCreated(null)} /> : null}
      {data ? (
        <ApiKeyTable
          keys={data.apiKeys.edges.flatMap((edge) => (edge ? [edge.node] : []))}
          total={data.apiKeys.totalCount}
          onRevoked={(name) => {
            setNotice(m.revoked(name));
            query.refetch();
          }}
        />
      ) : (
        <QueryStatus query={query}>{() => null}</QueryStatus>
      )}
      <CreateApiKeyForm
        onCreated={(name, key) => {
          setNotice(null);
          setCreated({ name, key });
          query.refetch();
        }}
      />
    </div>
  );
}

function ApiKeyTable({ keys, total, onRevoked }: { keys: readonly ApiKey[]; total: number; onRevoked: (name: string) => void }) {
  const { lang, m } = useLocalMessages(apiKeyMessages);
  const { m: a } = useLocalMessages(authMessages);
  const [confirming, setConfirming] = useState<ApiKey | null>(null);
  if (keys.length === 0) return <p>{m.none}</p>;
  const state = (key: ApiKey) =>
    key.state === 'REVOKED' && key.revokedAt ? m.stateRevoked(formatDateTime(key.revokedAt, lang)) : key.state === 'EXPIRED' ? m.stateExpired : m.stateActive;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={m.caption}>
        <table data-testid="apikeys-table">
          <caption>{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columnName}</th>
              <th scope="col">{m.columnPrefix}</th>
              <th scope="col">{m.columnRole}</th>
              <th scope="col">{m.columnRegion}</th>
              <th scope="col">{m.columnCreated}</th>
              <th scope="col">{m.columnExpires}</th>
              <th scope="col">{m.columnLastUsed}</th>
              <th scope="col">{m.columnState}</th>
              <th scope="col">{m.columnActions}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <th scope="row">{key.name}</th>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{a.role[key.role]}</td>
                <td>{key.region?.slug ?? m.allRegions}</td>
                <td>{formatDateTime(key.createdAt, lang)}</td>
                <td>{key.expiresAt ? formatDateTime(key.expiresAt, lang) : m.never}</td>
                <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, lang) : m.notUsed}</td>
                <td>{state(key)}</td>
                <td>
                  {key.state === 'REVOKED' ? null : (
                    <button type="button" className="button-small button-secondary" onClick={() => setConfirming(key)}>
                      {m.revoke(key.name)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > keys.length ? <p>{m.more(keys.length, total)}</p> : null}
      {confirming ? (
        <RevokeDialog
          apiKey={confirming}
          onClose={() => setConfirming(null)}
          onRevoked={() => {
            setConfirming(null);
            onRevoked(confirming.name);
          }}
        />
      ) : null}
    </>
  );
}

function RevokeDialog({ apiKey, onClose, onRevoked }: { apiKey: ApiKey; onClose: () => void; onRevoked: () => void }) {
  const { lang, m } = useLocalMessages(apiKeyMessages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      const { revokeApiKey: result } = await executeQuery(RevokeApiKeyMutation, { id: apiKey.id }, { lang });
      const failure = failureOf(result);
      if (failure) setError(m.failed(failure.message));
      else onRevoked();
    } catch (caught) {
      setError(m.failed(isQueryError(caught) ? caught.message : String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={m.revokeTitle(apiKey.name)} onClose={onClose} testId="revoke-apikey-dialog">
      <p>{m.revokeText}</p>
      {error ? (
        <p className="ws-form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="ws-form__actions">
        <button type="button" className="button-danger" disabled={busy} onClick={() => void revoke()}>
          {m.revokeConfirm}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {m.cancel}
        </button>
      </div>
    </Dialog>
  );
}

/** The new key, once: a read-only field to select it, a copy button and the warning that it will not come back. */
function CreatedKey({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const { m } = useLocalMessages(apiKeyMessages);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <section className="ws-alert ws-alert--success ws-apikey-created" aria-labelledby="ws-apikey-created-heading" data-testid="apikey-created">
      <h2 id="ws-apikey-created-heading">{m.createdHeading(name)}</h2>
      <p role="alert">
        <strong>{m.createdWarning}</strong>
      </p>
      <label className="ws-field">
        <span className="ws-field__label">{m.keyLabel}</span>
        <input type="text" readOnly value={apiKey} spellCheck={false} autoComplete="off" onFocus={(event) => event.target.select()} data-testid="apikey-plain" />
      </label>
      <div className="ws-form__actions">
        <button type="button" onClick={() => void copy()}>
          {m.copy}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {m.done}
        </button>
      </div>
      <p aria-live="polite">{copyState === 'copied' ? m.copied : copyState === 'failed' ? m.copyFailed : null}</p>
    </section>
  );
}

function CreateApiKeyForm({ onCreated }: { onCreated: (name: string, key: string) => void }) {
  const { lang, m } = useLocalMessages(apiKeyMessages);
  const empty = { name: '', regionSlug: '', expiresAt: '' };
  const [values, setValues] = useState(empty);
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setError(null);
    try {
      const { createApiKey: result } = await executeQuery(
        CreateApiKeyMutation,
        { input: { name: values.name.trim(), role: 'PARTNER', regionSlug: values.regionSlug.trim() || null, expiresAt: values.expiresAt || null } },
        { lang },
      );
      const refused = failureOf(result);
      if (refused) setFailure(refused);
      else if (result.__typename === 'CreatedApiKey') {
        onCreated(result.apiKey.name, result.key);
        setValues(empty);
      }
    } catch (caught) {
      setError(isQueryError(caught) ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const problem = (field: string) => problemFor(failure, field);
  return (
    <section aria-labelledby="ws-create-apikey-heading">
      <h2 id="ws-create-apikey-heading">{m.createHeading}</h2>
      {failure ? (
        <p className="ws-form__error" role="alert">
          {failure.code === 'VALIDATION' ? m.checkFields : m.failed(failure.message)}
        </p>
      ) : null}
      {error ? (
        <p className="ws-form__error" role="alert">
          {m.failed(error)}
        </p>
      ) : null}
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={m.nameLabel} hint={m.nameHint} problem={problem('name')}>
          {(control) => <input {...control} type="text" name="name" required value={values.name} onChange={(event) => setValues({ ...values, name: event.target.value })} />}
        </Field>
        <Field label={m.regionLabel} hint={m.regionHint} problem={problem('region')}>
          {(control) => <input {...control} type="text" name="region" value={values.regionSlug} onChange={(event) => setValues({ ...values, regionSlug: event.target.value })} />}
        </Field>
        <Field label={m.expiresLabel} hint={m.expiresHint} problem={problem('expiresAt')}>
          {(control) => <input {...control} type="date" name="expiresAt" value={values.expiresAt} onChange={(event) => setValues({ ...values, expiresAt: event.target.value })} />}
        </Field>
        <p>{m.roleNote}</p>
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : m.create}
          </button>
        </div>
      </form>
    </section>
  );
}
