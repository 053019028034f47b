import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';

function selectUsers(db: DbOrTrx) {
  return db
    .selectFrom('users')
    .innerJoin('organizations', 'organizations.id', 'users.organizationId')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.title',
      'users.hsaId',
      'users.organizationId',
      'organizations.name as organizationName',
      'users.isAdmin',
      'users.isActive',
      'users.locale',
      'users.createdAt',
      'users.updatedAt',
      sql<{ forumId: string; forumName: string; role: string }[]>`coalesce((
        select json_agg(json_build_object('forumId', fr.forum_id, 'forumName', f.name, 'role', fr.role) order by f.name, fr.role)
        from forum_roles fr join forums f on f.id = fr.forum_id where fr.user_id = users.id
      ), '[]'::json)`.as('forumRoles'),
    ]);
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export function listUsers(
  db: DbOrTrx,
  filter: {
    q?: string;
    organizationId?: string;
    forumId?: string;
    includeInactive?: boolean;
    visibleForumIds?: string[];
  },
) {
  let query = selectUsers(db);
  if (!filter.includeInactive) query = query.where('users.isActive', '=', true);
  if (filter.organizationId) query = query.where('users.organizationId', '=', filter.organizationId);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('users.name', 'ilike', pattern), eb('users.email', 'ilike', pattern)]));
  }
  if (filter.forumId) query = query.where(inForums([filter.forumId]));
  if (filter.visibleForumIds) query = query.where(inForums(filter.visibleForumIds));
  return query.orderBy(sql`lower(users.name)`).execute();
}

/** Users who belong to a member organisation of, or hold a role in, one of the forums. */
function inForums(forumIds: string[]) {
  return sql<boolean>`(
    users.organization_id in (select organization_id from forum_members where forum_id in (${sql.join(forumIds.length ? forumIds : [null])}))
    or users.id in (select user_id from forum_roles where forum_id in (${sql.join(forumIds.length ? forumIds : [null])}))
  )`;
}

export function findUser(db: DbOrTrx, id: string) {
  return selectUsers(db).where('users.id', '=', id).executeTakeFirst();
}

export function findUserIdByEmail(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export function findUserIdByHsaId(db: DbOrTrx, hsaId: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where(sql`upper(hsa_id)`, '=', hsaId.toUpperCase())
    .executeTakeFirst();
}

export async function insertUser(
  db: DbOrTrx,
  values: {
    email: string;
    name: string;
    title: string | null;
    organizationId: string;
    passwordHash: string | null;
    isAdmin: boolean;
    locale: string;
    hsaId: string | null;
  },
) {
  return (await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateUser(
  db: DbOrTrx,
  id: string,
  values: Partial<{
    email: string;
    name: string;
    title: string | null;
    hsaId: string | null;
    organizationId: string;
    passwordHash: string;
    isAdmin: boolean;
    isActive: boolean;
    locale: string;
  }>,
) {
  return db
    .updateTable('users')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export function deleteForumRoles(db: DbOrTrx, userId: string, forumIds: string[] | 'all') {
  let query = db.deleteFrom('forumRoles').where('userId', '=', userId);
  if (forumIds !== 'all') {
    if (forumIds.length === 0) return Promise.resolve();
    query = query.where('forumId', 'in', forumIds);
  }
  return query.execute();
}

export async function insertForumRoles(db: DbOrTrx, userId: string, roles: { forumId: string; role: string }[]) {
  if (roles.length === 0) return;
  await db
    .insertInto('forumRoles')
    .values(roles.map((r) => ({ userId, forumId: r.forumId, role: r.role })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function memberOrganizationIdsOfForums(
  db: DbOrTrx,
  forumIds: string[],
): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  if (forumIds.length === 0) return result;
  const rows = await db
    .selectFrom('forumMembers')
    .select(['forumId', 'organizationId'])
    .where('forumId', 'in', forumIds)
    .execute();
  for (const row of rows) {
    if (!result.has(row.forumId)) result.set(row.forumId, new Set());
    result.get(row.forumId)!.add(row.organizationId);
  }
  return result;
}

/** The forums each organisation is a member of. */
export async function memberForumIdsOfOrganizations(
  db: DbOrTrx,
  organizationIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (organizationIds.length === 0) return result;
  const rows = await db
    .selectFrom('forumMembers')
    .select(['organizationId', 'forumId'])
    .where('organizationId', 'in', [...new Set(organizationIds)])
    .execute();
  for (const row of rows) result.set(row.organizationId, [...(result.get(row.organizationId) ?? []), row.forumId]);
  return result;
}

export async function existingForumIds(db: DbOrTrx, forumIds: string[]): Promise<Set<string>> {
  if (forumIds.length === 0) return new Set();
  const rows = await db.selectFrom('forums').select('id').where('id', 'in', forumIds).execute();
  return new Set(rows.map((r) => r.id));
}
