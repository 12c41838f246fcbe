import { useState, type FormEvent } from 'react';
import { MoreCount } from '../../../components/MoreCount';
import { QueryStatus } from '../../../components/QueryStatus';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { workspaceMessages } from '../messages';
import { useLatestData } from '../useLatestData';
import { CreateAgreementMutation, DeleteAgreementMutation, UpdateAgreementMutation, WorkspaceAgreementsQuery } from './documents';
import { CirclesSection } from './CirclesSection';
import { loadedInPart, MultiCheck, optional, Section, Select, SubmissionAlert, TextArea, TextInput, useSubmission } from './formKit';
import { processMessages } from './messages';
import './process.css';
import { ProcessOptionsProvider, useProcessOptions } from './options';

export type AgreementsData = ResultOf<typeof WorkspaceAgreementsQuery>;
type Agreement = AgreementsData['agreements']['edges'][number]['node'];

interface AgreementValues {
  titleDe: string;
  textDe: string;
  agreedAt: string;
  eventId: string;
  signatoryActorIds: string[];
  recommendationIds: string[];
}

const EMPTY: AgreementValues = { titleDe: '', textDe: '', agreedAt: '', eventId: '', signatoryActorIds: [], recommendationIds: [] };

const valuesOf = (agreement: Agreement): AgreementValues => ({
  titleDe: agreement.title,
  textDe: agreement.text,
  agreedAt: agreement.agreedAt,
  eventId: agreement.event?.id ?? '',
  signatoryActorIds: agreement.signatories.nodes.map((actor) => actor.id),
  recommendationIds: agreement.recommendations.nodes.map((recommendation) => recommendation.id),
});

/** `/arbeitsbereich/vereinbarungen`: agreements, and the initiative circles that carry them with their reports. */
export default function AgreementsPage() {
  const { lang, m, t } = useLocalMessages(processMessages);
  useDocumentTitle(`${m.agreementsTitle} – ${t.appName}`);
  const query = useQuery(WorkspaceAgreementsQuery, {});
  const data = useLatestData(query);
  const [editing, setEditing] = useState<Agreement | null>(null);
  const deletion = useSubmission();
  const [notice, setNotice] = useState<string | null>(null);

  const remove = async (agreement: Agreement) => {
    setNotice(null);
    if (!window.confirm(m.deleteAgreementConfirm(agreement.title))) return;
    const result = await deletion.run(async () => (await executeQuery(DeleteAgreementMutation, { id: agreement.id }, { lang })).deleteAgreement);
    if (result) {
      setNotice(m.agreementDeleted);
      query.refetch();
    }
  };

  return (
    <ProcessOptionsProvider>
      <div className="ws-process-page">
        <h1>{m.agreementsTitle}</h1>
        <Section title={editing ? m.editAgreement : m.newAgreement}>
          <AgreementForm
            key={editing?.id ?? 'new'}
            existing={editing}
            onSaved={() => {
              setEditing(null);
              query.refetch();
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </Section>
        <Section title={m.agreementsHeading}>
          <div aria-live="polite">{notice ? <p className="ws-alert ws-alert--success">{notice}</p> : null}</div>
          <SubmissionAlert submission={deletion} testId="delete-error" withFields={false} />
          {data ? (
            data.agreements.edges.length === 0 ? (
              <p>{m.noAgreements}</p>
            ) : (
              <ul className="ws-record-list" data-testid="agreement-list">
                {data.agreements.edges.map(({ node }) => (
                  <li key={node.id}>
                    <span>
                      <strong>{node.title}</strong> · {m.agreedAt} {node.agreedAt}
                      {node.event ? ` · ${node.event.title}` : ''}
                      <span className="ws-record-list__meta">
                        {m.signatories}: {node.signatories.nodes.map((actor) => actor.name).join(', ') || '–'}
                        <MoreCount connection={node.signatories} as="span" />
                      </span>
                      <span className="ws-record-list__meta">
                        {m.recommendationsServed}: {node.recommendations.nodes.map((recommendation) => recommendation.title).join(', ') || '–'}
                        <MoreCount connection={node.recommendations} as="span" />
                      </span>
                    </span>
                    <span className="ws-actions">
                      <button type="button" className="button-small" onClick={() => setEditing(node)}>
                        {m.edit}
                      </button>
                      <button type="button" onClick={() => void remove(node)} disabled={deletion.busy}>
                        {m.deleteAgreement}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )
          ) : (
            <QueryStatus query={query}>{() => null}</QueryStatus>
          )}
        </Section>
        {data ? <CirclesSection data={data} reload={query.refetch} /> : null}
      </div>
    </ProcessOptionsProvider>
  );
}

function AgreementForm({ existing, onSaved, onCancel }: { existing: Agreement | null; onSaved: () => void; onCancel: (() => void) | undefined }) {
  const { lang, m } = useLocalMessages(processMessages);
  const { m: w } = useLocalMessages(workspaceMessages);
  const options = useProcessOptions();
  const submission = useSubmission();
  const [values, setValues] = useState(existing ? valuesOf(existing) : EMPTY);
  const [saved, setSaved] = useState(false);
  const partialSignatories = loadedInPart(existing?.signatories, (actor) => actor.name);
  const partialRecommendations = loadedInPart(existing?.recommendations, (recommendation) => recommendation.title);
  const set = <Key extends keyof AgreementValues>(key: Key) => (value: AgreementValues[Key]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      titleDe: values.titleDe.trim(),
      textDe: values.textDe.trim(),
      agreedAt: values.agreedAt.trim(),
      eventId: optional(values.eventId),
      ...(partialSignatories ? {} : { signatoryActorIds: values.signatoryActorIds }),
      ...(partialRecommendations ? {} : { recommendationIds: values.recommendationIds }),
    };
    const result = await submission.run(async () =>
      existing
        ? (await executeQuery(UpdateAgreementMutation, { input: { id: existing.id, ...fields } }, { lang })).updateAgreement
        : (await executeQuery(CreateAgreementMutation, { input: fields }, { lang })).createAgreement,
    );
    if (result) {
      setValues(EMPTY);
      setSaved(true);
      onSaved();
    }
  };

  return (
    <>
      <SubmissionAlert submission={submission} />
      <div aria-live="polite">{saved ? <p className="ws-alert ws-alert--success">{m.agreementSaved}</p> : null}</div>
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="agreement-form">
        <TextInput label={m.agreementTitle} name="titleDe" value={values.titleDe} onChange={set('titleDe')} required problem={submission.problem('titleDe')} />
        <TextArea label={m.agreementText} name="textDe" value={values.textDe} onChange={set('textDe')} required problem={submission.problem('textDe')} />
        <TextInput type="date" label={m.agreedAt} name="agreedAt" value={values.agreedAt} onChange={set('agreedAt')} required problem={submission.problem('agreedAt')} />
        <Select label={m.conference} name="eventId" value={values.eventId} onChange={set('eventId')} options={options.events} empty={m.none} problem={submission.problem('eventId')} />
        <MultiCheck
          legend={m.signatories}
          name="signatoryActorIds"
          options={options.actors}
          values={values.signatoryActorIds}
          onChange={set('signatoryActorIds')}
          problem={submission.problem('signatoryActorIds')}
          partial={partialSignatories}
        />
        <MultiCheck
          legend={m.recommendationsServed}
          name="recommendationIds"
          options={options.recommendations}
          values={values.recommendationIds}
          onChange={set('recommendationIds')}
          problem={submission.problem('recommendationIds')}
          partial={partialRecommendations}
        />
        <div className="ws-form__actions">
          <button type="submit" disabled={submission.busy}>
            {submission.busy ? w.saving : existing ? w.save : w.create}
          </button>
          {onCancel ? (
            <button type="button" onClick={onCancel}>
              {m.cancel}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
