/**
 * Who may do what to which record: the one place (docs/decisions/004-permission-policy.md).
 *
 * Every rule is a pure function of the signed-in user and plain facts about the record; the services
 * look the facts up, ask `can`, and throw their own 403 with a message that names who may act.
 */
import type { Me } from '../auth/schema.ts';

export type Actor = Pick<Me, 'id' | 'isAdmin' | 'organizationId' | 'forumRoles'>;

export interface ForumTarget {
  forumId: string;
}

export interface RoundTarget extends ForumTarget {
  isPublished: boolean;
  status: 'open' | 'closed';
}

export interface ReportTarget extends ForumTarget {
  organizationId: string;
  roundStatus: 'open' | 'closed';
}

export interface MeetingTarget extends ForumTarget {
  status: string;
  secretaryUserId: string | null;
  adjusters: { userId: string | null; approvedAt: string | Date | null }[];
}

export interface ActionTarget extends ForumTarget {
  ownerUserId: string | null;
  ownerOrganizationId: string | null;
  meeting: MeetingTarget;
}

export interface UserTarget {
  id: string;
  isAdmin: boolean;
  /** The forums the user holds a role in. */
  forumIds: string[];
  /** The forums the user's organisation is a member of. */
  organizationForumIds: string[];
}

export interface OrganizationTarget {
  /** Forums the organisation is a member or owner of, or where one of its users holds a role. */
  forumIds: string[];
}

// The roles, read off the actor.

const coordinates = (actor: Actor, forumId: string) =>
  actor.isAdmin || actor.forumRoles.some((r) => r.forumId === forumId && r.role === 'coordinator');

const reportsIn = (actor: Actor, forumId: string) =>
  actor.forumRoles.some((r) => r.forumId === forumId && r.role === 'reporter');

const participates = (actor: Actor, forumId: string) =>
  actor.isAdmin || actor.forumRoles.some((r) => r.forumId === forumId);

/** Takes part in the forum in a role that follows its work as it happens (not only a reader). */
const followsWork = (actor: Actor, forumId: string) =>
  actor.isAdmin || actor.forumRoles.some((r) => r.forumId === forumId && r.role !== 'reader');

const isCoordinatorAnywhere = (actor: Actor) => actor.forumRoles.some((r) => r.role === 'coordinator');

const coordinatesAny = (actor: Actor, forumIds: string[]) => forumIds.some((forumId) => coordinates(actor, forumId));
const coordinatesEvery = (actor: Actor, forumIds: string[]) => forumIds.every((forumId) => coordinates(actor, forumId));

// Meetings: the secretary writes, adjusters review, readers wait for publication.

const isPublishedMeeting = (m: MeetingTarget) => m.status === 'published' || m.status === 'imported';
const isSecretary = (actor: Actor, m: MeetingTarget) => m.secretaryUserId !== null && m.secretaryUserId === actor.id;
const isAdjuster = (actor: Actor, m: MeetingTarget) => m.adjusters.some((a) => a.userId === actor.id);
const writesMinutes = (actor: Actor, m: MeetingTarget) => coordinates(actor, m.forumId) || isSecretary(actor, m);
const isDraft = (m: MeetingTarget) => m.status === 'planned' || m.status === 'held';

const viewMeeting = (actor: Actor, m: MeetingTarget) =>
  followsWork(actor, m.forumId) ||
  isSecretary(actor, m) ||
  isAdjuster(actor, m) ||
  (participates(actor, m.forumId) && isPublishedMeeting(m));

/** Speaks for the uppdrag's owner: its named person, or a reporter of its organisation in its forum. */
const ownsAction = (actor: Actor, a: ActionTarget) =>
  a.ownerUserId === actor.id ||
  (a.ownerOrganizationId !== null && a.ownerOrganizationId === actor.organizationId && reportsIn(actor, a.forumId));

const seesRoundWork = (actor: Actor, r: RoundTarget) =>
  coordinates(actor, r.forumId) || reportsIn(actor, r.forumId) || (r.isPublished && participates(actor, r.forumId));

const writesReport = (actor: Actor, r: ReportTarget) =>
  coordinates(actor, r.forumId) || (actor.organizationId === r.organizationId && reportsIn(actor, r.forumId));

/** The table. Keys are `<record>.<action>`; each rule reads like a line of the decision record. */
export const rules = {
  'audit.view': (actor: Actor) => actor.isAdmin,
  'signIn.configure': (actor: Actor) => actor.isAdmin,
  /** Every outgoing message, whoever caused it; coordinators see their own where they sent them. */
  'outbox.view': (actor: Actor) => actor.isAdmin,
  /** Mail that was held (no mail server then) or refused goes out again only when an administrator says so. */
  'outbox.resend': (actor: Actor) => actor.isAdmin,
  /** API tokens let another system read a forum's exports; only administrators issue and revoke them. */
  'apiToken.manage': (actor: Actor) => actor.isAdmin,

  'forum.create': (actor: Actor) => actor.isAdmin,
  'forum.view': (actor: Actor, f: ForumTarget) => participates(actor, f.forumId),
  'forum.update': (actor: Actor, f: ForumTarget) => coordinates(actor, f.forumId),
  'forum.setOwnerOrActive': (actor: Actor) => actor.isAdmin,

  'round.view': (actor: Actor, r: RoundTarget) => participates(actor, r.forumId),
  'round.viewSummary': seesRoundWork,
  'round.viewOverview': seesRoundWork,
  'round.manage': (actor: Actor, r: ForumTarget) => coordinates(actor, r.forumId),

  /** Reporters write their own organisation's report, coordinators on any member's behalf; the working copy is theirs only. */
  'report.write': writesReport,
  'report.edit': (actor: Actor, r: ReportTarget) => r.roundStatus === 'open' && writesReport(actor, r),
  'report.isOwn': (actor: Actor, r: ReportTarget) =>
    actor.organizationId === r.organizationId && reportsIn(actor, r.forumId),

  'meeting.create': (actor: Actor, f: ForumTarget) => coordinates(actor, f.forumId),
  'meeting.view': viewMeeting,
  /** A justerad version stays readable to readers once it was published, even while a correction is under way. */
  'meeting.viewVersion': (actor: Actor, v: MeetingTarget & { isPublished: boolean }) =>
    viewMeeting(actor, v) || (participates(actor, v.forumId) && v.isPublished),
  'meeting.write': writesMinutes,
  'meeting.edit': (actor: Actor, m: MeetingTarget) => writesMinutes(actor, m) && isDraft(m),
  'meeting.editAgenda': (actor: Actor, m: MeetingTarget) => writesMinutes(actor, m) && m.status === 'planned',
  /** Publishing approved minutes and correcting them as a new version. */
  'meeting.publish': (actor: Actor, m: MeetingTarget) => coordinates(actor, m.forumId),
  'meeting.approve': (actor: Actor, m: MeetingTarget) => isAdjuster(actor, m),
  /** The kallelse goes out, and is sent again after a change, while the meeting is planned. */
  'meeting.invite': (actor: Actor, m: MeetingTarget) => writesMinutes(actor, m) && m.status === 'planned',
  'meeting.cancel': (actor: Actor, m: MeetingTarget) => coordinates(actor, m.forumId) && m.status === 'planned',
  /** Who was mailed about the meeting and how it went: those who write the minutes, who caused the mail. */
  'meeting.viewMail': writesMinutes,
  /** Justering comments: written and read by those who take part in the justering. */
  'meeting.comment': (actor: Actor, m: MeetingTarget) => writesMinutes(actor, m) || isAdjuster(actor, m),

  'action.view': (actor: Actor, a: ActionTarget) => viewMeeting(actor, a.meeting),
  'action.edit': (actor: Actor, a: ActionTarget) => writesMinutes(actor, a.meeting),
  'action.updateStatus': (actor: Actor, a: ActionTarget) =>
    writesMinutes(actor, a.meeting) || (participates(actor, a.forumId) && ownsAction(actor, a)),

  'user.list': (actor: Actor) => actor.isAdmin || isCoordinatorAnywhere(actor),
  'user.view': (actor: Actor, u: UserTarget) =>
    actor.id === u.id ||
    actor.isAdmin ||
    coordinatesAny(actor, u.organizationForumIds) ||
    coordinatesAny(actor, u.forumIds),
  'user.create': (actor: Actor, u: UserTarget) =>
    actor.isAdmin ||
    (!u.isAdmin && coordinatesAny(actor, u.organizationForumIds) && coordinatesEvery(actor, u.forumIds)),
  'user.update': (actor: Actor, u: UserTarget) =>
    actor.isAdmin ||
    (!u.isAdmin &&
      coordinatesEvery(actor, u.forumIds) &&
      (coordinatesAny(actor, u.organizationForumIds) || u.forumIds.length > 0)),
  'user.setAdmin': (actor: Actor) => actor.isAdmin,
  // The HSA-id is how a provider names a person: whoever sets it decides who gets into the account.
  'user.setHsaId': (actor: Actor) => actor.isAdmin,
  'user.assignRole': (actor: Actor, f: ForumTarget) => coordinates(actor, f.forumId),

  'organization.create': (actor: Actor) => actor.isAdmin || isCoordinatorAnywhere(actor),
  'organization.update': (actor: Actor, o: OrganizationTarget) =>
    actor.isAdmin || (o.forumIds.length > 0 && coordinatesEvery(actor, o.forumIds)),
  'organization.setActive': (actor: Actor) => actor.isAdmin,
} satisfies Record<string, (actor: Actor, target: never) => boolean>;

export type PolicyAction = keyof typeof rules;
type Rule<A extends PolicyAction> = (typeof rules)[A];
type TargetArgs<A extends PolicyAction> = Parameters<Rule<A>> extends [Actor, infer T] ? [target: T] : [];

export function can<A extends PolicyAction>(actor: Actor, action: A, ...target: TargetArgs<A>): boolean {
  return (rules[action] as (actor: Actor, target?: unknown) => boolean)(actor, target[0]);
}

/** The forums where the actor is coordinator; for administrators, undefined means every forum. */
export function managedForumIds(actor: Actor): string[] | undefined {
  return actor.isAdmin ? undefined : actor.forumRoles.filter((r) => r.role === 'coordinator').map((r) => r.forumId);
}

/** The forums the actor takes part in; for administrators, undefined means every forum. */
export function visibleForumIds(actor: Actor): string[] | undefined {
  return actor.isAdmin ? undefined : [...new Set(actor.forumRoles.map((r) => r.forumId))];
}

/** Forums where the actor only reads, so only published meetings count there. */
export function readOnlyForumIds(actor: Actor): string[] {
  if (actor.isAdmin) return [];
  return [...new Set(actor.forumRoles.map((r) => r.forumId))].filter((forumId) => !followsWork(actor, forumId));
}

/**
 * The caller's permissions returned with each record, so the web app shows what the server would
 * allow and repeats no rule. Each flag is a rule of the table above, with the record's state.
 */
export const permissionsOf = {
  me: (actor: Actor) => ({
    canCreateForum: can(actor, 'forum.create'),
    canCreateOrganization: can(actor, 'organization.create'),
    canListUsers: can(actor, 'user.list'),
    canViewAudit: can(actor, 'audit.view'),
    canConfigureSignIn: can(actor, 'signIn.configure'),
    canManageApiTokens: can(actor, 'apiToken.manage'),
  }),
  forum: (actor: Actor, f: ForumTarget) => ({
    canEdit: can(actor, 'forum.update', f),
    canSetOwnerOrActive: can(actor, 'forum.setOwnerOrActive'),
    canManageRounds: can(actor, 'round.manage', f),
    canPlanMeetings: can(actor, 'meeting.create', f),
  }),
  round: (actor: Actor, r: RoundTarget) => ({
    canEdit: can(actor, 'round.manage', r),
    canViewOverview: can(actor, 'round.viewOverview', r),
  }),
  report: (actor: Actor, r: ReportTarget) => ({
    canEdit: can(actor, 'report.edit', r),
    isOwn: can(actor, 'report.isOwn', r),
  }),
  meeting: (actor: Actor, m: MeetingTarget) => ({
    canEdit: can(actor, 'meeting.edit', m),
    canEditAgenda: can(actor, 'meeting.editAgenda', m),
    canHold: can(actor, 'meeting.write', m) && m.status === 'planned',
    canSendForReview: can(actor, 'meeting.write', m) && m.status === 'held',
    canApprove: m.status === 'in_review' && m.adjusters.some((a) => a.userId === actor.id && !a.approvedAt),
    canPublish: can(actor, 'meeting.publish', m) && m.status === 'approved',
    canCorrect: can(actor, 'meeting.publish', m) && (m.status === 'approved' || m.status === 'published'),
    canComment: can(actor, 'meeting.comment', m) && m.status === 'in_review',
    canWithdraw: can(actor, 'meeting.write', m) && m.status === 'in_review',
    canSendInvitations: can(actor, 'meeting.invite', m),
    canCancel: can(actor, 'meeting.cancel', m),
    canViewMail: can(actor, 'meeting.viewMail', m),
  }),
  agendaItem: (actor: Actor, m: MeetingTarget) => ({
    canEdit: can(actor, 'meeting.edit', m),
    canDelete: can(actor, 'meeting.editAgenda', m),
  }),
  action: (actor: Actor, a: ActionTarget) => ({
    canEdit: can(actor, 'action.edit', a),
    canUpdateStatus: can(actor, 'action.updateStatus', a),
  }),
  user: (actor: Actor, u: UserTarget) => {
    const canEdit = can(actor, 'user.update', u);
    return {
      canEdit,
      canSetAdmin: canEdit && can(actor, 'user.setAdmin') && actor.id !== u.id,
      canSetHsaId: canEdit && can(actor, 'user.setHsaId'),
      canDeactivate: canEdit && actor.id !== u.id,
    };
  },
  organization: (actor: Actor, o: OrganizationTarget) => ({
    canEdit: can(actor, 'organization.update', o),
    canDeactivate: can(actor, 'organization.setActive'),
  }),
};
