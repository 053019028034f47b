import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../src/app.ts';
import { hashPassword, systemAdmin } from '../src/auth/service.ts';
import { createForum } from '../src/forums/service.ts';
import type { OrganizationKind } from '../src/organizations/schema.ts';
import { createOrganization } from '../src/organizations/service.ts';
import { loadConfig, type Config } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db.ts';
import type { App } from '../src/platform/http.ts';
import { addDays, instantToStockholm } from '../src/platform/time.ts';
import { CLIENT_HEADER } from '../src/platform/security.ts';
import { createUser } from '../src/users/service.ts';
import { createTestDatabase } from './database.ts';

export const TEST_PASSWORD = 'correct horse battery';

/** What the web client sends with every request to prove it is same-origin (platform/http.ts). */
export const clientHeaders = { [CLIENT_HEADER]: 'test' };

/**
 * The tests speak as the web client does: every injected request carries the client header
 * unless the test sets it itself. Tests of the same-origin check use an app without this.
 */
export function asWebClient(app: App): App {
  const inject = app.inject.bind(app);
  const injectAsClient = (options: InjectOptions | string) =>
    inject(
      typeof options === 'string'
        ? { url: options, headers: clientHeaders }
        : { ...options, headers: { ...clientHeaders, ...options.headers } },
    );
  return Object.assign(app, { inject: injectAsClient as typeof app.inject });
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', SAMVERKAN_LOG_LEVEL: 'silent', ...overrides });
}

export interface FixtureSpec {
  organizations?: { key: string; name?: string; kind?: OrganizationKind }[];
  forums?: { key: string; name?: string; owner: string; members: string[] }[];
  users?: {
    key: string;
    organization: string;
    isAdmin?: boolean;
    roles?: { forum: string; role: 'coordinator' | 'reporter' | 'reader' }[];
  }[];
}

export interface Fixture {
  org: Record<string, string>;
  forum: Record<string, string>;
  user: Record<string, { id: string; email: string }>;
}

/** Declarative test data, created through the real services. */
export async function seedFixture(database: Database, spec: FixtureSpec): Promise<Fixture> {
  const { db } = database;
  const fixture: Fixture = { org: {}, forum: {}, user: {} };
  for (const o of spec.organizations ?? []) {
    const created = await createOrganization({
      db,
      actor: systemAdmin,
      input: { name: o.name ?? `Org ${o.key}`, kind: o.kind ?? 'kommun' },
    });
    fixture.org[o.key] = created.id;
  }
  for (const f of spec.forums ?? []) {
    const created = await createForum({
      db,
      actor: systemAdmin,
      input: {
        name: f.name ?? `Forum ${f.key}`,
        ownerOrganizationId: fixture.org[f.owner]!,
        memberOrganizationIds: f.members.map((m) => fixture.org[m]!),
      },
    });
    fixture.forum[f.key] = created.id;
  }
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const u of spec.users ?? []) {
    const email = `${u.key}@test.example`;
    const created = await createUser({
      db,
      actor: systemAdmin,
      input: {
        email,
        name: `User ${u.key}`,
        organizationId: fixture.org[u.organization]!,
        isAdmin: u.isAdmin ?? false,
        forumRoles: (u.roles ?? []).map((r) => ({ forumId: fixture.forum[r.forum]!, role: r.role })),
      },
    });
    await db.updateTable('users').set({ passwordHash }).where('id', '=', created.id).execute();
    fixture.user[u.key] = { id: created.id, email };
  }
  return fixture;
}

/** The standard cast: one forum F (members A, B), another forum G (member C), one user per role. */
export const standardSpec: FixtureSpec = {
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'C' }, { key: 'D', kind: 'myndighet' }],
  forums: [
    { key: 'F', owner: 'A', members: ['A', 'B'] },
    { key: 'G', owner: 'C', members: ['C'] },
  ],
  users: [
    { key: 'admin', organization: 'A', isAdmin: true },
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
    { key: 'otherCoordinator', organization: 'C', roles: [{ forum: 'G', role: 'coordinator' }] },
  ],
};

export type Role = 'admin' | 'coordinator' | 'reporter' | 'reader' | 'otherCoordinator';
export const roles: Role[] = ['admin', 'coordinator', 'reporter', 'reader', 'otherCoordinator'];

export interface TestContext {
  app: App;
  database: Database;
  fixture: Fixture;
  config: Config;
  /** Session cookie header for a fixture user. */
  cookie(userKey: string): Promise<string>;
  /** Sends a request signed in as a fixture user (null: signed out) and returns its status and parsed JSON body. */
  as(userKey: string | null, method: RequestSpec['method'], url: string, payload?: unknown): Promise<SignedInResponse>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON the route answers, as inject's own json() does
type SignedInResponse = { status: number; body: any };

export async function login(app: App, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: clientHeaders,
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed for ${email}: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'samverkan_session');
  return `samverkan_session=${setCookie!.value}`;
}

/** One real app over a fresh database for the whole test file. */
export function useTestApp(
  spec: FixtureSpec = standardSpec,
  configOverrides: Record<string, string> = {},
): TestContext {
  const ctx = {} as TestContext;
  const cookies = new Map<string, string>();
  ctx.as = async (userKey, method, url, payload) => {
    const response = await ctx.app.inject({
      method,
      url,
      payload: payload as object,
      headers: userKey === null ? {} : { cookie: await ctx.cookie(userKey) },
    });
    return { status: response.statusCode, body: response.json() };
  };
  beforeAll(async () => {
    ctx.config = testConfig(configOverrides);
    ctx.database = await createTestDatabase();
    ctx.fixture = await seedFixture(ctx.database, spec);
    ctx.app = asWebClient(
      await buildApp({ config: ctx.config, database: ctx.database, logger: false, serveWeb: false }),
    );
    ctx.cookie = async (key) => {
      if (!cookies.has(key)) cookies.set(key, await login(ctx.app, ctx.fixture.user[key]!.email));
      return cookies.get(key)!;
    };
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: unknown;
}

/** Sends the request as each role and returns the status codes, for permission matrices. */
export async function statusByRole(ctx: TestContext, request: (role: Role) => RequestSpec, asRoles: Role[] = roles) {
  const result: Partial<Record<Role | 'anonymous', number>> = {};
  for (const role of asRoles) {
    const spec = request(role);
    const response = await ctx.app.inject({
      ...spec,
      payload: spec.payload as object,
      headers: { cookie: await ctx.cookie(role) },
    });
    result[role] = response.statusCode;
  }
  const anonymous = request('admin');
  result.anonymous = (await ctx.app.inject({ ...anonymous, payload: anonymous.payload as object })).statusCode;
  return result;
}

/**
 * A round the coordinator creates in forum F, for the week from `periodStart`, with its deadline `deadlineIn`
 * milliseconds from now, dated as created three days ago so that reminders and "opened" mail treat it as open.
 */
export async function roundDueIn(ctx: TestContext, deadlineIn: number, periodStart: string) {
  const deadline = instantToStockholm(new Date(Date.now() + deadlineIn));
  const created = await ctx.as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
    periodStart,
    periodEnd: addDays(periodStart, 6),
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
  });
  expect(created.status).toBe(201);
  await ctx.database.db
    .updateTable('rounds')
    .set({ createdAt: new Date(Date.now() - 72 * 3_600_000) })
    .where('id', '=', created.body.id)
    .execute();
  return { ...(created.body as { id: string; title: string }), deadline };
}
