// The public process pages load on demand, so the first page load stays small.
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../../../components/QueryStatus';

function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

export const LazyFindingsPage = lazyPage(() => import('./FindingsPage').then((m) => ({ default: m.FindingsPage })));
export const LazyCirclesPage = lazyPage(() => import('./CirclesPage').then((m) => ({ default: m.CirclesPage })));
export const LazyCirclePage = lazyPage(() => import('./CirclePage').then((m) => ({ default: m.CirclePage })));
