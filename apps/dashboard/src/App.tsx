import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { LazyCataloguePage, LazyComparePage, LazyGoalPage, LazyIndicatorPage, LazyMapPage, LazySourcesPage } from './pages/decisionPages';
import { MunicipalityPage } from './pages/municipality/MunicipalityPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { LazyRecommendationRoutes, LazySignInPage, LazyWorkspaceRoutes } from './pages/recommendations/lazy';

/** Routes: the region overview at `/`, the pages listed in README.md (Routes), anything else not found. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="kommune/:ags" element={<MunicipalityPage />} />
        <Route path="indikatoren" element={<LazyCataloguePage />} />
        <Route path="indikator/:key" element={<LazyIndicatorPage />} />
        <Route path="ziel/:number" element={<LazyGoalPage />} />
        <Route path="vergleich" element={<LazyComparePage />} />
        <Route path="karte" element={<LazyMapPage />} />
        <Route path="quellen" element={<LazySourcesPage />} />
        <Route path="empfehlungen/*" element={<LazyRecommendationRoutes />} />
        <Route path="anmelden" element={<LazySignInPage />} />
        <Route path="arbeitsbereich/*" element={<LazyWorkspaceRoutes />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
