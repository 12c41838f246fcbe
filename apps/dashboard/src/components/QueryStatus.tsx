import type { ReactNode } from 'react';
import type { QueryError } from '../graphql/client';
import type { UseQueryResult } from '../graphql/useQuery';
import { useI18n } from '../i18n/useI18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {label ?? t.loading}
    </p>
  );
}

export function QueryErrorMessage({ error, onRetry }: { error: QueryError; onRetry: () => void }) {
  const { t } = useI18n();
  const detail = error.kind === 'network' ? `${t.networkErrorPrefix}: ${error.message}` : error.message;
  return (
    <div className="query-error" role="alert">
      <p className="query-error__heading">{t.errorHeading}</p>
      <p className="query-error__detail">{detail}</p>
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

/** Renders the loading or error state of a query, or `children(data)` once it has succeeded. */
export function QueryStatus<Result>({
  query,
  children,
}: {
  query: UseQueryResult<Result>;
  children: (data: Result) => ReactNode;
}) {
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') return <QueryErrorMessage error={query.error} onRetry={query.refetch} />;
  return <>{children(query.data)}</>;
}
