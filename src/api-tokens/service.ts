import { randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/service.ts';
import { authorId, hashToken, type Actor } from '../auth/service.ts';
import type { Db } from '../platform/db.ts';
import { stockholmToInstant } from '../platform/time.ts';
import { can } from '../policy/policy.ts';
import { apiTokenErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import { API_TOKEN_PREFIX, type ApiToken, type ApiTokenCreate, type IssuedApiToken } from './schema.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function mapToken(actor: Actor, row: queries.TokenRow, now = new Date()): ApiToken {
  const expiresAt = iso(row.expiresAt);
  const status = row.revokedAt ? 'revoked' : expiresAt && new Date(expiresAt) <= now ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    forums: row.forums,
    createdAt: iso(row.createdAt)!,
    createdByName: row.createdByName ?? 'system',
    expiresAt,
    revokedAt: iso(row.revokedAt),
    revokedByName: row.revokedByName,
    lastUsedAt: iso(row.lastUsedAt),
    status,
    permissions: { canRevoke: can(actor, 'apiToken.manage') && status === 'active' },
  };
}

function assertManages(actor: Actor) {
  if (!can(actor, 'apiToken.manage')) throw errors.forbiddenManage();
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiToken[]> {
  assertManages(actor);
  return (await queries.listTokens(db)).map((row) => mapToken(actor, row));
}

/**
 * 32 random bytes (256 bits) behind a recognisable prefix, so a leaked token is easy to spot in
 * logs and by secret scanners. With that much entropy a plain SHA-256 is enough to store it
 * (decision 013): nobody can guess a token whose hash they hold, so no slow hash is needed.
 */
function newToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The token stops working when its last day ends in Sweden. */
function expiryOf(expiresOn: string | null | undefined): Date | null {
  if (!expiresOn) return null;
  // The minute after 23:59 rather than the next day's midnight, which for 9999-12-31 lies past
  // the last date the API accepts.
  const expiresAt = new Date(stockholmToInstant(expiresOn, '23:59').getTime() + 60_000);
  if (expiresAt <= new Date()) throw errors.expiryPassed();
  return expiresAt;
}

/** Issues a token; the token itself is returned this once and only its hash is stored. */
export async function issueApiToken(options: { db: Db; actor: Actor; input: ApiTokenCreate }): Promise<IssuedApiToken> {
  const { db, actor, input } = options;
  assertManages(actor);
  const forumIds = [...new Set(input.forumIds)];
  const expiresAt = expiryOf(input.expiresOn);
  const token = newToken();
  const id = await db.transaction().execute(async (trx) => {
    const forums = await queries.listActiveForums(trx, forumIds);
    if (forums.length !== forumIds.length) throw errors.forumNotFound();
    const organization = input.organizationId
      ? await queries.findActiveOrganization(trx, input.organizationId)
      : undefined;
    if (input.organizationId && !organization) throw errors.organizationNotFound();
    const { id } = await queries.insertToken(trx, {
      name: input.name,
      organizationId: organization?.id ?? null,
      tokenHash: hashToken(token),
      createdBy: authorId(actor),
      expiresAt,
    });
    await queries.insertTokenForums(trx, id, forumIds);
    await recordAudit(trx, {
      actor,
      action: 'issue',
      entityType: 'api_token',
      entityId: id,
      entityLabel: input.name,
      after: {
        name: input.name,
        organizationName: organization?.name ?? null,
        forums: forums.map((f) => f.name).sort(),
        expiresAt: expiresAt?.toISOString() ?? null,
      },
    });
    return id;
  });
  return { token, apiToken: mapToken(actor, (await queries.findToken(db, id))!) };
}

/** Revoked at once: the next request with the token gets 401. */
export async function revokeApiToken(options: { db: Db; actor: Actor; id: string }): Promise<ApiToken> {
  const { db, actor, id } = options;
  assertManages(actor);
  await db.transaction().execute(async (trx) => {
    const token = await queries.lockToken(trx, id);
    if (!token) throw errors.notFound();
    if (token.revokedAt) throw errors.alreadyRevoked();
    await queries.revokeToken(trx, id, authorId(actor));
    const row = (await queries.findToken(trx, id))!;
    await recordAudit(trx, {
      actor,
      action: 'revoke',
      entityType: 'api_token',
      entityId: id,
      entityLabel: row.name,
      before: { revokedAt: null },
      after: { revokedAt: iso(row.revokedAt) },
    });
  });
  return mapToken(actor, (await queries.findToken(db, id))!);
}

export interface TokenPrincipal {
  tokenId: string;
  forumIds: string[];
  /** The token reads as a reader of its forums does: published rounds only. */
  actor: Actor;
}

/** The principal behind a presented token, or null when it is unknown, revoked or expired. */
export async function authenticateApiToken(db: Db, token: string): Promise<TokenPrincipal | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const row = await queries.findUsableToken(db, hashToken(token));
  if (!row) return null;
  await queries.touchLastUsed(db, row.id);
  return {
    tokenId: row.id,
    forumIds: row.forums.map((f) => f.id),
    actor: {
      id: row.id,
      name: row.name,
      email: '',
      organizationId: row.organizationId ?? '',
      organizationName: row.organizationName ?? '',
      isAdmin: false,
      locale: 'sv',
      forumRoles: row.forums.map((f) => ({ forumId: f.id, forumName: f.name, role: 'reader' as const })),
    },
  };
}
