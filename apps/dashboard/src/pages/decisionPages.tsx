// The pages for decision-makers beyond the overview and the profile, each loaded when first opened
// so the first page load stays small.
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/QueryStatus';

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

export const LazyIndicatorPage = lazyPage(() => import('./indicators/IndicatorPage').then((m) => ({ default: m.IndicatorPage })));
export const LazyGoalPage = lazyPage(() => import('./goals/GoalPage').then((m) => ({ default: m.GoalPage })));
export const LazyComparePage = lazyPage(() => import('./compare/ComparePage').then((m) => ({ default: m.ComparePage })));
export const LazyMapPage = lazyPage(() => import('./map/MapPage').then((m) => ({ default: m.MapPage })));
export const LazySourcesPage = lazyPage(() => import('./sources/SourcesPage').then((m) => ({ default: m.SourcesPage })));
export const LazyCataloguePage = lazyPage(() => import('./indicators/CataloguePage').then((m) => ({ default: m.CataloguePage })));
