// /suche?q=…&art=…: hits of the search over everything the visitor may see, best first, each with
// its kind, the words around the match and a link to its page. More hits load below on request.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Loading, QueryErrorMessage } from '../../components/QueryStatus';
import { readParam, useUrlState } from '../../components/urlState';
import { useQuery } from '../../graphql/useQuery';
import { formatIsoDate } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { SearchPageQuery } from './documents';
import { hitPath, inLanguage, type SearchNode } from './links';
import { SEARCH_KINDS, SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH, searchMessages, type SearchKind } from './messages';
import './search.css';

const isKind = (value: string | undefined): value is SearchKind => (SEARCH_KINDS as readonly string[]).includes(value ?? '');

export function SearchPage() {
  const { m, t } = useLocalMessages(searchMessages);
  const { search, update } = useUrlState();
  const query = (readParam(search, 'q') ?? '').slice(0, SEARCH_MAX_LENGTH);
  const kindParam = readParam(search, 'art');
  const kind = isKind(kindParam) ? kindParam : null;
  useDocumentTitle(`${m.documentTitle(query)} – ${t.appName}`);

  return (
    <div className="search-page">
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <SearchForm key={`${query}\u0000${kind ?? ''}`} query={query} kind={kind} onApply={(next) => update({ q: next.query, art: next.kind })} />
      {query.length >= SEARCH_MIN_LENGTH ? (
        // A new search starts with its first page again.
        <SearchResults key={`${query}\u0000${kind ?? ''}`} query={query} kind={kind} />
      ) : query ? (
        <p role="status">{m.tooShort(SEARCH_MIN_LENGTH)}</p>
      ) : null}
    </div>
  );
}

function SearchForm({ query, kind, onApply }: { query: string; kind: SearchKind | null; onApply: (next: { query: string; kind: SearchKind | null }) => void }) {
  const { m } = useLocalMessages(searchMessages);
  const [text, setText] = useState(query);
  const [selected, setSelected] = useState<SearchKind | null>(kind);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ query: text.trim(), kind: selected });
  };
  return (
    <form className="search-form" role="search" aria-label={m.title} onSubmit={submit}>
      <div className="search-form__field search-form__field--text">
        <label htmlFor="search-page-text">{m.fieldLabel}</label>
        <input id="search-page-text" type="search" value={text} maxLength={SEARCH_MAX_LENGTH} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="search-form__field">
        <label htmlFor="search-page-kind">{m.kindLabel}</label>
        <select id="search-page-kind" value={selected ?? ''} onChange={(event) => setSelected(isKind(event.target.value) ? event.target.value : null)}>
          <option value="">{m.allKinds}</option>
          {SEARCH_KINDS.map((value) => (
            <option key={value} value={value}>
              {m.kind[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{m.submit}</button>
    </form>
  );
}

type Page = NonNullable<ReturnType<typeof useSearchPage>['data']>['search'];
type Edge = Page['edges'][number];

function useSearchPage(query: string, kind: SearchKind | null, after: string | null) {
  const { lang } = useLocalMessages(searchMessages);
  return useQuery(SearchPageQuery, { query, kinds: kind ? [kind] : null, after, lang: toApiLanguage(lang) });
}

function SearchResults({ query, kind }: { query: string; kind: SearchKind | null }) {
  const { m } = useLocalMessages(searchMessages);
  // Cursors of the pages loaded so far: null is the first page.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <section className="search-results" aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="visually-hidden">
        {m.title}
      </h2>
      {cursors.map((cursor, index) => (
        <ResultPage
          key={cursor ?? ''}
          query={query}
          kind={kind}
          after={cursor}
          isFirst={index === 0}
          isLast={index === cursors.length - 1}
          onMore={(next) => setCursors((current) => [...current, next])}
        />
      ))}
    </section>
  );
}

function ResultPage(props: { query: string; kind: SearchKind | null; after: string | null; isFirst: boolean; isLast: boolean; onMore: (cursor: string) => void }) {
  const { m } = useLocalMessages(searchMessages);
  const result = useSearchPage(props.query, props.kind, props.after);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <QueryErrorMessage error={result.error} onRetry={result.refetch} />;
  const page: Page = result.data.search;
  const endCursor = page.pageInfo.endCursor;
  return (
    <>
      {props.isFirst ? (
        <p role="status" data-testid="search-count">
          {page.totalCount === 0 ? m.noResults : m.resultCount(page.totalCount, props.query)}
        </p>
      ) : null}
      {page.edges.length > 0 ? (
        <ol className="search-hits">
          {page.edges.map((edge) => (
            <SearchHitItem key={edge.cursor} edge={edge} />
          ))}
        </ol>
      ) : null}
      {props.isLast && page.pageInfo.hasNextPage && endCursor ? (
        <button type="button" className="search-more" onClick={() => props.onMore(endCursor)}>
          {m.loadMore}
        </button>
      ) : null}
    </>
  );
}

function SearchHitItem({ edge }: { edge: Edge }) {
  const { m, lang } = useLocalMessages(searchMessages);
  const hit = edge.node;
  const node = hit.node;
  const place = 'municipality' in node ? (node.municipality?.name ?? m.wholeRegion) : null;
  return (
    <li className="search-hit" data-testid="search-hit" data-kind={hit.kind}>
      <p className="search-hit__meta">
        <span className={`search-kind search-kind--${hit.kind.toLowerCase()}`}>{m.kind[hit.kind]}</span>
        {place ? <span>{place}</span> : null}
        {node.__typename === 'Event' ? <time dateTime={node.date}>{formatIsoDate(node.date, lang)}</time> : null}
      </p>
      <h3 className="search-hit__title">
        <Link to={inLanguage(hitPath(node as SearchNode), lang)}>{hit.title || m.kind[hit.kind]}</Link>
      </h3>
      <p className="search-hit__snippet">
        {hit.snippetParts.map((part, index) => (part.highlighted ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
      </p>
    </li>
  );
}
