import { recordAudit, updateAction } from '../audit/service.ts';
import { endSessionsOfUser, hashPassword, systemAdmin, type Actor } from '../auth/service.ts';
import type { ForumRole, Locale } from '../auth/schema.ts';
import { getOrganization } from '../organizations/service.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { can, managedForumIds, permissionsOf, type UserTarget } from '../policy/policy.ts';
import { userErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import type { User, UserCreate, UserRecord, UserUpdate } from './schema.ts';
import { userCreateSchema } from './schema.ts';

export function mapUser(row: queries.UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    title: row.title,
    hsaId: row.hsaId,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    isAdmin: row.isAdmin,
    isActive: row.isActive,
    locale: row.locale as Locale,
    forumRoles: row.forumRoles.map((r) => ({ ...r, role: r.role as ForumRole })),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export async function getUser(db: DbOrTrx, id: string): Promise<UserRecord> {
  const row = await queries.findUser(db, id);
  if (!row) throw errors.notFound();
  return mapUser(row);
}

/** A user sees themselves; administrators and coordinators see the users of their forums. */
export async function getVisibleUser(db: Db, actor: Actor, id: string): Promise<User> {
  const [user] = await present(db, actor, [await getUser(db, id)]);
  if (!can(actor, 'user.view', user!.target)) throw errors.forbiddenView();
  return user!.user;
}

export async function listUsers(
  db: Db,
  actor: Actor,
  filter: Omit<Parameters<typeof queries.listUsers>[1], 'visibleForumIds'>,
): Promise<User[]> {
  if (!can(actor, 'user.list')) throw errors.forbiddenList();
  const rows = await queries.listUsers(db, { ...filter, visibleForumIds: managedForumIds(actor) });
  return (await present(db, actor, rows.map(mapUser))).map((p) => p.user);
}

type UserFacts = Pick<UserRecord, 'id' | 'isAdmin' | 'organizationId'> & { forumRoles: { forumId: string }[] };

/** The facts the policy needs about users. */
async function userTargets(db: DbOrTrx, users: UserFacts[]): Promise<UserTarget[]> {
  const memberships = await queries.memberForumIdsOfOrganizations(
    db,
    users.map((u) => u.organizationId),
  );
  return users.map((user) => ({
    id: user.id,
    isAdmin: user.isAdmin,
    forumIds: [...new Set(user.forumRoles.map((r) => r.forumId))],
    organizationForumIds: memberships.get(user.organizationId) ?? [],
  }));
}

async function userTarget(db: DbOrTrx, user: UserFacts): Promise<UserTarget> {
  return (await userTargets(db, [user]))[0]!;
}

/** Users with what the actor may do with each. */
async function present(db: DbOrTrx, actor: Actor, users: UserRecord[]) {
  const targets = await userTargets(db, users);
  return users.map((user, i) => ({
    target: targets[i]!,
    user: { ...user, permissions: permissionsOf.user(actor, targets[i]!) },
  }));
}

async function assertOrganizationUsable(db: DbOrTrx, organizationId: string) {
  const organization = await getOrganization(db, organizationId).catch(() => undefined);
  if (!organization?.isActive) throw errors.organizationNotFound();
}

/**
 * Replaces the user's roles in the forums the actor manages (every forum for an administrator),
 * leaving roles in other forums alone.
 */
async function replaceForumRoles(
  trx: Trx,
  actor: Actor,
  userId: string,
  organizationId: string,
  roles: { forumId: string; role: ForumRole }[],
) {
  if (roles.some((r) => !can(actor, 'user.assignRole', r))) throw errors.forbiddenForumRole();
  const forumIds = [...new Set(roles.map((r) => r.forumId))];
  const existing = await queries.existingForumIds(trx, forumIds);
  if (existing.size !== forumIds.length) throw errors.forumNotFound();
  const members = await queries.memberOrganizationIdsOfForums(trx, forumIds);
  for (const role of roles) {
    if (role.role === 'reporter' && !members.get(role.forumId)?.has(organizationId)) {
      const forum = await trx
        .selectFrom('forums')
        .select('name')
        .where('id', '=', role.forumId)
        .executeTakeFirstOrThrow();
      throw errors.reporterNotMember(forum.name);
    }
  }
  await queries.deleteForumRoles(trx, userId, managedForumIds(actor) ?? 'all');
  await queries.insertForumRoles(trx, userId, roles);
}

async function assertEmailFree(db: DbOrTrx, email: string, exceptId?: string) {
  const existing = await queries.findUserIdByEmail(db, email);
  if (existing && existing.id !== exceptId) throw errors.emailTaken(email);
}

async function assertHsaIdFree(db: DbOrTrx, hsaId: string | null | undefined, exceptId?: string) {
  if (!hsaId) return;
  const existing = await queries.findUserIdByHsaId(db, hsaId);
  if (existing && existing.id !== exceptId) throw errors.hsaIdTaken(hsaId);
}

export async function createUser(options: { db: Db; actor: Actor; input: UserCreate }): Promise<User> {
  const { db, actor } = options;
  const input = userCreateSchema.parse(options.input);
  if (input.isAdmin && !can(actor, 'user.setAdmin')) throw errors.forbiddenAdminFlag();
  if (input.hsaId && !can(actor, 'user.setHsaId')) throw errors.forbiddenHsaId();
  const target = await userTarget(db, { id: '', ...input });
  if (!can(actor, 'user.create', target)) throw errors.forbiddenManage();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction().execute(async (trx) => {
    await assertEmailFree(trx, input.email);
    await assertHsaIdFree(trx, input.hsaId);
    await assertOrganizationUsable(trx, input.organizationId);
    const id = await queries.insertUser(trx, {
      email: input.email,
      name: input.name,
      title: input.title || null,
      hsaId: input.hsaId || null,
      organizationId: input.organizationId,
      passwordHash,
      isAdmin: input.isAdmin,
      locale: input.locale,
    });
    await replaceForumRoles(trx, actor, id, input.organizationId, input.forumRoles);
    const created = await getUser(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'user',
      entityId: id,
      entityLabel: created.name,
      after: created,
    });
    return (await present(trx, actor, [created]))[0]!.user;
  });
}

export async function updateUser(options: { db: Db; actor: Actor; id: string; input: UserUpdate }): Promise<User> {
  const { db, actor, id, input } = options;
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction().execute(async (trx) => {
    const before = await getUser(trx, id);
    const target = await userTarget(trx, before);
    if (!can(actor, 'user.update', target)) throw errors.forbiddenManage();
    if (input.isAdmin !== undefined && input.isAdmin !== before.isAdmin && !can(actor, 'user.setAdmin'))
      throw errors.forbiddenAdminFlag();
    if (id === actor.id && (input.isActive === false || input.isAdmin === false)) throw errors.selfLockout();
    if (input.hsaId !== undefined && input.hsaId !== before.hsaId) {
      if (!can(actor, 'user.setHsaId')) throw errors.forbiddenHsaId();
      await assertHsaIdFree(trx, input.hsaId, id);
    }
    if (input.email !== undefined) await assertEmailFree(trx, input.email, id);
    if (input.organizationId !== undefined && input.organizationId !== before.organizationId) {
      await assertOrganizationUsable(trx, input.organizationId);
      // Moving a user into an organisation asks the same as adding them there.
      const moved = await userTarget(trx, { ...before, organizationId: input.organizationId });
      if (!can(actor, 'user.create', moved)) throw errors.forbiddenManage();
    }
    const { forumRoles, password: _password, ...fields } = input;
    await queries.updateUser(trx, id, {
      ...fields,
      title: fields.title === '' ? null : fields.title,
      ...(passwordHash ? { passwordHash } : {}),
    });
    const organizationId = input.organizationId ?? before.organizationId;
    if (forumRoles) await replaceForumRoles(trx, actor, id, organizationId, forumRoles);
    if (input.isActive === false || passwordHash) await endSessionsOfUser(trx, id);
    const after = await getUser(trx, id);
    await recordAudit(trx, {
      actor,
      action: updateAction(before, after),
      entityType: 'user',
      entityId: id,
      entityLabel: after.name,
      // The password itself never reaches the log; that it changed does.
      before,
      after: passwordHash ? { ...after, passwordChanged: true } : after,
    });
    return (await present(trx, actor, [after]))[0]!.user;
  });
}

/** The id of the user with this e-mail address (any case), active or not. */
export async function findUserIdByEmail(db: DbOrTrx, email: string): Promise<string | undefined> {
  return (await queries.findUserIdByEmail(db, email))?.id;
}

export async function setPassword(db: Db, email: string, password: string): Promise<void> {
  const id = await findUserIdByEmail(db, email);
  if (!id) throw errors.notFound();
  await updateUser({ db, actor: systemAdmin, id, input: { password } });
}
