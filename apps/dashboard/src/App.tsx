import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { LazyCataloguePage, LazyComparePage, LazyGoalPage, LazyIndicatorPage, LazyMapPage, LazySourcesPage } from './pages/decisionPages';
import { MunicipalityPage } from './pages/municipality/MunicipalityPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { LazyRecommendationRoutes, LazySignInPage, LazyWorkspaceRoutes } from './pages/recommendations/lazy';
import { LazyCirclePage, LazyCirclesPage, LazyFindingsPage } from './pages/process/findings/lazy';
import { LazyImprintPage, LazyPrivacyPage, LazyPublicationPage, LazyPublicationsPage, LazyRegionalConferencePage } from './pages/publications/lazy';
import { LazyActorPage, LazyEventDetailPage, LazyEventListPage, LazyNetworkPage, LazyPartnershipsPage, LazyProcessPage } from './pages/process/events/lazy';
import { LazySearchPage } from './pages/search/lazy';

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
        <Route path="befunde" element={<LazyFindingsPage />} />
        <Route path="initiativkreise" element={<LazyCirclesPage />} />
        <Route path="initiativkreise/:id" element={<LazyCirclePage />} />
        <Route path="veroeffentlichungen" element={<LazyPublicationsPage />} />
        <Route path="veroeffentlichungen/:slug" element={<LazyPublicationPage />} />
        <Route path="regionalkonferenz" element={<LazyRegionalConferencePage />} />
        <Route path="impressum" element={<LazyImprintPage />} />
        <Route path="datenschutz" element={<LazyPrivacyPage />} />
        <Route path="prozess" element={<LazyProcessPage />} />
        <Route path="netzwerk" element={<LazyNetworkPage />} />
        <Route path="netzwerk/akteure/:id" element={<LazyActorPage />} />
        <Route path="partnerschaften" element={<LazyPartnershipsPage />} />
        <Route path="veranstaltungen" element={<LazyEventListPage />} />
        <Route path="veranstaltungen/:id" element={<LazyEventDetailPage />} />
        <Route path="suche" element={<LazySearchPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
