import { Navigate, NavLink, Route, Routes } from 'react-router';
import { RequireStaff } from '../../auth/RequireStaff';
import { WORKSPACE_HOME } from '../../auth/redirect';
import type { Viewer } from '../../auth/viewer';
import { useLocalMessages } from '../../i18n/localMessages';
import { NotFoundPage } from '../NotFoundPage';
import '../recommendations/recommendations.css';
import { BoardPage } from './BoardPage';
import { ImportPage } from './ImportPage';
import { workspaceMessages } from './messages';
import { RecommendationPage } from './RecommendationPage';
import { TargetsPage } from './TargetsPage';
import { EditRecommendationPage, NewRecommendationPage } from './RecommendationFormPage';
import { UsersPage } from './UsersPage';
import './workspace.css';

/** Everything under `/arbeitsbereich/`: signed-in staff only (accounts: admins only). */
export default function WorkspaceRoutes() {
  return (
    <RequireStaff>
      {(viewer) => (
        <>
          <WorkspaceNav viewer={viewer} />
          <Routes>
            <Route index element={<Navigate to={WORKSPACE_HOME} replace />} />
            <Route path="empfehlungen" element={<BoardPage />} />
            <Route path="empfehlungen/neu" element={<NewRecommendationPage />} />
            <Route path="empfehlungen/:id" element={<RecommendationPage />} />
            <Route path="empfehlungen/:id/bearbeiten" element={<EditRecommendationPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="zielwerte" element={<TargetsPage />} />
            <Route path="konten" element={<RequireStaff adminOnly>{(admin) => <UsersPage viewer={admin} />}</RequireStaff>} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </>
      )}
    </RequireStaff>
  );
}

function WorkspaceNav({ viewer }: { viewer: Viewer }) {
  const { m, localize } = useLocalMessages(workspaceMessages);
  return (
    <nav className="ws-nav" aria-label={m.navHeading}>
      <ul>
        <li>
          <NavLink to={localize('/arbeitsbereich/empfehlungen')} end>
            {m.navBoard}
          </NavLink>
        </li>
        <li>
          <NavLink to={localize('/arbeitsbereich/empfehlungen/neu')}>{m.navNew}</NavLink>
        </li>
        <li>
          <NavLink to={localize('/arbeitsbereich/import')}>{m.navCsv}</NavLink>
        </li>
        <li>
          <NavLink to={localize('/arbeitsbereich/zielwerte')}>{m.navTargets}</NavLink>
        </li>
        {viewer.role === 'ADMIN' ? (
          <li>
            <NavLink to={localize('/arbeitsbereich/konten')}>{m.navUsers}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
