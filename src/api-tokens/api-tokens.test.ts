import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

async function as(role: string | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: role ? { cookie: await ctx.cookie(role) } : {},
  });
}

/** A request as another system makes it: the token, and no web-client header. */
function withToken(token: string, url: string, method: 'GET' | 'POST' | 'PUT' = 'GET', extra: object = {}) {
  return ctx.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, 'samverkan-client': '', ...extra },
  });
}

async function issue(input: Record<string, unknown>) {
  const response = await as('admin', 'POST', '/api/api-tokens', input);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as {
    token: string;
    apiToken: { id: string; status: string; lastUsedAt: string | null; expiresAt: string | null };
  };
}

const F = () => ctx.fixture.forum.F!;
const G = () => ctx.fixture.forum.G!;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Every text value stored anywhere in the database, as one string per row. */
async function everyStoredRow(): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(ctx.database.db);
  const rows: string[] = [];
  for (const { name } of tables.rows) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(ctx.database.db);
    for (const row of result.rows) rows.push(JSON.stringify(row));
  }
  return rows;
}

describe('API tokens', () => {
  it('issues a token once, stores only its SHA-256, and audits the issue', async () => {
    const { token, apiToken } = await issue({
      name: 'Länsstyrelsens lägesbild',
      organizationId: ctx.fixture.org.B,
      forumIds: [F()],
      expiresOn: tomorrow(),
    });
    expect(token).toMatch(/^svk_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'Länsstyrelsens lägesbild',
      organizationName: 'Org B',
      forums: [{ id: F(), name: 'Forum F' }],
      status: 'active',
      lastUsedAt: null,
      createdByName: 'User admin',
    });
    const stored = await everyStoredRow();
    expect(stored.filter((row) => row.includes(token))).toEqual([]);
    expect(stored.filter((row) => row.includes(token.slice(4)))).toEqual([]);
    const row = await ctx.database.db
      .selectFrom('apiTokens')
      .select('tokenHash')
      .where('id', '=', apiToken.id)
      .executeTakeFirstOrThrow();
    const { createHash } = await import('node:crypto');
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    // The list never shows the token again.
    const list = await as('admin', 'GET', '/api/api-tokens');
    expect(list.body).not.toContain(token);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', apiToken.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['issue']);
    expect(JSON.stringify(audit)).not.toContain(token);
    const words = await as('admin', 'GET', `/api/audit?entityType=api_token`);
    expect(words.json().items[0]).toMatchObject({
      actionLabel: 'Utfärdad',
      entityTypeLabel: 'API-nyckel',
      entityName: 'Länsstyrelsens lägesbild',
    });
  });

  it('reads the exports of its forums, as a reader does, and records when it was last used', async () => {
    const { token, apiToken } = await issue({ name: 'Integration F', forumIds: [F()] });
    for (const suffix of ['values', 'values.csv', 'values.xlsx', 'reporting', 'reporting.csv', 'reporting.xlsx']) {
      const response = await withToken(token, `/api/forums/${F()}/exports/${suffix}`);
      expect(response.statusCode, `${suffix}: ${response.body}`).toBe(200);
      expect(response.headers['set-cookie'], suffix).toBeUndefined();
    }
    const listed = (await as('admin', 'GET', '/api/api-tokens')).json() as { id: string; lastUsedAt: string | null }[];
    expect(listed.find((t) => t.id === apiToken.id)!.lastUsedAt).not.toBeNull();
  });

  it('answers 403 for another forum and for every route that is not an export, writes included', async () => {
    const { token } = await issue({ name: 'Bara F', forumIds: [F()] });
    const refused = [
      withToken(token, `/api/forums/${G()}/exports/values`),
      withToken(token, `/api/forums/${F()}/reporting`),
      withToken(token, `/api/forums/${F()}`),
      withToken(token, '/api/auth/me'),
      withToken(token, '/api/api-tokens'),
      withToken(token, '/api/api-tokens', 'POST'),
      withToken(token, `/api/forums/${F()}/indicators`, 'POST'),
      withToken(token, '/api/auth/login', 'POST'),
    ];
    for (const response of await Promise.all(refused)) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().code).toMatch(/^api_tokens\./);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('speaks for the token alone: a session cookie sent beside it is ignored', async () => {
    const { token } = await issue({ name: 'Med kaka', forumIds: [F()] });
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}`, cookie: await ctx.cookie('admin') },
    });
    expect(response.statusCode).toBe(403);
    const other = await ctx.app.inject({
      method: 'GET',
      url: `/api/forums/${G()}/exports/values`,
      headers: { authorization: `Bearer ${token}`, cookie: await ctx.cookie('admin') },
    });
    expect(other.statusCode).toBe(403);
  });

  it('answers 401 at once for a revoked, expired, unknown or malformed token', async () => {
    const { token, apiToken } = await issue({ name: 'Återkallas', forumIds: [F()] });
    const url = `/api/forums/${F()}/exports/values`;
    expect((await withToken(token, url)).statusCode).toBe(200);
    const revoked = await as('admin', 'POST', `/api/api-tokens/${apiToken.id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedByName: 'User admin' });
    const after = await withToken(token, url);
    expect(after.statusCode).toBe(401);
    expect(after.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(after.json().code).toBe('api_tokens.invalid');
    expect((await as('admin', 'POST', `/api/api-tokens/${apiToken.id}/revoke`)).statusCode).toBe(409);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', apiToken.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['issue', 'revoke']);

    const expiring = await issue({ name: 'Går ut', forumIds: [F()], expiresOn: tomorrow() });
    expect((await withToken(expiring.token, url)).statusCode).toBe(200);
    await ctx.database.db
      .updateTable('apiTokens')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('id', '=', expiring.apiToken.id)
      .execute();
    expect((await withToken(expiring.token, url)).statusCode).toBe(401);
    const listed = (await as('admin', 'GET', '/api/api-tokens')).json() as { id: string; status: string }[];
    expect(listed.find((t) => t.id === expiring.apiToken.id)!.status).toBe('expired');

    for (const bad of [`svk_${'A'.repeat(43)}`, 'nonsense', '', `${token}x`, 'svk_' + 'å'.repeat(300)]) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${bad}` } });
      expect(response.statusCode, bad).toBe(401);
    }
  });

  it('takes the last valid day as the whole of that day in Sweden, up to the last year the API knows', async () => {
    const far = await issue({ name: 'Länge', forumIds: [F()], expiresOn: '9999-12-31' });
    expect(far.apiToken.expiresAt).toBe('9999-12-31T23:00:00.000Z');
    const summer = await issue({ name: 'Sommar', forumIds: [F()], expiresOn: '2099-07-01' });
    expect(summer.apiToken.expiresAt).toBe('2099-07-01T22:00:00.000Z');
  });

  it('lets only administrators issue, list and revoke', async () => {
    const { apiToken } = await issue({ name: 'Admin only', forumIds: [F()] });
    for (const role of ['coordinator', 'reporter', 'reader', 'otherCoordinator']) {
      expect((await as(role, 'GET', '/api/api-tokens')).statusCode).toBe(403);
      expect((await as(role, 'POST', '/api/api-tokens', { name: 'x y', forumIds: [F()] })).statusCode).toBe(403);
      expect((await as(role, 'POST', `/api/api-tokens/${apiToken.id}/revoke`)).statusCode).toBe(403);
    }
    expect((await as(null, 'GET', '/api/api-tokens')).statusCode).toBe(401);
  });

  it('answers bad input with a clear 4xx and writes nothing', async () => {
    const before = await ctx.database.db
      .selectFrom('apiTokens')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const cases: [unknown, number][] = [
      [{ name: 'Inga forum', forumIds: [] }, 400],
      [{ name: 'x', forumIds: [F()] }, 400],
      [{ name: 'Okänt forum', forumIds: ['00000000-0000-4000-8000-000000000000'] }, 422],
      [{ name: 'Okänd org', forumIds: [F()], organizationId: '00000000-0000-4000-8000-000000000000' }, 422],
      [{ name: 'Gammal', forumIds: [F()], expiresOn: '2020-01-01' }, 422],
      [{ name: 'Fel datum', forumIds: [F()], expiresOn: '2026-02-30' }, 400],
      [{ name: 'Fel år', forumIds: [F()], expiresOn: '10000-01-01' }, 400],
      [{ name: 'Fel id', forumIds: ['not-a-uuid'] }, 400],
      ['not json', 415],
    ];
    for (const [payload, status] of cases) {
      const response = await as('admin', 'POST', '/api/api-tokens', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await as('admin', 'POST', '/api/api-tokens/not-a-uuid/revoke')).statusCode).toBe(400);
    expect((await as('admin', 'POST', '/api/api-tokens/00000000-0000-4000-8000-000000000000/revoke')).statusCode).toBe(
      404,
    );
    const after = await ctx.database.db
      .selectFrom('apiTokens')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('is described in the OpenAPI document as a bearer scheme on the export routes only', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
      paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
    };
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const withToken = Object.entries(document.paths)
      .flatMap(([path, operations]) =>
        Object.entries(operations)
          .filter(([, operation]) => operation.security?.some((s) => 'apiToken' in s))
          .map(([method]) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(withToken).toEqual(
      ['reporting', 'reporting.csv', 'reporting.xlsx', 'values', 'values.csv', 'values.xlsx'].map(
        (suffix) => `GET /api/forums/{forumId}/exports/${suffix}`,
      ),
    );
  });
});
