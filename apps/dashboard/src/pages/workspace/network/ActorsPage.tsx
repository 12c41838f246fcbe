import { actorSectors, enumLabels } from '@atlas/domain';
import type { ActorSector } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { QueryStatus } from '../../../components/QueryStatus';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ActorForm, EMPTY_ACTOR } from './ActorForm';
import { ACTORS_PAGE_SIZE, NetworkOptionsQuery, WorkspaceActorsQuery } from './documents';
import { networkMessages } from './messages';
import './network.css';

interface Filters {
  search: string;
  sector: ActorSector | '';
  municipality: string;
  /** SDG number, '' for all. */
  goal: string;
  includeArchived: boolean;
}

const NO_FILTERS: Filters = { search: '', sector: '', municipality: '', goal: '', includeArchived: false };

export const actorPath = (id: string) => `/arbeitsbereich/akteure/${encodeURIComponent(id)}`;

/** `/arbeitsbereich/akteure`: the actors of the region with search, sector and municipality filters, page by page. */
export function ActorsPage() {
  const { lang, m, t, localize } = useLocalMessages(networkMessages);
  useDocumentTitle(`${m.actorsTitle} – ${t.appName}`);
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // Cursors of the pages before the current one, for "previous"; the last is the current page's.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const options = useQuery(NetworkOptionsQuery, {});
  const query = useQuery(WorkspaceActorsQuery, {
    search: filters.search.trim() || null,
    sector: filters.sector || null,
    municipality: filters.municipality || null,
    goal: filters.goal ? Number(filters.goal) : null,
    includeArchived: filters.includeArchived,
    first: ACTORS_PAGE_SIZE,
    after,
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setCursors([null]);
  };

  const municipalities = options.status === 'success' ? options.data.municipalities : [];
  const goals = options.status === 'success' ? options.data.sdgGoals : [];

  return (
    <div className="ws-network-page">
      <h1>{m.actorsTitle}</h1>
      <p className="ws-actions">
        <Link className="button-link" to={localize('/arbeitsbereich/akteure/neu')}>
          {m.newActor}
        </Link>
        <Link to={localize('/arbeitsbereich/akteure/import')}>{m.navActorImport}</Link>
      </p>
      <form className="ws-filters" onSubmit={apply} role="search" aria-label={m.filter}>
        <label className="ws-field">
          <span className="ws-field__label">{m.searchLabel}</span>
          <input type="search" name="search" value={draft.search} onChange={(event) => setDraft({ ...draft, search: event.target.value })} />
        </label>
        <label className="ws-field">
          <span className="ws-field__label">{m.sectorLabel}</span>
          <select name="sector" value={draft.sector} onChange={(event) => setDraft({ ...draft, sector: event.target.value as ActorSector | '' })}>
            <option value="">{m.allSectors}</option>
            {actorSectors.map((sector) => (
              <option key={sector} value={sector}>
                {enumLabels.ActorSector[sector][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="ws-field">
          <span className="ws-field__label">{m.municipalityLabel}</span>
          <select name="municipality" value={draft.municipality} onChange={(event) => setDraft({ ...draft, municipality: event.target.value })}>
            <option value="">{m.allMunicipalities}</option>
            {municipalities.map((municipality) => (
              <option key={municipality.ags} value={municipality.ags}>
                {municipality.name}
              </option>
            ))}
          </select>
        </label>
        <label className="ws-field">
          <span className="ws-field__label">{m.goalLabel}</span>
          <select name="goal" value={draft.goal} onChange={(event) => setDraft({ ...draft, goal: event.target.value })}>
            <option value="">{m.allGoals}</option>
            {goals.map((goal) => (
              <option key={goal.number} value={goal.number}>
                {goal.number} {goal.shortTitle}
              </option>
            ))}
          </select>
        </label>
        <label className="ws-radio">
          <input type="checkbox" name="includeArchived" checked={draft.includeArchived} onChange={(event) => setDraft({ ...draft, includeArchived: event.target.checked })} />
          {m.includeArchived}
        </label>
        <div className="ws-form__actions">
          <button type="submit">{m.filter}</button>
        </div>
      </form>
      <QueryStatus query={query}>
        {({ actors }) => (
          <ActorTable
            actors={actors.edges.map((edge) => edge.node)}
            total={actors.totalCount}
            offset={(cursors.length - 1) * ACTORS_PAGE_SIZE}
            onPrevious={cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : null}
            onNext={actors.pageInfo.hasNextPage && actors.pageInfo.endCursor ? () => setCursors([...cursors, actors.pageInfo.endCursor ?? null]) : null}
          />
        )}
      </QueryStatus>
    </div>
  );
}

type ActorRow = { id: string; name: string; sector: ActorSector; archived: boolean; municipality: { ags: string; name: string } | null };

function ActorTable({
  actors,
  total,
  offset,
  onPrevious,
  onNext,
}: {
  actors: readonly ActorRow[];
  total: number;
  offset: number;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
}) {
  const { lang, m, localize } = useLocalMessages(networkMessages);
  if (!actors.length) return <p data-testid="actors-empty">{m.noActors}</p>;
  return (
    <>
      <p aria-live="polite" data-testid="actors-count">
        {m.count(offset + actors.length, total)}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={m.actorsCaption}>
        <table data-testid="actors-table">
          <caption>{m.actorsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columnName}</th>
              <th scope="col">{m.columnSector}</th>
              <th scope="col">{m.columnMunicipality}</th>
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor.id}>
                <th scope="row">
                  <Link to={localize(actorPath(actor.id))}>{actor.name}</Link>
                  {actor.archived ? <span className="ws-badge">{m.archivedBadge}</span> : null}
                </th>
                <td>{enumLabels.ActorSector[actor.sector][lang]}</td>
                <td>{actor.municipality?.name ?? m.wholeRegion}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {onPrevious || onNext ? (
        <nav className="ws-actions" aria-label={m.actorsCaption}>
          <button type="button" className="button-secondary" onClick={onPrevious ?? undefined} disabled={!onPrevious}>
            {m.previousPage}
          </button>
          <button type="button" className="button-secondary" onClick={onNext ?? undefined} disabled={!onNext}>
            {m.nextPage}
          </button>
        </nav>
      ) : null}
    </>
  );
}

/** `/arbeitsbereich/akteure/neu`: a new actor; on success its page. */
export function NewActorPage() {
  const { m, t, localize } = useLocalMessages(networkMessages);
  useDocumentTitle(`${m.newActorTitle} – ${t.appName}`);
  const [savedId, setSavedId] = useState<string | null>(null);
  if (savedId) return <Navigate to={localize(actorPath(savedId))} />;
  return (
    <div className="ws-form-page">
      <h1>{m.newActorTitle}</h1>
      <ActorForm initial={EMPTY_ACTOR} actorId={null} onSaved={setSavedId} />
    </div>
  );
}
