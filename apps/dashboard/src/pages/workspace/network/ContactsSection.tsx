import { useState, type FormEvent } from 'react';
import { executeQuery } from '../../../graphql/client';
import { useLocalMessages } from '../../../i18n/localMessages';
import { Dialog } from '../Dialog';
import { Field } from '../Field';
import type { WorkspaceActor } from './ActorPage';
import { CreateContactMutation, UpdateContactMutation } from './documents';
import { FieldLabel, FormAlerts } from './FormAlerts';
import { networkMessages } from './messages';
import { useMutationRun } from './useMutationRun';
import { nodesOf } from '../../../graphql/connection';
import { MoreCount } from '../../../components/MoreCount';

type Contact = WorkspaceActor['contacts']['edges'][number]['node'];
const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'roleTitle', 'notes'] as const;
type ContactField = (typeof FIELDS)[number];
type ContactValues = Record<ContactField, string>;

const EMPTY: ContactValues = { firstName: '', lastName: '', email: '', phone: '', roleTitle: '', notes: '' };

/** The contact persons of an actor (personal data: this page is staff-only), with create and edit dialogs. */
export function ContactsSection({ actor, onChanged }: { actor: WorkspaceActor; onChanged: (notice: string) => void }) {
  const { m } = useLocalMessages(networkMessages);
  // null: no dialog; 'new': a new person; else the person being edited.
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  return (
    <section aria-labelledby="actor-contacts-heading">
      <h2 id="actor-contacts-heading">{m.contactsHeading}</h2>
      <p className="ws-field__hint">{m.personalDataHint}</p>
      {actor.contacts.edges.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={m.contactsCaption}>
          <table data-testid="contacts-table">
            <caption>{m.contactsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columnName}</th>
                <th scope="col">{m.columnRole}</th>
                <th scope="col">{m.columnEmail}</th>
                <th scope="col">{m.columnPhone}</th>
                <th scope="col">{m.columnActions}</th>
              </tr>
            </thead>
            <tbody>
              {nodesOf(actor.contacts).map((contact) => {
                const name = `${contact.firstName} ${contact.lastName}`;
                return (
                  <tr key={contact.id}>
                    <th scope="row">{name}</th>
                    <td>{contact.roleTitle ?? '–'}</td>
                    <td>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '–'}</td>
                    <td>{contact.phone ?? '–'}</td>
                    <td>
                      <button type="button" className="button-small button-secondary" onClick={() => setEditing(contact)} aria-label={m.editContact(name)}>
                        {m.edit}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{m.noContacts}</p>
      )}
      <div className="ws-actions">
        <button type="button" onClick={() => setEditing('new')}>
          {m.newContact}
        </button>
      </div>
      {editing ? (
        <Dialog
          title={editing === 'new' ? m.newContact : m.editContact(`${editing.firstName} ${editing.lastName}`)}
          onClose={() => setEditing(null)}
          testId="contact-dialog"
        >
          <ContactForm
            actorId={actor.id}
            contact={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              onChanged(m.saved);
            }}
          />
        </Dialog>
      ) : null}
      <MoreCount connection={actor.contacts} />
    </section>
  );
}

function ContactForm({ actorId, contact, onSaved, onCancel }: { actorId: string; contact: Contact | null; onSaved: () => void; onCancel: () => void }) {
  const { lang, m } = useLocalMessages(networkMessages);
  const [values, setValues] = useState<ContactValues>(
    contact
      ? {
          firstName: contact.firstName,
          lastName: contact.lastName,
          email: contact.email ?? '',
          phone: contact.phone ?? '',
          roleTitle: contact.roleTitle ?? '',
          notes: contact.notes ?? '',
        }
      : EMPTY,
  );
  const { busy, failure, error, run, problem } = useMutationRun();
  const labels: Record<ContactField, string> = {
    firstName: m.firstNameLabel,
    lastName: m.lastNameLabel,
    email: m.emailLabel,
    phone: m.phoneLabel,
    roleTitle: m.roleTitleLabel,
    notes: m.notesLabel,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => value.trim() || null;
    const fields = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: optional(values.email),
      phone: optional(values.phone),
      roleTitle: optional(values.roleTitle),
      notes: optional(values.notes),
    };
    const result = await run(async () =>
      contact
        ? (await executeQuery(UpdateContactMutation, { input: { id: contact.id, ...fields } }, { lang })).updateContact
        : (await executeQuery(CreateContactMutation, { input: { actorId, ...fields } }, { lang })).createContact,
    );
    if (result) onSaved();
  };

  return (
    <>
      <FormAlerts failure={failure} error={error} fields={FIELDS} />
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="contact-form">
        {FIELDS.map((field) => {
          const required = field === 'firstName' || field === 'lastName';
          return (
            <Field key={field} label={<FieldLabel text={labels[field]} required={required} />} problem={problem(field)}>
              {(control) => {
                const common = { ...control, name: field, value: values[field], required, onChange: (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value }) };
                return field === 'notes' ? <textarea rows={3} {...common} /> : <input type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'} {...common} />;
              }}
            </Field>
          );
        })}
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : contact ? m.save : m.create}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </form>
    </>
  );
}
