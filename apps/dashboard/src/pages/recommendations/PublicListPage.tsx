import { useLocation, useNavigate } from 'react-router';
import { Loading, QueryErrorMessage } from '../../components/QueryStatus';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { feedUrl } from './feeds';
import { FeedLink } from './FeedLink';
import { FilterForm } from './FilterForm';
import { filtersFromSearch, searchWithFilters } from './filters';
import { recommendationMessages } from './messages';
import { ProgressOverview } from './ProgressOverview';
import { RecommendationCard } from './RecommendationCard';
import { usePagedRecommendations } from './usePagedRecommendations';

/** `/empfehlungen`: the published recommendations with filters, the progress roll-ups and the feeds. */
export function PublicListPage() {
  const { m, t, localize } = useLocalMessages(recommendationMessages);
  useDocumentTitle(`${m.listTitle} – ${t.appName}`);
  const location = useLocation();
  const navigate = useNavigate();
  const filters = filtersFromSearch(location.search);
  const list = usePagedRecommendations(filters);
  const filtered = filters.municipality !== null || filters.goal !== null;

  return (
    <div className="rec-page">
      <h1>{m.listTitle}</h1>
      <p className="lead">{m.listIntro}</p>

      <FilterForm
        filters={filters}
        onApply={(next) => void navigate({ pathname: location.pathname, search: searchWithFilters(location.search, next) })}
      />

      <section aria-labelledby="rec-results-heading" aria-busy={list.status === 'loading'}>
        <h2 id="rec-results-heading" className="visually-hidden">
          {m.listTitle}
        </h2>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'error' ? <QueryErrorMessage error={list.error} onRetry={list.retry} /> : null}
        {list.status === 'success' ? (
          <>
            <p className="rec-count" role="status" data-testid="recommendation-count">
              {m.resultCount(list.totalCount)}
            </p>
            {list.items.length === 0 ? (
              <p>{m.noResults}</p>
            ) : (
              <ul className="rec-list">
                {list.items.map((item) => (
                  <li key={item.id}>
                    <RecommendationCard recommendation={item} href={localize(`/empfehlungen/${encodeURIComponent(item.id)}`)} />
                  </li>
                ))}
              </ul>
            )}
            {list.loadMoreError ? <QueryErrorMessage error={list.loadMoreError} onRetry={() => list.loadMore?.()} /> : null}
            {list.loadMore ? (
              <button type="button" className="button-secondary" onClick={list.loadMore} disabled={list.loadingMore}>
                {list.loadingMore ? t.loading : m.loadMore}
              </button>
            ) : null}
          </>
        ) : null}
      </section>

      <ProgressOverview />

      <section aria-labelledby="rec-feeds-heading" className="rec-feeds">
        <h2 id="rec-feeds-heading">{m.feedsHeading}</h2>
        <p>{m.feedHelp}</p>
        <ul>
          <li>
            <FeedLink href={feedUrl({})} title={m.feedTitle(m.allMunicipalities)} text={m.feedAll} />
          </li>
          {filtered ? (
            <li>
              <FeedLink href={feedUrl(filters)} title={m.feedTitle(m.feedFiltered)} text={m.feedFiltered} />
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  );
}
