import { useState, type FormEvent } from 'react';
import { Navigate, useParams } from 'react-router';
import { failureOf, problemFor, type MutationFailure } from '../../auth/mutationResult';
import { Loading, QueryErrorMessage } from '../../components/QueryStatus';
import { executeQuery, isQueryError } from '../../graphql/client';
import { useQuery } from '../../graphql/useQuery';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { recommendationMessages } from '../recommendations/messages';
import { RecommendationNotFound } from '../recommendations/PublicDetailPage';
import { CreateRecommendationMutation, RecommendationFormOptionsQuery, UpdateRecommendationMutation, WorkspaceRecommendationQuery } from './documents';
import { Field } from './Field';
import { workspaceMessages } from './messages';
import type { WorkspaceRecommendation } from './RecommendationPage';
import { useLatestData } from './useLatestData';

export interface RecommendationFormValues {
  municipalityAgs: string;
  parentId: string;
  titleDe: string;
  titleEn: string;
  textDe: string;
  textEn: string;
  dueDate: string;
  weight: string;
}

const EMPTY: RecommendationFormValues = { municipalityAgs: '', parentId: '', titleDe: '', titleEn: '', textDe: '', textEn: '', dueDate: '', weight: '1' };

function valuesOf(rec: WorkspaceRecommendation): RecommendationFormValues {
  return {
    municipalityAgs: rec.municipality?.ags ?? '',
    parentId: rec.parent?.id ?? '',
    titleDe: rec.titleDe,
    titleEn: rec.titleEn ?? '',
    textDe: rec.textDe,
    textEn: rec.textEn ?? '',
    dueDate: rec.dueDate ?? '',
    weight: String(rec.weight),
  };
}

/** `/arbeitsbereich/empfehlungen/neu`: a new draft. */
export function NewRecommendationPage() {
  const { m, t } = useLocalMessages(workspaceMessages);
  useDocumentTitle(`${m.newTitle} – ${t.appName}`);
  return <RecommendationForm title={m.newTitle} initial={EMPTY} existing={null} />;
}

/** `/arbeitsbereich/empfehlungen/:id/bearbeiten`: texts, due date, parent and weight. */
export function EditRecommendationPage() {
  const { id = '' } = useParams();
  const { m, t } = useLocalMessages(workspaceMessages);
  const query = useQuery(WorkspaceRecommendationQuery, { id });
  const data = useLatestData(query);
  useDocumentTitle(`${m.edit} – ${t.appName}`);
  if (data) {
    const rec = data.recommendation;
    if (!rec) return <RecommendationNotFound />;
    return <RecommendationForm key={rec.id} title={m.editTitle(rec.title)} initial={valuesOf(rec)} existing={rec} reload={query.refetch} />;
  }
  if (query.status === 'error') return <QueryErrorMessage error={query.error} onRetry={query.refetch} />;
  return <Loading />;
}

function RecommendationForm({
  title,
  initial,
  existing,
  reload,
}: {
  title: string;
  initial: RecommendationFormValues;
  existing: WorkspaceRecommendation | null;
  reload?: () => void;
}) {
  const { lang, m, localize } = useLocalMessages(workspaceMessages);
  const { m: r } = useLocalMessages(recommendationMessages);
  const options = useQuery(RecommendationFormOptionsQuery, {});
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);

  if (savedId) return <Navigate to={localize(`/arbeitsbereich/empfehlungen/${encodeURIComponent(savedId)}`)} />;

  const set = (field: keyof RecommendationFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const optional = (value: string) => value.trim() || null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setError(null);
    const weight = Number(values.weight);
    const fields = {
      titleDe: values.titleDe.trim(),
      titleEn: optional(values.titleEn),
      textDe: values.textDe.trim(),
      textEn: optional(values.textEn),
      dueDate: optional(values.dueDate),
      parentId: optional(values.parentId),
      weight: values.weight.trim() === '' || Number.isNaN(weight) ? null : weight,
    };
    try {
      const result = existing
        ? (await executeQuery(UpdateRecommendationMutation, { input: { id: existing.id, expectedVersion: existing.version, ...fields } }, { lang }))
            .updateRecommendation
        : (await executeQuery(CreateRecommendationMutation, { input: { ...fields, municipalityAgs: optional(values.municipalityAgs) } }, { lang }))
            .createRecommendation;
      const refused = failureOf(result);
      if (refused) {
        setFailure(refused);
        if (refused.code === 'CONFLICT') reload?.();
        return;
      }
      if ('id' in result) setSavedId(result.id);
    } catch (caught) {
      setError(isQueryError(caught) ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const fieldProblem = (field: string) => problemFor(failure, field);
  const field = (name: keyof RecommendationFormValues, label: string, input: 'text' | 'textarea' | 'date' | 'number', required = false) => (
    <Field
      label={
        <>
          {label} {required ? <span className="ws-field__required">({m.required})</span> : <span className="ws-field__optional">({m.optional})</span>}
        </>
      }
      hint={name === 'weight' ? m.weightHint : null}
      problem={fieldProblem(name)}
    >
      {(control) => {
        const common = { ...control, name, value: values[name], onChange: set(name), required };
        return input === 'textarea' ? (
          <textarea rows={6} {...common} />
        ) : (
          <input type={input} {...common} {...(input === 'number' ? { min: 0, max: 100, step: 1 } : {})} />
        );
      }}
    </Field>
  );

  const municipalities = options.status === 'success' ? options.data.municipalities : [];
  const parents = options.status === 'success' ? options.data.recommendations.edges.map((edge) => edge.node).filter((node) => node.id !== existing?.id) : [];

  return (
    <div className="ws-form-page">
      <h1>{title}</h1>
      {failure ? (
        <div className="ws-alert ws-alert--warning" role="alert" data-testid="form-error">
          {failure.code === 'CONFLICT' ? (
            <>
              <p className="ws-alert__title">{m.conflictTitle}</p>
              <p>{m.conflictText}</p>
            </>
          ) : (
            <p>{failure.code === 'VALIDATION' ? m.checkFields : m.failed(failure.message)}</p>
          )}
        </div>
      ) : null}
      {error ? (
        <p className="ws-form__error" role="alert">
          {m.failed(error)}
        </p>
      ) : null}
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate>
        {field('titleDe', m.titleDeLabel, 'text', true)}
        {field('titleEn', m.titleEnLabel, 'text')}
        {field('textDe', m.textDeLabel, 'textarea', true)}
        {field('textEn', m.textEnLabel, 'textarea')}
        <Field label={m.municipalitySelectLabel} problem={fieldProblem('municipalityAgs')}>
          {(control) => (
            <select {...control} name="municipalityAgs" value={values.municipalityAgs} onChange={set('municipalityAgs')} disabled={existing !== null}>
              <option value="">{r.wholeRegion}</option>
              {municipalities.map((municipality) => (
                <option key={municipality.ags} value={municipality.ags}>
                  {municipality.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {field('dueDate', m.dueDateInputLabel, 'date')}
        <Field label={m.parentLabel} problem={fieldProblem('parentId')}>
          {(control) => (
            <select {...control} name="parentId" value={values.parentId} onChange={set('parentId')}>
              <option value="">{m.noParent}</option>
              {parents.map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        {field('weight', m.weightLabel, 'number')}
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : existing ? m.save : m.create}
          </button>
        </div>
      </form>
    </div>
  );
}
