// The recommendation pages, the workspace and the sign-in page load on demand, so the first page
// load stays small; the workspace also brings the workflow rules of @atlas/domain (with zod and the
// SDG catalogue).
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../../components/QueryStatus';

function withSuspense(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load);
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

export const LazyRecommendationRoutes = withSuspense(() => import('./RecommendationRoutes'));
export const LazyWorkspaceRoutes = withSuspense(() => import('../workspace/WorkspaceRoutes'));
export const LazySignInPage = withSuspense(() => import('../../auth/SignInPage').then((module) => ({ default: module.SignInPage })));
