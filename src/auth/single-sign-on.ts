import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/service.ts';
import { getOrganization } from '../organizations/service.ts';
import type { Config, OidcConfig } from '../platform/config.ts';
import type { Db } from '../platform/db.ts';
import { can } from '../policy/policy.ts';
import { createUser } from '../users/service.ts';
import { authErrors } from './errors.ts';
import * as oidc from './oidc.ts';
import * as queries from './queries.ts';
import type { SignInOptions, SignInSettings, SignInSettingsUpdate } from './schema.ts';
import {
  isPasswordSignInOpen,
  startSession,
  systemAdmin,
  type Actor,
  type NewSession,
  type SignInMethod,
} from './service.ts';

/** The cookie that ties a sign-in at the provider to the browser that started it. */
export const SIGN_IN_COOKIE = 'samverkan_oidc';
/** Time a person has at the provider's login page before the sign-in must start over. */
export const SIGN_IN_TTL_MS = 15 * 60_000;

/**
 * Why a sign-in through the provider did not open a session. The sign-in page explains each
 * (web/src/locales: auth.provider.errors.*); they reach it as ?fel=… after a browser redirect.
 */
export type ProviderSignInFailure =
  | 'expired' // no pending sign-in for this browser: too slow, already used, or started elsewhere
  | 'cancelled' // the provider answered with an error, e.g. the person cancelled
  | 'rejected' // the answer did not verify: state, code, ID token signature, expiry or nonce
  | 'unavailable' // the provider could not be reached
  | 'no_identity' // the ID token named neither a verified e-mail address nor an HSA-id
  | 'unknown_user'
  | 'inactive'
  | 'conflict' // the HSA-id and the e-mail address point at different accounts
  | 'cannot_create'; // an account was to be created but the provider's details were not usable

export class ProviderSignInError extends Error {
  constructor(
    readonly reason: ProviderSignInFailure,
    options?: { cause?: unknown },
  ) {
    super(`sign-in through the provider failed: ${reason}`, options);
  }
}

function requireProvider(config: Config): OidcConfig {
  if (!config.oidc) throw authErrors.providerNotConfigured();
  return config.oidc;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Only a path of this app: anything else would make the sign-in an open redirect. */
export function safeReturnPath(value: string | undefined): string {
  if (!value?.startsWith('/')) return '/';
  // Resolved the way a browser would: "//host" and "/\\host" lead to another site.
  const base = 'http://samverkan.invalid';
  const url = new URL(value, base);
  return url.origin === base ? url.pathname + url.search + url.hash : '/';
}

export async function signInOptions(db: Db, config: Config): Promise<SignInOptions> {
  return {
    passwordSignIn: await isPasswordSignInOpen(db, config),
    provider: config.oidc ? { name: config.oidc.name } : null,
  };
}

/**
 * Starts a sign-in at the provider. State, nonce and PKCE verifier are stored in the database
 * under the hash of a random key that only this browser holds, in an httpOnly cookie, so any app
 * server can finish the sign-in and another browser cannot (decision 010).
 */
export async function beginProviderSignIn(options: {
  db: Db;
  config: Config;
  returnTo: string | undefined;
}): Promise<{ key: string; redirectTo: string }> {
  const provider = requireProvider(options.config);
  const checks = oidc.newSignInChecks();
  const redirectTo = await oidc.authorizationUrl(provider, checks).catch((error: unknown) => {
    throw new ProviderSignInError('unavailable', { cause: error });
  });
  const key = randomBytes(32).toString('base64url');
  await queries.deleteExpiredOidcSignIns(options.db);
  await queries.insertOidcSignIn(options.db, {
    keyHash: hashKey(key),
    ...checks,
    returnTo: safeReturnPath(options.returnTo),
    expiresAt: new Date(Date.now() + SIGN_IN_TTL_MS),
  });
  return { key, redirectTo: redirectTo.href };
}

/** The account the provider's identity belongs to, found or (when allowed) created. */
async function accountFor(db: Db, provider: OidcConfig, identity: oidc.ProviderIdentity) {
  if (!identity.email && !identity.hsaId) throw new ProviderSignInError('no_identity');
  const candidates = await queries.findUsersForSignIn(db, identity);
  const byHsaId = identity.hsaId
    ? candidates.find((u) => u.hsaId?.toUpperCase() === identity.hsaId!.toUpperCase())
    : undefined;
  const byEmail = identity.email
    ? candidates.find((u) => u.email.toLowerCase() === identity.email!.toLowerCase())
    : undefined;
  // An account whose HSA-id is set belongs to that HSA-id only: an address that happens to match
  // must not open it for someone else.
  if (byHsaId && byEmail && byHsaId.id !== byEmail.id) throw new ProviderSignInError('conflict');
  if (!byHsaId && byEmail?.hsaId && identity.hsaId) throw new ProviderSignInError('conflict');
  const user = byHsaId ?? byEmail;
  if (user) {
    if (!user.isActive) throw new ProviderSignInError('inactive');
    return { id: user.id, name: user.name };
  }
  return createAccount(db, provider, identity);
}

async function createAccount(db: Db, provider: OidcConfig, identity: oidc.ProviderIdentity) {
  const settings = await queries.findSystemSettings(db);
  if (!settings.oidcCreateUsers || !settings.oidcNewUserOrganizationId) throw new ProviderSignInError('unknown_user');
  if (!identity.email) throw new ProviderSignInError('cannot_create');
  const created = await createUser({
    db,
    actor: { ...systemAdmin, name: `system (${provider.name})` },
    input: {
      email: identity.email,
      name: identity.name ?? identity.email,
      organizationId: settings.oidcNewUserOrganizationId,
      hsaId: identity.hsaId,
      forumRoles: [],
    },
  }).catch((error: unknown) => {
    throw new ProviderSignInError('cannot_create', { cause: error });
  });
  return { id: created.id, name: created.name };
}

/** Records a refusal that names a person, so administrators see who tried and can add them. */
async function auditRefusal(db: Db, identity: oidc.ProviderIdentity, reason: ProviderSignInFailure) {
  await db.transaction().execute((trx) =>
    recordAudit(trx, {
      actor: systemAdmin,
      action: 'sign_in_refused',
      entityType: 'user',
      entityId: identity.hsaId ?? identity.email ?? identity.subject,
      entityLabel: identity.email ?? identity.hsaId,
      after: { method: 'oidc', reason, email: identity.email, hsaId: identity.hsaId },
    }),
  );
}

/**
 * Finishes a sign-in when the provider sends the browser back: takes this browser's pending
 * sign-in (once only), verifies the provider's answer and opens a session for the matching user.
 */
export async function completeProviderSignIn(options: {
  db: Db;
  config: Config;
  key: string | undefined;
  query: string;
  providerError: string | undefined;
  userAgent: string | null;
}): Promise<NewSession & { returnTo: string }> {
  const { db, config } = options;
  const provider = requireProvider(config);
  const pending = options.key ? await queries.takeOidcSignIn(db, hashKey(options.key)) : undefined;
  if (options.providerError) throw new ProviderSignInError('cancelled');
  if (!pending) throw new ProviderSignInError('expired');
  const identity = await oidc.completeSignIn(provider, options.query, pending).catch((error: unknown) => {
    throw new ProviderSignInError(error instanceof oidc.ProviderUnavailable ? 'unavailable' : 'rejected', {
      cause: error,
    });
  });
  let user: { id: string; name: string };
  try {
    user = await accountFor(db, provider, identity);
  } catch (error) {
    if (error instanceof ProviderSignInError) await auditRefusal(db, identity, error.reason);
    throw error;
  }
  const session = await startSession({
    db,
    config,
    user,
    method: 'oidc',
    idToken: identity.idToken,
    userAgent: options.userAgent,
  });
  return { ...session, returnTo: pending.returnTo };
}

/** Where to send the browser after the local session ended: the provider's end-session page, if any. */
export async function providerSignOutUrl(
  config: Config,
  ended: { method: SignInMethod; idToken: string | null } | null,
): Promise<string | null> {
  if (!config.oidc || ended?.method !== 'oidc') return null;
  return oidc.endSessionUrl(config.oidc, ended.idToken);
}

async function presentSettings(db: Db, config: Config, signedInWith: SignInMethod | null): Promise<SignInSettings> {
  const settings = await queries.findSystemSettings(db);
  return {
    passwordSignIn: settings.passwordSignIn,
    passwordSignInForced: config.forcePasswordSignIn,
    provider: config.oidc
      ? { name: config.oidc.name, issuer: config.oidc.issuer.href, hsaIdClaim: config.oidc.hsaIdClaim ?? null }
      : null,
    createUnknownUsers: settings.oidcCreateUsers,
    newUserOrganizationId: settings.oidcNewUserOrganizationId,
    newUserOrganizationName: settings.oidcNewUserOrganizationName,
    canTurnOffPasswordSignIn: config.oidc !== undefined && signedInWith === 'oidc',
  };
}

export async function getSignInSettings(options: {
  db: Db;
  config: Config;
  actor: Actor;
  signedInWith: SignInMethod | null;
}): Promise<SignInSettings> {
  if (!can(options.actor, 'signIn.configure')) throw authErrors.forbiddenSettings();
  return presentSettings(options.db, options.config, options.signedInWith);
}

/**
 * Changes how users sign in. Password sign-in can only be turned off by an administrator who
 * signed in through the provider themselves, so it never locks every administrator out
 * (decision 010); SAMVERKAN_FORCE_PASSWORD_SIGN_IN is the way back if the provider fails later.
 */
export async function updateSignInSettings(options: {
  db: Db;
  config: Config;
  actor: Actor;
  signedInWith: SignInMethod | null;
  input: SignInSettingsUpdate;
}): Promise<SignInSettings> {
  const { db, config, actor, input } = options;
  if (!can(actor, 'signIn.configure')) throw authErrors.forbiddenSettings();
  const before = await presentSettings(db, config, options.signedInWith);
  if (!input.passwordSignIn && before.passwordSignIn) {
    if (!config.oidc) throw authErrors.passwordOffWithoutProvider();
    if (options.signedInWith !== 'oidc') throw authErrors.passwordOffNotViaProvider(config.oidc.name);
  }
  if (input.createUnknownUsers && !input.newUserOrganizationId) throw authErrors.newUserOrganizationRequired();
  if (input.newUserOrganizationId) {
    const organization = await getOrganization(db, input.newUserOrganizationId).catch(() => undefined);
    if (!organization?.isActive) throw authErrors.newUserOrganizationNotFound();
  }
  await db.transaction().execute(async (trx) => {
    await queries.saveSystemSettings(trx, {
      passwordSignIn: input.passwordSignIn,
      oidcCreateUsers: input.createUnknownUsers,
      oidcNewUserOrganizationId: input.newUserOrganizationId,
    });
    await recordAudit(trx, {
      actor,
      action: 'update',
      entityType: 'sign_in_settings',
      entityId: 'sign_in_settings',
      entityLabel: 'Inloggning',
      before: {
        passwordSignIn: before.passwordSignIn,
        createUnknownUsers: before.createUnknownUsers,
        newUserOrganizationId: before.newUserOrganizationId,
      },
      after: input,
    });
  });
  return presentSettings(db, config, options.signedInWith);
}
