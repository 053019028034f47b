import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../platform/db.ts';
import type { MailKind, MailPreference, OutboxQuery } from './schema.ts';

export interface OutboxInsert {
  kind: MailKind;
  toEmail: string;
  toName: string;
  locale: 'sv' | 'en';
  subject: string;
  body: string;
  htmlBody: string;
  forumId: string | null;
  roundId: string | null;
  organizationId: string | null;
  createdBy: string | null;
  /** The recipient, when a user: their mail settings apply. */
  userId?: string | null;
  /** The meeting the mail is about, so its page can show how the mail fared. */
  meetingId?: string | null;
  calendar?: string | null;
  calendarMethod?: 'REQUEST' | 'CANCEL' | null;
  status?: 'queued' | 'opted_out';
}

export async function insertMessages(trx: Trx, rows: OutboxInsert[]) {
  if (rows.length === 0) return;
  await trx.insertInto('outbox').values(rows).execute();
}

/**
 * Claims up to `limit` due messages for this sender alone. SKIP LOCKED lets several servers claim
 * side by side without waiting on or taking each other's rows; the lease (next_attempt_at moved
 * ahead) hands a message to another sender only if this one dies before it records the outcome.
 */
export function claimDueMessages(db: DbOrTrx, options: { limit: number; leaseMs: number }) {
  return db
    .updateTable('outbox')
    .set({
      status: 'sending',
      attempts: sql<number>`attempts + 1`,
      nextAttemptAt: sql<Date>`now() + ${options.leaseMs} * interval '1 millisecond'`,
    })
    .where(
      'id',
      'in',
      db
        .selectFrom('outbox')
        .select('id')
        .where('status', 'in', ['queued', 'sending'])
        .where('nextAttemptAt', '<=', sql<Date>`now()`)
        .orderBy('nextAttemptAt')
        .limit(options.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'toEmail', 'toName', 'subject', 'body', 'htmlBody', 'calendar', 'calendarMethod', 'attempts'])
    .execute();
}

export type ClaimedMessage = Awaited<ReturnType<typeof claimDueMessages>>[number];

/** Every outcome is fenced by the attempt number, so a sender whose lease ran out cannot overwrite a newer one. */
const claimed = (db: DbOrTrx, message: ClaimedMessage) =>
  db
    .updateTable('outbox')
    .where('id', '=', message.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', message.attempts);

export function markSent(db: DbOrTrx, message: ClaimedMessage) {
  return claimed(db, message)
    .set({ status: 'sent', sentAt: sql<Date>`now()`, lastError: null })
    .execute();
}

export function markFailed(db: DbOrTrx, message: ClaimedMessage, answer: string) {
  return claimed(db, message).set({ status: 'failed', lastError: answer }).execute();
}

export function markRetry(db: DbOrTrx, message: ClaimedMessage, answer: string, delayMs: number) {
  return claimed(db, message)
    .set({
      status: 'queued',
      lastError: answer,
      nextAttemptAt: sql<Date>`now() + ${delayMs} * interval '1 millisecond'`,
    })
    .execute();
}

/** Without a mail server the due messages are kept, marked so nobody believes they went out. */
export async function holdDueMessages(db: DbOrTrx) {
  const rows = await db
    .updateTable('outbox')
    .set({ status: 'held' })
    .where('status', '=', 'queued')
    .where('nextAttemptAt', '<=', sql<Date>`now()`)
    .returning('id')
    .execute();
  return rows.length;
}

/** The messages to send again, locked until the transaction ends so no sender takes them meanwhile. */
export function lockMessages(trx: Trx, ids: string[]) {
  return trx
    .selectFrom('outbox')
    .select(['id', 'status', 'subject', 'toEmail', 'forumId'])
    .where('id', 'in', ids)
    .forUpdate()
    .execute();
}

/** Back in the queue as if new: a full set of attempts, due now. */
export async function requeueMessages(trx: Trx, ids: string[]) {
  await trx
    .updateTable('outbox')
    .set({ status: 'queued', attempts: 0, lastError: null, nextAttemptAt: sql<Date>`now()` })
    .where('id', 'in', ids)
    .execute();
}

export async function listMessages(db: DbOrTrx, filter: OutboxQuery) {
  let query = db
    .selectFrom('outbox')
    .leftJoin('forums', 'forums.id', 'outbox.forumId')
    .leftJoin('users', 'users.id', 'outbox.createdBy');
  if (filter.status) query = query.where('outbox.status', '=', filter.status);
  if (filter.kind) query = query.where('outbox.kind', '=', filter.kind);
  if (filter.forumId) query = query.where('outbox.forumId', '=', filter.forumId);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('outbox.toEmail', 'ilike', pattern),
        eb('outbox.toName', 'ilike', pattern),
        eb('outbox.subject', 'ilike', pattern),
      ]),
    );
  }
  const [items, total] = await Promise.all([
    query
      .select([
        'outbox.id',
        'outbox.kind',
        'outbox.toEmail',
        'outbox.toName',
        'outbox.locale',
        'outbox.subject',
        'outbox.body',
        'outbox.forumId',
        'forums.name as forumName',
        'users.name as createdByName',
        'outbox.createdAt',
        'outbox.status',
        'outbox.attempts',
        'outbox.nextAttemptAt',
        'outbox.lastError',
        'outbox.sentAt',
      ])
      .orderBy('outbox.createdAt', 'desc')
      .orderBy('outbox.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.count) };
}

/** The kinds each of these users has turned off. */
export function listDisabledKinds(db: DbOrTrx, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mailPreferences')
    .select(['userId', 'kind'])
    .where('userId', 'in', userIds)
    .where('isEnabled', '=', false)
    .execute();
}

export function listPreferences(db: DbOrTrx, userId: string) {
  return db.selectFrom('mailPreferences').select(['kind', 'isEnabled']).where('userId', '=', userId).execute();
}

export async function savePreferences(trx: Trx, userId: string, items: MailPreference[]) {
  if (items.length === 0) return;
  await trx
    .insertInto('mailPreferences')
    .values(items.map((item) => ({ userId, kind: item.kind, isEnabled: item.isEnabled })))
    .onConflict((oc) =>
      oc.columns(['userId', 'kind']).doUpdateSet((eb) => ({
        isEnabled: eb.ref('excluded.isEnabled'),
        updatedAt: sql<Date>`now()`,
      })),
    )
    .execute();
}

/** The mail about one meeting, newest first, for its page. */
export function listMeetingMessages(db: DbOrTrx, meetingId: string) {
  return db
    .selectFrom('outbox')
    .select([
      'id',
      'kind',
      'toEmail',
      'toName',
      'subject',
      'calendarMethod',
      'createdAt',
      'status',
      'attempts',
      'nextAttemptAt',
      'lastError',
      'sentAt',
    ])
    .where('meetingId', '=', meetingId)
    .orderBy('createdAt', 'desc')
    .orderBy('toName')
    .execute();
}

/**
 * Users as mail recipients: address, language and what the policy needs to decide what they may
 * read (their roles), so no mail tells anyone more than the app would.
 */
export function listRecipients(
  db: DbOrTrx,
  filter: { userIds: string[] } | { forumId: string; roles?: string[]; organizationIds?: string[] },
) {
  let query = db
    .selectFrom('users')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.locale',
      'users.organizationId',
      'users.isAdmin',
      sql<{ forumId: string; role: string }[]>`coalesce((
        select json_agg(json_build_object('forumId', fr.forum_id, 'role', fr.role))
        from forum_roles fr join forums f on f.id = fr.forum_id
        where fr.user_id = users.id and f.is_active
      ), '[]'::json)`.as('forumRoles'),
    ])
    .where('users.isActive', '=', true)
    .orderBy('users.name');
  if ('userIds' in filter) {
    if (filter.userIds.length === 0) return Promise.resolve([]);
    query = query.where('users.id', 'in', filter.userIds);
  } else {
    const { forumId, roles, organizationIds } = filter;
    if (organizationIds?.length === 0) return Promise.resolve([]);
    if (organizationIds) query = query.where('users.organizationId', 'in', organizationIds);
    query = query.where((eb) => {
      let role = eb
        .selectFrom('forumRoles')
        .select('forumRoles.userId')
        .whereRef('forumRoles.userId', '=', 'users.id')
        .where('forumRoles.forumId', '=', forumId);
      if (roles) role = role.where('forumRoles.role', 'in', roles);
      return eb.exists(role);
    });
  }
  return query.execute();
}
