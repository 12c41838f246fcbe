import { useState, type FormEvent } from 'react';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { workspaceMessages } from '../messages';
import { CreateInterviewMutation, UpdateInterviewMutation, WorkspaceInterviewsQuery } from './documents';
import { optional, Section, Select, StableQuery, SubmissionAlert, TextArea, TextInput, toLocalInput, useSubmission, withOffset } from './formKit';
import { processMessages } from './messages';
import './process.css';
import { ProcessOptionsProvider, useProcessOptions } from './options';

type Interview = ResultOf<typeof WorkspaceInterviewsQuery>['interviews']['edges'][number]['node'];

interface InterviewValues {
  actorId: string;
  contactId: string;
  municipalityAgs: string;
  conductedAt: string;
  notes: string;
}

const EMPTY: InterviewValues = { actorId: '', contactId: '', municipalityAgs: '', conductedAt: '', notes: '' };

const valuesOf = (interview: Interview): InterviewValues => ({
  actorId: interview.actor?.id ?? '',
  contactId: interview.contact?.id ?? '',
  municipalityAgs: interview.municipality?.ags ?? '',
  conductedAt: toLocalInput(interview.conductedAt),
  notes: interview.notes ?? '',
});

/** `/arbeitsbereich/interviews`: interviews with key actors. Notes are personal data: staff only. */
export default function InterviewsPage() {
  const { m, t } = useLocalMessages(processMessages);
  useDocumentTitle(`${m.interviewsTitle} – ${t.appName}`);
  const query = useQuery(WorkspaceInterviewsQuery, {});
  const [editing, setEditing] = useState<Interview | null>(null);
  return (
    <ProcessOptionsProvider>
      <div className="ws-process-page">
        <h1>{m.interviewsTitle}</h1>
        <p className="ws-field__hint">{m.staffOnly}</p>
        <Section title={editing ? m.editInterview : m.newInterview}>
          <InterviewForm
            key={editing?.id ?? 'new'}
            existing={editing}
            onSaved={() => {
              setEditing(null);
              query.refetch();
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </Section>
        <Section title={m.interviewsTitle}>
          <StableQuery query={query}>
            {(data) =>
              data.interviews.edges.length === 0 ? (
                <p>{m.noInterviews}</p>
              ) : (
                <ul className="ws-record-list" data-testid="interview-list">
                  {data.interviews.edges.map(({ node }) => (
                    <li key={node.id}>
                      <span>
                        <strong>
                          {node.conductedAt.slice(0, 10)} · {[node.actor?.name, node.contact ? `${node.contact.firstName} ${node.contact.lastName}` : null].filter(Boolean).join(', ')}
                        </strong>
                        {node.municipality ? ` · ${node.municipality.name}` : ''}
                        {node.interviewer ? ` · ${m.interviewer}: ${node.interviewer.displayName}` : ''}
                        {node.notes ? <span className="ws-record-list__text">{node.notes}</span> : null}
                      </span>
                      <button type="button" className="button-small" onClick={() => setEditing(node)}>
                        {m.edit}
                      </button>
                    </li>
                  ))}
                </ul>
              )
            }
          </StableQuery>
        </Section>
      </div>
    </ProcessOptionsProvider>
  );
}

function InterviewForm({ existing, onSaved, onCancel }: { existing: Interview | null; onSaved: () => void; onCancel: (() => void) | undefined }) {
  const { lang, m } = useLocalMessages(processMessages);
  const { m: w } = useLocalMessages(workspaceMessages);
  const options = useProcessOptions();
  const submission = useSubmission();
  const [values, setValues] = useState(existing ? valuesOf(existing) : EMPTY);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof InterviewValues) => (value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      actorId: optional(values.actorId),
      contactId: optional(values.contactId),
      municipalityAgs: optional(values.municipalityAgs),
      conductedAt: withOffset(values.conductedAt.trim()),
      notes: optional(values.notes),
    };
    const result = await submission.run(async () =>
      existing
        ? (await executeQuery(UpdateInterviewMutation, { input: { id: existing.id, ...fields } }, { lang })).updateInterview
        : (await executeQuery(CreateInterviewMutation, { input: fields }, { lang })).createInterview,
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
      <div aria-live="polite">{saved ? <p className="ws-alert ws-alert--success">{m.interviewSaved}</p> : null}</div>
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="interview-form">
        <Select label={m.actor} name="actorId" value={values.actorId} onChange={set('actorId')} options={options.actors} empty={m.none} problem={submission.problem('actorId')} />
        <Select label={m.contact} name="contactId" value={values.contactId} onChange={set('contactId')} options={options.contacts} empty={m.none} problem={submission.problem('contactId')} />
        <TextInput type="datetime-local" label={m.conductedAt} name="conductedAt" value={values.conductedAt} onChange={set('conductedAt')} required problem={submission.problem('conductedAt')} />
        <Select
          label={m.municipality}
          name="municipalityAgs"
          value={values.municipalityAgs}
          onChange={set('municipalityAgs')}
          options={options.municipalities}
          empty={m.wholeRegion}
          problem={submission.problem('municipalityAgs')}
        />
        <TextArea label={m.notes} name="notes" rows={6} value={values.notes} onChange={set('notes')} problem={submission.problem('notes')} />
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
