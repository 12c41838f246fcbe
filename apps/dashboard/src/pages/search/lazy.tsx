// The search page loads on demand, so the first page load stays small.
import { lazy, Suspense } from 'react';
import { Loading } from '../../components/QueryStatus';

const Page = lazy(() => import('./SearchPage').then((m) => ({ default: m.SearchPage })));

export function LazySearchPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
