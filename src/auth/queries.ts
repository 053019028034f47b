import { sql, type AliasableExpression } from 'kysely';
import { compiledOnce, type DbOrTrx } from '../platform/db.ts';

export function findUserForLogin(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'passwordHash', 'isActive'])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Failures of one e-mail address from one client address since `since`, after that pair's last success. */
export async function countFailuresFromAddress(db: DbOrTrx, email: string, ip: string, since: Date) {
  const row = await db
    .selectFrom('loginAttempts')
    .select([sql<number>`count(*)`.as('failures'), sql<Date | null>`min(at)`.as('oldest')])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('ip', '=', ip)
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('loginAttempts as later')
            .select('later.id')
            .where(sql`lower(later.email)`, '=', email.toLowerCase())
            .where('later.ip', '=', ip)
            .where('later.succeeded', '=', true)
            .whereRef('later.at', '>', 'loginAttempts.at'),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return { failures: Number(row.failures), oldest: row.oldest ? new Date(row.oldest) : null };
}

/** Failures of one e-mail address from every client address since `since`. */
export async function countAccountFailures(db: DbOrTrx, email: string, since: Date) {
  const row = await db
    .selectFrom('loginAttempts')
    .select([sql<number>`count(*)`.as('failures'), sql<Date | null>`max(at)`.as('latest')])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { failures: Number(row.failures), latest: row.latest ? new Date(row.latest) : null };
}

export async function hasSignedInFromAddress(db: DbOrTrx, email: string, ip: string, since: Date): Promise<boolean> {
  const row = await db
    .selectFrom('loginAttempts')
    .select('id')
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('ip', '=', ip)
    .where('succeeded', '=', true)
    .where('at', '>', since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertLoginAttempt(db: DbOrTrx, attempt: { email: string; ip: string | null; succeeded: boolean }) {
  return db
    .insertInto('loginAttempts')
    .values({ ...attempt, email: attempt.email.toLowerCase() })
    .execute();
}

export function insertSession(
  db: DbOrTrx,
  session: {
    tokenHash: string;
    userId: string;
    expiresAt: Date;
    userAgent: string | null;
    method: 'password' | 'oidc';
    idToken: string | null;
  },
) {
  return db.insertInto('sessions').values(session).execute();
}

export function deleteSession(db: DbOrTrx, tokenHash: string) {
  return db
    .deleteFrom('sessions')
    .where('tokenHash', '=', tokenHash)
    .returning(['method', 'idToken'])
    .executeTakeFirst();
}

export function deleteSessionsOfUser(db: DbOrTrx, userId: string) {
  return db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

export function deleteExpiredSessions(db: DbOrTrx, userId: string) {
  return db.deleteFrom('sessions').where('userId', '=', userId).where('expiresAt', '<=', new Date()).execute();
}

export function extendSession(db: DbOrTrx, tokenHash: string, expiresAt: Date) {
  return db.updateTable('sessions').set({ expiresAt }).where('tokenHash', '=', tokenHash).execute();
}

/** One round trip per request: the session, its user and the user's forum roles. */
function selectActors(db: DbOrTrx) {
  return db
    .selectFrom('users')
    .innerJoin('organizations', 'organizations.id', 'users.organizationId')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.organizationId',
      'organizations.name as organizationName',
      'users.isAdmin',
      'users.locale',
      sql<{ forumId: string; forumName: string; role: string }[]>`coalesce((
        select json_agg(json_build_object('forumId', fr.forum_id, 'forumName', f.name, 'role', fr.role) order by f.name, fr.role)
        from forum_roles fr join forums f on f.id = fr.forum_id
        where fr.user_id = users.id and f.is_active
      ), '[]'::json)`.as('forumRoles'),
    ])
    .where('users.isActive', '=', sql.lit(true));
}

// Every signed-in request runs it: compiled once.
const sessionActor = compiledOnce((db, tokenHash: string, now: Date) =>
  selectActors(db)
    .innerJoin('sessions', 'sessions.userId', 'users.id')
    .select(['sessions.expiresAt', 'sessions.method'])
    .where('sessions.tokenHash', '=', tokenHash)
    .where('sessions.expiresAt', '>', now),
);

export async function findSessionActor(db: DbOrTrx, tokenHash: string) {
  return (await sessionActor(db, tokenHash, new Date()))[0];
}

/**
 * What a route reads in the session's own statement (SessionCompanion in service.ts): an
 * expression over string arguments (the route's parameters), whose value comes back as `companion`.
 */
export type CompanionSelect = (db: DbOrTrx, args: string[]) => AliasableExpression<unknown>;

const withCompanion = new WeakMap<
  CompanionSelect,
  (db: DbOrTrx, ...args: (string | Date)[]) => Promise<SessionActorWithCompanion[]>
>();

type SessionActorWithCompanion = NonNullable<Awaited<ReturnType<typeof findSessionActor>>> & { companion: unknown };

/** The session's actor and, in the same statement, what `select` reads (each compiled once). */
export async function findSessionActorWith(db: DbOrTrx, tokenHash: string, select: CompanionSelect, args: string[]) {
  let query = withCompanion.get(select);
  if (!query) {
    query = compiledOnce((db: DbOrTrx, tokenHash: string | Date, now: string | Date, ...rest: (string | Date)[]) =>
      selectActors(db)
        .innerJoin('sessions', 'sessions.userId', 'users.id')
        .select(['sessions.expiresAt', 'sessions.method'])
        .select(select(db, rest as string[]).as('companion'))
        .where('sessions.tokenHash', '=', tokenHash as string)
        .where('sessions.expiresAt', '>', now as Date),
    ) as (db: DbOrTrx, ...args: (string | Date)[]) => Promise<SessionActorWithCompanion[]>;
    withCompanion.set(select, query);
  }
  return (await query(db, tokenHash, new Date(), ...args))[0];
}

export function findActiveActor(db: DbOrTrx, userId: string) {
  return selectActors(db).where('users.id', '=', userId).executeTakeFirst();
}

export function updateUserLocale(db: DbOrTrx, userId: string, locale: string) {
  return db.updateTable('users').set({ locale, updatedAt: new Date() }).where('id', '=', userId).execute();
}

export async function hasAdministratorWhoCanSignIn(db: DbOrTrx): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('isAdmin', '=', true)
    .where('isActive', '=', true)
    .where('passwordHash', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The users a provider's identity may belong to: by HSA-id and by e-mail address, any case. */
export function findUsersForSignIn(db: DbOrTrx, identity: { hsaId: string | null; email: string | null }) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'hsaId', 'isActive'])
    .where((eb) =>
      eb.or([
        ...(identity.hsaId ? [eb(sql`upper(hsa_id)`, '=', identity.hsaId.toUpperCase())] : []),
        ...(identity.email ? [eb(sql`lower(email)`, '=', identity.email.toLowerCase())] : []),
      ]),
    )
    .execute();
}

/** The defaults stand until an administrator first saves the settings. */
const defaultSystemSettings = {
  passwordSignIn: true,
  oidcCreateUsers: false,
  oidcNewUserOrganizationId: null,
  oidcNewUserOrganizationName: null,
};

export async function findSystemSettings(db: DbOrTrx) {
  const row = await db
    .selectFrom('systemSettings')
    .leftJoin('organizations', 'organizations.id', 'systemSettings.oidcNewUserOrganizationId')
    .select([
      'systemSettings.passwordSignIn',
      'systemSettings.oidcCreateUsers',
      'systemSettings.oidcNewUserOrganizationId',
      'organizations.name as oidcNewUserOrganizationName',
    ])
    .executeTakeFirst();
  return row ?? defaultSystemSettings;
}

export function saveSystemSettings(
  db: DbOrTrx,
  values: { passwordSignIn: boolean; oidcCreateUsers: boolean; oidcNewUserOrganizationId: string | null },
) {
  const row = { ...values, updatedAt: new Date() };
  return db
    .insertInto('systemSettings')
    .values({ id: true, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

export function insertOidcSignIn(
  db: DbOrTrx,
  values: { keyHash: string; state: string; nonce: string; codeVerifier: string; returnTo: string; expiresAt: Date },
) {
  return db.insertInto('oidcSignIns').values(values).execute();
}

/** Removes and returns a pending sign-in, so each can be completed once only. */
export function takeOidcSignIn(db: DbOrTrx, keyHash: string) {
  return db
    .deleteFrom('oidcSignIns')
    .where('keyHash', '=', keyHash)
    .where('expiresAt', '>', new Date())
    .returning(['state', 'nonce', 'codeVerifier', 'returnTo'])
    .executeTakeFirst();
}

export function deleteExpiredOidcSignIns(db: DbOrTrx) {
  return db.deleteFrom('oidcSignIns').where('expiresAt', '<=', new Date()).execute();
}
