import { Navigate, NavLink, Route, Routes } from 'react-router';
import { RequireStaff } from '../../auth/RequireStaff';
import { WORKSPACE_HOME } from '../../auth/redirect';
import type { Viewer } from '../../auth/viewer';
import { useLocalMessages } from '../../i18n/localMessages';
import { NotFoundPage } from '../NotFoundPage';
import '../recommendations/recommendations.css';
import { ApiKeysNavEntry } from './apikeys/ApiKeysNavEntry';
import { ApiKeysPage } from './apikeys/ApiKeysPage';
import { BoardPage } from './BoardPage';
import { ConsentNavEntry } from './consent/ConsentNavEntry';
import { ConsentPage } from './consent/ConsentPage';
import { ImportPage } from './ImportPage';
import AgreementsPage from './process/AgreementsPage';
import EventsArea from './process/EventsPage';
import FindingsPage from './process/FindingsPage';
import InterviewsPage from './process/InterviewsPage';
import { processMessages } from './process/messages';
import { publicationMessages } from './publications/messages';
import PublicationsArea from './publications/PublicationsPage';
import { workspaceMessages } from './messages';
import { ActorImportPage } from './network/ActorImportPage';
import { ActorPage } from './network/ActorPage';
import { ActorsPage, NewActorPage } from './network/ActorsPage';
import { NetworkNavEntries } from './network/NetworkNavEntries';
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
            <Route path="veranstaltungen/*" element={<EventsArea />} />
            <Route path="interviews" element={<InterviewsPage />} />
            <Route path="befunde" element={<FindingsPage />} />
            <Route path="vereinbarungen" element={<AgreementsPage />} />
            <Route path="veroeffentlichungen/*" element={<PublicationsArea />} />
            <Route path="akteure" element={<ActorsPage />} />
            <Route path="akteure/neu" element={<NewActorPage />} />
            <Route path="akteure/import" element={<ActorImportPage />} />
            <Route path="akteure/:id" element={<ActorPage />} />
            <Route path="einwilligungen" element={<ConsentPage viewer={viewer} />} />
            <Route path="konten" element={<RequireStaff adminOnly>{(admin) => <UsersPage viewer={admin} />}</RequireStaff>} />
            <Route path="schluessel" element={<RequireStaff adminOnly>{() => <ApiKeysPage />}</RequireStaff>} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </>
      )}
    </RequireStaff>
  );
}

function WorkspaceNav({ viewer }: { viewer: Viewer }) {
  const { m, localize } = useLocalMessages(workspaceMessages);
  const { m: p } = useLocalMessages(processMessages);
  const { m: pub } = useLocalMessages(publicationMessages);
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
        <li>
          <NavLink to={localize('/arbeitsbereich/veranstaltungen')}>{p.navEvents}</NavLink>
        </li>
        <li>
          <NavLink to={localize('/arbeitsbereich/interviews')}>{p.navInterviews}</NavLink>
        </li>
        <li>
          <NavLink to={localize('/arbeitsbereich/befunde')}>{p.navFindings}</NavLink>
        </li>
        <li>
          <NavLink to={localize('/arbeitsbereich/vereinbarungen')}>{p.navAgreements}</NavLink>
        </li>
        <li>
          <NavLink to={localize('/arbeitsbereich/veroeffentlichungen')}>{pub.nav}</NavLink>
        </li>
        <NetworkNavEntries />
        <ConsentNavEntry />
        {viewer.role === 'ADMIN' ? (
          <li>
            <NavLink to={localize('/arbeitsbereich/konten')}>{m.navUsers}</NavLink>
          </li>
        ) : null}
        {viewer.role === 'ADMIN' ? <ApiKeysNavEntry /> : null}
      </ul>
    </nav>
  );
}
