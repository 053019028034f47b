import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';

/** Notifies `channel` of each payload, in one statement (and, outside a transaction, one commit). */
export async function notify(db: DbOrTrx, channel: string, payloads: string[]) {
  await sql`select pg_notify(${channel}, payload)
    from jsonb_array_elements_text(${JSON.stringify(payloads)}::jsonb) as payload`.execute(db);
}

/** What the policy needs to know of a round: its forum, publication and status. */
export function findRoundFacts(db: DbOrTrx, roundId: string) {
  return db
    .selectFrom('rounds')
    .select(['id', 'forumId', 'isPublished', 'status'])
    .where('id', '=', roundId)
    .executeTakeFirst();
}

export function findReportIds(db: DbOrTrx, reportId: string) {
  return db.selectFrom('reports').select(['roundId', 'organizationId']).where('id', '=', reportId).executeTakeFirst();
}

export async function findItemMeetingId(db: DbOrTrx, itemId: string): Promise<string | undefined> {
  const row = await db.selectFrom('agendaItems').select('meetingId').where('id', '=', itemId).executeTakeFirst();
  return row?.meetingId;
}

export async function findActionMeetingId(db: DbOrTrx, actionId: string): Promise<string | undefined> {
  const row = await db.selectFrom('actions').select('meetingId').where('id', '=', actionId).executeTakeFirst();
  return row?.meetingId;
}
