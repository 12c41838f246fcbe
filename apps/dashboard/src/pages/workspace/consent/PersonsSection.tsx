import { useState } from 'react';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { Dialog } from '../Dialog';
import { Field } from '../Field';
import { FormAlerts } from '../network/FormAlerts';
import { useMutationRun } from '../network/useMutationRun';
import { useLatestData } from '../useLatestData';
import { ConsentPersonsQuery, EraseContactMutation } from './documents';
import { consentMessages } from './messages';

type Person = ResultOf<typeof ConsentPersonsQuery>['contacts']['edges'][number]['node'];

/** Everything stored about one person, as JSON (session cookie: staff of the person's region). */
export const personExportPath = (id: string) => `/export/contacts/${encodeURIComponent(id)}.json`;

const nameOf = (person: Person) => `${person.firstName} ${person.lastName}`;

/** Persons of the region with their data export (access request) and erasure (on request). */
export function PersonsSection({ onErased }: { onErased: () => void }) {
  const { m } = useLocalMessages(consentMessages);
  const [search, setSearch] = useState('');
  const [erasing, setErasing] = useState<Person | null>(null);
  const query = useQuery(ConsentPersonsQuery, { search: search.trim() || null });
  const data = useLatestData(query);
  const persons = data?.contacts.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="consent-persons-heading">
      <h2 id="consent-persons-heading">{m.personsHeading}</h2>
      <p>{m.personsText}</p>
      <form className="ws-form" role="search" aria-label={m.personsCaption} onSubmit={(event) => event.preventDefault()}>
        <Field label={m.personSearchLabel}>
          {(control) => <input {...control} type="search" name="personsSearch" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
      </form>
      {persons.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={m.personsCaption}>
          <table data-testid="persons-table">
            <caption>{m.personsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columnPerson}</th>
                <th scope="col">{m.columnOrganisation}</th>
                <th scope="col">{m.columnEmail}</th>
                <th scope="col">{m.columnActions}</th>
              </tr>
            </thead>
            <tbody>
              {persons.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{nameOf(person)}</th>
                  <td>{person.actor?.name ?? '–'}</td>
                  <td>{person.email ?? '–'}</td>
                  <td>
                    <div className="ws-form__actions">
                      <a href={personExportPath(person.id)} download>
                        {m.jsonExport(nameOf(person))}
                      </a>
                      <button type="button" className="button-small button-secondary" onClick={() => setErasing(person)}>
                        {m.erase(nameOf(person))}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : query.status === 'loading' ? null : (
        <p>{m.noPersons}</p>
      )}
      {erasing ? (
        <EraseDialog
          person={erasing}
          onClose={() => setErasing(null)}
          onErased={() => {
            setErasing(null);
            query.refetch();
            onErased();
          }}
        />
      ) : null}
    </section>
  );
}

/** Erasure cannot be undone: the dialog says what goes and what stays, and asks for the person's name. */
function EraseDialog({ person, onClose, onErased }: { person: Person; onClose: () => void; onErased: () => void }) {
  const { lang, m } = useLocalMessages(consentMessages);
  const [typed, setTyped] = useState('');
  const { busy, failure, error, run } = useMutationRun();
  const name = nameOf(person);
  const confirmed = typed.trim().toLocaleLowerCase() === name.toLocaleLowerCase();
  const erase = async () => {
    const result = await run(async () => (await executeQuery(EraseContactMutation, { id: person.id }, { lang })).eraseContact);
    if (result) onErased();
  };
  return (
    <Dialog title={m.eraseTitle(name)} onClose={onClose} testId="erase-dialog">
      <p>{m.eraseRemoved}</p>
      <p>{m.eraseKept}</p>
      <p className="ws-alert__title">{m.eraseIrreversible}</p>
      <FormAlerts failure={failure} error={error} />
      <form
        className="ws-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed) void erase();
        }}
      >
        <Field label={m.eraseConfirmLabel(name)}>
          {(control) => <input {...control} type="text" name="confirmName" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} />}
        </Field>
        <div className="ws-form__actions">
          <button type="submit" disabled={!confirmed || busy}>
            {m.eraseConfirm}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
