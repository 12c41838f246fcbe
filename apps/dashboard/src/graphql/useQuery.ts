import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { SchemaCheckedDocument } from './checked';
import { executeQuery, isAbortError, isQueryError, NetworkError, type QueryError } from './client';

export type QueryResult<Result> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: QueryError }
  | { status: 'success'; data: Result; error: undefined };

export type UseQueryResult<Result> = QueryResult<Result> & { refetch: () => void };

const LOADING = { status: 'loading', data: undefined, error: undefined } as const;

/**
 * Runs `document` and re-runs it when the variables, the UI language or the document change, or
 * when `refetch` is called. A request that is superseded or whose component unmounts is aborted.
 */
export function useQuery<Result, Variables>(
  document: SchemaCheckedDocument<Result, Variables>,
  variables: Variables,
): UseQueryResult<Result> {
  const { lang } = useI18n();
  // Variables are usually an inline object literal: compare them by value, not identity.
  const variablesKey = JSON.stringify(variables ?? null);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; result: QueryResult<Result> }>({
    key: '',
    result: LOADING,
  });
  const requestKey = `${lang}\u0000${attempt}\u0000${variablesKey}`;

  useEffect(() => {
    const controller = new AbortController();
    setState({ key: requestKey, result: LOADING });
    executeQuery(document, JSON.parse(variablesKey) as Variables, { lang, signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key: requestKey, result: { status: 'success', data, error: undefined } });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const queryError = isQueryError(error) ? error : new NetworkError(String(error), { cause: error });
        setState({ key: requestKey, result: { status: 'error', data: undefined, error: queryError } });
      },
    );
    return () => controller.abort();
  }, [document, variablesKey, lang, requestKey]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  // Until the effect for new variables has run, never show the previous variables' data.
  const result = state.key === requestKey ? state.result : LOADING;
  return { ...result, refetch };
}
