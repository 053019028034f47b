import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../platform/db.ts';

export function insertToken(
  trx: Trx,
  row: {
    name: string;
    organizationId: string | null;
    tokenHash: string;
    createdBy: string | null;
    expiresAt: Date | null;
  },
) {
  return trx.insertInto('apiTokens').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertTokenForums(trx: Trx, tokenId: string, forumIds: string[]) {
  await trx
    .insertInto('apiTokenForums')
    .values(forumIds.map((forumId) => ({ tokenId, forumId })))
    .execute();
}

/** Active forums by id, to check a token's scope; missing ids are simply not returned. */
export function listActiveForums(db: DbOrTrx, ids: string[]) {
  return db.selectFrom('forums').select(['id', 'name']).where('id', 'in', ids).where('isActive', '=', true).execute();
}

export function findActiveOrganization(db: DbOrTrx, id: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('isActive', '=', true)
    .executeTakeFirst();
}

/** The forums of the token `t`, by name, as [{ id, name }]. */
const tokenForums = () => sql<{ id: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', f.id, 'name', f.name) order by f.name)
  from api_token_forums tf join forums f on f.id = tf.forum_id
  where tf.token_id = t.id), '[]'::json)`;

function selectTokens(db: DbOrTrx) {
  return db
    .selectFrom('apiTokens as t')
    .leftJoin('organizations as o', 'o.id', 't.organizationId')
    .leftJoin('users as creator', 'creator.id', 't.createdBy')
    .leftJoin('users as revoker', 'revoker.id', 't.revokedBy')
    .select([
      't.id',
      't.name',
      't.organizationId',
      'o.name as organizationName',
      't.createdAt',
      'creator.name as createdByName',
      't.expiresAt',
      't.revokedAt',
      'revoker.name as revokedByName',
      't.lastUsedAt',
      tokenForums().as('forums'),
    ]);
}

export type TokenRow = Awaited<ReturnType<typeof listTokens>>[number];

/** Newest first. */
export function listTokens(db: DbOrTrx) {
  return selectTokens(db).orderBy('t.createdAt', 'desc').orderBy('t.id').execute();
}

export function findToken(db: DbOrTrx, id: string) {
  return selectTokens(db).where('t.id', '=', id).executeTakeFirst();
}

export function lockToken(trx: Trx, id: string) {
  return trx.selectFrom('apiTokens').select(['id', 'revokedAt']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function revokeToken(trx: Trx, id: string, revokedBy: string | null) {
  await trx
    .updateTable('apiTokens')
    .set({ revokedAt: sql`now()`, revokedBy })
    .where('id', '=', id)
    .execute();
}

/** The token a request presents, if it is neither revoked nor expired, with the forums it reads. */
export function findUsableToken(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('apiTokens as t')
    .leftJoin('organizations as o', 'o.id', 't.organizationId')
    .select(['t.id', 't.name', 't.organizationId', 'o.name as organizationName', tokenForums().as('forums')])
    .where('t.tokenHash', '=', tokenHash)
    .where('t.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('t.expiresAt', 'is', null), eb('t.expiresAt', '>', sql<Date>`now()`)]))
    .executeTakeFirst();
}

/** At most one write a minute per token: the list shows the minute, not every request. */
export async function touchLastUsed(db: DbOrTrx, id: string) {
  await db
    .updateTable('apiTokens')
    .set({ lastUsedAt: sql`now()` })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', sql<Date>`now() - interval '1 minute'`)]))
    .execute();
}
