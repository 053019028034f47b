import { recordAudit, updateAction } from '../audit/service.ts';
import type { Actor } from '../auth/service.ts';
import type { Db, DbOrTrx } from '../platform/db.ts';
import { can, permissionsOf } from '../policy/policy.ts';
import { organizationErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import type {
  Organization,
  OrganizationCreate,
  OrganizationKind,
  OrganizationRecord,
  OrganizationUpdate,
} from './schema.ts';

export function mapOrganization(
  row: NonNullable<Awaited<ReturnType<typeof queries.findOrganization>>>,
): OrganizationRecord {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as OrganizationKind,
    parentId: row.parentId,
    parentName: row.parentName,
    municipalityCode: row.municipalityCode,
    isActive: row.isActive,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export async function listOrganizations(
  db: Db,
  filter: Parameters<typeof queries.listOrganizations>[1],
): Promise<OrganizationRecord[]> {
  return (await queries.listOrganizations(db, filter)).map(mapOrganization);
}

/** Organisations with what the actor may do with each. */
async function present(db: DbOrTrx, actor: Actor, organizations: OrganizationRecord[]): Promise<Organization[]> {
  const forums = await queries.forumIdsOfOrganizations(
    db,
    organizations.map((o) => o.id),
  );
  return organizations.map((o) => ({
    ...o,
    permissions: permissionsOf.organization(actor, { forumIds: forums.get(o.id) ?? [] }),
  }));
}

export async function listVisibleOrganizations(
  db: Db,
  actor: Actor,
  filter: Parameters<typeof queries.listOrganizations>[1],
): Promise<Organization[]> {
  return present(db, actor, await listOrganizations(db, filter));
}

export async function getVisibleOrganization(db: Db, actor: Actor, id: string): Promise<Organization> {
  return (await present(db, actor, [await getOrganization(db, id)]))[0]!;
}

/** Whether every id names an existing, active organisation (ids must be distinct). */
export async function areActiveOrganizations(db: DbOrTrx, ids: string[]): Promise<boolean> {
  return (await queries.countActiveOrganizations(db, ids)) === ids.length;
}

export async function getOrganization(db: DbOrTrx, id: string): Promise<OrganizationRecord> {
  const row = await queries.findOrganization(db, id);
  if (!row) throw errors.notFound();
  return mapOrganization(row);
}

async function assertValidParent(db: DbOrTrx, organizationId: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  const parent = await queries.findOrganization(db, parentId);
  if (!parent || !parent.isActive) throw errors.parentNotFound();
  // Walk up from the new parent; meeting ourselves means the change would make a loop.
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === organizationId) throw errors.parentCycle();
    current = (await queries.findParentId(db, current))?.parentId ?? null;
  }
}

async function assertNameFree(db: DbOrTrx, name: string, exceptId?: string) {
  const existing = await queries.findOrganizationByName(db, name);
  if (existing && existing.id !== exceptId) throw errors.nameTaken(name);
}

export async function createOrganization(options: {
  db: Db;
  actor: Actor;
  input: OrganizationCreate;
}): Promise<Organization> {
  const { db, actor, input } = options;
  if (!can(actor, 'organization.create')) throw errors.forbiddenCreate();
  return db.transaction().execute(async (trx) => {
    await assertNameFree(trx, input.name);
    await assertValidParent(trx, null, input.parentId);
    const id = await queries.insertOrganization(trx, {
      name: input.name,
      shortName: input.shortName || null,
      kind: input.kind,
      parentId: input.parentId ?? null,
      municipalityCode: input.municipalityCode ?? null,
    });
    const created = await getOrganization(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'organization',
      entityId: id,
      entityLabel: created.name,
      after: created,
    });
    return (await present(trx, actor, [created]))[0]!;
  });
}

async function canUpdateOrganization(db: DbOrTrx, actor: Actor, organizationId: string): Promise<boolean> {
  const forums = await queries.forumIdsOfOrganizations(db, [organizationId]);
  return can(actor, 'organization.update', { forumIds: forums.get(organizationId) ?? [] });
}

export async function updateOrganization(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: OrganizationUpdate;
}): Promise<Organization> {
  const { db, actor, id, input } = options;
  return db.transaction().execute(async (trx) => {
    const before = await getOrganization(trx, id);
    if (!(await canUpdateOrganization(trx, actor, id))) throw errors.forbiddenUpdate();
    if (input.isActive !== undefined && input.isActive !== before.isActive && !can(actor, 'organization.setActive'))
      throw errors.forbiddenDeactivate();
    const kind = input.kind ?? before.kind;
    const municipalityCode = input.municipalityCode !== undefined ? input.municipalityCode : before.municipalityCode;
    if (municipalityCode && kind !== 'kommun') throw errors.municipalityCodeKind();
    if (input.name !== undefined) await assertNameFree(trx, input.name, id);
    if (input.parentId !== undefined) await assertValidParent(trx, id, input.parentId);
    await queries.updateOrganization(trx, id, { ...input, shortName: input.shortName === '' ? null : input.shortName });
    const after = await getOrganization(trx, id);
    await recordAudit(trx, {
      actor,
      action: updateAction(before, after),
      entityType: 'organization',
      entityId: id,
      entityLabel: after.name,
      before,
      after,
    });
    return (await present(trx, actor, [after]))[0]!;
  });
}
