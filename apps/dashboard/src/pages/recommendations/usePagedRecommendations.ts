import { useCallback, useEffect, useState } from 'react';
import { executeQuery, isAbortError, isQueryError, NetworkError, type QueryError } from '../../graphql/client';
import type { ResultOf } from '../../graphql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { PublicRecommendationsQuery } from './documents';

export const PUBLIC_PAGE_SIZE = 25;

type Connection = ResultOf<typeof PublicRecommendationsQuery>['recommendations'];
export type PublicListItem = Connection['edges'][number]['node'];

export type PagedRecommendations =
  | { status: 'loading' }
  | { status: 'error'; error: QueryError; retry: () => void }
  | {
      status: 'success';
      items: PublicListItem[];
      totalCount: number;
      /** Set while a further page can be loaded. */
      loadMore: (() => void) | null;
      loadingMore: boolean;
      loadMoreError: QueryError | null;
    };

/** The public list, page by page ("load more"); starts over when the filters or the language change. */
export function usePagedRecommendations(filters: { municipality: string | null; goal: number | null }): PagedRecommendations {
  const { lang } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{
    key: string;
    items: PublicListItem[];
    totalCount: number;
    cursor: string | null;
    error: QueryError | null;
    loadingMore: boolean;
    loadMoreError: QueryError | null;
  } | null>(null);
  const key = JSON.stringify([filters.municipality, filters.goal, lang, attempt]);

  const fetchPage = useCallback(
    (after: string | null, signal?: AbortSignal) =>
      executeQuery(
        PublicRecommendationsQuery,
        { municipality: filters.municipality, goal: filters.goal, first: PUBLIC_PAGE_SIZE, after },
        { lang, signal },
      ),
    [filters.municipality, filters.goal, lang],
  );

  useEffect(() => {
    const controller = new AbortController();
    setState(null);
    fetchPage(null, controller.signal).then(
      ({ recommendations }) =>
        setState({
          key,
          items: recommendations.edges.map((edge) => edge.node),
          totalCount: recommendations.totalCount,
          cursor: recommendations.pageInfo.hasNextPage ? (recommendations.pageInfo.endCursor ?? null) : null,
          error: null,
          loadingMore: false,
          loadMoreError: null,
        }),
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const queryError = isQueryError(error) ? error : new NetworkError(String(error), { cause: error });
        setState({ key, items: [], totalCount: 0, cursor: null, error: queryError, loadingMore: false, loadMoreError: null });
      },
    );
    return () => controller.abort();
  }, [fetchPage, key]);

  const loadMore = useCallback(() => {
    const cursor = state?.cursor;
    if (!cursor) return;
    setState((current) => current && { ...current, loadingMore: true, loadMoreError: null });
    fetchPage(cursor).then(
      ({ recommendations }) =>
        setState(
          (current) =>
            current && {
              ...current,
              items: [...current.items, ...recommendations.edges.map((edge) => edge.node)],
              totalCount: recommendations.totalCount,
              cursor: recommendations.pageInfo.hasNextPage ? (recommendations.pageInfo.endCursor ?? null) : null,
              loadingMore: false,
            },
        ),
      (error: unknown) => {
        const queryError = isQueryError(error) ? error : new NetworkError(String(error), { cause: error });
        setState((current) => current && { ...current, loadingMore: false, loadMoreError: queryError });
      },
    );
  }, [fetchPage, state?.cursor]);

  if (!state || state.key !== key) return { status: 'loading' };
  if (state.error) return { status: 'error', error: state.error, retry: () => setAttempt((n) => n + 1) };
  return {
    status: 'success',
    items: state.items,
    totalCount: state.totalCount,
    loadMore: state.cursor ? loadMore : null,
    loadingMore: state.loadingMore,
    loadMoreError: state.loadMoreError,
  };
}
