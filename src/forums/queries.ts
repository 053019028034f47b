import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';

function selectForums(db: DbOrTrx) {
  return db
    .selectFrom('forums')
    .innerJoin('organizations as owner', 'owner.id', 'forums.ownerOrganizationId')
    .select([
      'forums.id',
      'forums.name',
      'forums.description',
      'forums.ownerOrganizationId',
      'owner.name as ownerOrganizationName',
      'forums.isActive',
      'forums.createdAt',
      'forums.updatedAt',
      sql<{ organizationId: string; name: string; kind: string; position: number }[]>`coalesce((
        select json_agg(json_build_object('organizationId', o.id, 'name', o.name, 'kind', o.kind, 'position', fm.position) order by fm.position)
        from forum_members fm join organizations o on o.id = fm.organization_id where fm.forum_id = forums.id
      ), '[]'::json)`.as('members'),
      sql<{ userId: string; name: string }[]>`coalesce((
        select json_agg(json_build_object('userId', u.id, 'name', u.name) order by u.name)
        from forum_roles fr join users u on u.id = fr.user_id where fr.forum_id = forums.id and fr.role = 'coordinator'
      ), '[]'::json)`.as('coordinators'),
    ]);
}

export type ForumRow = NonNullable<Awaited<ReturnType<typeof findForum>>>;

export function listForums(db: DbOrTrx, filter: { includeInactive?: boolean; forumIds?: string[] }) {
  let query = selectForums(db);
  if (!filter.includeInactive) query = query.where('forums.isActive', '=', true);
  if (filter.forumIds) {
    if (filter.forumIds.length === 0) return Promise.resolve([]);
    query = query.where('forums.id', 'in', filter.forumIds);
  }
  return query.orderBy(sql`lower(forums.name)`).execute();
}

export function findForum(db: DbOrTrx, id: string) {
  return selectForums(db).where('forums.id', '=', id).executeTakeFirst();
}

export function findForumByName(db: DbOrTrx, name: string) {
  return db
    .selectFrom('forums')
    .select('id')
    .where(sql`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function insertForum(
  db: DbOrTrx,
  values: { name: string; description: string; ownerOrganizationId: string },
) {
  return (await db.insertInto('forums').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateForum(
  db: DbOrTrx,
  id: string,
  values: Partial<{ name: string; description: string; ownerOrganizationId: string; isActive: boolean }>,
) {
  return db
    .updateTable('forums')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/**
 * Sets the members in the given order and keeps the history of who was a member when: an
 * organisation that joins opens a period, one that leaves closes its open period.
 */
export async function replaceMembers(db: DbOrTrx, forumId: string, organizationIds: string[], at: Date | null) {
  const before = await db.selectFrom('forumMembers').select('organizationId').where('forumId', '=', forumId).execute();
  const was = new Set(before.map((m) => m.organizationId));
  const joined = organizationIds.filter((id) => !was.has(id));
  const left = [...was].filter((id) => !organizationIds.includes(id));
  if (joined.length > 0)
    await db
      .insertInto('membershipPeriods')
      .values(joined.map((organizationId) => ({ forumId, organizationId, joinedAt: at })))
      .execute();
  if (left.length > 0)
    await db
      .updateTable('membershipPeriods')
      .set({ leftAt: at ?? new Date() })
      .where('forumId', '=', forumId)
      .where('organizationId', 'in', left)
      .where('leftAt', 'is', null)
      .execute();
  await db.deleteFrom('forumMembers').where('forumId', '=', forumId).execute();
  if (organizationIds.length === 0) return;
  await db
    .insertInto('forumMembers')
    .values(organizationIds.map((organizationId, position) => ({ forumId, organizationId, position })))
    .execute();
}

/** Reporters speak for a member organisation; when it leaves the forum, so does their role. */
export function removeReportersOutsideMembers(db: DbOrTrx, forumId: string) {
  return db
    .deleteFrom('forumRoles')
    .where('forumId', '=', forumId)
    .where('role', '=', 'reporter')
    .where(
      'userId',
      'not in',
      db
        .selectFrom('users')
        .innerJoin('forumMembers', 'forumMembers.organizationId', 'users.organizationId')
        .select('users.id')
        .where('forumMembers.forumId', '=', forumId),
    )
    .execute();
}

export async function replaceCoordinators(db: DbOrTrx, forumId: string, userIds: string[]) {
  await db.deleteFrom('forumRoles').where('forumId', '=', forumId).where('role', '=', 'coordinator').execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('forumRoles')
    .values(userIds.map((userId) => ({ forumId, userId, role: 'coordinator' })))
    .execute();
}

export async function countActiveUsers(db: DbOrTrx, ids: string[]) {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('users')
    .select(sql<number>`count(*)`.as('count'))
    .where('id', 'in', ids)
    .where('isActive', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
