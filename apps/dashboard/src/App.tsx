import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { MunicipalityPage } from './pages/municipality/MunicipalityPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OverviewPage } from './pages/overview/OverviewPage';

/** Routes: `/` region overview, `/kommune/:ags` municipality profile, anything else not found. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="kommune/:ags" element={<MunicipalityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
