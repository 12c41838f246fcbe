// The initiative circles on the agreements page: found or edit a circle, its members, and the report
// of each meeting (the process plans three), published right away or later.
import { useState, type FormEvent } from 'react';
import { MoreCount } from '../../../components/MoreCount';
import { executeQuery } from '../../../graphql/client';
import type { Language } from '../../../i18n/language';
import { useLocalMessages } from '../../../i18n/localMessages';
import { workspaceMessages } from '../messages';
import type { AgreementsData } from './AgreementsPage';
import {
  AddCircleMemberMutation,
  CircleMembersQuery,
  CreateCircleMutation,
  CreateCircleReportMutation,
  PublishCircleReportMutation,
  RemoveCircleMemberMutation,
  UpdateCircleMutation,
} from './documents';
import { Checkbox, loadedInPart, MultiCheck, optional, Section, Select, SubmissionAlert, TextArea, TextInput, useSubmission, type Option } from './formKit';
import { processMessages } from './messages';
import { useProcessOptions } from './options';

type Circle = AgreementsData['initiativeCircles']['nodes'][number];

interface CircleValues {
  nameDe: string;
  descriptionDe: string;
  foundedAt: string;
  municipalityAgs: string;
  agreementIds: string[];
}

const EMPTY: CircleValues = { nameDe: '', descriptionDe: '', foundedAt: '', municipalityAgs: '', agreementIds: [] };

export function CirclesSection({ data, reload }: { data: AgreementsData; reload: () => void }) {
  const { m } = useLocalMessages(processMessages);
  const [editing, setEditing] = useState<Circle | null>(null);
  const agreements: Option[] = data.agreements.edges.map(({ node }) => ({ value: node.id, label: node.title }));
  return (
    <>
      <Section title={editing ? m.editCircle : m.newCircle}>
        <CircleForm
          key={editing?.id ?? 'new'}
          existing={editing}
          agreements={agreements}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </Section>
      <Section title={m.circlesHeading}>
        {data.initiativeCircles.nodes.length === 0 ? <p>{m.noCircles}</p> : null}
        {data.initiativeCircles.nodes.map((node) => (
          <article key={node.id} className="ws-circle" data-testid="circle">
            <h3>{node.name}</h3>
            <p className="ws-record-list__meta">
              {m.foundedAt} {node.foundedAt} · {node.municipality?.name ?? m.wholeRegion}
            </p>
            {node.description ? <p>{node.description}</p> : null}
            <p className="ws-record-list__meta">
              {m.agreementsCarried}: {node.agreements.nodes.map((agreement) => agreement.title).join(', ') || '–'}
              <MoreCount connection={node.agreements} as="span" />
            </p>
            <button type="button" className="button-small" onClick={() => setEditing(node)}>
              {m.edit}
            </button>
            <Members circle={node} reload={reload} />
            <Reports circle={node} reload={reload} />
          </article>
        ))}
        <MoreCount connection={data.initiativeCircles} />
      </Section>
    </>
  );
}

function CircleForm({
  existing,
  agreements,
  onSaved,
  onCancel,
}: {
  existing: Circle | null;
  agreements: Option[];
  onSaved: () => void;
  onCancel: (() => void) | undefined;
}) {
  const { lang, m } = useLocalMessages(processMessages);
  const { m: w } = useLocalMessages(workspaceMessages);
  const options = useProcessOptions();
  const submission = useSubmission();
  const [values, setValues] = useState<CircleValues>(
    existing
      ? {
          nameDe: existing.name,
          descriptionDe: existing.description ?? '',
          foundedAt: existing.foundedAt,
          municipalityAgs: existing.municipality?.ags ?? '',
          agreementIds: existing.agreements.nodes.map((agreement) => agreement.id),
        }
      : EMPTY,
  );
  const [saved, setSaved] = useState(false);
  const partialAgreements = loadedInPart(existing?.agreements, (agreement) => agreement.title);
  const set = <Key extends keyof CircleValues>(key: Key) => (value: CircleValues[Key]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      nameDe: values.nameDe.trim(),
      descriptionDe: optional(values.descriptionDe),
      foundedAt: values.foundedAt.trim(),
      municipalityAgs: optional(values.municipalityAgs),
      ...(partialAgreements ? {} : { agreementIds: values.agreementIds }),
    };
    const result = await submission.run(async () =>
      existing
        ? (await executeQuery(UpdateCircleMutation, { input: { id: existing.id, ...fields } }, { lang })).updateInitiativeCircle
        : (await executeQuery(CreateCircleMutation, { input: fields }, { lang })).createInitiativeCircle,
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
      <div aria-live="polite">{saved ? <p className="ws-alert ws-alert--success">{m.circleSaved}</p> : null}</div>
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="circle-form">
        <TextInput label={m.circleName} name="nameDe" value={values.nameDe} onChange={set('nameDe')} required problem={submission.problem('nameDe')} />
        <TextArea label={m.description} name="descriptionDe" value={values.descriptionDe} onChange={set('descriptionDe')} problem={submission.problem('descriptionDe')} />
        <TextInput type="date" label={m.foundedAt} name="foundedAt" value={values.foundedAt} onChange={set('foundedAt')} required problem={submission.problem('foundedAt')} />
        <Select
          label={m.municipality}
          name="municipalityAgs"
          value={values.municipalityAgs}
          onChange={set('municipalityAgs')}
          options={options.municipalities}
          empty={m.wholeRegion}
          problem={submission.problem('municipalityAgs')}
        />
        <MultiCheck
          legend={m.agreementsCarried}
          name="agreementIds"
          options={agreements}
          values={values.agreementIds}
          onChange={set('agreementIds')}
          problem={submission.problem('agreementIds')}
          partial={partialAgreements}
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

type Member = Circle['members']['nodes'][number];

/**
 * The members of a circle: the page the agreements page loaded, and on request the rest, so that
 * every member can be removed here however large the circle. Members loaded later that the reloaded
 * first page now holds are shown once; removed ones leave at once.
 */
function useAllMembers(circle: Circle) {
  const [later, setLater] = useState<{ members: Member[]; pageInfo: Circle['members']['pageInfo'] } | null>(null);
  const firstIds = new Set(circle.members.nodes.map((member) => member.id));
  const members = [...circle.members.nodes, ...(later?.members ?? []).filter((member) => !firstIds.has(member.id))];
  const pageInfo = later?.pageInfo ?? circle.members.pageInfo;
  return {
    members,
    remaining: pageInfo.hasNextPage ? Math.max(0, circle.members.totalCount - members.length) : 0,
    async loadMore(lang: Language) {
      const data = await executeQuery(CircleMembersQuery, { id: circle.id, after: pageInfo.endCursor }, { lang });
      const page = data.node && 'members' in data.node ? data.node.members : null;
      if (!page) throw new Error(`circle ${circle.id} is gone`);
      setLater((previous) => ({ members: [...(previous?.members ?? []), ...page.nodes], pageInfo: page.pageInfo }));
      return data;
    },
    forget(memberId: string) {
      setLater((previous) => previous && { ...previous, members: previous.members.filter((member) => member.id !== memberId) });
    },
    /** After an addition: the new member may belong to a page already loaded, so start over. */
    reset() {
      setLater(null);
    },
  };
}

function Members({ circle, reload }: { circle: Circle; reload: () => void }) {
  const { lang, m } = useLocalMessages(processMessages);
  const options = useProcessOptions();
  const submission = useSubmission();
  const all = useAllMembers(circle);
  const [actorId, setActorId] = useState('');
  const [contactId, setContactId] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const input = { circleId: circle.id, actorId: optional(actorId), contactId: optional(contactId) };
    if (await submission.run(async () => (await executeQuery(AddCircleMemberMutation, { input }, { lang })).addCircleMember)) {
      all.reset();
      setActorId('');
      setContactId('');
      reload();
    }
  };
  const remove = async (id: string) => {
    if (await submission.run(async () => (await executeQuery(RemoveCircleMemberMutation, { id }, { lang })).removeCircleMember)) {
      all.forget(id);
      reload();
    }
  };

  return (
    <div className="ws-subsection">
      <h4>{m.members}</h4>
      {all.members.length === 0 ? (
        <p>{m.noMembers}</p>
      ) : (
        <ul className="ws-record-list" data-testid="circle-members">
          {all.members.map((member) => {
            const name = [member.actor?.name, member.contact ? `${member.contact.firstName} ${member.contact.lastName}` : null].filter(Boolean).join(' – ');
            return (
              <li key={member.id}>
                <span>{name}</span>
                <button type="button" className="button-small" onClick={() => void remove(member.id)} disabled={submission.busy}>
                  {m.removeMember(name)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {all.remaining > 0 ? (
        <button type="button" className="button-small" onClick={() => void submission.run(() => all.loadMore(lang))} disabled={submission.busy}>
          {m.loadMoreMembers(all.remaining)}
        </button>
      ) : null}
      <SubmissionAlert submission={submission} testId="member-error" />
      <form className="ws-form ws-form--inline" onSubmit={(event) => void add(event)} noValidate>
        <Select label={m.actor} name="actorId" value={actorId} onChange={setActorId} options={options.actors} empty={m.none} problem={submission.problem('actorId')} />
        <Select label={m.contact} name="contactId" value={contactId} onChange={setContactId} options={options.contacts} empty={m.none} problem={submission.problem('contactId')} />
        <div className="ws-form__actions">
          <button type="submit" disabled={submission.busy}>
            {m.addMember}
          </button>
        </div>
      </form>
    </div>
  );
}

interface ReportValues {
  meetingNumber: string;
  meetingDate: string;
  progressDe: string;
  hurdlesDe: string;
  solutionsDe: string;
  missingDe: string;
  agreementIds: string[];
  isPublished: boolean;
}

const EMPTY_REPORT: ReportValues = { meetingNumber: '', meetingDate: '', progressDe: '', hurdlesDe: '', solutionsDe: '', missingDe: '', agreementIds: [], isPublished: true };

function Reports({ circle, reload }: { circle: Circle; reload: () => void }) {
  const { lang, m } = useLocalMessages(processMessages);
  const { m: w } = useLocalMessages(workspaceMessages);
  const submission = useSubmission();
  const publishing = useSubmission();
  const next = Math.min(3, circle.reports.totalCount + 1);
  const [values, setValues] = useState<ReportValues>({ ...EMPTY_REPORT, meetingNumber: String(next) });
  const set = <Key extends keyof ReportValues>(key: Key) => (value: ReportValues[Key]) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(values.meetingNumber);
    const input = {
      circleId: circle.id,
      // A non-number goes to the server as 0, which it refuses by field like any other wrong number.
      meetingNumber: Number.isInteger(number) ? number : 0,
      meetingDate: values.meetingDate.trim(),
      progressDe: values.progressDe.trim(),
      hurdlesDe: optional(values.hurdlesDe),
      solutionsDe: optional(values.solutionsDe),
      missingDe: optional(values.missingDe),
      agreementIds: values.agreementIds,
      isPublished: values.isPublished,
    };
    if (await submission.run(async () => (await executeQuery(CreateCircleReportMutation, { input }, { lang })).createCircleReport)) {
      setValues({ ...EMPTY_REPORT, meetingNumber: String(Math.min(3, next + 1)) });
      reload();
    }
  };
  const publish = async (id: string, published: boolean) => {
    if (await publishing.run(async () => (await executeQuery(PublishCircleReportMutation, { id, published }, { lang })).publishCircleReport)) reload();
  };

  return (
    <div className="ws-subsection">
      <h4>{m.reports}</h4>
      <SubmissionAlert submission={publishing} testId="report-publish-error" withFields={false} />
      {circle.reports.nodes.length === 0 ? (
        <p>{m.noReports}</p>
      ) : (
        <ul className="ws-record-list">
          {circle.reports.nodes.map((report) => (
            <li key={report.id}>
              <span>
                <strong>{m.meeting(report.meetingNumber, report.meetingDate)}</strong> ·{' '}
                <span className="ws-badge">{report.isPublished ? m.published : m.draft}</span>
                <span className="ws-record-list__text">{report.progress}</span>
                {report.hurdles ? <span className="ws-record-list__meta">{m.hurdles}: {report.hurdles}</span> : null}
                {report.solutions ? <span className="ws-record-list__meta">{m.solutions}: {report.solutions}</span> : null}
                {report.missing ? <span className="ws-record-list__meta">{m.missing}: {report.missing}</span> : null}
              </span>
              <button type="button" onClick={() => void publish(report.id, !report.isPublished)} disabled={publishing.busy}>
                {report.isPublished ? m.unpublish : m.publish}
              </button>
            </li>
          ))}
        </ul>
      )}
      <MoreCount connection={circle.reports} />
      <h5>{m.newReport}</h5>
      <SubmissionAlert submission={submission} testId="report-error" />
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextInput type="number" label={m.meetingNumber} name="meetingNumber" value={values.meetingNumber} onChange={set('meetingNumber')} hint={m.meetingNumberHint} required problem={submission.problem('meetingNumber')} />
        <TextInput type="date" label={m.meetingDate} name="meetingDate" value={values.meetingDate} onChange={set('meetingDate')} required problem={submission.problem('meetingDate')} />
        <TextArea label={m.progress} name="progressDe" value={values.progressDe} onChange={set('progressDe')} required problem={submission.problem('progressDe')} />
        <TextArea label={m.hurdles} name="hurdlesDe" value={values.hurdlesDe} onChange={set('hurdlesDe')} problem={submission.problem('hurdlesDe')} />
        <TextArea label={m.solutions} name="solutionsDe" value={values.solutionsDe} onChange={set('solutionsDe')} problem={submission.problem('solutionsDe')} />
        <TextArea label={m.missing} name="missingDe" value={values.missingDe} onChange={set('missingDe')} problem={submission.problem('missingDe')} />
        <MultiCheck
          legend={m.agreementsCarried}
          name={`report-agreements-${circle.id}`}
          options={circle.agreements.nodes.map((agreement) => ({ value: agreement.id, label: agreement.title }))}
          values={values.agreementIds}
          onChange={set('agreementIds')}
          problem={submission.problem('agreementIds')}
        />
        <Checkbox label={m.publishNow} name="isPublished" checked={values.isPublished} onChange={set('isPublished')} />
        <div className="ws-form__actions">
          <button type="submit" disabled={submission.busy}>
            {submission.busy ? w.saving : w.create}
          </button>
        </div>
      </form>
    </div>
  );
}
