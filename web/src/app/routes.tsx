import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { canAdminister } from '../features/auth/permissions.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';
import { paths } from './paths.ts';
import { createLoaders } from './prefetch.ts';
import { RequirePermission } from './require-permission.tsx';
import { RequireSession } from './session.tsx';

/**
 * A page's code, loaded when it is first visited: the start page and the report form do not carry
 * the meeting, administration, audit and import pages. Vite names the chunk after the file.
 */
function page<M>(load: () => Promise<M>, name: keyof M): RouteObject['lazy'] {
  return { Component: async () => (await load())[name] as ComponentType };
}

export function createAppRouter(queryClient: QueryClient) {
  const loaders = createLoaders(queryClient);
  const forum = `${paths.forums}/:forumId`;
  return createBrowserRouter([
    {
      element: <AppLayout />,
      // Until the first page's code is there; the page itself shows its loading states.
      HydrateFallback: () => null,
      children: [
        {
          // Below the layout, so the header and navigation stay when a page fails to load.
          errorElement: <RouteErrorPage />,
          children: [
            { path: paths.signIn, lazy: page(() => import('./pages/sign-in-page.tsx'), 'SignInPage') },
            {
              element: <RequireSession />,
              loader: loaders.session,
              children: [
                { index: true, loader: loaders.start, lazy: page(() => import('./pages/start-page.tsx'), 'StartPage') },
                // Every participant of a forum sees its pages; what they may change is decided per page.
                {
                  path: forum,
                  loader: loaders.forumDetail,
                  lazy: page(() => import('./pages/forum-detail-page.tsx'), 'ForumDetailPage'),
                },
                {
                  path: `${forum}/avstamningar`,
                  loader: loaders.forumRounds,
                  lazy: page(() => import('./pages/forum-rounds-page.tsx'), 'ForumRoundsPage'),
                },
                {
                  path: `${forum}/indikatorer`,
                  loader: loaders.forumIndicators,
                  lazy: page(() => import('./pages/forum-indicators-page.tsx'), 'ForumIndicatorsPage'),
                },
                {
                  path: `${forum}/trender`,
                  loader: loaders.forumIndicators,
                  lazy: page(() => import('./pages/forum-trends-page.tsx'), 'ForumTrendsPage'),
                },
                {
                  path: `${forum}/moten`,
                  loader: loaders.forumMeetings,
                  lazy: page(() => import('./pages/forum-meetings-page.tsx'), 'ForumMeetingsPage'),
                },
                {
                  path: `${forum}/importera`,
                  loader: loaders.forumImport,
                  lazy: page(() => import('./pages/import-page.tsx'), 'ImportPage'),
                },
                {
                  path: `${paths.meetings}/:meetingId`,
                  loader: loaders.meeting,
                  lazy: page(() => import('./pages/meeting-page.tsx'), 'MeetingPage'),
                },
                { path: paths.actions, lazy: page(() => import('./pages/actions-page.tsx'), 'ActionsPage') },
                { path: paths.decisions, lazy: page(() => import('./pages/decisions-page.tsx'), 'DecisionsPage') },
                { path: paths.search, lazy: page(() => import('./pages/search-page.tsx'), 'SearchPage') },
                { path: paths.settings, lazy: page(() => import('./pages/settings-page.tsx'), 'SettingsPage') },
                {
                  path: `${paths.rounds}/:roundId`,
                  loader: loaders.round,
                  lazy: page(() => import('./pages/round-page.tsx'), 'RoundPage'),
                },
                {
                  path: `${paths.rounds}/:roundId/rapport/:organizationId`,
                  loader: loaders.report,
                  lazy: page(() => import('./pages/report-page.tsx'), 'ReportPage'),
                },
                {
                  element: <RequirePermission when={canAdminister} />,
                  children: [
                    { path: paths.forums, lazy: page(() => import('./pages/forums-page.tsx'), 'ForumsPage') },
                    {
                      path: paths.organizations,
                      lazy: page(() => import('./pages/organizations-page.tsx'), 'OrganizationsPage'),
                    },
                    { path: paths.users, lazy: page(() => import('./pages/users-page.tsx'), 'UsersPage') },
                  ],
                },
                {
                  element: <RequirePermission when={(me) => me.permissions.canViewAudit} />,
                  children: [
                    { path: paths.audit, lazy: page(() => import('./pages/audit-page.tsx'), 'AuditPage') },
                    { path: paths.outbox, lazy: page(() => import('./pages/outbox-page.tsx'), 'OutboxPage') },
                  ],
                },
                {
                  element: <RequirePermission when={(me) => me.permissions.canManageApiTokens} />,
                  children: [
                    {
                      path: paths.apiTokens,
                      lazy: page(() => import('./pages/api-tokens-page.tsx'), 'ApiTokensPage'),
                    },
                  ],
                },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
