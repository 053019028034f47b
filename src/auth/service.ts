import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';
import { recordAudit } from '../audit/service.ts';
import type { Config } from '../platform/config.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { authErrors } from './errors.ts';
import * as queries from './queries.ts';
import type { ForumRole, Locale, Me } from './schema.ts';

/** The signed-in user as the services see them; `Me` adds what they may do. */
export type Actor = Omit<Me, 'permissions'>;

export const SESSION_COOKIE = 'samverkan_session';

/** The CLI and the demo seed act with full rights; the audit log names them "system". */
export const systemAdmin: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  name: 'system',
  email: '',
  organizationId: '',
  organizationName: '',
  isAdmin: true,
  locale: 'sv',
  forumRoles: [],
};

/**
 * Password hashes computed at once. Each holds 19 MB (argon2's memory cost) on a libuv thread for
 * about 15 ms of CPU; 200 people signing in together ran four at a time, one per pool thread, which
 * added 80 MB to the server's RSS and no speed on 2 cores. A core is left to the request thread and a
 * pool thread to files and compression.
 */
export const passwordWork = pLimit(Math.min(3, Math.max(1, availableParallelism() - 1)));

export function hashPassword(password: string): Promise<string> {
  return passwordWork(() => hash(password)); // argon2id with the OWASP defaults of @node-rs/argon2
}

const verifyPassword = (passwordHash: string, password: string) => passwordWork(() => verify(passwordHash, password));

// Verifying against a real hash when the e-mail is unknown keeps the response time the same,
// so timing does not tell which addresses have accounts.
const dummyHash = hashPassword('not-a-real-password-but-a-timing-equaliser');

/** SHA-256 of a high-entropy random token: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A client address that has signed in to an account within this time is its owner's usual place. */
const KNOWN_ADDRESS_MS = 90 * 24 * 3600_000;
const MAX_ACCOUNT_DELAY_MS = 60_000;

/**
 * Slows password guessing without handing anyone a way to lock a user out (decision 005):
 * repeated failures from one address pause that address only, and failures from many addresses
 * delay further tries on the account exponentially, up to a minute, except from addresses the
 * account has signed in from before.
 */
async function throttleSignIn(db: Db, config: Config, email: string, ip: string): Promise<void> {
  const windowStart = new Date(Date.now() - config.login.windowMs);
  const fromAddress = await queries.countFailuresFromAddress(db, email, ip, windowStart);
  if (fromAddress.failures >= config.login.maxFailures && fromAddress.oldest) {
    const unlocksAt = fromAddress.oldest.getTime() + config.login.windowMs;
    throw authErrors.tooManyFailures(Math.max(1, Math.ceil((unlocksAt - Date.now()) / 60_000)));
  }
  const account = await queries.countAccountFailures(db, email, windowStart);
  const excess = account.failures - config.login.maxFailures * 2;
  if (excess < 0 || !account.latest) return;
  if (await queries.hasSignedInFromAddress(db, email, ip, new Date(Date.now() - KNOWN_ADDRESS_MS))) return;
  const delayMs = Math.min(1000 * 2 ** excess, MAX_ACCOUNT_DELAY_MS);
  const waitMs = account.latest.getTime() + delayMs - Date.now();
  if (waitMs > 0) throw authErrors.signInDelayed(Math.ceil(waitMs / 1000));
}

export type SignInMethod = 'password' | 'oidc';

export interface NewSession {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

/**
 * Password sign-in is open unless an administrator turned it off, which only counts while single
 * sign-on is configured; SAMVERKAN_FORCE_PASSWORD_SIGN_IN reopens it whatever the setting (decision 010).
 */
export async function isPasswordSignInOpen(db: DbOrTrx, config: Config): Promise<boolean> {
  if (config.forcePasswordSignIn || !config.oidc) return true;
  return (await queries.findSystemSettings(db)).passwordSignIn;
}

/** Opens a session for a user who has proved who they are, and records the sign-in in the audit log. */
export async function startSession(options: {
  db: Db;
  config: Config;
  user: { id: string; name: string };
  method: SignInMethod;
  idToken?: string | null;
  userAgent: string | null;
  /** Written in the same transaction, e.g. the successful attempt the throttle counts. */
  alsoRecord?: (trx: Trx) => Promise<unknown>;
}): Promise<NewSession> {
  const { db, config, user } = options;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionTtlMs);
  await db.transaction().execute(async (trx) => {
    await options.alsoRecord?.(trx);
    await queries.deleteExpiredSessions(trx, user.id);
    await queries.insertSession(trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt,
      userAgent: options.userAgent,
      method: options.method,
      idToken: options.idToken ?? null,
    });
    await recordAudit(trx, {
      actor: user,
      action: 'sign_in',
      entityType: 'user',
      entityId: user.id,
      entityLabel: user.name,
      after: { method: options.method, ...(options.method === 'oidc' ? { issuer: config.oidc?.issuer.href } : {}) },
    });
  });
  const session = await resolveSession({ db, config, token });
  if (!session) throw authErrors.invalidCredentials();
  return { token, expiresAt, actor: session.actor };
}

export async function login(options: {
  db: Db;
  config: Config;
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}): Promise<NewSession> {
  const { db, config, email, password } = options;
  if (!(await isPasswordSignInOpen(db, config))) throw authErrors.passwordSignInOff(config.oidc?.name ?? '');
  await throttleSignIn(db, config, email, options.ip);
  const user = await queries.findUserForLogin(db, email);
  const isValid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await dummyHash, password), false);
  if (!user || !isValid || !user.isActive) {
    await queries.insertLoginAttempt(db, { email, ip: options.ip, succeeded: false });
    throw authErrors.invalidCredentials();
  }
  return startSession({
    db,
    config,
    user,
    method: 'password',
    userAgent: options.userAgent,
    alsoRecord: (trx) => queries.insertLoginAttempt(trx, { email, ip: options.ip, succeeded: true }),
  });
}

/** Ends the session; returns how it was opened, so a provider's session can be ended too. */
export async function logout(db: Db, token: string): Promise<{ method: SignInMethod; idToken: string | null } | null> {
  const ended = await queries.deleteSession(db, hashToken(token));
  return ended ? { method: ended.method as SignInMethod, idToken: ended.idToken } : null;
}

/**
 * Finds the signed-in user behind a session token. Sessions slide: once less than half of the
 * lifetime is left, the expiry moves forward, so an active user is not signed out mid-meeting.
 */
export async function resolveSession(options: {
  db: Db;
  config: Config;
  token: string;
  /** Read in the same statement as the session (see SessionCompanion). */
  companion?: { select: SessionCompanion; args: string[] };
}): Promise<{ actor: Actor; expiresAt: Date; method: SignInMethod; companion?: unknown } | null> {
  const tokenHash = hashToken(options.token);
  const row = options.companion
    ? await queries.findSessionActorWith(options.db, tokenHash, options.companion.select, options.companion.args)
    : await queries.findSessionActor(options.db, tokenHash);
  if (!row) return null;
  let expiresAt = new Date(row.expiresAt);
  if (expiresAt.getTime() - Date.now() < options.config.sessionTtlMs / 2) {
    expiresAt = new Date(Date.now() + options.config.sessionTtlMs);
    await queries.extendSession(options.db, tokenHash, expiresAt);
  }
  return {
    actor: mapActor(row),
    expiresAt,
    method: row.method as SignInMethod,
    ...('companion' in row ? { companion: row.companion } : {}),
  };
}

/**
 * A route's own first read, made in the session lookup's statement so that the request costs one
 * round trip to the database fewer (a report's draft save and submit: 4 statements a submission
 * instead of 6). `select` builds an expression over the route's parameters, named in `params`;
 * it is compiled once (compiledOnce), so the arguments may be used only as values. Its value
 * (JSON, camel-cased) reaches the handler as `request.companion`; undefined when the session was
 * not read this way (no session, an API token, parameters that do not fit the route).
 */
export type SessionCompanion = queries.CompanionSelect;

/**
 * The user behind a session that is still valid, without moving its expiry: a page left open
 * (the live event stream) is not activity, so it must not keep a session alive for ever.
 */
export async function findSessionActor(db: DbOrTrx, token: string): Promise<Actor | undefined> {
  const row = await queries.findSessionActor(db, hashToken(token));
  return row ? mapActor(row) : undefined;
}

function mapActor(row: NonNullable<Awaited<ReturnType<typeof queries.findActiveActor>>>): Actor {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    isAdmin: row.isAdmin,
    locale: row.locale as Locale,
    forumRoles: row.forumRoles.map((r) => ({ ...r, role: r.role as ForumRole })),
  };
}

/** An active user as the policy sees them, for work done on their behalf (what a mail may show them). */
export async function findActor(db: DbOrTrx, userId: string): Promise<Actor | undefined> {
  const row = await queries.findActiveActor(db, userId);
  return row ? mapActor(row) : undefined;
}

export async function setLocale(db: Db, actor: Actor, locale: Locale): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await queries.updateUserLocale(trx, actor.id, locale);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'user',
      entityId: actor.id,
      entityLabel: actor.name,
      before: { locale: actor.locale },
      after: { locale },
    });
  });
}

export function hasAdministratorWhoCanSignIn(db: DbOrTrx): Promise<boolean> {
  return queries.hasAdministratorWhoCanSignIn(db);
}

export function endSessionsOfUser(db: DbOrTrx, userId: string) {
  return queries.deleteSessionsOfUser(db, userId);
}

/** The user id to store as author; the system actor is no user. */
export function authorId(actor: Pick<Actor, 'id'>): string | null {
  return actor.id === systemAdmin.id ? null : actor.id;
}
