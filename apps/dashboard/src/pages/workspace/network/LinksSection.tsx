import { actorLinkKinds, enumLabels } from '@atlas/domain';
import type { ActorLinkKind } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { executeQuery } from '../../../graphql/client';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { Field } from '../Field';
import type { WorkspaceActor } from './ActorPage';
import { actorPath } from './ActorsPage';
import { ActorOptionsQuery, LinkActorsMutation, UnlinkActorsMutation } from './documents';
import { FieldLabel, FormAlerts } from './FormAlerts';
import { networkMessages } from './messages';
import { useMutationRun } from './useMutationRun';
import { nodesOf } from '../../../graphql/connection';
import { MoreCount } from '../../../components/MoreCount';

interface LinkRow {
  id: string;
  kind: ActorLinkKind;
  note: string | null;
  other: { id: string; name: string };
  outgoing: boolean;
}

/** Links of an actor in both directions; add one (this actor is the side entering it) or remove one. */
export function LinksSection({ actor, onChanged }: { actor: WorkspaceActor; onChanged: (notice: string) => void }) {
  const { lang, m, localize } = useLocalMessages(networkMessages);
  const unlink = useMutationRun();
  const rows: LinkRow[] = [
    ...nodesOf(actor.linksFrom).map((link) => ({ id: link.id, kind: link.kind, note: link.note, other: link.to, outgoing: true })),
    ...nodesOf(actor.linksTo).map((link) => ({ id: link.id, kind: link.kind, note: link.note, other: link.from, outgoing: false })),
  ];
  const remove = async (row: LinkRow) => {
    const result = await unlink.run(async () => (await executeQuery(UnlinkActorsMutation, { linkId: row.id }, { lang })).unlinkActors);
    if (result) onChanged(m.saved);
  };
  return (
    <section aria-labelledby="actor-links-heading">
      <h2 id="actor-links-heading">{m.linksHeading}</h2>
      <FormAlerts failure={unlink.failure} error={unlink.error} />
      {rows.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={m.linksCaption}>
          <table data-testid="links-table">
            <caption>{m.linksCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columnOther}</th>
                <th scope="col">{m.columnKind}</th>
                <th scope="col">{m.direction}</th>
                <th scope="col">{m.columnNote}</th>
                <th scope="col">{m.columnActions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={localize(actorPath(row.other.id))}>{row.other.name}</Link>
                  </th>
                  <td>{enumLabels.ActorLinkKind[row.kind][lang]}</td>
                  <td>{row.outgoing ? m.outgoing : m.incoming}</td>
                  <td>{row.note ?? '–'}</td>
                  <td>
                    <button type="button" className="button-small button-secondary" disabled={unlink.busy} onClick={() => void remove(row)}>
                      {m.removeLink(row.other.name)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{m.noLinks}</p>
      )}
      <AddLinkForm actorId={actor.id} onLinked={() => onChanged(m.saved)} />
      <MoreCount connection={{ totalCount: actor.linksFrom.totalCount + actor.linksTo.totalCount, edges: rows }} />
    </section>
  );
}

function AddLinkForm({ actorId, onLinked }: { actorId: string; onLinked: () => void }) {
  const { lang, m } = useLocalMessages(networkMessages);
  const [search, setSearch] = useState('');
  const [values, setValues] = useState<{ kind: ActorLinkKind; toActorId: string; note: string }>({ kind: 'COOPERATION', toActorId: '', note: '' });
  const candidates = useQuery(ActorOptionsQuery, { search: search.trim() || null });
  const { busy, failure, error, run, problem } = useMutationRun();
  const options = candidates.status === 'success' ? candidates.data.actors.edges.map((edge) => edge.node).filter((node) => node.id !== actorId) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { fromActorId: actorId, toActorId: values.toActorId, kind: values.kind, note: values.note.trim() || null };
    const result = await run(async () => (await executeQuery(LinkActorsMutation, { input }, { lang })).linkActors);
    if (result) {
      setValues({ kind: values.kind, toActorId: '', note: '' });
      onLinked();
    }
  };

  return (
    <>
      <h3>{m.addLink}</h3>
      <FormAlerts failure={failure} error={error} fields={['kind', 'toActorId', 'note', 'noteDe']} />
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="link-form">
        <Field label={m.linkKindLabel} problem={problem('kind')}>
          {(control) => (
            <select {...control} name="kind" value={values.kind} onChange={(event) => setValues({ ...values, kind: event.target.value as ActorLinkKind })}>
              {actorLinkKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {enumLabels.ActorLinkKind[kind][lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.linkTargetSearch}>
          {(control) => <input {...control} type="search" name="actorSearch" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={<FieldLabel text={m.linkTargetLabel} required />} problem={problem('toActorId')}>
          {(control) => (
            <select {...control} name="toActorId" required value={values.toActorId} onChange={(event) => setValues({ ...values, toActorId: event.target.value })}>
              <option value="">{m.chooseActor}</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<FieldLabel text={m.linkNoteLabel} />} problem={problem('note', 'noteDe')}>
          {(control) => <input {...control} type="text" name="note" value={values.note} onChange={(event) => setValues({ ...values, note: event.target.value })} />}
        </Field>
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : m.addLink}
          </button>
        </div>
      </form>
    </>
  );
}
