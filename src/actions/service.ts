import { recordAudit } from '../audit/service.ts';
import { authorId, type Actor } from '../auth/service.ts';
import { listMailRecipients, queueMail } from '../outbox/service.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { instantToStockholm } from '../platform/time.ts';
import { can, permissionsOf, visibleForumIds, type ActionTarget } from '../policy/policy.ts';
import type { Action, ActionPage, ActionRecord, ActionStatus } from './schema.ts';
import { actionErrors as errors } from './errors.ts';
import { actionAssignedMail } from './mail.ts';
import * as queries from './queries.ts';

function today(): string {
  return instantToStockholm(new Date()).date;
}

function isPastDue(row: queries.ActionRow, on: string): boolean {
  if (row.dueDate !== null) return row.dueDate < on;
  return row.dueNextMeeting && Boolean(row.nextMeetingHeld);
}

export function mapAction(row: queries.ActionRow, on = today()): ActionRecord {
  const status = row.status as ActionStatus;
  const update = row.lastUpdate;
  return {
    id: row.id,
    forumId: row.forumId,
    forumName: row.forumName,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    meetingDate: row.meetingDate,
    agendaItemId: row.agendaItemId,
    ownerOrganizationId: row.ownerOrganizationId,
    ownerOrganizationName: row.ownerOrganizationName,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    task: row.task,
    dueDate: row.dueDate,
    dueNextMeeting: row.dueNextMeeting,
    status,
    statusComment: row.statusComment,
    isOverdue: (status === 'open' || status === 'in_progress') && isPastDue(row, on),
    updatedAt: new Date(row.updatedAt).toISOString(),
    lastUpdate: update
      ? {
          status: update.status as ActionStatus,
          comment: update.comment,
          at: new Date(update.at).toISOString(),
          byName: update.byName,
          source: update.meetingId ? 'meeting' : update.roundId ? 'report' : 'direct',
        }
      : null,
  };
}

/** The policy's view of an uppdrag: its owner, and the meeting that gave it. */
export function actionTarget(row: queries.ActionKeyRow): ActionTarget {
  return {
    forumId: row.forumId,
    ownerUserId: row.ownerUserId,
    ownerOrganizationId: row.ownerOrganizationId,
    meeting: {
      forumId: row.forumId,
      status: row.meetingStatus,
      secretaryUserId: row.meetingSecretaryUserId,
      adjusters: row.meetingAdjusters,
    },
  };
}

/** The uppdrag the actor may see, with what they may do with each: visible where its meeting is. */
function presentVisible(actor: Actor, rows: queries.ActionRow[]): Action[] {
  // Today's date in Stockholm once per answer: it costs 6 µs, 50 times on a page of the board.
  const on = today();
  return rows
    .filter((row) => can(actor, 'action.view', actionTarget(row)))
    .map((row) => ({ ...mapAction(row, on), permissions: permissionsOf.action(actor, actionTarget(row)) }));
}

export async function getAction(db: DbOrTrx, id: string): Promise<ActionRecord> {
  const row = await queries.findAction(db, id);
  if (!row) throw errors.notFound();
  return mapAction(row);
}

/**
 * A page of the uppdrag board: the uppdrag in the forums the user takes part in, as far as the
 * policy lets them see each. The policy decides on light rows of every match (so the total and
 * the pages count only what the user sees); only the page's uppdrag are then read in full.
 */
export async function listActions(
  db: Db,
  actor: Actor,
  filter: {
    forumId?: string;
    roundId?: string;
    organizationId?: string;
    status?: ActionStatus;
    overdue?: boolean;
    q?: string;
    limit: number;
    offset: number;
  },
): Promise<ActionPage> {
  const { limit, offset, overdue, ...rest } = filter;
  const keys = await queries.listActionKeys(db, {
    ...rest,
    forumIds: visibleForumIds(actor),
    overdueOn: overdue ? today() : undefined,
  });
  const visible = keys.filter((row) => can(actor, 'action.view', actionTarget(row)));
  const ids = visible.slice(offset, offset + limit).map((row) => row.id);
  const rows = ids.length ? await queries.listActions(db, { ids }) : [];
  return { items: presentVisible(actor, rows), total: visible.length };
}

/** The organisations owning an uppdrag the user sees, for the board's filter. */
export async function listActionOwners(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  const keys = await queries.listActionKeys(db, { forumIds: visibleForumIds(actor) });
  const owners = new Map<string, string>();
  for (const row of keys)
    if (row.ownerOrganizationId && can(actor, 'action.view', actionTarget(row)))
      owners.set(row.ownerOrganizationId, row.ownerOrganizationName ?? '');
  return [...owners].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Open uppdrag owned by the user or their organisation, for the start page. */
export async function listMyActions(db: Db, actor: Actor): Promise<Action[]> {
  const forumIds = visibleForumIds(actor) ?? [];
  const [own, organization] = await Promise.all([
    queries.listActions(db, { forumIds, ownerUserId: actor.id }),
    queries.listActions(db, { forumIds, organizationId: actor.organizationId }),
  ]);
  const unique = new Map([...own, ...organization].map((row) => [row.id, row]));
  return presentVisible(actor, [...unique.values()]).filter((a) => a.status === 'open' || a.status === 'in_progress');
}

/** The uppdrag a meeting follows up, as far as the actor may see them. */
export async function listFollowUps(
  db: DbOrTrx,
  actor: Actor,
  meeting: { forumId: string; id: string; meetingDate: string },
) {
  const rows = await queries.listFollowUps(db, meeting.forumId, meeting.id, meeting.meetingDate);
  return presentVisible(actor, rows);
}

export async function listMeetingActions(db: DbOrTrx, actor: Actor, meetingId: string) {
  return presentVisible(actor, await queries.listActions(db, { meetingIds: [meetingId] }));
}

/**
 * Who hears about an uppdrag: the named person, or else the reporters of the owner organisation;
 * only those who may see the uppdrag in the app, since the mail carries its task.
 */
export async function listActionOwnerRecipients(db: DbOrTrx, row: queries.ActionRow) {
  const recipients = row.ownerUserId
    ? await listMailRecipients(db, { userIds: [row.ownerUserId] })
    : row.ownerOrganizationId
      ? await listMailRecipients(db, {
          forumId: row.forumId,
          roles: ['reporter'],
          organizationIds: [row.ownerOrganizationId],
        })
      : [];
  return recipients.filter((r) => can(r.actor, 'action.view', actionTarget(row)));
}

/** Tells the owner of a new uppdrag, in the same transaction. */
async function queueAssignedMail(trx: Trx, actor: Actor, id: string, appUrl: string) {
  const row = (await queries.findAction(trx, id))!;
  const recipients = await listActionOwnerRecipients(trx, row);
  const action = mapAction(row);
  await queueMail(
    trx,
    recipients.map((r) => ({
      kind: 'action_assigned' as const,
      userId: r.id,
      toEmail: r.email,
      toName: r.name,
      locale: r.locale,
      content: actionAssignedMail({
        locale: r.locale,
        recipientName: r.name,
        action: { ...action, ownerName: action.ownerName ?? '' },
        url: `${appUrl}/moten/${row.meetingId}`,
      }),
      forumId: row.forumId,
      roundId: null,
      organizationId: row.ownerOrganizationId,
      meetingId: row.meetingId,
      createdBy: authorId(actor),
    })),
  );
}

export async function createAction(
  trx: Trx,
  actor: Actor,
  values: Omit<Parameters<typeof queries.insertAction>[1], 'ownerName'> & { ownerName: string | null | undefined },
  /** Where the app is reached, for the link in the owner's mail; null tells nobody (demo data). */
  appUrl: string | null,
): Promise<ActionRecord> {
  const ownerName = values.ownerName || (await ownerLabel(trx, values.ownerUserId, values.ownerOrganizationId));
  if (!ownerName) throw errors.ownerRequired();
  const id = await queries.insertAction(trx, { ...values, ownerName });
  const created = await getAction(trx, id);
  if (appUrl !== null) await queueAssignedMail(trx, actor, id, appUrl);
  await recordAudit(trx, {
    actor,
    action: 'create',
    entityType: 'action',
    entityId: id,
    entityLabel: created.task.slice(0, 80),
    forumId: created.forumId,
    after: created,
  });
  return created;
}

async function ownerLabel(db: DbOrTrx, userId: string | null, organizationId: string | null): Promise<string | null> {
  if (userId) {
    const user = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
    if (!user) throw errors.unknownOwner();
    return user.name;
  }
  if (organizationId) {
    const organization = await db
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', organizationId)
      .executeTakeFirst();
    if (!organization) throw errors.unknownOwner();
    return organization.name;
  }
  return null;
}

export interface ActionChange {
  task?: string;
  ownerOrganizationId?: string | null;
  ownerUserId?: string | null;
  ownerName?: string;
  dueDate?: string | null;
  dueNextMeeting?: boolean;
  status?: ActionStatus;
  comment?: string;
  meetingId?: string;
  roundId?: string;
}

/** Changes an uppdrag: its secretary and coordinators change anything, its owner only the status. */
export async function updateAction(options: {
  db: Db;
  actor: Actor;
  id: string;
  change: ActionChange;
}): Promise<Action> {
  const { db, actor, id, change } = options;
  return db.transaction().execute(async (trx) => {
    const row = await queries.findAction(trx, id);
    if (!row) throw errors.notFound();
    const before = mapAction(row);
    const target = actionTarget(row);
    if (!can(actor, 'action.edit', target)) {
      if (!can(actor, 'action.updateStatus', target)) throw errors.forbiddenUpdate();
      const touchesTask = [
        'task',
        'ownerOrganizationId',
        'ownerUserId',
        'ownerName',
        'dueDate',
        'dueNextMeeting',
        'meetingId',
      ].some((k) => k in change && change[k as keyof ActionChange] !== undefined);
      if (touchesTask) throw errors.ownerFieldsOnly();
    }
    const { status, comment, meetingId, roundId, ...fields } = change;
    const values: Record<string, unknown> = { ...fields };
    if (fields.ownerOrganizationId !== undefined || fields.ownerUserId !== undefined) {
      const label = await ownerLabel(trx, fields.ownerUserId ?? null, fields.ownerOrganizationId ?? null);
      if (!fields.ownerName && label) values.ownerName = label;
    }
    if (status !== undefined || comment !== undefined) {
      values.status = status ?? before.status;
      values.statusComment = comment ?? before.statusComment;
      await queries.insertActionUpdate(trx, {
        actionId: id,
        status: values.status as string,
        comment: values.statusComment as string,
        meetingId: meetingId ?? null,
        roundId: roundId ?? null,
        updatedBy: authorId(actor),
      });
    }
    await queries.updateAction(trx, id, values);
    const updatedRow = (await queries.findAction(trx, id))!;
    const after = mapAction(updatedRow);
    await recordAudit(trx, {
      actor,
      action: status && status !== before.status ? 'change_status' : 'update',
      entityType: 'action',
      entityId: id,
      entityLabel: after.task.slice(0, 80),
      forumId: after.forumId,
      before,
      after,
    });
    return { ...after, permissions: permissionsOf.action(actor, actionTarget(updatedRow)) };
  });
}
