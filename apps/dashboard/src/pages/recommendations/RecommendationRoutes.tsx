import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { PublicDetailPage } from './PublicDetailPage';
import { PublicListPage } from './PublicListPage';
import './recommendations.css';

/** Everything under `/empfehlungen/`: the public tracking of recommendations. */
export default function RecommendationRoutes() {
  return (
    <Routes>
      <Route index element={<PublicListPage />} />
      <Route path=":id" element={<PublicDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
