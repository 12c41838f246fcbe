// The public process pages (network, actors, partnerships, events, process overview), each loaded
// when first opened so the first page load stays small.
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

export const LazyNetworkPage = lazyPage(() => import('../network/NetworkPage').then((m) => ({ default: m.NetworkPage })));
export const LazyActorPage = lazyPage(() => import('../network/ActorPage').then((m) => ({ default: m.ActorPage })));
export const LazyPartnershipsPage = lazyPage(() => import('../network/PartnershipsPage').then((m) => ({ default: m.PartnershipsPage })));
export const LazyEventListPage = lazyPage(() => import('./EventListPage').then((m) => ({ default: m.EventListPage })));
export const LazyEventDetailPage = lazyPage(() => import('./EventDetailPage').then((m) => ({ default: m.EventDetailPage })));
export const LazyProcessPage = lazyPage(() => import('./ProcessPage').then((m) => ({ default: m.ProcessPage })));
