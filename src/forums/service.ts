import { recordAudit, updateAction } from '../audit/service.ts';
import type { Actor } from '../auth/service.ts';
import type { OrganizationKind } from '../organizations/schema.ts';
import { areActiveOrganizations } from '../organizations/service.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { can, permissionsOf, visibleForumIds } from '../policy/policy.ts';
import { forumErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import type { Forum, ForumCreate, ForumRecord, ForumUpdate } from './schema.ts';
import { forumCreateSchema } from './schema.ts';

export function mapForum(row: queries.ForumRow): ForumRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ownerOrganizationId: row.ownerOrganizationId,
    ownerOrganizationName: row.ownerOrganizationName,
    isActive: row.isActive,
    members: row.members.map((m) => ({ ...m, kind: m.kind as OrganizationKind })),
    coordinators: row.coordinators,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

function present(actor: Actor, forum: ForumRecord): Forum {
  return { ...forum, permissions: permissionsOf.forum(actor, { forumId: forum.id }) };
}

export async function getForum(db: DbOrTrx, id: string): Promise<ForumRecord> {
  const row = await queries.findForum(db, id);
  if (!row) throw errors.notFound();
  return mapForum(row);
}

export async function getVisibleForum(db: Db, actor: Actor, id: string): Promise<Forum> {
  const forum = await getForum(db, id);
  if (!can(actor, 'forum.view', { forumId: id })) throw errors.forbiddenView();
  return present(actor, forum);
}

export async function listForums(db: Db, actor: Actor, filter: { includeInactive?: boolean }): Promise<Forum[]> {
  return (await queries.listForums(db, { ...filter, forumIds: visibleForumIds(actor) })).map((row) =>
    present(actor, mapForum(row)),
  );
}

async function assertNameFree(db: DbOrTrx, name: string, exceptId?: string) {
  const existing = await queries.findForumByName(db, name);
  if (existing && existing.id !== exceptId) throw errors.nameTaken(name);
}

async function assertOrganizations(db: DbOrTrx, ids: string[], path: string) {
  if (new Set(ids).size !== ids.length) throw errors.duplicateMember();
  if (!(await areActiveOrganizations(db, ids))) throw errors.organizationNotFound(path);
}

/** `joinedAt` null: the founding members of a new forum, expected from its first round. */
async function applyMembership(
  trx: Trx,
  forumId: string,
  joinedAt: Date | null,
  members?: string[],
  coordinators?: string[],
) {
  if (members) {
    await assertOrganizations(trx, members, 'body.memberOrganizationIds');
    await queries.replaceMembers(trx, forumId, members, joinedAt);
    await queries.removeReportersOutsideMembers(trx, forumId);
  }
  if (coordinators) {
    const unique = [...new Set(coordinators)];
    if ((await queries.countActiveUsers(trx, unique)) !== unique.length) throw errors.userNotFound();
    await queries.replaceCoordinators(trx, forumId, unique);
  }
}

export async function createForum(options: { db: Db; actor: Actor; input: ForumCreate }): Promise<Forum> {
  const { db, actor } = options;
  const input = forumCreateSchema.parse(options.input);
  if (!can(actor, 'forum.create')) throw errors.forbiddenCreate();
  return db.transaction().execute(async (trx) => {
    await assertNameFree(trx, input.name);
    await assertOrganizations(trx, [input.ownerOrganizationId], 'body.ownerOrganizationId');
    const id = await queries.insertForum(trx, {
      name: input.name,
      description: input.description,
      ownerOrganizationId: input.ownerOrganizationId,
    });
    await applyMembership(trx, id, null, input.memberOrganizationIds, input.coordinatorUserIds);
    const created = await getForum(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'forum',
      entityId: id,
      entityLabel: created.name,
      forumId: id,
      after: created,
    });
    return present(actor, created);
  });
}

export async function updateForum(options: { db: Db; actor: Actor; id: string; input: ForumUpdate }): Promise<Forum> {
  const { db, actor, id, input } = options;
  return db.transaction().execute(async (trx) => {
    const before = await getForum(trx, id);
    if (!can(actor, 'forum.update', { forumId: id })) throw errors.forbiddenUpdate();
    const changesOwnerOrState =
      (input.isActive !== undefined && input.isActive !== before.isActive) ||
      (input.ownerOrganizationId !== undefined && input.ownerOrganizationId !== before.ownerOrganizationId);
    if (changesOwnerOrState && !can(actor, 'forum.setOwnerOrActive')) throw errors.forbiddenDeactivate();
    if (input.name !== undefined) await assertNameFree(trx, input.name, id);
    if (input.ownerOrganizationId !== undefined)
      await assertOrganizations(trx, [input.ownerOrganizationId], 'body.ownerOrganizationId');
    const { memberOrganizationIds, coordinatorUserIds, ...fields } = input;
    await queries.updateForum(trx, id, fields);
    await applyMembership(trx, id, new Date(), memberOrganizationIds, coordinatorUserIds);
    const after = await getForum(trx, id);
    await recordAudit(trx, {
      actor,
      action: updateAction(before, after),
      entityType: 'forum',
      entityId: id,
      entityLabel: after.name,
      forumId: id,
      before,
      after,
    });
    return present(actor, after);
  });
}
