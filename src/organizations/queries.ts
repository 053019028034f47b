import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';
import type { OrganizationKind } from './schema.ts';

function selectOrganizations(db: DbOrTrx) {
  return db
    .selectFrom('organizations')
    .leftJoin('organizations as parent', 'parent.id', 'organizations.parentId')
    .select([
      'organizations.id',
      'organizations.name',
      'organizations.shortName',
      'organizations.kind',
      'organizations.parentId',
      'parent.name as parentName',
      'organizations.municipalityCode',
      'organizations.isActive',
      'organizations.createdAt',
      'organizations.updatedAt',
    ]);
}

export type OrganizationRow = Awaited<ReturnType<typeof findOrganization>> & {};

export function listOrganizations(
  db: DbOrTrx,
  filter: { q?: string; kind?: OrganizationKind; includeInactive?: boolean },
) {
  let query = selectOrganizations(db);
  if (!filter.includeInactive) query = query.where('organizations.isActive', '=', true);
  if (filter.kind) query = query.where('organizations.kind', '=', filter.kind);
  if (filter.q) query = query.where('organizations.name', 'ilike', `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`);
  return query.orderBy(sql`lower(organizations.name)`).execute();
}

export function findOrganization(db: DbOrTrx, id: string) {
  return selectOrganizations(db).where('organizations.id', '=', id).executeTakeFirst();
}

export function findOrganizationByName(db: DbOrTrx, name: string) {
  return db
    .selectFrom('organizations')
    .select(['id'])
    .where(sql`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export function findParentId(db: DbOrTrx, id: string) {
  return db.selectFrom('organizations').select(['parentId']).where('id', '=', id).executeTakeFirst();
}

export async function insertOrganization(
  db: DbOrTrx,
  values: {
    name: string;
    shortName: string | null;
    kind: OrganizationKind;
    parentId: string | null;
    municipalityCode: string | null;
  },
) {
  const row = await db.insertInto('organizations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function updateOrganization(
  db: DbOrTrx,
  id: string,
  values: Partial<{
    name: string;
    shortName: string | null;
    kind: OrganizationKind;
    parentId: string | null;
    municipalityCode: string | null;
    isActive: boolean;
  }>,
) {
  return db
    .updateTable('organizations')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The forums each organisation takes part in: as member, as owner, or through a user's role. */
export async function forumIdsOfOrganizations(db: DbOrTrx, organizationIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (organizationIds.length === 0) return result;
  const ids = [...new Set(organizationIds)];
  const rows = await db
    .selectFrom('forumMembers')
    .select(['organizationId', 'forumId'])
    .where('organizationId', 'in', ids)
    .union(
      db
        .selectFrom('forums')
        .select(['ownerOrganizationId as organizationId', 'id as forumId'])
        .where('ownerOrganizationId', 'in', ids),
    )
    .union(
      db
        .selectFrom('forumRoles')
        .innerJoin('users', 'users.id', 'forumRoles.userId')
        .select(['users.organizationId', 'forumRoles.forumId'])
        .where('users.organizationId', 'in', ids),
    )
    .execute();
  for (const row of rows) result.set(row.organizationId, [...(result.get(row.organizationId) ?? []), row.forumId]);
  return result;
}

export async function countActiveOrganizations(db: DbOrTrx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('organizations')
    .select(sql<number>`count(*)`.as('count'))
    .where('id', 'in', ids)
    .where('isActive', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
