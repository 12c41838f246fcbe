import { useRef } from 'react';
import type { UseQueryResult } from '../../graphql/useQuery';

/**
 * The last successful data of a query, kept while it reloads, so an open dialog or form is not
 * unmounted (and its input lost) when the page reloads the record after a save or a conflict.
 */
export function useLatestData<Result>(query: UseQueryResult<Result>): Result | undefined {
  const latest = useRef<Result | undefined>(undefined);
  if (query.status === 'success') latest.current = query.data;
  return latest.current;
}
