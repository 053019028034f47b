import { createAction } from '../actions/service.ts';
import { recordAudit } from '../audit/service.ts';
import { authorId, type Actor } from '../auth/service.ts';
import type { Db } from '../platform/db.ts';
import { instantToStockholm } from '../platform/time.ts';
import { meetingErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import type { Meeting } from './schema.ts';
import {
  assertAdjustersPresent,
  assertAgendaEditable,
  assertContentEditable,
  getMeeting,
  getWritableMeeting,
} from './service.ts';

const TRAILING_ROLES = new Set(['other_questions', 'closing']);

export async function addItem(options: {
  db: Db;
  actor: Actor;
  meetingId: string;
  input: { title: string; kind?: string | null; presenters: string[]; position?: number };
}): Promise<Meeting> {
  const { db, actor, meetingId, input } = options;
  await db.transaction().execute(async (trx) => {
    const meeting = await getWritableMeeting(trx, actor, meetingId);
    assertAgendaEditable(meeting.status);
    const items = await queries.listItems(trx, meetingId);
    // New items go before "Övriga frågor" and "Mötets avslutande" unless a place is asked for.
    const firstTrailing = items.find((i) => i.role && TRAILING_ROLES.has(i.role));
    const position = Math.min(input.position ?? firstTrailing?.position ?? items.length, items.length);
    await queries.shiftPositions(trx, meetingId, position);
    const [created] = await queries.insertItems(trx, meetingId, [
      { position, title: input.title, kind: input.kind ?? null, role: null, presenters: input.presenters },
    ]);
    await recordAudit(trx, {
      actor,
      action: 'add_item',
      entityType: 'meeting',
      entityId: meetingId,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      after: { itemId: created!.id, ...input, position },
    });
  });
  return getMeeting(db, actor, meetingId);
}

async function loadItem(db: Db, id: string) {
  const item = await queries.findItem(db, id);
  if (!item) throw errors.itemNotFound();
  return item;
}

export async function updateItem(options: {
  db: Db;
  actor: Actor;
  itemId: string;
  input: {
    revision: number;
    title?: string;
    kind?: string | null;
    presenters?: string[];
    notes?: string;
    decisions?: string[];
  };
}): Promise<Meeting> {
  const { db, actor, itemId, input } = options;
  const { meetingId } = await loadItem(db, itemId);
  await db.transaction().execute(async (trx) => {
    const meeting = await getWritableMeeting(trx, actor, meetingId);
    assertContentEditable(meeting.status);
    const before = (await queries.listItems(trx, meetingId)).find((i) => i.id === itemId)!;
    const { revision, decisions, ...fields } = input;
    const values: Record<string, unknown> = { ...fields };
    if (!(await queries.updateItemIfRevision(trx, itemId, revision, values, authorId(actor)))) {
      const at = instantToStockholm(new Date(before.updatedAt));
      throw errors.itemConflict(before.updatedByName, `${at.date} ${at.time}`);
    }
    if (decisions) await queries.replaceDecisions(trx, meetingId, itemId, decisions);
    await recordAudit(trx, {
      actor,
      action: 'update_item',
      entityType: 'agenda_item',
      entityId: itemId,
      entityLabel: `${meeting.title}: ${before.title}`,
      forumId: meeting.forumId,
      before: { title: before.title, kind: before.kind, presenters: before.presenters, notes: before.notes },
      after: input,
    });
  });
  return getMeeting(db, actor, meetingId);
}

export async function deleteItem(options: { db: Db; actor: Actor; itemId: string }): Promise<Meeting> {
  const { db, actor, itemId } = options;
  const item = await loadItem(db, itemId);
  await db.transaction().execute(async (trx) => {
    const meeting = await getWritableMeeting(trx, actor, item.meetingId);
    assertAgendaEditable(meeting.status);
    await trx.updateTable('actions').set({ agendaItemId: null }).where('agendaItemId', '=', itemId).execute();
    await trx.updateTable('attachments').set({ agendaItemId: null }).where('agendaItemId', '=', itemId).execute();
    await trx.deleteFrom('minutesComments').where('agendaItemId', '=', itemId).execute();
    await queries.deleteItem(trx, itemId);
    const remaining = await queries.listItems(trx, item.meetingId);
    for (const [position, rest] of remaining.entries())
      if (rest.position !== position) await queries.setPosition(trx, rest.id, position);
    await recordAudit(trx, {
      actor,
      action: 'remove_item',
      entityType: 'meeting',
      entityId: item.meetingId,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      before: item,
    });
  });
  return getMeeting(db, actor, item.meetingId);
}

export async function reorderItems(options: {
  db: Db;
  actor: Actor;
  meetingId: string;
  itemIds: string[];
}): Promise<Meeting> {
  const { db, actor, meetingId, itemIds } = options;
  await db.transaction().execute(async (trx) => {
    const meeting = await getWritableMeeting(trx, actor, meetingId);
    assertAgendaEditable(meeting.status);
    const items = await queries.listItems(trx, meetingId);
    const known = new Set(items.map((i) => i.id));
    if (
      itemIds.length !== items.length ||
      new Set(itemIds).size !== itemIds.length ||
      itemIds.some((id) => !known.has(id))
    )
      throw errors.itemOrder();
    for (const [position, id] of itemIds.entries()) await queries.setPosition(trx, id, position);
    await recordAudit(trx, {
      actor,
      action: 'reorder_items',
      entityType: 'meeting',
      entityId: meetingId,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      before: items.map((i) => i.id),
      after: itemIds,
    });
  });
  return getMeeting(db, actor, meetingId);
}

export async function setAttendees(options: {
  db: Db;
  actor: Actor;
  meetingId: string;
  attendees: {
    organizationId?: string | null;
    userId?: string | null;
    name: string;
    title?: string | null;
    status: string;
    substituteFor?: string | null;
    substituteName?: string | null;
    category?: string | null;
  }[];
}): Promise<Meeting> {
  const { db, actor, meetingId } = options;
  await db.transaction().execute(async (trx) => {
    const meeting = await getWritableMeeting(trx, actor, meetingId);
    assertContentEditable(meeting.status);
    const organizationIds = [
      ...new Set(options.attendees.map((a) => a.organizationId).filter((id): id is string => Boolean(id))),
    ];
    const organizations = organizationIds.length
      ? await trx.selectFrom('organizations').select(['id', 'name']).where('id', 'in', organizationIds).execute()
      : [];
    const before = await queries.listAttendees(trx, meetingId);
    const attendees = options.attendees.map((a) => ({
      organizationId: a.organizationId ?? null,
      organizationName: organizations.find((o) => o.id === a.organizationId)?.name ?? null,
      userId: a.userId ?? null,
      name: a.name,
      title: a.title ?? null,
      status: a.status,
      substituteFor: a.status === 'substitute' ? (a.substituteFor ?? null) : null,
      substituteName: a.status === 'substitute' ? (a.substituteName ?? null) : null,
      category: a.category ?? null,
    }));
    assertAdjustersPresent(await queries.listAdjusters(trx, meetingId), attendees, 'attendees');
    await queries.replaceAttendees(trx, meetingId, attendees);
    await recordAudit(trx, {
      actor,
      action: 'update_attendance',
      entityType: 'meeting',
      entityId: meetingId,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      before,
      after: options.attendees,
    });
  });
  return getMeeting(db, actor, meetingId);
}

export async function addItemAction(options: {
  db: Db;
  actor: Actor;
  itemId: string;
  /** Where the app is reached, for the link in the owner's mail; null tells nobody (demo data). */
  appUrl: string | null;
  input: {
    ownerOrganizationId?: string | null;
    ownerUserId?: string | null;
    ownerName?: string | null;
    task: string;
    dueDate?: string | null;
    dueNextMeeting: boolean;
  };
}): Promise<Meeting> {
  const { db, actor, itemId, input } = options;
  const item = await loadItem(db, itemId);
  await db.transaction().execute(async (trx) => {
    const meeting = await getWritableMeeting(trx, actor, item.meetingId);
    assertContentEditable(meeting.status);
    await createAction(
      trx,
      actor,
      {
        forumId: meeting.forumId,
        meetingId: meeting.id,
        agendaItemId: itemId,
        ownerOrganizationId: input.ownerOrganizationId ?? null,
        ownerUserId: input.ownerUserId ?? null,
        ownerName: input.ownerName,
        task: input.task,
        dueDate: input.dueDate ?? null,
        dueNextMeeting: input.dueNextMeeting,
      },
      options.appUrl,
    );
  });
  return getMeeting(db, actor, item.meetingId);
}
