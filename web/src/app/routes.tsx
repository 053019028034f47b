import { Route, Routes } from 'react-router';
import { canAdminister } from '../features/auth/permissions.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { ActionsPage } from './pages/actions-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { OutboxPage } from './pages/outbox-page.tsx';
import { DecisionsPage } from './pages/decisions-page.tsx';
import { ForumDetailPage } from './pages/forum-detail-page.tsx';
import { ForumIndicatorsPage } from './pages/forum-indicators-page.tsx';
import { ForumMeetingsPage } from './pages/forum-meetings-page.tsx';
import { ForumRoundsPage } from './pages/forum-rounds-page.tsx';
import { ForumsPage } from './pages/forums-page.tsx';
import { ImportPage } from './pages/import-page.tsx';
import { MeetingPage } from './pages/meeting-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { OrganizationsPage } from './pages/organizations-page.tsx';
import { ReportPage } from './pages/report-page.tsx';
import { RoundPage } from './pages/round-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { UsersPage } from './pages/users-page.tsx';
import { paths } from './paths.ts';
import { RequirePermission } from './require-permission.tsx';
import { RequireSession } from './session.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path={paths.signIn} element={<SignInPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<StartPage />} />
          {/* Every participant of a forum sees its pages; what they may change is decided per page. */}
          <Route path={`${paths.forums}/:forumId`} element={<ForumDetailPage />} />
          <Route path={`${paths.forums}/:forumId/avstamningar`} element={<ForumRoundsPage />} />
          <Route path={`${paths.forums}/:forumId/indikatorer`} element={<ForumIndicatorsPage />} />
          <Route path={`${paths.forums}/:forumId/moten`} element={<ForumMeetingsPage />} />
          <Route path={`${paths.forums}/:forumId/importera`} element={<ImportPage />} />
          <Route path={`${paths.meetings}/:meetingId`} element={<MeetingPage />} />
          <Route path={paths.actions} element={<ActionsPage />} />
          <Route path={paths.decisions} element={<DecisionsPage />} />
          <Route path={`${paths.rounds}/:roundId`} element={<RoundPage />} />
          <Route path={`${paths.rounds}/:roundId/rapport/:organizationId`} element={<ReportPage />} />
          <Route element={<RequirePermission when={canAdminister} />}>
            <Route path={paths.forums} element={<ForumsPage />} />
            <Route path={paths.organizations} element={<OrganizationsPage />} />
            <Route path={paths.users} element={<UsersPage />} />
          </Route>
          <Route element={<RequirePermission when={(me) => me.permissions.canViewAudit} />}>
            <Route path={paths.audit} element={<AuditPage />} />
            <Route path={paths.outbox} element={<OutboxPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
