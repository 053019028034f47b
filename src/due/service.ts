import { listMyActions } from '../actions/service.ts';
import type { Actor } from '../auth/service.ts';
import { listMyMeetings } from '../meetings/service.ts';
import type { Db } from '../platform/db.ts';
import { listMyReporting } from '../reports/service.ts';
import { listRounds } from '../rounds/service.ts';
import type { MyDue } from './schema.ts';

/** Overdue first, then the nearest due date; "till nästa möte" after dated ones. */
function byUrgency(a: MyDue['actions'][number], b: MyDue['actions'][number]) {
  if (a.isOverdue !== b.isOverdue) return a.isOverdue ? -1 : 1;
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
}

/**
 * What is the user's to do now, gathered from the domains that own each part and filtered by the
 * same rules as their own pages.
 */
export async function getMyDue(db: Db, actor: Actor): Promise<MyDue> {
  const coordinated = [...new Set(actor.forumRoles.filter((r) => r.role === 'coordinator').map((r) => r.forumId))];
  const [reports, meetings, actions, rounds] = await Promise.all([
    listMyReporting(db, actor),
    listMyMeetings(db, actor),
    listMyActions(db, actor),
    Promise.all(coordinated.map((forumId) => listRounds(db, actor, forumId, 'open'))),
  ]);
  const writesMinutes = coordinated.length > 0 || meetings.inProgress.length > 0 || meetings.upcoming.length > 0;
  return {
    reports,
    toApprove: meetings.toApprove,
    actions: actions.sort(byUrgency),
    coordinator: writesMinutes
      ? {
          rounds: rounds
            .flat()
            .filter((round) => round.counts.submitted < round.counts.members)
            .sort((a, b) => a.deadline.localeCompare(b.deadline)),
          inProgress: meetings.inProgress,
          upcoming: meetings.upcoming,
        }
      : null,
  };
}
