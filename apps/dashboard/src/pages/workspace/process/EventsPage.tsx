import { eventKinds, label, participationRoles } from '@atlas/domain';
import type { EventKind, ParticipationRole } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, Route, Routes, useParams } from 'react-router';
import { MoreCount } from '../../../components/MoreCount';
import { Loading, QueryErrorMessage } from '../../../components/QueryStatus';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { NotFoundPage } from '../../NotFoundPage';
import { workspaceMessages } from '../messages';
import { useLatestData } from '../useLatestData';
import {
  AddParticipationMutation,
  CreateEventMutation,
  RemoveParticipationMutation,
  UpdateEventMutation,
  WorkspaceEventQuery,
  WorkspaceEventsQuery,
} from './documents';
import { Checkbox, type Option, optional, Section, Select, StableQuery, SubmissionAlert, TextArea, TextInput, toLocalInput, useSubmission, withOffset } from './formKit';
import { processMessages } from './messages';
import './process.css';
import { ProcessOptionsProvider, useProcessOptions } from './options';

type WorkspaceEvent = NonNullable<ResultOf<typeof WorkspaceEventQuery>['event']>;


interface EventValues {
  kind: EventKind;
  titleDe: string;
  titleEn: string;
  startsAt: string;
  endsAt: string;
  place: string;
  municipalityAgs: string;
  description: string;
  minutes: string;
  isPublic: boolean;
}

const EMPTY: EventValues = {
  kind: 'KICK_OFF',
  titleDe: '',
  titleEn: '',
  startsAt: '',
  endsAt: '',
  place: '',
  municipalityAgs: '',
  description: '',
  minutes: '',
  isPublic: true,
};

const valuesOf = (event: WorkspaceEvent): EventValues => ({
  kind: event.kind,
  titleDe: event.titleDe,
  titleEn: event.titleEn ?? '',
  startsAt: toLocalInput(event.startsAt),
  endsAt: toLocalInput(event.endsAt),
  place: event.place ?? '',
  municipalityAgs: event.municipality?.ags ?? '',
  description: event.description ?? '',
  minutes: event.minutes ?? '',
  isPublic: event.isPublic,
});

/** `/arbeitsbereich/veranstaltungen/*`: the list, a new event, one event with its participants. */
export default function EventsArea() {
  return (
    <ProcessOptionsProvider>
      <Routes>
        <Route index element={<EventList />} />
        <Route path="neu" element={<NewEvent />} />
        <Route path=":id" element={<EditEvent />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </ProcessOptionsProvider>
  );
}

function EventList() {
  const { lang, m, t, localize } = useLocalMessages(processMessages);
  useDocumentTitle(`${m.eventsTitle} – ${t.appName}`);
  const query = useQuery(WorkspaceEventsQuery, {});
  return (
    <div className="ws-process-page">
      <h1>{m.eventsTitle}</h1>
      <p>
        <Link className="button-link" to={localize('/arbeitsbereich/veranstaltungen/neu')}>
          {m.newEvent}
        </Link>
      </p>
      <StableQuery query={query}>
        {(data) =>
          data.events.edges.length === 0 ? (
            <p>{m.noEvents}</p>
          ) : (
            <ul className="ws-record-list" data-testid="event-list">
              {data.events.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={localize(`/arbeitsbereich/veranstaltungen/${encodeURIComponent(node.id)}`)}>{node.title}</Link>
                  <span className="ws-record-list__meta">
                    {node.date} · {label('EventKind', node.kind, lang)} · {node.municipality?.name ?? m.wholeRegion}
                    {node.place ? ` · ${node.place}` : ''} ·{' '}
                    <span className="ws-badge">{node.isPublic ? m.publicBadge : m.internalBadge}</span>
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

function NewEvent() {
  const { m, t } = useLocalMessages(processMessages);
  useDocumentTitle(`${m.newEvent} – ${t.appName}`);
  return (
    <div className="ws-process-page">
      <h1>{m.newEvent}</h1>
      <EventForm initial={EMPTY} existing={null} />
    </div>
  );
}

function EditEvent() {
  const { id = '' } = useParams();
  const { m, t, localize } = useLocalMessages(processMessages);
  const query = useQuery(WorkspaceEventQuery, { id });
  const data = useLatestData(query);
  useDocumentTitle(`${data?.event ? m.editEvent(data.event.titleDe) : m.eventsTitle} – ${t.appName}`);
  if (data) {
    const event = data.event;
    if (!event) return <NotFoundPage />;
    return (
      <div className="ws-process-page">
        <p>
          <Link to={localize('/arbeitsbereich/veranstaltungen')}>{m.backToEvents}</Link>
        </p>
        <h1>{m.editEvent(event.titleDe)}</h1>
        <EventForm key={event.id} initial={valuesOf(event)} existing={event} reload={query.refetch} />
        <Participants event={event} reload={query.refetch} />
      </div>
    );
  }
  if (query.status === 'error') return <QueryErrorMessage error={query.error} onRetry={query.refetch} />;
  return <Loading />;
}

function EventForm({ initial, existing, reload }: { initial: EventValues; existing: WorkspaceEvent | null; reload?: () => void }) {
  const { lang, m, localize } = useLocalMessages(processMessages);
  const { m: w } = useLocalMessages(workspaceMessages);
  const options = useProcessOptions();
  const submission = useSubmission();
  const [values, setValues] = useState(initial);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (createdId) return <Navigate to={localize(`/arbeitsbereich/veranstaltungen/${encodeURIComponent(createdId)}`)} />;

  const set = <Key extends keyof EventValues>(key: Key) => (value: EventValues[Key]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const problem = (...fields: string[]) => fields.map(submission.problem).find(Boolean);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      kind: values.kind,
      titleDe: values.titleDe.trim(),
      titleEn: optional(values.titleEn),
      startsAt: withOffset(values.startsAt.trim()),
      endsAt: values.endsAt.trim() ? withOffset(values.endsAt.trim()) : null,
      place: optional(values.place),
      municipalityAgs: optional(values.municipalityAgs),
      description: optional(values.description),
      minutes: optional(values.minutes),
      isPublic: values.isPublic,
    };
    const result = await submission.run(async () =>
      existing
        ? (await executeQuery(UpdateEventMutation, { input: { id: existing.id, ...fields } }, { lang })).updateEvent
        : (await executeQuery(CreateEventMutation, { input: fields }, { lang })).createEvent,
    );
    if (result && 'id' in result) {
      if (existing) {
        setSaved(true);
        reload?.();
      } else setCreatedId(result.id);
    }
  };

  const kinds: Option[] = eventKinds.map((kind) => ({ value: kind, label: label('EventKind', kind, lang) }));
  return (
    <>
      <SubmissionAlert submission={submission} />
      <div aria-live="polite">{saved ? <p className="ws-alert ws-alert--success">{m.eventSaved}</p> : null}</div>
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="event-form">
        <Select label={m.kind} name="kind" value={values.kind} onChange={(kind) => set('kind')(kind as EventKind)} options={kinds} required problem={problem('kind')} />
        <TextInput label={m.titleDe} name="titleDe" value={values.titleDe} onChange={set('titleDe')} required problem={problem('titleDe')} />
        <TextInput label={m.titleEn} name="titleEn" value={values.titleEn} onChange={set('titleEn')} problem={problem('titleEn')} />
        <TextInput type="datetime-local" label={m.startsAt} name="startsAt" value={values.startsAt} onChange={set('startsAt')} required problem={problem('startsAt')} />
        <TextInput type="datetime-local" label={m.endsAt} name="endsAt" value={values.endsAt} onChange={set('endsAt')} problem={problem('endsAt')} />
        <TextInput label={m.place} name="place" value={values.place} onChange={set('place')} problem={problem('place')} />
        <Select
          label={m.municipality}
          name="municipalityAgs"
          value={values.municipalityAgs}
          onChange={set('municipalityAgs')}
          options={options.municipalities}
          empty={m.wholeRegion}
          problem={problem('municipalityAgs')}
        />
        <TextArea label={m.description} name="description" value={values.description} onChange={set('description')} problem={problem('description', 'descriptionDe')} />
        <TextArea label={m.minutes} name="minutes" rows={8} value={values.minutes} onChange={set('minutes')} problem={problem('minutes', 'minutesDe')} />
        <Checkbox label={m.isPublic} name="isPublic" checked={values.isPublic} onChange={set('isPublic')} />
        <div className="ws-form__actions">
          <button type="submit" disabled={submission.busy}>
            {submission.busy ? w.saving : existing ? w.save : w.create}
          </button>
        </div>
      </form>
    </>
  );
}

const personName = (contact: { firstName: string; lastName: string } | null | undefined) => (contact ? `${contact.firstName} ${contact.lastName}` : null);

function Participants({ event, reload }: { event: WorkspaceEvent; reload: () => void }) {
  const { lang, m } = useLocalMessages(processMessages);
  const options = useProcessOptions();
  const submission = useSubmission();
  const [actorId, setActorId] = useState('');
  const [contactId, setContactId] = useState('');
  const [role, setRole] = useState<ParticipationRole>('PARTICIPANT');
  const [topic, setTopic] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const problem = (...fields: string[]) => fields.map(submission.problem).find(Boolean);

  const add = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setNotice(null);
    const input = { eventId: event.id, actorId: optional(actorId), contactId: optional(contactId), role, topic: optional(topic) };
    const result = await submission.run(async () => (await executeQuery(AddParticipationMutation, { input }, { lang })).addParticipation);
    if (result) {
      setActorId('');
      setContactId('');
      setTopic('');
      setNotice(m.participantAdded);
      reload();
    }
  };
  const remove = async (id: string) => {
    setNotice(null);
    const result = await submission.run(async () => (await executeQuery(RemoveParticipationMutation, { id }, { lang })).removeParticipation);
    if (result) {
      setNotice(m.participantRemoved);
      reload();
    }
  };

  return (
    <Section title={m.participants}>
      <div aria-live="polite">{notice ? <p className="ws-alert ws-alert--success">{notice}</p> : null}</div>
      {event.participants.nodes.length === 0 ? (
        <p>{m.noParticipants}</p>
      ) : (
        <ul className="ws-record-list" data-testid="participant-list">
          {event.participants.nodes.map((participation) => {
            const name = [participation.actor?.name, personName(participation.contact)].filter(Boolean).join(' – ');
            return (
              <li key={participation.id}>
                <span>
                  {name} · {label('ParticipationRole', participation.role, lang)}
                  {participation.topic ? ` · ${participation.topic}` : ''}
                </span>
                <button type="button" className="button-small" onClick={() => void remove(participation.id)} disabled={submission.busy}>
                  {m.removeParticipant(name)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <MoreCount connection={event.participants} />
      <SubmissionAlert submission={submission} testId="participant-error" />
      <form className="ws-form" onSubmit={(formEvent) => void add(formEvent)} noValidate data-testid="participant-form">
        <Select label={m.actor} name="actorId" value={actorId} onChange={setActorId} options={options.actors} empty={m.none} problem={problem('actorId')} />
        <Select label={m.contact} name="contactId" value={contactId} onChange={setContactId} options={options.contacts} empty={m.none} problem={problem('contactId')} />
        <Select
          label={m.role}
          name="role"
          value={role}
          onChange={(value) => setRole(value as ParticipationRole)}
          options={participationRoles.map((value) => ({ value, label: label('ParticipationRole', value, lang) }))}
          required
          problem={problem('role')}
        />
        <TextInput label={m.topic} name="topic" value={topic} onChange={setTopic} hint={m.topicHint} problem={problem('topic', 'topicDe')} />
        <div className="ws-form__actions">
          <button type="submit" disabled={submission.busy}>
            {m.addParticipant}
          </button>
        </div>
      </form>
    </Section>
  );
}

