import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';
import type { AgendaTemplateItem } from './schema.ts';
import type { Locale } from '../auth/schema.ts';

export function selectMeetings(db: DbOrTrx) {
  return db
    .selectFrom('meetings')
    .innerJoin('forums', 'forums.id', 'meetings.forumId')
    .select([
      'meetings.id',
      'meetings.forumId',
      'forums.name as forumName',
      'meetings.title',
      'meetings.documentType',
      'meetings.meetingDate',
      'meetings.startTime',
      'meetings.endTime',
      'meetings.location',
      'meetings.diaryNumber',
      'meetings.status',
      'meetings.minutesVersion',
      'meetings.roundId',
      'meetings.chairRole',
      'meetings.chairUserId',
      'meetings.chairName',
      'meetings.secretaryUserId',
      'meetings.secretaryName',
      'meetings.invitationSequence',
      'meetings.invitationSentAt',
      'meetings.invitationFingerprint',
      // The policy needs the adjusters with every meeting: they see it in every state.
      sql<{ userId: string | null; approvedAt: string | null }[]>`coalesce((
        select json_agg(json_build_object('userId', a.user_id, 'approvedAt', a.approved_at))
        from meeting_adjusters a where a.meeting_id = meetings.id), '[]'::json)`.as('adjusters'),
    ]);
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export function findMeeting(db: DbOrTrx, id: string) {
  return selectMeetings(db).where('meetings.id', '=', id).executeTakeFirst();
}

export function listMeetings(db: DbOrTrx, forumId: string) {
  return selectMeetings(db).where('meetings.forumId', '=', forumId).orderBy('meetings.meetingDate', 'desc').execute();
}

/** Minutes out for justering where the user is an adjuster who has not yet approved. */
export function listMeetingsToApprove(db: DbOrTrx, userId: string) {
  return selectMeetings(db)
    .innerJoin('meetingAdjusters', 'meetingAdjusters.meetingId', 'meetings.id')
    .where('meetingAdjusters.userId', '=', userId)
    .where('meetingAdjusters.approvedAt', 'is', null)
    .where('meetings.status', '=', 'in_review')
    .orderBy('meetings.meetingDate')
    .execute();
}

/** Meetings the user writes: in the forums they coordinate, or where they are the secretary. */
export function listWrittenMeetings(
  db: DbOrTrx,
  filter: { forumIds: string[]; userId: string; statuses: string[]; from?: string },
) {
  let query = selectMeetings(db)
    .where('meetings.status', 'in', filter.statuses)
    .where((eb) =>
      eb.or([
        ...(filter.forumIds.length ? [eb('meetings.forumId', 'in', filter.forumIds)] : []),
        eb('meetings.secretaryUserId', '=', filter.userId),
      ]),
    );
  if (filter.from) query = query.where('meetings.meetingDate', '>=', filter.from);
  return query.orderBy('meetings.meetingDate').orderBy('meetings.startTime').execute();
}

export function lockMeeting(db: DbOrTrx, id: string) {
  return db.selectFrom('meetings').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertMeeting(
  db: DbOrTrx,
  values: Record<string, unknown> & { forumId: string; title: string; meetingDate: string },
) {
  return (
    await db
      .insertInto('meetings')
      .values(values as never)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export function updateMeeting(db: DbOrTrx, id: string, values: Record<string, unknown>) {
  return db
    .updateTable('meetings')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export function findMeetingByDiaryNumber(db: DbOrTrx, forumId: string, diaryNumber: string) {
  return db
    .selectFrom('meetings')
    .select('id')
    .where('forumId', '=', forumId)
    .where('diaryNumber', '=', diaryNumber)
    .executeTakeFirst();
}

/** Takes the next running number of the forum's series for the year, atomically across processes. */
export async function nextDiaryNumber(db: DbOrTrx, forumId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('diaryCounters')
    .values({ forumId, year, lastNumber: 1 })
    .onConflict((oc) =>
      oc.columns(['forumId', 'year']).doUpdateSet({ lastNumber: sql`diary_counters.last_number + 1` }),
    )
    .returning('lastNumber')
    .executeTakeFirstOrThrow();
  return row.lastNumber;
}

export function forumSettings(db: DbOrTrx, forumId: string) {
  return db
    .selectFrom('forums')
    .select([
      'diaryPrefix',
      sql<AgendaTemplateItem[] | null>`agenda_template`.as('agendaTemplate'),
      'continuousSectionNumbering',
      sql<Locale>`language`.as('language'),
    ])
    .where('id', '=', forumId)
    .executeTakeFirst();
}

export function updateForumSettings(
  db: DbOrTrx,
  forumId: string,
  values: {
    diaryPrefix: string | null;
    agendaTemplate: unknown;
    continuousSectionNumbering: boolean;
    language: Locale;
  },
) {
  return db
    .updateTable('forums')
    .set({
      diaryPrefix: values.diaryPrefix,
      continuousSectionNumbering: values.continuousSectionNumbering,
      language: values.language,
      agendaTemplate: values.agendaTemplate === null ? null : JSON.stringify(values.agendaTemplate),
      updatedAt: new Date(),
    })
    .where('id', '=', forumId)
    .execute();
}

/**
 * How many § the forum's protokoll held earlier in the same year have used: where a forum numbers
 * its § over the year, this meeting's first § follows them. Imported minutes keep their own labels.
 */
export async function countEarlierSections(db: DbOrTrx, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('agendaItems')
    .innerJoin('meetings as earlier', 'earlier.id', 'agendaItems.meetingId')
    .innerJoin('meetings as current', (join) =>
      join.onRef('current.forumId', '=', 'earlier.forumId').on('current.id', '=', meetingId),
    )
    .select(sql<number>`count(*)`.as('count'))
    .where('earlier.documentType', '=', 'protokoll')
    .where('earlier.status', '<>', 'imported')
    .where(sql<boolean>`extract(year from earlier.meeting_date) = extract(year from current.meeting_date)`)
    .where(
      sql<boolean>`(earlier.meeting_date, earlier.created_at, earlier.id) < (current.meeting_date, current.created_at, current.id)`,
    )
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function listAdjusters(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('meetingAdjusters')
    .select(['position', 'userId', 'name', 'approvedAt'])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function replaceAdjusters(
  db: DbOrTrx,
  meetingId: string,
  adjusters: { userId: string | null; name: string }[],
) {
  await db.deleteFrom('meetingAdjusters').where('meetingId', '=', meetingId).execute();
  if (adjusters.length === 0) return;
  await db
    .insertInto('meetingAdjusters')
    .values(adjusters.map((a, position) => ({ meetingId, position, userId: a.userId, name: a.name })))
    .execute();
}

export function approveAdjuster(db: DbOrTrx, meetingId: string, userId: string) {
  return db
    .updateTable('meetingAdjusters')
    .set({ approvedAt: new Date() })
    .where('meetingId', '=', meetingId)
    .where('userId', '=', userId)
    .where('approvedAt', 'is', null)
    .execute();
}

export function resetApprovals(db: DbOrTrx, meetingId: string) {
  return db.updateTable('meetingAdjusters').set({ approvedAt: null }).where('meetingId', '=', meetingId).execute();
}

export function listAttendees(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('meetingAttendees')
    .select([
      'id',
      'organizationId',
      'organizationName',
      'userId',
      'name',
      'title',
      'status',
      'substituteFor',
      'substituteName',
      'category',
    ])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function replaceAttendees(
  db: DbOrTrx,
  meetingId: string,
  attendees: {
    organizationId: string | null;
    organizationName: string | null;
    userId: string | null;
    name: string;
    title: string | null;
    status: string;
    substituteFor: string | null;
    substituteName?: string | null;
    category?: string | null;
  }[],
) {
  await db.deleteFrom('meetingAttendees').where('meetingId', '=', meetingId).execute();
  if (attendees.length === 0) return;
  await db
    .insertInto('meetingAttendees')
    .values(attendees.map((a, position) => ({ ...a, meetingId, position })))
    .execute();
}

/** Everyone with a role in the forum, by member organisation in the forum's order: the default invitation list. */
export function listForumPeople(db: DbOrTrx, forumId: string) {
  return db
    .selectFrom('forumRoles')
    .innerJoin('users', 'users.id', 'forumRoles.userId')
    .innerJoin('organizations', 'organizations.id', 'users.organizationId')
    .leftJoin('forumMembers', (join) =>
      join.onRef('forumMembers.organizationId', '=', 'users.organizationId').on('forumMembers.forumId', '=', forumId),
    )
    .select(['users.id', 'users.name', 'users.title', 'users.organizationId', 'organizations.name as organizationName'])
    .distinctOn(['forumMembers.position', 'organizations.name', 'users.name', 'users.id'])
    .where('forumRoles.forumId', '=', forumId)
    .where('forumRoles.role', 'in', ['coordinator', 'reporter'])
    .where('users.isActive', '=', true)
    .orderBy('forumMembers.position', (ob) => ob.asc().nullsLast())
    .orderBy('organizations.name')
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}

export function listItems(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('agendaItems')
    .leftJoin('users', 'users.id', 'agendaItems.updatedBy')
    .select([
      'agendaItems.id',
      'agendaItems.position',
      'agendaItems.numberLabel',
      'agendaItems.kind',
      'agendaItems.role',
      'agendaItems.title',
      sql<string[]>`agenda_items.presenters`.as('presenters'),
      'agendaItems.notes',
      'agendaItems.revision',
      'agendaItems.updatedAt',
      'users.name as updatedByName',
    ])
    .where('agendaItems.meetingId', '=', meetingId)
    .orderBy('agendaItems.position')
    .execute();
}

export function findItem(db: DbOrTrx, id: string) {
  return db
    .selectFrom('agendaItems')
    .select(['id', 'meetingId', 'position', 'revision', 'role', 'title'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertItems(
  db: DbOrTrx,
  meetingId: string,
  items: {
    position: number;
    title: string;
    kind: string | null;
    role: string | null;
    presenters: string[];
    notes?: string;
    numberLabel?: string | null;
  }[],
) {
  if (items.length === 0) return [];
  return db
    .insertInto('agendaItems')
    .values(items.map((item) => ({ ...item, meetingId })))
    .returning(['id', 'position'])
    .execute();
}

export function shiftPositions(db: DbOrTrx, meetingId: string, fromPosition: number) {
  return db
    .updateTable('agendaItems')
    .set({ position: sql`position + 1` })
    .where('meetingId', '=', meetingId)
    .where('position', '>=', fromPosition)
    .execute();
}

export function setPosition(db: DbOrTrx, id: string, position: number) {
  return db.updateTable('agendaItems').set({ position }).where('id', '=', id).execute();
}

export async function updateItemIfRevision(
  db: DbOrTrx,
  id: string,
  revision: number,
  values: Record<string, unknown>,
  userId: string | null,
) {
  const result = await db
    .updateTable('agendaItems')
    // Incremented in SQL: the client's revision is only compared, so a stale 2^31 − 1 cannot overflow.
    .set((eb) => ({ ...values, revision: eb('revision', '+', 1), updatedAt: new Date(), updatedBy: userId }))
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteItem(db: DbOrTrx, id: string) {
  await db.deleteFrom('decisions').where('agendaItemId', '=', id).execute();
  await db.deleteFrom('agendaItems').where('id', '=', id).execute();
}

export function listDecisions(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'agendaItemId', 'text'])
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function replaceDecisions(db: DbOrTrx, meetingId: string, agendaItemId: string, texts: string[]) {
  await db.deleteFrom('decisions').where('agendaItemId', '=', agendaItemId).execute();
  if (texts.length === 0) return;
  await db
    .insertInto('decisions')
    .values(texts.map((text, position) => ({ meetingId, agendaItemId, position, text })))
    .execute();
}

export function listAttachments(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'number', 'title', 'filename', 'contentType', 'size', 'sha256', 'agendaItemId', 'isSource'])
    .where('meetingId', '=', meetingId)
    .orderBy('number')
    .execute();
}

export function findAttachment(db: DbOrTrx, id: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'meetingId', 'number', 'title', 'filename', 'contentType', 'size', 'sha256', 'data', 'isSource'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listAttachmentData(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('attachments')
    .select(['number', 'title', 'filename', 'sha256', 'data', 'isSource'])
    .where('meetingId', '=', meetingId)
    .orderBy('number')
    .execute();
}

export async function insertAttachment(
  db: DbOrTrx,
  values: {
    meetingId: string;
    agendaItemId: string | null;
    title: string;
    filename: string;
    contentType: string;
    data: Buffer;
    isSource: boolean;
    uploadedBy: string | null;
  },
) {
  const next = await db
    .selectFrom('attachments')
    .select(sql<number>`coalesce(max(number), 0) + 1`.as('next'))
    .where('meetingId', '=', values.meetingId)
    .executeTakeFirstOrThrow();
  return db
    .insertInto('attachments')
    .values({
      ...values,
      number: Number(next.next),
      size: values.data.length,
      sha256: createHash('sha256').update(values.data).digest('hex'),
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
}

export function listComments(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('minutesComments')
    .innerJoin('users', 'users.id', 'minutesComments.userId')
    .select([
      'minutesComments.id',
      'minutesComments.agendaItemId',
      'users.name as userName',
      'minutesComments.text',
      'minutesComments.createdAt',
    ])
    .where('minutesComments.meetingId', '=', meetingId)
    .orderBy('minutesComments.createdAt')
    .execute();
}

export function insertComment(
  db: DbOrTrx,
  values: { meetingId: string; agendaItemId: string | null; userId: string; text: string },
) {
  return db.insertInto('minutesComments').values(values).execute();
}

export function deleteAttachment(db: DbOrTrx, id: string) {
  return db.deleteFrom('attachments').where('id', '=', id).execute();
}

export function insertMinutesVersion(
  db: DbOrTrx,
  values: { meetingId: string; version: number; document: unknown; checksum: string; approvedAt: string },
) {
  return db
    .insertInto('minutesVersions')
    .values({ ...values, document: JSON.stringify(values.document) })
    .onConflict((oc) => oc.columns(['meetingId', 'version']).doNothing())
    .execute();
}

export function listMinutesVersions(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('minutesVersions')
    .select(['version', 'approvedAt', 'publishedAt', 'checksum'])
    .where('meetingId', '=', meetingId)
    .orderBy('version')
    .execute();
}

export async function findMinutesVersion(db: DbOrTrx, meetingId: string, version: number) {
  const row = await db
    .selectFrom('minutesVersions')
    // As text: the camel-case plugin would otherwise rename the snapshot's own keys (very_strained).
    .select(['version', sql<string>`document::text`.as('document'), 'checksum', 'approvedAt', 'publishedAt'])
    .where('meetingId', '=', meetingId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row && { ...row, document: JSON.parse(row.document) as unknown };
}

export function markVersionPublished(db: DbOrTrx, meetingId: string, version: number) {
  return db
    .updateTable('minutesVersions')
    .set({ publishedAt: new Date() })
    .where('meetingId', '=', meetingId)
    .where('version', '=', version)
    .where('publishedAt', 'is', null)
    .execute();
}

export function findRendering(
  db: DbOrTrx,
  key: { meetingId: string; version: number; format: string; checksum: string },
) {
  return db
    .selectFrom('minutesRenderings')
    .select('body')
    .where('meetingId', '=', key.meetingId)
    .where('version', '=', key.version)
    .where('format', '=', key.format)
    .where('checksum', '=', key.checksum)
    .executeTakeFirst();
}

export function insertRendering(
  db: DbOrTrx,
  values: { meetingId: string; version: number; format: string; checksum: string; body: Buffer },
) {
  return db
    .insertInto('minutesRenderings')
    .values(values)
    .onConflict((oc) => oc.columns(['meetingId', 'version', 'format', 'checksum']).doNothing())
    .execute();
}

export function searchDecisions(
  db: DbOrTrx,
  filter: {
    q?: string;
    forumIds?: string[];
    forumId?: string;
    from?: string;
    to?: string;
    limit: number;
    offset: number;
    publishedOnlyForumIds?: string[];
  },
) {
  let query = db
    .selectFrom('decisions')
    .innerJoin('meetings', 'meetings.id', 'decisions.meetingId')
    .innerJoin('forums', 'forums.id', 'meetings.forumId')
    .innerJoin('agendaItems', 'agendaItems.id', 'decisions.agendaItemId')
    .select([
      'decisions.id',
      'decisions.text',
      'meetings.forumId',
      'forums.name as forumName',
      'meetings.id as meetingId',
      'meetings.title as meetingTitle',
      'meetings.meetingDate',
      'meetings.diaryNumber',
      'agendaItems.position',
      'agendaItems.numberLabel',
      'agendaItems.title as itemTitle',
      'meetings.status',
    ]);
  if (filter.forumIds)
    query = query.where(
      'meetings.forumId',
      'in',
      filter.forumIds.length ? filter.forumIds : ['00000000-0000-0000-0000-000000000000'],
    );
  if (filter.publishedOnlyForumIds?.length) {
    query = query.where((eb) =>
      eb.or([
        eb('meetings.forumId', 'not in', filter.publishedOnlyForumIds!),
        eb('meetings.status', 'in', ['published', 'imported']),
      ]),
    );
  }
  if (filter.forumId) query = query.where('meetings.forumId', '=', filter.forumId);
  if (filter.from) query = query.where('meetings.meetingDate', '>=', filter.from);
  if (filter.to) query = query.where('meetings.meetingDate', '<=', filter.to);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('decisions.text', 'ilike', pattern),
        eb('agendaItems.title', 'ilike', pattern),
        eb('meetings.diaryNumber', 'ilike', pattern),
        eb('meetings.title', 'ilike', pattern),
      ]),
    );
  }
  return Promise.all([
    query
      .orderBy('meetings.meetingDate', 'desc')
      .orderBy('agendaItems.position')
      .orderBy('decisions.position')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query
      .clearSelect()
      .select(sql<number>`count(*)`.as('count'))
      .executeTakeFirstOrThrow(),
  ]);
}

export function updateInvitation(
  db: DbOrTrx,
  meetingId: string,
  values: { invitationSequence: number; invitationFingerprint: string },
) {
  return db
    .updateTable('meetings')
    .set({ ...values, invitationSentAt: sql<Date>`now()` })
    .where('id', '=', meetingId)
    .execute();
}
