import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading, QueryErrorMessage } from '../../../components/QueryStatus';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Dialog } from '../Dialog';
import { useLatestData } from '../useLatestData';
import { ActorForm, type ActorFormValues } from './ActorForm';
import { ContactsSection } from './ContactsSection';
import { ArchiveActorMutation, WorkspaceActorQuery } from './documents';
import { FormAlerts } from './FormAlerts';
import { LinksSection } from './LinksSection';
import { networkMessages } from './messages';
import { PartnershipsSection } from './PartnershipsSection';
import { useMutationRun } from './useMutationRun';

export type WorkspaceActor = NonNullable<ResultOf<typeof WorkspaceActorQuery>['actor']>;

function valuesOf(actor: WorkspaceActor): ActorFormValues {
  return {
    name: actor.name,
    sector: actor.sector,
    municipalityAgs: actor.municipality?.ags ?? '',
    description: actor.description ?? '',
    website: actor.website ?? '',
    sdgGoals: actor.sdgGoals.map((goal) => goal.number),
  };
}

/** `/arbeitsbereich/akteure/:id`: edit an actor, archive it, and keep its contacts, links and partnerships. */
export function ActorPage() {
  const { id = '' } = useParams();
  const { m, t, localize } = useLocalMessages(networkMessages);
  const query = useQuery(WorkspaceActorQuery, { id });
  // Kept while reloading after a change, so open forms keep their input.
  const data = useLatestData(query);
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(`${data?.actor?.name ?? m.actorsTitle} – ${t.appName}`);

  if (!data) {
    if (query.status === 'error') return <QueryErrorMessage error={query.error} onRetry={query.refetch} />;
    return <Loading />;
  }
  const actor = data.actor;
  if (!actor) {
    return (
      <div>
        <h1>{m.notFound}</h1>
        <p>
          <Link to={localize('/arbeitsbereich/akteure')}>{m.backToList}</Link>
        </p>
      </div>
    );
  }
  const changed = (text: string) => {
    setNotice(text);
    query.refetch();
  };

  return (
    <div className="ws-actor-page" data-testid="workspace-actor">
      <p>
        <Link to={localize('/arbeitsbereich/akteure')}>{m.backToList}</Link>
      </p>
      <h1>{actor.name}</h1>
      {actor.archived ? <p className="ws-alert ws-alert--warning">{m.archivedNotice}</p> : null}
      <div aria-live="polite">{notice ? <p className="ws-alert ws-alert--success">{notice}</p> : null}</div>
      {actor.viewerCanEdit && !actor.archived ? <ArchiveButton actor={actor} onArchived={() => changed(m.archivedNotice)} /> : null}
      <section aria-labelledby="actor-details-heading">
        <h2 id="actor-details-heading">{m.actorDetailsHeading}</h2>
        <ActorForm key={actor.id} initial={valuesOf(actor)} actorId={actor.id} onSaved={() => changed(m.saved)} />
      </section>
      <ContactsSection actor={actor} onChanged={changed} />
      <LinksSection actor={actor} onChanged={changed} />
      <PartnershipsSection actor={actor} onChanged={changed} />
    </div>
  );
}

function ArchiveButton({ actor, onArchived }: { actor: WorkspaceActor; onArchived: () => void }) {
  const { lang, m } = useLocalMessages(networkMessages);
  const [open, setOpen] = useState(false);
  const { busy, failure, error, run } = useMutationRun();
  const archive = async () => {
    const result = await run(async () => (await executeQuery(ArchiveActorMutation, { id: actor.id }, { lang })).archiveActor);
    if (result) {
      setOpen(false);
      onArchived();
    }
  };
  return (
    <div className="ws-actions">
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        {m.archive}
      </button>
      {open ? (
        <Dialog title={m.archiveTitle(actor.name)} onClose={() => setOpen(false)} testId="archive-dialog">
          <p>{m.archiveText}</p>
          <FormAlerts failure={failure} error={error} />
          <div className="ws-form__actions">
            <button type="button" onClick={() => void archive()} disabled={busy}>
              {m.archiveConfirm}
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              {m.cancel}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
