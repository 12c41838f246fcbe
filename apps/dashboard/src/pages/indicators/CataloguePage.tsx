import { useId, useState } from 'react';
import { Link } from 'react-router';
import { componentMessages } from '../../components/messages';
import { QueryErrorMessage, QueryStatus } from '../../components/QueryStatus';
import { executeQuery, isQueryError, NetworkError, type QueryError } from '../../graphql/client';
import { readIntParam, readParam, useUrlState } from '../../components/urlState';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { catalogueMessages } from './catalogueMessages';

export const IndicatorListQuery = graphql(`
  query IndicatorList($search: String, $topic: IndicatorTopic, $goal: Int, $after: String, $lang: Language) {
    indicators(first: 50, after: $after, search: $search, topic: $topic, goal: $goal) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          title(lang: $lang)
          unit(lang: $lang)
          topic
          inferredByHand
          goals {
            id
            number
          }
        }
      }
    }
  }
`);

type Page = ResultOf<typeof IndicatorListQuery>['indicators'];
type Topic = Page['edges'][number]['node']['topic'];
const TOPICS: readonly Topic[] = ['SDG_MUNICIPAL', 'SUSTAINABILITY_STRATEGY', 'STRUCTURE'];

/** The indicator catalogue with search and filters in the URL (?suche=, ?thema=, ?ziel=). */
export function CataloguePage() {
  const { t, m } = useLocalMessages(catalogueMessages);
  const topicNames = useLocalMessages(componentMessages).m.topic;
  const { search, update } = useUrlState();
  useDocumentTitle(`${m.title} – ${t.appName}`);
  const text = readParam(search, 'suche') ?? '';
  const topicParam = readParam(search, 'thema');
  const topic = TOPICS.find((candidate) => candidate === topicParam) ?? null;
  const goal = readIntParam(search, 'ziel') ?? null;
  const searchId = useId();
  const topicId = useId();
  const goalId = useId();
  return (
    <>
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <form className="controls" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={searchId}>{m.searchLabel}</label>
          <input id={searchId} type="search" defaultValue={text} onChange={(event) => update({ suche: event.target.value.trim() })} />
        </div>
        <div className="field">
          <label htmlFor={topicId}>{m.topicLabel}</label>
          <select id={topicId} value={topic ?? ''} onChange={(event) => update({ thema: event.target.value })}>
            <option value="">{m.allTopics}</option>
            {TOPICS.map((value) => (
              <option key={value} value={value}>
                {topicNames[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={goalId}>{m.goalLabel}</label>
          <select id={goalId} value={goal ?? ''} onChange={(event) => update({ ziel: event.target.value })}>
            <option value="">{m.allGoals}</option>
            {Array.from({ length: 17 }, (_, i) => i + 1).map((number) => (
              <option key={number} value={number}>
                {t.goalLabel(String(number))}
              </option>
            ))}
          </select>
        </div>
      </form>
      <IndicatorResults filter={{ search: text || null, topic, goal }} />
    </>
  );
}

type Filter = { search: string | null; topic: Topic | null; goal: number | null };

function IndicatorResults({ filter }: { filter: Filter }) {
  const { lang } = useLocalMessages(catalogueMessages);
  const query = useQuery(IndicatorListQuery, { ...filter, after: null, lang: toApiLanguage(lang) });
  return <QueryStatus query={query}>{(data) => <ResultTable firstPage={data.indicators} filter={filter} />}</QueryStatus>;
}

/** The first page, and further pages appended by "load more" (the cursor is not part of the URL). */
function ResultTable({ firstPage, filter }: { firstPage: Page; filter: Filter }) {
  const { lang, t, m, localize } = useLocalMessages(catalogueMessages);
  const topicNames = useLocalMessages(componentMessages).m.topic;
  const [more, setMore] = useState<Page[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<QueryError | null>(null);
  const last = more.at(-1) ?? firstPage;
  const edges = [firstPage, ...more].flatMap((page) => page.edges);

  const loadMore = async () => {
    setLoading(true);
    setError(null);
    try {
      const data = await executeQuery(IndicatorListQuery, { ...filter, after: last.pageInfo.endCursor, lang: toApiLanguage(lang) }, { lang });
      setMore((pages) => [...pages, data.indicators]);
    } catch (caught) {
      setError(isQueryError(caught) ? caught : new NetworkError(String(caught), { cause: caught }));
    } finally {
      setLoading(false);
    }
  };

  if (firstPage.totalCount === 0) return <p role="status">{m.none}</p>;
  return (
    <>
      <p role="status" data-testid="catalogue-count">
        {m.resultCount(firstPage.totalCount)}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={m.tableCaption}>
        <table data-testid="catalogue-table">
          <caption>{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.indicatorColumn}</th>
              <th scope="col">{m.topicColumn}</th>
              <th scope="col">{m.unitColumn}</th>
              <th scope="col">{m.goalsColumn}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <tr key={node.key}>
                <th scope="row">
                  <Link to={localize(`/indikator/${encodeURIComponent(node.key)}`)}>{node.title}</Link>
                  {node.inferredByHand ? <span className="tag">{m.inferred}</span> : null}
                </th>
                <td>{topicNames[node.topic]}</td>
                <td>{node.unit}</td>
                <td>{node.goals.map((goal) => t.goalLabel(String(goal.number))).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error ? <QueryErrorMessage error={error} onRetry={() => void loadMore()} /> : null}
      {last.pageInfo.hasNextPage ? (
        <button type="button" onClick={() => void loadMore()} disabled={loading} data-testid="catalogue-more">
          {m.loadMore}
        </button>
      ) : null}
    </>
  );
}
