import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Loading, QueryErrorMessage } from '../../../components/QueryStatus';
import { useUrlState } from '../../../components/urlState';
import { useQuery } from '../../../graphql/useQuery';
import { formatDecimal } from '../../../i18n/format';
import { toApiLanguage } from '../../../i18n/language';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ActorNetworkQuery, NetworkFilterOptionsQuery } from './documents';
import { networkFilterParams, networkFiltersFromSearch, NO_NETWORK_FILTERS, type NetworkFilters } from './filters';
import { layoutRing, SECTOR_COLORS, SECTOR_ORDER } from './layout';
import { networkMessages } from './messages';
import '../events/events.css';
import './network.css';
import { NetworkGraph } from './NetworkGraph';

/** `/netzwerk`: the actors and their links as a graph and as a table, filtered by sector, place and SDG. */
export function NetworkPage() {
  const { m, t, lang, localize } = useLocalMessages(networkMessages);
  useDocumentTitle(`${m.networkTitle} – ${t.appName}`);
  const { search, update } = useUrlState();
  const filters = networkFiltersFromSearch(search);
  const network = useQuery(ActorNetworkQuery, filters);

  return (
    <div className="net-page">
      <h1>{m.networkTitle}</h1>
      <p className="lead">{m.networkIntro}</p>
      <NetworkFilterForm filters={filters} onApply={(next) => update(networkFilterParams(next))} />

      <section aria-labelledby="net-result-heading" aria-busy={network.status === 'loading'}>
        <h2 id="net-result-heading" className="visually-hidden">
          {m.networkTitle}
        </h2>
        {network.status === 'loading' ? <Loading /> : null}
        {network.status === 'error' ? <QueryErrorMessage error={network.error} onRetry={network.refetch} /> : null}
        {network.status === 'success'
          ? (() => {
              const nodes = network.data.actorNetwork.nodes.map((n) => ({ ...n.actor, degree: n.degree, bridging: n.bridging }));
              const edges = network.data.actorNetwork.edges;
              const layout = layoutRing(nodes, edges);
              const sectors = SECTOR_ORDER.filter((sector) => nodes.some((node) => node.sector === sector));
              return (
                <>
                  <p role="status" data-testid="network-summary">
                    {m.summary(nodes.length, edges.length)}
                  </p>
                  {nodes.length === 0 ? (
                    <p>{m.noActors}</p>
                  ) : (
                    <>
                      <div className="net-view">
                        <NetworkGraph layout={layout} linkCount={edges.length} />
                        <div className="net-legend" data-testid="network-legend">
                          <h3>{m.legendHeading}</h3>
                          <ul>
                            {sectors.map((sector) => (
                              <li key={sector}>
                                <span className="net-legend__swatch" style={{ background: SECTOR_COLORS[sector] }} aria-hidden="true" />
                                {m.sector[sector]}
                              </li>
                            ))}
                          </ul>
                        </div>
                      </div>
                      <h3 id="net-table-heading">{m.tableHeading}</h3>
                      <p className="net-help">{m.bridgingHelp}</p>
                      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="net-table-heading">
                        <table className="net-table" data-testid="network-table">
                          <caption className="visually-hidden">{m.tableHeading}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{m.columnNumber}</th>
                              <th scope="col">{m.columnActor}</th>
                              <th scope="col">{m.columnSector}</th>
                              <th scope="col">{m.columnMunicipality}</th>
                              <th scope="col" className="num">
                                {m.columnDegree}
                              </th>
                              <th scope="col" className="num">
                                {m.columnBridging}
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {layout.nodes.map(({ node, number }) => (
                              <tr key={node.id}>
                                <td>{number}</td>
                                <th scope="row">
                                  <Link to={localize(`/netzwerk/akteure/${encodeURIComponent(node.id)}`)}>{node.name}</Link>
                                </th>
                                <td>{m.sector[node.sector]}</td>
                                <td>{node.municipality?.name ?? m.wholeRegion}</td>
                                <td className="num">{node.degree}</td>
                                <td className="num">{formatDecimal(node.bridging, lang, 2)}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </>
                  )}
                </>
              );
            })()
          : null}
      </section>
    </div>
  );
}

/** Sector, place and SDG; applied on submit, so moving through a select does not reload the graph. */
function NetworkFilterForm({ filters, onApply }: { filters: NetworkFilters; onApply: (filters: NetworkFilters) => void }) {
  const { m, lang } = useLocalMessages(networkMessages);
  const options = useQuery(NetworkFilterOptionsQuery, { lang: toApiLanguage(lang) });
  const [draft, setDraft] = useState(filters);
  const filtersKey = JSON.stringify(filters);
  const [shownKey, setShownKey] = useState(filtersKey);
  // The URL changed (back button, a link): show what it says.
  if (shownKey !== filtersKey) {
    setShownKey(filtersKey);
    setDraft(filters);
  }
  const municipalities = options.status === 'success' ? options.data.municipalities : [];
  const goals = options.status === 'success' ? [...options.data.sdgGoals].sort((a, b) => a.number - b.number) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form className="process-filters" onSubmit={submit} role="search" aria-label={m.filterHeading}>
      <label className="process-filters__field">
        <span>{m.sectorLabel}</span>
        <select name="sector" value={draft.sector ?? ''} onChange={(event) => setDraft({ ...draft, sector: SECTOR_ORDER.find((s) => s === event.target.value) ?? null })}>
          <option value="">{m.allSectors}</option>
          {SECTOR_ORDER.map((sector) => (
            <option key={sector} value={sector}>
              {m.sector[sector]}
            </option>
          ))}
        </select>
      </label>
      <label className="process-filters__field">
        <span>{m.municipalityLabel}</span>
        <select name="municipality" value={draft.municipality ?? ''} onChange={(event) => setDraft({ ...draft, municipality: event.target.value || null })}>
          <option value="">{m.allMunicipalities}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.ags} value={municipality.ags}>
              {municipality.name}
            </option>
          ))}
          {draft.municipality && !municipalities.some((x) => x.ags === draft.municipality) ? <option value={draft.municipality}>{draft.municipality}</option> : null}
        </select>
      </label>
      <label className="process-filters__field">
        <span>{m.goalLabel}</span>
        <select name="goal" value={draft.goal ?? ''} onChange={(event) => setDraft({ ...draft, goal: event.target.value ? Number(event.target.value) : null })}>
          <option value="">{m.allGoals}</option>
          {goals.map((goal) => (
            <option key={goal.number} value={goal.number}>
              {m.goalOption(goal.number, goal.shortTitle)}
            </option>
          ))}
          {draft.goal !== null && !goals.some((goal) => goal.number === draft.goal) ? <option value={draft.goal}>{draft.goal}</option> : null}
        </select>
      </label>
      <div className="process-filters__actions">
        <button type="submit">{m.applyFilters}</button>
        <button type="button" className="process-button-secondary" onClick={() => onApply(NO_NETWORK_FILTERS)}>
          {m.resetFilters}
        </button>
      </div>
    </form>
  );
}
