import { meetingStatusSchema } from '../meetings/schema.ts';
import { can, type Actor, type MeetingTarget } from '../policy/policy.ts';

/**
 * What the actor may read, in a form SQL can apply before ranking and paging, so that counts and
 * pages hold only readable hits. Nothing here restates a rule: each grant is found by asking the
 * policy (src/policy/policy.ts) about a record of every state in every forum the actor takes part
 * in, and in a forum they have no role in (which is how an administrator's reach shows).
 */
export interface Grant {
  /** null: every forum. */
  forumIds: string[] | null;
  states: string[];
}

export interface MeetingGrants {
  byForum: Grant[];
  /** States of meetings the actor may read as their secretary, in any forum. */
  asSecretary: string[];
  /** States of meetings the actor may read as one of their adjusters, in any forum. */
  asAdjuster: string[];
}

export interface Visibility {
  reports: Grant[];
  summaries: Grant[];
  meetings: MeetingGrants;
  actions: MeetingGrants;
}

// A forum id no actor holds a role in: what the policy allows there, it allows everywhere.
const ANY_FORUM = '00000000-0000-0000-0000-000000000000';

const roundStatuses = ['open', 'closed'] as const;
export const meetingStatuses = meetingStatusSchema.options;

/** A round's state as the SQL spells it: `published/open`, `unpublished/closed`, … */
export const roundStates = roundStatuses.flatMap((status) =>
  [true, false].map((isPublished) => ({ isPublished, status, key: `${isPublished ? '' : 'un'}published/${status}` })),
);

function grants<S>(
  actor: Actor,
  states: readonly S[],
  key: (s: S) => string,
  allows: (forumId: string, s: S) => boolean,
) {
  const everywhere = states.filter((s) => allows(ANY_FORUM, s));
  const result: Grant[] = everywhere.length ? [{ forumIds: null, states: everywhere.map(key) }] : [];
  const byStates = new Map<string, Grant>();
  for (const forumId of new Set(actor.forumRoles.map((r) => r.forumId))) {
    const allowed = states.filter((s) => !everywhere.includes(s) && allows(forumId, s)).map(key);
    if (!allowed.length) continue;
    const group = allowed.join(',');
    if (!byStates.has(group)) byStates.set(group, { forumIds: [], states: allowed });
    byStates.get(group)!.forumIds!.push(forumId);
  }
  return [...result, ...byStates.values()];
}

function meetingGrants(actor: Actor, views: (target: MeetingTarget) => boolean): MeetingGrants {
  const meeting = (forumId: string, status: string): MeetingTarget => ({
    forumId,
    status,
    secretaryUserId: null,
    adjusters: [],
  });
  return {
    byForum: grants(actor, meetingStatuses, String, (forumId, status) => views(meeting(forumId, status))),
    asSecretary: meetingStatuses.filter((status) =>
      views({ ...meeting(ANY_FORUM, status), secretaryUserId: actor.id }),
    ),
    asAdjuster: meetingStatuses.filter((status) =>
      views({ ...meeting(ANY_FORUM, status), adjusters: [{ userId: actor.id, approvedAt: null }] }),
    ),
  };
}

export function visibilityOf(actor: Actor): Visibility {
  const rounds = (action: 'round.viewOverview' | 'round.viewSummary') =>
    grants(
      actor,
      roundStates,
      (s) => s.key,
      (forumId, s) => can(actor, action, { forumId, isPublished: s.isPublished, status: s.status }),
    );
  return {
    // Other organisations' submitted reports are read in the lägesbild.
    reports: rounds('round.viewOverview'),
    summaries: rounds('round.viewSummary'),
    meetings: meetingGrants(actor, (m) => can(actor, 'meeting.view', m)),
    actions: meetingGrants(actor, (m) =>
      can(actor, 'action.view', { forumId: m.forumId, ownerUserId: null, ownerOrganizationId: null, meeting: m }),
    ),
  };
}
