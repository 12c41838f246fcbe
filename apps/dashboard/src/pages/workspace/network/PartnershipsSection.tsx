import { enumLabels, partnershipKinds } from '@atlas/domain';
import type { PartnershipKind } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { executeQuery } from '../../../graphql/client';
import { useLocalMessages } from '../../../i18n/localMessages';
import { Dialog } from '../Dialog';
import { Field } from '../Field';
import type { WorkspaceActor } from './ActorPage';
import { CreatePartnershipMutation, UpdatePartnershipMutation } from './documents';
import { FieldLabel, FormAlerts } from './FormAlerts';
import { networkMessages } from './messages';
import { useMutationRun } from './useMutationRun';
import { nodesOf } from '../../../graphql/connection';
import { MoreCount } from '../../../components/MoreCount';

type Partnership = WorkspaceActor['partnerships']['edges'][number]['node'];
interface PartnershipValues {
  kind: PartnershipKind;
  partnerPlace: string;
  partnerCountry: string;
  sinceYear: string;
  description: string;
}

/** Transnational partnerships the actor carries, with create and edit dialogs. */
export function PartnershipsSection({ actor, onChanged }: { actor: WorkspaceActor; onChanged: (notice: string) => void }) {
  const { lang, m } = useLocalMessages(networkMessages);
  const [editing, setEditing] = useState<Partnership | 'new' | null>(null);
  return (
    <section aria-labelledby="actor-partnerships-heading">
      <h2 id="actor-partnerships-heading">{m.partnershipsHeading}</h2>
      {actor.partnerships.edges.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={m.partnershipsCaption}>
          <table data-testid="partnerships-table">
            <caption>{m.partnershipsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columnPlace}</th>
                <th scope="col">{m.columnCountry}</th>
                <th scope="col">{m.columnKind}</th>
                <th scope="col" className="num">
                  {m.columnSince}
                </th>
                <th scope="col">{m.columnActions}</th>
              </tr>
            </thead>
            <tbody>
              {nodesOf(actor.partnerships).map((partnership) => (
                <tr key={partnership.id}>
                  <th scope="row">{partnership.partnerPlace}</th>
                  <td>{partnership.partnerCountry}</td>
                  <td>{enumLabels.PartnershipKind[partnership.kind][lang]}</td>
                  <td className="num">{partnership.sinceYear ?? '–'}</td>
                  <td>
                    <button type="button" className="button-small button-secondary" onClick={() => setEditing(partnership)} aria-label={m.editPartnership(partnership.partnerPlace)}>
                      {m.edit}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{m.noPartnerships}</p>
      )}
      <div className="ws-actions">
        <button type="button" onClick={() => setEditing('new')}>
          {m.newPartnership}
        </button>
      </div>
      {editing ? (
        <Dialog title={editing === 'new' ? m.newPartnership : m.editPartnership(editing.partnerPlace)} onClose={() => setEditing(null)} testId="partnership-dialog">
          <PartnershipForm
            actor={actor}
            partnership={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              onChanged(m.saved);
            }}
          />
        </Dialog>
      ) : null}
      <MoreCount connection={actor.partnerships} />
    </section>
  );
}

function PartnershipForm({
  actor,
  partnership,
  onSaved,
  onCancel,
}: {
  actor: WorkspaceActor;
  partnership: Partnership | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { lang, m } = useLocalMessages(networkMessages);
  const [values, setValues] = useState<PartnershipValues>({
    kind: partnership?.kind ?? 'ASSOCIATION',
    partnerPlace: partnership?.partnerPlace ?? '',
    partnerCountry: partnership?.partnerCountry ?? '',
    sinceYear: partnership?.sinceYear === null || partnership?.sinceYear === undefined ? '' : String(partnership.sinceYear),
    description: partnership?.description ?? '',
  });
  const { busy, failure, error, run, problem } = useMutationRun();
  const set = (field: keyof PartnershipValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const year = Number(values.sinceYear);
    const input = {
      kind: values.kind,
      partnerPlace: values.partnerPlace.trim(),
      partnerCountry: values.partnerCountry.trim(),
      // A year that is not a whole number goes to the server as is, so the refusal names the field.
      sinceYear: values.sinceYear.trim() === '' ? null : Number.isFinite(year) ? year : -1,
      description: values.description.trim() || null,
      actorId: actor.id,
      // Keeps the partnership's own municipality; a new one is placed where the actor is.
      municipalityAgs: partnership ? (partnership.municipality?.ags ?? null) : (actor.municipality?.ags ?? null),
    };
    const result = await run(async () =>
      partnership
        ? (await executeQuery(UpdatePartnershipMutation, { id: partnership.id, input }, { lang })).updatePartnership
        : (await executeQuery(CreatePartnershipMutation, { input }, { lang })).createPartnership,
    );
    if (result) onSaved();
  };

  return (
    <>
      <FormAlerts failure={failure} error={error} fields={['kind', 'partnerPlace', 'partnerCountry', 'sinceYear', 'description', 'descriptionDe']} />
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="partnership-form">
        <Field label={<FieldLabel text={m.partnershipKindLabel} required />} problem={problem('kind')}>
          {(control) => (
            <select {...control} name="kind" value={values.kind} onChange={set('kind')}>
              {partnershipKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {enumLabels.PartnershipKind[kind][lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<FieldLabel text={m.partnerPlaceLabel} required />} problem={problem('partnerPlace')}>
          {(control) => <input {...control} type="text" name="partnerPlace" required value={values.partnerPlace} onChange={set('partnerPlace')} />}
        </Field>
        <Field label={<FieldLabel text={m.partnerCountryLabel} required />} hint={m.partnerCountryHint} problem={problem('partnerCountry')}>
          {(control) => <input {...control} type="text" name="partnerCountry" required maxLength={2} value={values.partnerCountry} onChange={set('partnerCountry')} />}
        </Field>
        <Field label={<FieldLabel text={m.sinceYearLabel} />} problem={problem('sinceYear')}>
          {(control) => <input {...control} type="number" name="sinceYear" min={1900} max={2100} step={1} value={values.sinceYear} onChange={set('sinceYear')} />}
        </Field>
        <Field label={<FieldLabel text={m.descriptionLabel} />} problem={problem('description', 'descriptionDe')}>
          {(control) => <textarea {...control} name="description" rows={3} value={values.description} onChange={set('description')} />}
        </Field>
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : partnership ? m.save : m.create}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </form>
    </>
  );
}
