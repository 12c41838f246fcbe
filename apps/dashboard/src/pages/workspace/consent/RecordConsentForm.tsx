import { consentMethods, enumLabels } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { executeQuery } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { Field } from '../Field';
import { FieldLabel, FormAlerts } from '../network/FormAlerts';
import { useMutationRun } from '../network/useMutationRun';
import { ConsentEventsQuery, ConsentPersonsQuery, RecordConsentMutation } from './documents';
import { consentMessages } from './messages';

type Method = (typeof consentMethods)[number];

/** "Now" as the value of a datetime-local input (local time, minutes). */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A datetime-local value as ISO 8601 with the browser's offset; anything else goes as typed, so the server names the field. */
export function isoOfLocal(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : value;
}

/** Records one consent: who, when, at which event, how, and which version of the consent text. */
export function RecordConsentForm({ onRecorded }: { onRecorded: (name: string) => void }) {
  const { lang, m } = useLocalMessages(consentMessages);
  const [search, setSearch] = useState('');
  const [values, setValues] = useState({ contactId: '', givenAt: localNow(), eventId: '', method: 'SIGNED_LIST' as Method, textVersion: '' });
  const persons = useQuery(ConsentPersonsQuery, { search: search.trim() || null });
  const events = useQuery(ConsentEventsQuery, {});
  const { busy, failure, error, run, problem } = useMutationRun();
  const people = persons.status === 'success' ? persons.data.contacts.edges.map((edge) => edge.node) : [];
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const person = people.find((candidate) => candidate.id === values.contactId);
    const input = {
      contactId: values.contactId,
      givenAt: isoOfLocal(values.givenAt),
      eventId: values.eventId || null,
      method: values.method,
      textVersion: values.textVersion.trim(),
    };
    const result = await run(async () => (await executeQuery(RecordConsentMutation, { input }, { lang })).recordConsent);
    if (result) {
      setValues({ ...values, contactId: '' });
      onRecorded(person ? `${person.firstName} ${person.lastName}` : '');
    }
  };

  return (
    <section aria-labelledby="consent-record-heading">
      <h2 id="consent-record-heading">{m.recordHeading}</h2>
      <FormAlerts failure={failure} error={error} fields={['contactId', 'givenAt', 'eventId', 'method', 'textVersion']} />
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="consent-form">
        <Field label={m.personSearchLabel}>
          {(control) => <input {...control} type="search" name="personSearch" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={<FieldLabel text={m.personLabel} required />} problem={problem('contactId')}>
          {(control) => (
            <select {...control} name="contactId" required value={values.contactId} onChange={set('contactId')}>
              <option value="">{m.choosePerson}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.firstName} {person.lastName}
                  {person.actor ? ` (${person.actor.name})` : ''}
                  {person.email ? '' : ` – ${m.noEmail}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<FieldLabel text={m.givenAtLabel} required />} problem={problem('givenAt')}>
          {(control) => <input {...control} type="datetime-local" name="givenAt" required value={values.givenAt} onChange={set('givenAt')} />}
        </Field>
        <Field label={<FieldLabel text={m.eventLabel} />} problem={problem('eventId')}>
          {(control) => (
            <select {...control} name="eventId" value={values.eventId} onChange={set('eventId')}>
              <option value="">{m.noEvent}</option>
              {(events.status === 'success' ? events.data.events.edges : []).map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.date} – {node.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<FieldLabel text={m.methodLabel} required />} problem={problem('method')}>
          {(control) => (
            <select {...control} name="method" value={values.method} onChange={set('method')}>
              {consentMethods.map((method) => (
                <option key={method} value={method}>
                  {enumLabels.ConsentMethod[method][lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<FieldLabel text={m.textVersionLabel} required />} hint={m.textVersionHint} problem={problem('textVersion')}>
          {(control) => <input {...control} type="text" name="textVersion" required value={values.textVersion} onChange={set('textVersion')} />}
        </Field>
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : m.record}
          </button>
        </div>
      </form>
    </section>
  );
}
