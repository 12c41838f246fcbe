import { Link, useLocation, useNavigate } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import type { ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatIsoDate } from '../../i18n/format';
import { localeOf, searchWithLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { FilterForm } from '../recommendations/FilterForm';
import {
  filtersFromSearch,
  RECOMMENDATION_STATUSES,
  searchWithFilters,
  SORT_KEYS,
  sortRecommendations,
  type RecommendationFilters,
  type SortKey,
} from '../recommendations/filters';
import { recommendationMessages } from '../recommendations/messages';
import { ProgressBar } from '../recommendations/ProgressBar';
import { RecommendationCard } from '../recommendations/RecommendationCard';
import { StatusBadge } from '../recommendations/StatusBadge';
import { BOARD_PAGE_SIZE, WorkspaceRecommendationsQuery } from './documents';
import { workspaceMessages } from './messages';

type Item = ResultOf<typeof WorkspaceRecommendationsQuery>['recommendations']['edges'][number]['node'];

/** `/arbeitsbereich/empfehlungen`: a column per status, or a sortable table; filters and view in the URL. */
export function BoardPage() {
  const { lang, m, t, localize } = useLocalMessages(workspaceMessages);
  useDocumentTitle(`${m.boardTitle} – ${t.appName}`);
  const location = useLocation();
  const navigate = useNavigate();
  const filters = filtersFromSearch(location.search);
  const query = useQuery(WorkspaceRecommendationsQuery, {
    municipality: filters.municipality,
    goal: filters.goal,
    status: filters.statuses.length ? filters.statuses : null,
    search: filters.search || null,
    first: BOARD_PAGE_SIZE,
  });
  const apply = (next: RecommendationFilters) => void navigate({ pathname: location.pathname, search: searchWithFilters(location.search, next) });
  const viewHref = (view: RecommendationFilters['view']) => `${location.pathname}${searchWithFilters(location.search, { ...filters, view })}`;
  const detailHref = (id: string) => localize(`/arbeitsbereich/empfehlungen/${encodeURIComponent(id)}`);

  return (
    <div className="ws-board-page">
      <h1>{m.boardTitle}</h1>
      <FilterForm filters={filters} onApply={apply} full statusLabel={m.statusFilterLabel} searchLabel={m.searchLabel} />
      <nav className="ws-view-switch" aria-label={m.viewLabel}>
        <Link to={viewHref('board')} aria-current={filters.view === 'board' ? 'page' : undefined}>
          {m.viewBoard}
        </Link>
        <Link to={viewHref('table')} aria-current={filters.view === 'table' ? 'page' : undefined}>
          {m.viewTable}
        </Link>
      </nav>
      <QueryStatus query={query}>
        {({ recommendations }) => {
          const items = recommendations.edges.map((edge) => edge.node);
          return (
            <>
              <p className="rec-count" role="status">
                {recommendations.totalCount > items.length ? m.truncated(items.length, recommendations.totalCount) : m.cardCount(items.length)}
              </p>
              {filters.view === 'board' ? (
                <Board items={items} detailHref={detailHref} />
              ) : (
                <RecommendationTable items={items} filters={filters} detailHref={detailHref} locale={localeOf(lang)} />
              )}
            </>
          );
        }}
      </QueryStatus>
      <p>
        <Link to={`/arbeitsbereich/empfehlungen/neu${searchWithLanguage('', lang)}`}>{m.navNew}</Link>
      </p>
    </div>
  );
}

function Board({ items, detailHref }: { items: Item[]; detailHref: (id: string) => string }) {
  const { m } = useLocalMessages(workspaceMessages);
  const { m: r } = useLocalMessages(recommendationMessages);
  return (
    <div className="ws-board" data-testid="board">
      {RECOMMENDATION_STATUSES.map((status) => {
        const column = items.filter((item) => item.status === status);
        return (
          <section key={status} className="ws-board__column" aria-labelledby={`ws-column-${status}`} data-testid={`board-column-${status}`}>
            <h2 id={`ws-column-${status}`} className="ws-board__heading">
              {r.status[status]} <span className="ws-board__count">({column.length})</span>
            </h2>
            {column.length === 0 ? (
              <p className="ws-board__empty">{m.columnEmpty}</p>
            ) : (
              <ul className="rec-list">
                {column.map((item) => (
                  <li key={item.id}>
                    <RecommendationCard recommendation={item} href={detailHref(item.id)} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function RecommendationTable({
  items,
  filters,
  detailHref,
  locale,
}: {
  items: Item[];
  filters: RecommendationFilters;
  detailHref: (id: string) => string;
  locale: string;
}) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const { m: r } = useLocalMessages(recommendationMessages);
  const location = useLocation();
  const sorted = sortRecommendations(
    items.map((item) => ({ ...item, municipalityName: item.municipality?.name ?? r.wholeRegion, progress: item.rolledUpProgress })),
    filters.sort,
    filters.direction,
    locale,
  );
  const sortHref = (key: SortKey) => {
    const direction = filters.sort === key && filters.direction === 'asc' ? 'desc' : 'asc';
    return `${location.pathname}${searchWithFilters(location.search, { ...filters, sort: key, direction })}`;
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={m.tableCaption}>
      <table className="ws-table" data-testid="recommendation-table">
        <caption>{m.tableCaption}</caption>
        <thead>
          <tr>
            {SORT_KEYS.map((key) => {
              const active = filters.sort === key;
              return (
                <th key={key} scope="col" aria-sort={active ? (filters.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <Link to={sortHref(key)}>
                    {m.sortBy[key]}
                    {active ? (
                      <>
                        <span aria-hidden="true">{filters.direction === 'asc' ? ' ▲' : ' ▼'}</span>
                        <span className="visually-hidden"> ({filters.direction === 'asc' ? m.sortAscending : m.sortDescending})</span>
                      </>
                    ) : null}
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={detailHref(item.id)}>{item.title}</Link>
              </th>
              <td>{item.municipalityName}</td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td>
                <ProgressBar value={item.progress} />
              </td>
              <td>{item.dueDate ? formatIsoDate(item.dueDate, lang) : r.noDueDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
