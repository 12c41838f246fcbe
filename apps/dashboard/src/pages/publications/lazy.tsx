// The publication pages load on demand, so the first page load stays small.
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../../components/QueryStatus';

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

export const LazyPublicationsPage = lazyPage(() => import('./PublicationsPage').then((m) => ({ default: m.PublicationsPage })));
export const LazyPublicationPage = lazyPage(() => import('./PublicationPage').then((m) => ({ default: m.PublicationPage })));
export const LazyImprintPage = lazyPage(() => import('./PublicationPage').then((m) => ({ default: m.ImprintPage })));
export const LazyPrivacyPage = lazyPage(() => import('./PublicationPage').then((m) => ({ default: m.PrivacyPage })));
export const LazyRegionalConferencePage = lazyPage(() => import('./RegionalConferencePage').then((m) => ({ default: m.RegionalConferencePage })));
