import { findingKinds, label } from '@atlas/domain';
import type { FindingKind } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { workspaceMessages } from '../messages';
import { CreateFindingMutation, PublishFindingMutation, UpdateFindingMutation, WorkspaceFindingsQuery } from './documents';
import { optional, Section, Select, StableQuery, SubmissionAlert, TextArea, TextInput, useSubmission } from './formKit';
import { processMessages } from './messages';
import './process.css';
import { ProcessOptionsProvider, useProcessOptions } from './options';

type Finding = ResultOf<typeof WorkspaceFindingsQuery>['findings']['edges'][number]['node'];

interface FindingValues {
  kind: FindingKind;
  statement: string;
  publicStatement: string;
  interviewId: string;
  eventId: string;
  municipalityAgs: string;
  sdgTargets: string;
  themes: string;
}

const EMPTY: FindingValues = { kind: 'NEED', statement: '', publicStatement: '', interviewId: '', eventId: '', municipalityAgs: '', sdgTargets: '', themes: '' };

const valuesOf = (finding: Finding): FindingValues => ({
  kind: finding.kind,
  statement: finding.statement ?? '',
  publicStatement: finding.publicStatement ?? '',
  interviewId: finding.interview?.id ?? '',
  eventId: finding.event?.id ?? '',
  municipalityAgs: finding.municipality?.ags ?? '',
  sdgTargets: finding.sdgTargets.map((target) => target.code).join(', '),
  themes: finding.themes.join(', '),
});

/** "11.2, 4.7" → ["11.2", "4.7"]; the server names a wrong code by its position. */
export const splitList = (value: string) =>
  value
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** `/arbeitsbereich/befunde`: findings from interviews and workshops, their public wording, publishing. */
export default function FindingsPage() {
  const { lang, m, t } = useLocalMessages(processMessages);
  useDocumentTitle(`${m.findingsTitle} – ${t.appName}`);
  const query = useQuery(WorkspaceFindingsQuery, {});
  const [editing, setEditing] = useState<Finding | null>(null);
  const publishing = useSubmission();
  const [notice, setNotice] = useState<string | null>(null);

  const publish = async (finding: Finding, published: boolean) => {
    setNotice(null);
    const result = await publishing.run(async () => (await executeQuery(PublishFindingMutation, { id: finding.id, published }, { lang })).publishFinding);
    if (result) {
      setNotice(published ? m.findingPublished : m.findingUnpublished);
      query.refetch();
    }
  };

  return (
    <ProcessOptionsProvider>
      <div className="ws-process-page">
        <h1>{m.findingsTitle}</h1>
        <Section title={editing ? m.editFinding : m.newFinding}>
          <FindingForm
            key={editing?.id ?? 'new'}
            existing={editing}
            onSaved={() => {
              setEditing(null);
              query.refetch();
            }}
            onCancel={editing ? () => setEditing(null) : undefined}
          />
        </Section>
        <Section title={m.findingsTitle}>
          <div aria-live="polite">{notice ? <p className="ws-alert ws-alert--success">{notice}</p> : null}</div>
          <SubmissionAlert submission={publishing} testId="publish-error" withFields={false} />
          <StableQuery query={query}>
            {(data) =>
              data.findings.edges.length === 0 ? (
                <p>{m.noFindings}</p>
              ) : (
                <ul className="ws-record-list" data-testid="finding-list">
                  {data.findings.edges.map(({ node }) => (
                    <li key={node.id}>
                      <span>
                        <strong>{label('FindingKind', node.kind, lang)}</strong> · {node.municipality?.name ?? m.wholeRegion} ·{' '}
                        <span className="ws-badge">{node.isPublished ? m.published : m.draft}</span>
                        <span className="ws-record-list__text">{node.statement ?? node.publicStatement}</span>
                        {node.sdgTargets.length > 0 || node.themes.length > 0 ? (
                          <span className="ws-record-list__meta">{[...node.sdgTargets.map((target) => target.code), ...node.themes].join(' · ')}</span>
                        ) : null}
                      </span>
                      <span className="ws-actions">
                        <button type="button" className="button-small" onClick={() => setEditing(node)}>
                          {m.edit}
                        </button>
                        <button type="button" onClick={() => void publish(node, !node.isPublished)} disabled={publishing.busy}>
                          {node.isPublished ? m.unpublish : m.publish}
                        </button>
                      </span>
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

function FindingForm({ existing, onSaved, onCancel }: { existing: Finding | null; onSaved: () => void; onCancel: (() => void) | undefined }) {
  const { lang, m } = useLocalMessages(processMessages);
  const { m: w } = useLocalMessages(workspaceMessages);
  const options = useProcessOptions();
  const submission = useSubmission();
  const [values, setValues] = useState(existing ? valuesOf(existing) : EMPTY);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof FindingValues) => (value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const problem = (...fields: string[]) => fields.map(submission.problem).find(Boolean);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      kind: values.kind,
      statement: values.statement.trim(),
      publicStatement: optional(values.publicStatement),
      municipalityAgs: optional(values.municipalityAgs),
      sdgTargets: splitList(values.sdgTargets),
      themes: splitList(values.themes),
    };
    const result = await submission.run(async () =>
      existing
        ? (await executeQuery(UpdateFindingMutation, { input: { id: existing.id, ...fields } }, { lang })).updateFinding
        : (await executeQuery(CreateFindingMutation, { input: { ...fields, interviewId: optional(values.interviewId), eventId: optional(values.eventId) } }, { lang }))
            .createFinding,
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
      <div aria-live="polite">{saved ? <p className="ws-alert ws-alert--success">{m.findingSaved}</p> : null}</div>
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="finding-form">
        <Select
          label={m.findingKind}
          name="kind"
          value={values.kind}
          onChange={set('kind')}
          options={findingKinds.map((kind) => ({ value: kind, label: label('FindingKind', kind, lang) }))}
          required
          problem={problem('kind')}
        />
        <TextArea label={m.statement} name="statement" value={values.statement} onChange={set('statement')} required problem={problem('statement', 'statementDe')} />
        <TextArea
          label={m.publicStatement}
          name="publicStatement"
          value={values.publicStatement}
          onChange={set('publicStatement')}
          hint={m.publicStatementHint}
          problem={problem('publicStatement', 'publicStatementDe')}
        />
        <Select
          label={m.sourceInterview}
          name="interviewId"
          value={values.interviewId}
          onChange={set('interviewId')}
          options={options.interviews}
          empty={m.none}
          disabled={existing !== null}
          problem={problem('interviewId')}
        />
        <Select
          label={m.sourceEvent}
          name="eventId"
          value={values.eventId}
          onChange={set('eventId')}
          options={options.events}
          empty={m.none}
          disabled={existing !== null}
          problem={problem('eventId')}
        />
        <Select
          label={m.municipality}
          name="municipalityAgs"
          value={values.municipalityAgs}
          onChange={set('municipalityAgs')}
          options={options.municipalities}
          empty={m.wholeRegion}
          problem={problem('municipalityAgs')}
        />
        <TextInput label={m.sdgTargets} name="sdgTargets" value={values.sdgTargets} onChange={set('sdgTargets')} hint={m.sdgTargetsHint} problem={problem('sdgTargets')} />
        <TextInput label={m.themes} name="themes" value={values.themes} onChange={set('themes')} hint={m.themesHint} problem={problem('themes')} />
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
