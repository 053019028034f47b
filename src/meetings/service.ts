import { listFollowUps, listMeetingActions } from '../actions/service.ts';
import { findLatestAuditEntry, recordAudit } from '../audit/service.ts';
import { systemAdmin, type Actor } from '../auth/service.ts';
import { getVisibleForum } from '../forums/service.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { instantToStockholm } from '../platform/time.ts';
import { can, permissionsOf } from '../policy/policy.ts';
import type { Overview } from '../rounds/schema.ts';
import type { Locale } from '../auth/schema.ts';
import { getOverviewForMinutes, getRound } from '../rounds/service.ts';
import { listMeetingMail } from '../outbox/service.ts';
import { meetingErrors as errors } from './errors.ts';
import {
  isInvitationOutdated,
  queueInvitations,
  queuePublishedMail,
  queueReviewMail,
  type MailSettings,
} from './notify.ts';
import * as queries from './queries.ts';
import type {
  AgendaTemplateItem,
  Meeting,
  MeetingCreate,
  MeetingSummary,
  MeetingUpdate,
  MyMeetings,
  MinutesVersion,
} from './schema.ts';
import { meetingCreateSchema, standardAgenda } from './schema.ts';
import {
  readSnapshot,
  snapshotChecksum,
  SNAPSHOT_FORMAT,
  type MinutesContent,
  type MinutesSnapshot,
} from './snapshot.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function mapSummary(row: queries.MeetingRow): MeetingSummary {
  return {
    id: row.id,
    forumId: row.forumId,
    forumName: row.forumName,
    title: row.title,
    documentType: row.documentType as MeetingSummary['documentType'],
    meetingDate: row.meetingDate,
    startTime: row.startTime,
    endTime: row.endTime,
    location: row.location,
    diaryNumber: row.diaryNumber,
    status: row.status as MeetingSummary['status'],
    minutesVersion: row.minutesVersion,
    roundId: row.roundId,
  };
}

export async function findMeetingRow(db: DbOrTrx, id: string): Promise<queries.MeetingRow> {
  const row = await queries.findMeeting(db, id);
  if (!row) throw errors.notFound();
  return row;
}

/** Why the meeting is hidden: the actor is not in its forum, or its minutes are not published yet. */
function forbiddenView(actor: Actor, row: queries.MeetingRow) {
  return can(actor, 'forum.view', { forumId: row.forumId }) ? errors.notPublished() : errors.notForumMember();
}

export async function getViewableMeeting(db: DbOrTrx, actor: Actor, id: string): Promise<queries.MeetingRow> {
  const row = await findMeetingRow(db, id);
  if (!can(actor, 'meeting.view', row)) throw forbiddenView(actor, row);
  return row;
}

export async function getWritableMeeting(db: DbOrTrx, actor: Actor, id: string): Promise<queries.MeetingRow> {
  const row = await findMeetingRow(db, id);
  if (!can(actor, 'meeting.write', row)) throw errors.forbiddenWrite();
  return row;
}

export async function listMeetings(db: Db, actor: Actor, forumId: string): Promise<MeetingSummary[]> {
  await getVisibleForum(db, actor, forumId);
  const rows = await queries.listMeetings(db, forumId);
  return rows.filter((row) => can(actor, 'meeting.view', row)).map(mapSummary);
}

async function resolvePerson(
  db: DbOrTrx,
  person: { userId?: string | null; name?: string | null } | null | undefined,
  path: string,
) {
  if (!person || (!person.userId && !person.name)) return null;
  if (person.userId) {
    const user = await db.selectFrom('users').select(['id', 'name']).where('id', '=', person.userId).executeTakeFirst();
    if (!user) throw errors.unknownUser(path);
    return { userId: user.id, name: person.name || user.name };
  }
  if (!person.name) throw errors.personRequired(path);
  return { userId: null, name: person.name };
}

async function assignDiaryNumber(trx: Trx, forumId: string, meetingDate: string): Promise<string> {
  const settings = await queries.forumSettings(trx, forumId);
  if (!settings?.diaryPrefix) throw errors.noDiaryPrefix();
  const year = Number(meetingDate.slice(0, 4));
  const number = await queries.nextDiaryNumber(trx, forumId, year);
  return `${settings.diaryPrefix}${String(year).slice(2)}/${String(number).padStart(5, '0')}`;
}

async function assertDiaryNumberFree(db: DbOrTrx, forumId: string, diaryNumber: string, exceptId?: string) {
  const existing = await queries.findMeetingByDiaryNumber(db, forumId, diaryNumber);
  if (existing && existing.id !== exceptId) throw errors.diaryNumberTaken(diaryNumber);
}

async function assertRoundOfForum(db: DbOrTrx, forumId: string, roundId: string | null | undefined) {
  if (!roundId) return;
  const round = await getRound(db, roundId);
  if (round.forumId !== forumId) throw errors.roundOfOtherForum();
}

async function defaultAttendees(db: DbOrTrx, forumId: string) {
  const people = await queries.listForumPeople(db, forumId);
  return people.map((p) => ({
    organizationId: p.organizationId,
    organizationName: p.organizationName,
    userId: p.id,
    name: p.name,
    title: p.title,
    status: 'invited',
    substituteFor: null,
  }));
}

export async function createMeeting(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  input: MeetingCreate;
}): Promise<Meeting> {
  const { db, actor, forumId } = options;
  const input = meetingCreateSchema.parse(options.input);
  await getVisibleForum(db, actor, forumId);
  if (!can(actor, 'meeting.create', { forumId })) throw errors.forbiddenWrite();
  const id = await db.transaction().execute(async (trx) => {
    await assertRoundOfForum(trx, forumId, input.roundId);
    // A forum with a Dnr series numbers its meetings unless a Dnr is typed or numbering is declined.
    const hasSeries = Boolean((await queries.forumSettings(trx, forumId))?.diaryPrefix);
    const shouldAssign = input.assignDiaryNumber ?? (hasSeries && !input.diaryNumber);
    const diaryNumber = shouldAssign
      ? await assignDiaryNumber(trx, forumId, input.meetingDate)
      : input.diaryNumber || null;
    if (diaryNumber) await assertDiaryNumberFree(trx, forumId, diaryNumber);
    const chair = await resolvePerson(trx, input.chair, 'body.chair');
    const secretary = await resolvePerson(trx, input.secretary, 'body.secretary');
    const adjusters = (
      await Promise.all(input.adjusters.map((a, i) => resolvePerson(trx, a, `body.adjusters.${i}`)))
    ).filter((a) => a !== null);
    const meetingId = await queries.insertMeeting(trx, {
      forumId,
      title: input.title,
      documentType: input.documentType,
      meetingDate: input.meetingDate,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      location: input.location,
      diaryNumber,
      chairRole: input.chairRole,
      chairUserId: chair?.userId ?? null,
      chairName: chair?.name ?? null,
      secretaryUserId: secretary?.userId ?? null,
      secretaryName: secretary?.name ?? null,
      roundId: input.roundId ?? null,
    });
    await queries.replaceAdjusters(trx, meetingId, adjusters);
    await queries.replaceAttendees(trx, meetingId, await defaultAttendees(trx, forumId));
    if (input.useTemplate) {
      const settings = await queries.forumSettings(trx, forumId);
      const template = settings?.agendaTemplate ?? standardAgenda(settings?.language ?? 'sv');
      await queries.insertItems(
        trx,
        meetingId,
        template.map((item, position) => ({
          position,
          title: item.title,
          kind: item.kind,
          role: item.role,
          presenters: [],
        })),
      );
    }
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'meeting',
      entityId: meetingId,
      entityLabel: `${input.title} ${input.meetingDate}`,
      forumId,
      after: { ...input, diaryNumber },
    });
    return meetingId;
  });
  return getMeeting(db, actor, id);
}

export async function updateMeeting(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: MeetingUpdate;
  mail: MailSettings;
}): Promise<Meeting> {
  const { db, actor, id, input, mail } = options;
  await db.transaction().execute(async (trx) => {
    const before = await getWritableMeeting(trx, actor, id);
    assertContentEditable(before.status);
    const values: Record<string, unknown> = {};
    for (const key of [
      'title',
      'documentType',
      'meetingDate',
      'startTime',
      'endTime',
      'location',
      'chairRole',
    ] as const) {
      if (input[key] !== undefined) values[key] = input[key];
    }
    if (input.diaryNumber !== undefined) {
      if (input.diaryNumber) await assertDiaryNumberFree(trx, before.forumId, input.diaryNumber, id);
      values.diaryNumber = input.diaryNumber || null;
    }
    if (input.roundId !== undefined) {
      await assertRoundOfForum(trx, before.forumId, input.roundId);
      values.roundId = input.roundId;
    }
    if (input.chair !== undefined) {
      const chair = await resolvePerson(trx, input.chair, 'body.chair');
      values.chairUserId = chair?.userId ?? null;
      values.chairName = chair?.name ?? null;
    }
    if (input.secretary !== undefined) {
      const secretary = await resolvePerson(trx, input.secretary, 'body.secretary');
      values.secretaryUserId = secretary?.userId ?? null;
      values.secretaryName = secretary?.name ?? null;
    }
    if (input.adjusters !== undefined) {
      const adjusters = (
        await Promise.all(input.adjusters.map((a, i) => resolvePerson(trx, a, `body.adjusters.${i}`)))
      ).filter((a) => a !== null);
      assertAdjustersPresent(adjusters, await queries.listAttendees(trx, id), 'adjusters');
      await queries.replaceAdjusters(trx, id, adjusters);
    }
    if (Object.keys(values).length) await queries.updateMeeting(trx, id, values);
    await sendInvitationUpdate(trx, { before, actor, mail });
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'meeting',
      entityId: id,
      entityLabel: before.title,
      forumId: before.forumId,
      before: mapSummary(before),
      after: input,
    });
  });
  return getMeeting(db, actor, id);
}

const calendarFields = ['title', 'meetingDate', 'startTime', 'endTime', 'location'] as const;

/**
 * Once the kallelse is out, a new time or place is sent at once as an updated invitation, so no
 * calendar keeps the old one. (An agenda change waits for the coordinator to send the kallelse again.)
 */
async function sendInvitationUpdate(
  trx: Trx,
  options: { before: queries.MeetingRow; actor: Actor; mail: MailSettings },
) {
  const { before, actor, mail } = options;
  if (!mail || !before.invitationSentAt || before.status !== 'planned') return;
  const after = await findMeetingRow(trx, before.id);
  if (calendarFields.every((field) => after[field] === before[field])) return;
  await queueInvitations(trx, { meeting: after, actor, mail, change: 'update' });
}

/** Sends the kallelse, or sends it again as an update after a change (audited). */
export async function sendInvitations(options: {
  db: Db;
  actor: Actor;
  id: string;
  mail: NonNullable<MailSettings>;
}): Promise<Meeting> {
  const { db, actor, id, mail } = options;
  await db.transaction().execute(async (trx) => {
    await queries.lockMeeting(trx, id);
    const meeting = await getViewableMeeting(trx, actor, id);
    if (!can(actor, 'meeting.invite', meeting)) {
      if (meeting.status !== 'planned') {
        throw errors.wrongState('Kallelsen skickas före mötet.', 'The kallelse is sent before the meeting.');
      }
      throw errors.forbiddenWrite();
    }
    const change = meeting.invitationSentAt ? 'update' : 'new';
    const queued = await queueInvitations(trx, { meeting, actor, mail, change });
    await recordAudit(trx, {
      actor,
      action: 'send_invitations',
      entityType: 'meeting',
      entityId: id,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      after: { change, recipients: queued },
    });
  });
  return getMeeting(db, actor, id);
}

/** Cancels a planned meeting; if the kallelse went out, everyone gets a calendar cancellation. */
export async function cancelMeeting(options: {
  db: Db;
  actor: Actor;
  id: string;
  mail: MailSettings;
}): Promise<Meeting> {
  const { db, actor, id, mail } = options;
  await db.transaction().execute(async (trx) => {
    await queries.lockMeeting(trx, id);
    const meeting = await getViewableMeeting(trx, actor, id);
    if (!can(actor, 'meeting.cancel', meeting)) {
      if (meeting.status !== 'planned') {
        throw errors.wrongState('Bara ett planerat möte kan ställas in.', 'Only a planned meeting can be cancelled.');
      }
      throw errors.forbiddenWrite();
    }
    await queries.updateMeeting(trx, id, { status: 'cancelled' });
    if (mail && meeting.invitationSentAt) {
      await queueInvitations(trx, { meeting: { ...meeting, status: 'cancelled' }, actor, mail, change: 'cancel' });
    }
    await recordAudit(trx, {
      actor,
      action: 'cancel',
      entityType: 'meeting',
      entityId: id,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      before: { status: meeting.status },
      after: { status: 'cancelled' },
    });
  });
  return getMeeting(db, actor, id);
}

/** The mail sent about a meeting and how each fared, for those who write its minutes. */
export async function getMeetingMail(db: Db, actor: Actor, id: string) {
  const meeting = await getViewableMeeting(db, actor, id);
  if (!can(actor, 'meeting.viewMail', meeting)) throw errors.forbiddenWrite();
  return listMeetingMail(db, id);
}

interface AttendanceOfPerson {
  userId: string | null;
  name: string;
  status: string;
  substituteName?: string | null;
}

/** Absent: marked so, or replaced by a substitute who sat in for them. */
function isAbsent(attendee: AttendanceOfPerson): boolean {
  return attendee.status === 'absent' || (attendee.status === 'substitute' && Boolean(attendee.substituteName));
}

function isSamePerson(a: { userId: string | null; name: string }, b: { userId: string | null; name: string }) {
  if (a.userId && b.userId) return a.userId === b.userId;
  return a.name.trim().toLocaleLowerCase('sv') === b.name.trim().toLocaleLowerCase('sv');
}

/**
 * A justerare attests that the minutes tell what happened at the meeting, so they must have been
 * there. `blame` says which list the error points at: the adjusters being set or the attendance.
 */
export function assertAdjustersPresent(
  adjusters: { userId: string | null; name: string }[],
  attendees: AttendanceOfPerson[],
  blame: 'adjusters' | 'attendees',
): void {
  for (const [adjusterIndex, adjuster] of adjusters.entries()) {
    const attendeeIndex = attendees.findIndex((a) => isAbsent(a) && isSamePerson(adjuster, a));
    if (attendeeIndex === -1) continue;
    const path = blame === 'adjusters' ? `body.adjusters.${adjusterIndex}` : `body.attendees.${attendeeIndex}`;
    throw errors.adjusterAbsent(adjuster.name, path);
  }
}

export function assertAgendaEditable(status: string) {
  if (status !== 'planned') {
    throw errors.wrongState(
      'Dagordningen kan bara ändras innan mötet har hållits.',
      'The agenda can only be changed before the meeting is held.',
    );
  }
}

export function assertContentEditable(status: string) {
  if (status !== 'planned' && status !== 'held') {
    throw errors.wrongState(
      'Anteckningarna är skickade för justering eller justerade och är låsta. En rättelse görs som en ny version.',
      'The minutes are out for approval or approved and are locked. A correction is made as a new version.',
    );
  }
}

export async function getMeeting(db: DbOrTrx, actor: Actor, id: string): Promise<Meeting> {
  const row = await getViewableMeeting(db, actor, id);
  const [comments, versions] = await Promise.all([queries.listComments(db, id), queries.listMinutesVersions(db, id)]);
  const frozen = isJusterad(row.status) ? await findSnapshot(db, id, row.minutesVersion) : null;
  const content = frozen?.snapshot.content ?? (await loadMinutesContent(db, row, actor)).content;
  return {
    ...content,
    status: row.status as Meeting['status'],
    comments: can(actor, 'meeting.comment', row) ? comments.map((c) => ({ ...c, createdAt: iso(c.createdAt)! })) : [],
    withdrawal: await loadWithdrawal(db, row),
    imported: await loadImport(db, row),
    frozen: frozen?.version ?? null,
    versions: versions.map(mapVersion),
    invitation: row.invitationSentAt
      ? {
          sentAt: iso(row.invitationSentAt)!,
          sequence: row.invitationSequence,
          isOutdated: row.status === 'planned' && (await isInvitationOutdated(db, row)),
        }
      : null,
    permissions: permissionsOf.meeting(actor, row),
  };
}

function isJusterad(status: string): boolean {
  return status === 'approved' || status === 'published';
}

function mapVersion(row: {
  version: number;
  approvedAt: Date | string;
  publishedAt: Date | string | null;
  checksum: string | null;
}): MinutesVersion {
  return {
    version: row.version,
    approvedAt: iso(row.approvedAt)!,
    publishedAt: iso(row.publishedAt),
    checksum: row.checksum,
  };
}

export async function findSnapshot(
  db: DbOrTrx,
  meetingId: string,
  version: number,
): Promise<{ snapshot: MinutesSnapshot; version: MinutesVersion } | null> {
  const row = await queries.findMinutesVersion(db, meetingId, version);
  const snapshot = row ? readSnapshot(row.document) : null;
  return row && snapshot ? { snapshot, version: mapVersion(row) } : null;
}

/**
 * A justerad version for download. Readers may read any version that was published, even while a
 * correction is under way; everyone else who may see the meeting reads every version.
 */
export async function getViewableVersion(db: DbOrTrx, actor: Actor, meetingId: string, version: number) {
  const row = await findMeetingRow(db, meetingId);
  const found = await queries.findMinutesVersion(db, meetingId, version);
  if (!found) throw errors.versionNotFound();
  if (!can(actor, 'meeting.viewVersion', { ...row, isPublished: found.publishedAt !== null })) {
    throw forbiddenView(actor, row);
  }
  const snapshot = readSnapshot(found.document);
  if (!snapshot) throw errors.versionNotFound();
  return { row, snapshot, version: mapVersion(found) };
}

/**
 * What the minutes say, from live data. The lägesbild the meeting discussed is part of the minutes
 * for everyone who may read them; follow-ups list the uppdrag of earlier meetings the viewer may
 * see (a frozen version, made by the system, lists them all).
 */
export async function loadMinutesContent(
  db: DbOrTrx,
  row: queries.MeetingRow,
  viewer: Actor,
): Promise<{ content: MinutesContent; roundOverview: Overview | null }> {
  const id = row.id;
  const [adjusters, attendees, items, decisions, actions, followUps, attachments] = await Promise.all([
    queries.listAdjusters(db, id),
    queries.listAttendees(db, id),
    queries.listItems(db, id),
    queries.listDecisions(db, id),
    listMeetingActions(db, viewer, id),
    listFollowUps(db, viewer, { forumId: row.forumId, id, meetingDate: row.meetingDate }),
    queries.listAttachments(db, id),
  ]);
  const roundOverview = row.roundId ? await getOverviewForMinutes(db, row.roundId) : null;
  const numberOf = await itemNumbering(db, row);
  const { status: _status, ...summary } = mapSummary(row);
  const content: MinutesContent = {
    ...summary,
    chairRole: row.chairRole as Meeting['chairRole'],
    chair: row.chairName ? { userId: row.chairUserId, name: row.chairName } : null,
    secretary: row.secretaryName ? { userId: row.secretaryUserId, name: row.secretaryName } : null,
    adjusters: adjusters.map((a) => ({
      position: a.position,
      userId: a.userId,
      name: a.name,
      approvedAt: iso(a.approvedAt),
    })),
    attendees: attendees.map((a) => ({
      ...a,
      status: a.status as Meeting['attendees'][number]['status'],
      category: a.category as Meeting['attendees'][number]['category'],
    })),
    items: items.map((item, index) => ({
      id: item.id,
      position: item.position,
      number: item.numberLabel ?? numberOf(index),
      kind: item.kind as Meeting['items'][number]['kind'],
      role: item.role,
      title: item.title,
      presenters: item.presenters,
      notes: item.notes,
      decisions: decisions.filter((d) => d.agendaItemId === item.id).map((d) => ({ id: d.id, text: d.text })),
      actions: actions.filter((a) => a.agendaItemId === item.id),
      attachments: attachments
        .filter((a) => a.agendaItemId === item.id)
        .map((a) => ({ id: a.id, number: a.number, title: a.title })),
      revision: item.revision,
      updatedAt: iso(item.updatedAt)!,
      updatedByName: item.updatedByName,
      permissions: permissionsOf.agendaItem(viewer, row),
    })),
    followUps,
    situation: roundOverview ? toSituation(roundOverview) : null,
    attachments,
  };
  return { content, roundOverview };
}

function toSituation(overview: Overview): NonNullable<Meeting['situation']> {
  return {
    roundId: overview.round.id,
    roundTitle: overview.round.title,
    summary: overview.round.summary,
    rows: overview.rows.map((r) => ({
      organization: r.organizationName,
      status: r.status,
      strainLevel: r.strainLevel,
      current: r.currentSituation,
      challenges: r.challenges,
      input: r.input,
    })),
  };
}

/**
 * A justerad version is read-only for everyone: its items and uppdrag say so. The uppdrag live on
 * (status, comments) on the board and at the next meeting, not in this version.
 */
function readOnly(content: MinutesContent): MinutesContent {
  const frozenAction = <T extends MinutesContent['followUps'][number]>(action: T): T => ({
    ...action,
    permissions: { canEdit: false, canUpdateStatus: false },
  });
  return {
    ...content,
    items: content.items.map((item) => ({
      ...item,
      actions: item.actions.map(frozenAction),
      permissions: { canEdit: false, canDelete: false },
    })),
    followUps: content.followUps.map(frozenAction),
  };
}

/** Freezes the minutes as they stand into a new version; called when the last adjuster approves. */
async function freezeMinutes(trx: Trx, row: queries.MeetingRow, approvedAt: string): Promise<void> {
  const { content, roundOverview } = await loadMinutesContent(trx, row, systemAdmin);
  const snapshot: MinutesSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: row.minutesVersion,
    approvedAt,
    content: readOnly({ ...content, minutesVersion: row.minutesVersion }),
    roundOverview,
  };
  await queries.insertMinutesVersion(trx, {
    meetingId: row.id,
    version: row.minutesVersion,
    document: snapshot,
    checksum: snapshotChecksum(snapshot),
    approvedAt,
  });
}

const chairDefinite: Record<string, string> = {
  ordforande: 'ordföranden',
  motesledare: 'mötesledaren',
  sammankallande: 'den sammankallande',
};

/** "A", "A och B", "A, B och C". */
function joinNames(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}

/**
 * The formal items are decided the same way at every meeting; when it is held, their usual
 * "att …" clauses are written in where the secretary has not written any, to be changed if need be.
 * The minutes are Swedish documents, so the clauses are Swedish whatever the user's language.
 */
async function fillFormalDecisions(trx: Trx, meeting: queries.MeetingRow): Promise<void> {
  const adjusters = (await queries.listAdjusters(trx, meeting.id)).map((a) => a.name);
  const documentWord = meeting.documentType === 'protokoll' ? 'protokollet' : 'minnesanteckningarna';
  const clauses: Record<string, string | null> = {
    opening: 'att förklara mötet öppnat',
    agenda: 'att godkänna dagordningen',
    adjusters: adjusters.length
      ? `att utse ${joinNames(adjusters)} att jämte ${chairDefinite[meeting.chairRole] ?? 'ordföranden'} justera ${documentWord}`
      : null,
    closing: 'att förklara mötet avslutat',
  };
  const [items, decisions] = await Promise.all([
    queries.listItems(trx, meeting.id),
    queries.listDecisions(trx, meeting.id),
  ]);
  for (const item of items) {
    const clause = item.role ? clauses[item.role] : null;
    if (!clause || decisions.some((d) => d.agendaItemId === item.id)) continue;
    await queries.replaceDecisions(trx, meeting.id, item.id, [clause]);
  }
}

/** A protokoll numbers its items § 1, § 2 … (on from earlier protokoll of the year if the forum says so). */
async function itemNumbering(db: DbOrTrx, row: queries.MeetingRow): Promise<(index: number) => string> {
  if (row.documentType !== 'protokoll') return (index) => String(index + 1);
  const settings = await queries.forumSettings(db, row.forumId);
  const offset = settings?.continuousSectionNumbering ? await queries.countEarlierSections(db, row.id) : 0;
  return (index) => `§ ${offset + index + 1}`;
}

/** While pulled-back minutes are reworked, everyone following them sees why. */
async function loadWithdrawal(db: DbOrTrx, row: queries.MeetingRow): Promise<Meeting['withdrawal']> {
  if (row.status !== 'held') return null;
  const entry = await findLatestAuditEntry(db, row.id, 'withdraw');
  const after = entry?.after as { reason?: string; version?: number } | undefined;
  if (!entry || !after?.reason || after.version !== row.minutesVersion) return null;
  return { reason: after.reason, at: entry.at, byName: entry.actorName };
}

/** Imported minutes say where they came from, in place of the kallelse they never had here. */
async function loadImport(db: DbOrTrx, row: queries.MeetingRow): Promise<Meeting['imported']> {
  if (row.status !== 'imported') return null;
  const entry = await findLatestAuditEntry(db, row.id, 'import');
  const after = entry?.after as { filename?: string } | undefined;
  if (!entry || !after?.filename) return null;
  return { filename: after.filename, at: entry.at, byName: entry.actorName };
}

/**
 * The start page's meetings: minutes the user has to justera, minutes they write that are not yet
 * published, and the next planned meeting of each forum they write minutes for.
 */
export async function listMyMeetings(db: Db, actor: Actor): Promise<MyMeetings> {
  const today = instantToStockholm(new Date()).date;
  const forumIds = actor.forumRoles.filter((r) => r.role === 'coordinator').map((r) => r.forumId);
  const [toApprove, inProgress, planned] = await Promise.all([
    queries.listMeetingsToApprove(db, actor.id),
    queries.listWrittenMeetings(db, { forumIds, userId: actor.id, statuses: ['held', 'in_review', 'approved'] }),
    queries.listWrittenMeetings(db, { forumIds, userId: actor.id, statuses: ['planned'], from: today }),
  ]);
  const upcoming = new Map<string, queries.MeetingRow>();
  for (const row of planned) if (!upcoming.has(row.forumId)) upcoming.set(row.forumId, row);
  return {
    toApprove: toApprove.filter((row) => can(actor, 'meeting.view', row)).map(mapSummary),
    inProgress: inProgress.map(mapSummary),
    upcoming: [...upcoming.values()].map(mapSummary),
  };
}

/**
 * The minutes carry the lägesbild of their round for every reader, so they are published only
 * once that lägesbild is: publishing the minutes must not publish reports by the back door.
 */
async function assertRoundPublished(db: DbOrTrx, roundId: string | null) {
  if (!roundId) return;
  const round = await getRound(db, roundId);
  if (!round.isPublished) throw errors.roundUnpublished(round.title);
}

/**
 * Likewise the uppdrag the minutes follow up: a frozen version lists them all, so the minutes of
 * the meetings that gave them are published first.
 */
async function assertFollowUpsPublished(db: DbOrTrx, meetingId: string, version: number) {
  const frozen = await findSnapshot(db, meetingId, version);
  const earlierIds = [...new Set(frozen?.snapshot.content.followUps.map((a) => a.meetingId) ?? [])];
  for (const earlierId of earlierIds) {
    const earlier = await findMeetingRow(db, earlierId);
    if (earlier.status !== 'published' && earlier.status !== 'imported') {
      throw errors.followUpsUnpublished(`${earlier.title} ${earlier.meetingDate}`);
    }
  }
}

type Transition = 'hold' | 'send_for_review' | 'withdraw' | 'publish' | 'correct';

const transitions: Record<Transition, { from: string[]; to: string; sv: string; en: string }> = {
  hold: {
    from: ['planned'],
    to: 'held',
    sv: 'Bara ett planerat möte kan markeras som hållet.',
    en: 'Only a planned meeting can be marked as held.',
  },
  send_for_review: {
    from: ['held'],
    to: 'in_review',
    sv: 'Anteckningarna kan skickas för justering när mötet är hållet.',
    en: 'The minutes can be sent for approval once the meeting is held.',
  },
  withdraw: {
    from: ['in_review'],
    to: 'held',
    sv: 'Bara anteckningar som är ute för justering kan tas tillbaka.',
    en: 'Only minutes out for approval can be pulled back.',
  },
  publish: {
    from: ['approved'],
    to: 'published',
    sv: 'Bara justerade anteckningar kan publiceras.',
    en: 'Only approved minutes can be published.',
  },
  correct: {
    from: ['approved', 'published'],
    to: 'held',
    sv: 'Bara justerade anteckningar rättas som en ny version.',
    en: 'Only approved minutes are corrected as a new version.',
  },
};

export async function transitionMeeting(options: {
  db: Db;
  actor: Actor;
  id: string;
  transition: Transition;
  /** Why the minutes are pulled back from justering (withdraw only). */
  reason?: string;
  mail: MailSettings;
}): Promise<Meeting> {
  const { db, actor, id, transition, mail } = options;
  const rule = transitions[transition];
  await db.transaction().execute(async (trx) => {
    await queries.lockMeeting(trx, id);
    const before = await getWritableMeeting(trx, actor, id);
    if ((transition === 'publish' || transition === 'correct') && !can(actor, 'meeting.publish', before))
      throw errors.forbiddenWrite();
    if (!rule.from.includes(before.status)) throw errors.wrongState(rule.sv, rule.en);
    const values: Record<string, unknown> = { status: rule.to };
    if (transition === 'hold') await fillFormalDecisions(trx, before);
    if (transition === 'send_for_review') {
      const adjusters = await queries.listAdjusters(trx, id);
      if (!adjusters.some((a) => a.userId)) throw errors.noAdjusters();
      assertAdjustersPresent(adjusters, await queries.listAttendees(trx, id), 'adjusters');
    }
    if (transition === 'withdraw') {
      if (!options.reason) throw errors.withdrawalReasonRequired();
      // Whatever the adjusters approved is no longer what they will be asked to approve.
      await queries.resetApprovals(trx, id);
    }
    if (transition === 'publish') {
      await assertRoundPublished(trx, before.roundId);
      await assertFollowUpsPublished(trx, id, before.minutesVersion);
      await queries.markVersionPublished(trx, id, before.minutesVersion);
    }
    if (transition === 'correct') {
      values.minutesVersion = before.minutesVersion + 1;
      await queries.resetApprovals(trx, id);
    }
    await queries.updateMeeting(trx, id, values);
    if (mail && transition === 'send_for_review') await queueReviewMail(trx, { meeting: before, actor, mail });
    if (mail && transition === 'publish') await queuePublishedMail(trx, { meeting: before, actor, mail });
    await recordAudit(trx, {
      actor,
      action: transition,
      entityType: 'meeting',
      entityId: id,
      entityLabel: before.title,
      forumId: before.forumId,
      before: { status: before.status, minutesVersion: before.minutesVersion },
      after: transition === 'withdraw' ? { ...values, reason: options.reason, version: before.minutesVersion } : values,
    });
  });
  return getMeeting(db, actor, id);
}

/**
 * An adjuster approves their own justering. When the last one has, the minutes are justerade: the
 * version is frozen as it stands and the minutes are locked.
 */
export async function approveMinutes(options: { db: Db; actor: Actor; id: string }): Promise<Meeting> {
  const { db, actor, id } = options;
  await db.transaction().execute(async (trx) => {
    await queries.lockMeeting(trx, id);
    const meeting = await findMeetingRow(trx, id);
    const adjusters = await queries.listAdjusters(trx, id);
    if (!can(actor, 'meeting.approve', meeting)) throw errors.forbiddenApprove();
    const mine = adjusters.find((a) => a.userId === actor.id)!;
    if (meeting.status !== 'in_review' || mine.approvedAt) {
      throw errors.wrongState(
        'Det finns ingen justering att göra för dig just nu.',
        'There is no approval for you to make right now.',
      );
    }
    await queries.approveAdjuster(trx, id, actor.id);
    const remaining = adjusters.filter((a) => a.userId !== actor.id && !a.approvedAt);
    if (remaining.length === 0) {
      await queries.updateMeeting(trx, id, { status: 'approved' });
      await freezeMinutes(trx, meeting, new Date().toISOString());
    }
    await recordAudit(trx, {
      actor,
      action: 'approve',
      entityType: 'meeting',
      entityId: id,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      after: { adjuster: actor.name, allApproved: remaining.length === 0, version: meeting.minutesVersion },
    });
  });
  return getMeeting(db, actor, id);
}

export async function addComment(options: {
  db: Db;
  actor: Actor;
  id: string;
  agendaItemId: string | null;
  text: string;
}): Promise<Meeting> {
  const { db, actor, id } = options;
  await db.transaction().execute(async (trx) => {
    const meeting = await findMeetingRow(trx, id);
    if (!can(actor, 'meeting.comment', meeting)) throw errors.forbiddenApprove();
    if (meeting.status !== 'in_review')
      throw errors.wrongState('Kommentarer lämnas under justeringen.', 'Comments are made during approval.');
    if (options.agendaItemId) {
      const item = await queries.findItem(trx, options.agendaItemId);
      if (!item || item.meetingId !== id) throw errors.itemNotFound();
    }
    await queries.insertComment(trx, {
      meetingId: id,
      agendaItemId: options.agendaItemId,
      userId: actor.id,
      text: options.text,
    });
    await recordAudit(trx, {
      actor,
      action: 'comment',
      entityType: 'meeting',
      entityId: id,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      after: { agendaItemId: options.agendaItemId, text: options.text },
    });
  });
  return getMeeting(db, actor, id);
}

export async function getMeetingSettings(db: Db, actor: Actor, forumId: string) {
  await getVisibleForum(db, actor, forumId);
  const settings = await queries.forumSettings(db, forumId);
  // null tells the client the forum follows the standard agenda (which may change with the app).
  return {
    diaryPrefix: settings?.diaryPrefix ?? null,
    agendaTemplate: settings?.agendaTemplate ?? null,
    continuousSectionNumbering: settings?.continuousSectionNumbering ?? false,
    language: settings?.language ?? 'sv',
  };
}

export async function setMeetingSettings(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  settings: {
    diaryPrefix: string | null;
    agendaTemplate: AgendaTemplateItem[] | null;
    continuousSectionNumbering?: boolean;
    language?: Locale;
  };
}) {
  const { db, actor, forumId, settings } = options;
  await getVisibleForum(db, actor, forumId);
  if (!can(actor, 'forum.update', { forumId })) throw errors.forbiddenWrite();
  const saved = {
    ...settings,
    continuousSectionNumbering: settings.continuousSectionNumbering ?? false,
    language: settings.language ?? 'sv',
  };
  await db.transaction().execute(async (trx) => {
    const before = await queries.forumSettings(trx, forumId);
    await queries.updateForumSettings(trx, forumId, saved);
    await recordAudit(trx, {
      actor,
      action: 'update_meeting_settings',
      entityType: 'forum',
      entityId: forumId,
      forumId,
      before,
      after: saved,
    });
  });
  return saved;
}
