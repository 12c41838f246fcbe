import { label, publicationKinds, renderMarkdown } from '@atlas/domain';
import type { PublicationKind } from '@atlas/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, Navigate, Route, Routes, useParams } from 'react-router';
import type { MutationFailure } from '../../../auth/mutationResult';
import { useViewer } from '../../../auth/viewer';
import { Loading, QueryErrorMessage } from '../../../components/QueryStatus';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { NotFoundPage } from '../../NotFoundPage';
import { workspaceMessages } from '../messages';
import { optional, Section, Select, StableQuery, SubmissionAlert, TextArea, TextInput, useSubmission } from '../process/formKit';
import { useLatestData } from '../useLatestData';
import {
  CreatePublicationMutation,
  PublicationMunicipalitiesQuery,
  SetPublicationStatusMutation,
  UpdatePublicationMutation,
  WorkspacePublicationQuery,
  WorkspacePublicationsQuery,
} from './documents';
import { publicationMessages } from './messages';
import '../process/process.css';

type StoredPublication = Extract<NonNullable<ResultOf<typeof WorkspacePublicationQuery>['node']>, { __typename: 'Publication' }>;

const ADMIN_KINDS: ReadonlySet<PublicationKind> = new Set(['IMPRINT', 'PRIVACY']);

interface PublicationValues {
  kind: PublicationKind;
  municipalityAgs: string;
  slug: string;
  titleDe: string;
  titleEn: string;
  bodyDe: string;
  bodyEn: string;
}

const EMPTY: PublicationValues = { kind: 'SITUATION_ANALYSIS', municipalityAgs: '', slug: '', titleDe: '', titleEn: '', bodyDe: '', bodyEn: '' };

const valuesOf = (publication: StoredPublication): PublicationValues => ({
  kind: publication.kind,
  municipalityAgs: publication.municipality?.ags ?? '',
  slug: publication.slug,
  titleDe: publication.titleDe,
  titleEn: publication.titleEn ?? '',
  bodyDe: publication.bodyDe,
  bodyEn: publication.bodyEn ?? '',
});

/** `/arbeitsbereich/veroeffentlichungen/*`: list, new publication, editor with preview and publishing. */
export default function PublicationsArea() {
  return (
    <Routes>
      <Route index element={<PublicationList />} />
      <Route path="neu" element={<NewPublication />} />
      <Route path=":id" element={<EditPublication />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function PublicationList() {
  const { lang, m, t, localize } = useLocalMessages(publicationMessages);
  useDocumentTitle(`${m.title} – ${t.appName}`);
  const query = useQuery(WorkspacePublicationsQuery, {});
  return (
    <div className="ws-process-page">
      <h1>{m.title}</h1>
      <p>
        <Link className="button-link" to={localize('/arbeitsbereich/veroeffentlichungen/neu')}>
          {m.newPublication}
        </Link>
      </p>
      <StableQuery query={query}>
        {(data) =>
          data.publications.edges.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <ul className="ws-record-list" data-testid="publication-list">
              {data.publications.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={localize(`/arbeitsbereich/veroeffentlichungen/${encodeURIComponent(node.id)}`)}>{node.title}</Link>
                  <span className="ws-record-list__meta">
                    {label('PublicationKind', node.kind, lang)}
                    {node.municipality ? ` · ${node.municipality.name}` : ''} · /{node.slug} ·{' '}
                    <span className="ws-badge">{label('PublicationStatus', node.status, lang)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </StableQuery>
    </div>
  );
}

function NewPublication() {
  const { m, t } = useLocalMessages(publicationMessages);
  useDocumentTitle(`${m.newPublication} – ${t.appName}`);
  return (
    <div className="ws-process-page">
      <h1>{m.newPublication}</h1>
      <PublicationEditor stored={null} />
    </div>
  );
}

function EditPublication() {
  const { id = '' } = useParams();
  const { m, t, localize } = useLocalMessages(publicationMessages);
  const query = useQuery(WorkspacePublicationQuery, { id });
  const data = useLatestData(query);
  const node = data?.node;
  const stored = node?.__typename === 'Publication' ? node : null;
  useDocumentTitle(`${stored ? m.editPublication(stored.titleDe) : m.title} – ${t.appName}`);
  if (data) {
    if (!stored) return <NotFoundPage />;
    return (
      <div className="ws-process-page">
        <p>
          <Link to={localize('/arbeitsbereich/veroeffentlichungen')}>{m.back}</Link>
        </p>
        <h1>{m.editPublication(stored.titleDe)}</h1>
        <PublicationEditor key={stored.id} stored={stored} />
      </div>
    );
  }
  if (query.status === 'error') return <QueryErrorMessage error={query.error} onRetry={query.refetch} />;
  return <Loading />;
}

/**
 * The editor. It keeps the text in its own state and the version it was based on: after a save it
 * takes the stored record from the answer; after a CONFLICT the text stays and "save anyway" bases
 * the next save on the version the server reported.
 */
function PublicationEditor({ stored: initial }: { stored: StoredPublication | null }) {
  const { lang, m, localize } = useLocalMessages(publicationMessages);
  const { m: w } = useLocalMessages(workspaceMessages);
  const viewer = useViewer();
  const isAdmin = viewer.status === 'ready' && viewer.viewer?.role === 'ADMIN';
  const municipalities = useQuery(PublicationMunicipalitiesQuery, {});
  const submission = useSubmission();
  const [stored, setStored] = useState(initial);
  const [values, setValues] = useState(initial ? valuesOf(initial) : EMPTY);
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const [notice, setNotice] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const preview = useMemo(() => renderMarkdown(values.bodyDe), [values.bodyDe]);
  if (createdId) return <Navigate to={localize(`/arbeitsbereich/veroeffentlichungen/${encodeURIComponent(createdId)}`)} />;

  const readOnly = stored !== null && !stored.viewerCanEdit;
  const conflict: MutationFailure | null = submission.failure?.code === 'CONFLICT' ? submission.failure : null;
  const set = (key: keyof PublicationValues) => (value: string) => {
    setNotice(null);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const problem = (...fields: string[]) => fields.map(submission.problem).find(Boolean);

  const accept = (publication: StoredPublication, message: string) => {
    setStored(publication);
    setBaseVersion(publication.version);
    setNotice(message);
  };

  const save = async (expectedVersion: number) => {
    setNotice(null);
    if (!stored) {
      const input = {
        kind: values.kind,
        municipalityAgs: optional(values.municipalityAgs),
        slug: values.slug.trim(),
        titleDe: values.titleDe.trim(),
        titleEn: optional(values.titleEn),
        bodyDe: values.bodyDe,
        bodyEn: optional(values.bodyEn),
      };
      const result = await submission.run(async () => (await executeQuery(CreatePublicationMutation, { input }, { lang })).createPublication);
      if (result && 'id' in result) setCreatedId(result.id);
      return;
    }
    const input = {
      id: stored.id,
      expectedVersion,
      slug: values.slug.trim(),
      titleDe: values.titleDe.trim(),
      titleEn: optional(values.titleEn),
      bodyDe: values.bodyDe,
      bodyEn: optional(values.bodyEn),
    };
    const result = await submission.run(async () => (await executeQuery(UpdatePublicationMutation, { input }, { lang })).updatePublication);
    if (result && result.__typename === 'Publication') accept(result, m.saved);
  };

  const setStatus = async (status: 'DRAFT' | 'PUBLISHED') => {
    if (!stored) return;
    setNotice(null);
    const input = { id: stored.id, expectedVersion: baseVersion, status };
    const result = await submission.run(async () => (await executeQuery(SetPublicationStatusMutation, { input }, { lang })).setPublicationStatus);
    if (result && result.__typename === 'Publication') accept(result, status === 'PUBLISHED' ? m.published : m.unpublished);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(baseVersion);
  };

  const kindOptions = publicationKinds
    .filter((kind) => isAdmin || !ADMIN_KINDS.has(kind) || kind === values.kind)
    .map((kind) => ({ value: kind, label: label('PublicationKind', kind, lang) }));
  const municipalityOptions =
    municipalities.status === 'success' ? municipalities.data.municipalities.map((municipality) => ({ value: municipality.ags, label: municipality.name })) : [];

  return (
    <div className="ws-publication-editor">
      {stored ? (
        <p className="ws-detail__meta" data-testid="publication-status">
          {m.status(label('PublicationStatus', stored.status, lang), stored.version)}
          {stored.status === 'PUBLISHED' ? (
            <>
              {' · '}
              <Link to={localize(`/veroeffentlichungen/${encodeURIComponent(stored.slug)}`)}>{m.publicLink}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {readOnly ? <p className="ws-alert ws-alert--warning">{m.readOnly}</p> : null}
      <SubmissionAlert submission={submission} />
      {conflict && conflict.currentVersion !== null ? (
        <div className="ws-actions" data-testid="conflict-actions">
          <p>{m.conflictHint(conflict.currentVersion)}</p>
          <button type="button" onClick={() => void save(conflict.currentVersion ?? baseVersion)} disabled={submission.busy}>
            {m.keepMine}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">{notice ? <p className="ws-alert ws-alert--success">{notice}</p> : null}</div>
      <form className="ws-form" onSubmit={submit} noValidate data-testid="publication-form">
        <fieldset className="ws-publication-editor__fields" disabled={readOnly}>
          <Select
            label={m.kind}
            name="kind"
            value={values.kind}
            onChange={set('kind')}
            options={kindOptions}
            hint={isAdmin ? null : m.adminOnlyKind}
            required
            disabled={stored !== null}
            problem={problem('kind')}
          />
          <Select
            label={m.municipality}
            name="municipalityAgs"
            value={values.municipalityAgs}
            onChange={set('municipalityAgs')}
            options={municipalityOptions}
            empty={m.noMunicipality}
            hint={m.municipalityHint}
            disabled={stored !== null}
            problem={problem('municipalityAgs')}
          />
          <TextInput label={m.slug} name="slug" value={values.slug} onChange={set('slug')} hint={m.slugHint} required problem={problem('slug')} />
          <TextInput label={m.titleDe} name="titleDe" value={values.titleDe} onChange={set('titleDe')} required problem={problem('titleDe')} />
          <TextInput label={m.titleEn} name="titleEn" value={values.titleEn} onChange={set('titleEn')} problem={problem('titleEn')} />
          <div className="ws-markdown">
            <TextArea label={m.bodyDe} name="bodyDe" rows={16} value={values.bodyDe} onChange={set('bodyDe')} hint={m.markdownHint} required problem={problem('bodyDe')} />
            <Section title={m.preview}>
              <p className="ws-field__hint">{m.previewHint}</p>
              {/* The same renderer and link rules as the server's bodyHtml: raw HTML is escaped. */}
              <div className="ws-markdown__preview publication-body" data-testid="markdown-preview" dangerouslySetInnerHTML={{ __html: preview }} />
            </Section>
          </div>
          <TextArea label={m.bodyEn} name="bodyEn" rows={8} value={values.bodyEn} onChange={set('bodyEn')} problem={problem('bodyEn')} />
          <div className="ws-form__actions">
            <button type="submit" disabled={submission.busy}>
              {submission.busy ? w.saving : stored ? w.save : w.create}
            </button>
            {stored ? (
              <button type="button" onClick={() => void setStatus(stored.status === 'PUBLISHED' ? 'DRAFT' : 'PUBLISHED')} disabled={submission.busy}>
                {stored.status === 'PUBLISHED' ? m.unpublish : m.publish}
              </button>
            ) : null}
          </div>
        </fieldset>
      </form>
    </div>
  );
}
