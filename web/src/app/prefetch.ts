import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, Params } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { openActionsQueryOptions } from '../features/actions/api/get-actions.ts';
import { meQueryOptions } from '../features/auth/api/get-me.ts';
import { canAdminister, coordinatedForumIds } from '../features/auth/permissions.ts';
import { myDueQueryOptions } from '../features/due/api/get-my-due.ts';
import { forumQueryOptions } from '../features/forums/api/get-forum.ts';
import { forumsQueryOptions } from '../features/forums/api/get-forums.ts';
import { indicatorsQueryOptions } from '../features/indicators/api/get-indicators.ts';
import { meetingQueryOptions } from '../features/meetings/api/get-meeting.ts';
import { meetingsQueryOptions } from '../features/meetings/api/get-meetings.ts';
import { meetingSettingsQueryOptions } from '../features/meetings/api/meeting-settings.ts';
import { reportQueryOptions } from '../features/reports/api/get-report.ts';
import { overviewQueryOptions } from '../features/rounds/api/get-overview.ts';
import { remindersQueryOptions } from '../features/rounds/api/get-reminders.ts';
import { roundsQueryOptions } from '../features/rounds/api/get-rounds.ts';
import { scheduleQueryOptions } from '../features/rounds/api/get-schedule.ts';
import { usersQueryOptions } from '../features/users/api/get-users.ts';

/**
 * Route loaders that start a page's requests when the navigation starts, together with the page's
 * code and the session, instead of one after another as its components mount. They never wait:
 * the page renders at once and its queries pick up the requests in flight by their keys. Only what
 * depends on the user (roles decide what is asked for) waits for the session.
 */
export function createLoaders(queryClient: QueryClient) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options, as prefetchQuery takes them
  const fetch = (options: FetchQueryOptions<any, any, any, any>) => void queryClient.prefetchQuery(options);
  const withMe = (then: (me: Me) => void) =>
    void queryClient
      .ensureQueryData(meQueryOptions)
      .then((me) => me && then(me))
      .catch(() => undefined);
  const manages = (me: Me, forumId: string) => me.isAdmin || coordinatedForumIds(me).includes(forumId);
  const loader =
    (prefetch: (params: Params) => void): LoaderFunction =>
    ({ params }) => {
      prefetch(params);
      return null;
    };
  const forumPage = (more: (forumId: string) => void) =>
    loader(({ forumId = '' }) => {
      fetch(forumQueryOptions(forumId));
      more(forumId);
    });

  return {
    session: loader(() =>
      withMe((me) => {
        if (canAdminister(me)) fetch(forumsQueryOptions({ includeInactive: true }));
      }),
    ),
    start: loader(() => fetch(myDueQueryOptions)),
    report: loader(({ roundId = '', organizationId = '' }) => {
      fetch(reportQueryOptions({ roundId, organizationId }));
      openActionsQueryOptions({ roundId, organizationId }).forEach(fetch);
    }),
    round: loader(({ roundId = '' }) => {
      fetch(overviewQueryOptions(roundId));
      // Reminders are the coordinator's; the round's forum is only known from the overview.
      withMe((me) => {
        if (me.isAdmin || coordinatedForumIds(me).length > 0) fetch(remindersQueryOptions(roundId));
      });
    }),
    meeting: loader(({ meetingId = '' }) => {
      void queryClient
        .ensureQueryData(meetingQueryOptions(meetingId))
        .then((meeting) => {
          fetch(forumQueryOptions(meeting.forumId));
          fetch(roundsQueryOptions(meeting.forumId));
          withMe((me) => {
            if (me.permissions.canListUsers && meeting.permissions.canEdit)
              fetch(usersQueryOptions({ forumId: meeting.forumId }));
          });
        })
        .catch(() => undefined);
    }),
    forumDetail: forumPage(() => undefined),
    forumRounds: forumPage((forumId) => {
      fetch(roundsQueryOptions(forumId));
      fetch(scheduleQueryOptions(forumId));
    }),
    forumIndicators: forumPage((forumId) => fetch(indicatorsQueryOptions(forumId, { includeInactive: false }))),
    forumMeetings: forumPage((forumId) => {
      fetch(meetingsQueryOptions(forumId));
      fetch(roundsQueryOptions(forumId));
      withMe((me) => {
        if (!manages(me, forumId)) return;
        fetch(meetingSettingsQueryOptions(forumId));
        fetch(usersQueryOptions({ forumId }));
      });
    }),
    forumImport: forumPage(() => undefined),
  };
}
