import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { clientHeaders, login, testConfig, TEST_PASSWORD, useTestApp } from '../../test/app.ts';
import { passwordWork } from './service.ts';

const ctx = useTestApp(undefined, { SAMVERKAN_LOGIN_MAX_FAILURES: '3' });

describe('POST /api/auth/login', () => {
  it('signs in with e-mail and password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'REPORTER@test.example', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: 'reporter@test.example', forumRoles: [{ role: 'reporter' }] });
    const cookie = response.cookies.find((c) => c.name === 'samverkan_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const stored = await ctx.database.db.selectFrom('sessions').select('tokenHash').execute();
    expect(stored.map((s) => s.tokenHash)).not.toContain(cookie.value);
  });

  it('verifies the passwords of many people signing in at once a few at a time (each takes 19 MB), and signs every one in', async () => {
    let mostAtOnce = 0;
    let mostWaiting = 0;
    let signingIn = true;
    const watch = (async () => {
      while (signingIn) {
        mostAtOnce = Math.max(mostAtOnce, passwordWork.activeCount);
        mostWaiting = Math.max(mostWaiting, passwordWork.pendingCount);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const people = ['reporter', 'reader', 'coordinator', 'admin'].flatMap((who) => [who, who]);
    const answers = await Promise.all(
      people.map((who) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: `${who}@test.example`, password: TEST_PASSWORD },
        }),
      ),
    );
    signingIn = false;
    await watch;
    expect(answers.map((a) => a.statusCode)).toEqual(people.map(() => 200));
    expect(passwordWork.concurrency).toBeLessThanOrEqual(3);
    expect(mostAtOnce).toBeGreaterThanOrEqual(1);
    expect(mostAtOnce).toBeLessThanOrEqual(passwordWork.concurrency);
    expect(mostWaiting).toBeGreaterThan(0);
  });

  it('answers a wrong password with 401 problem+json in Swedish by default and English on request', async () => {
    const sv = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'reader@test.example', password: 'wrong' },
    });
    expect(sv.statusCode).toBe(401);
    expect(sv.headers['content-type']).toContain('application/problem+json');
    expect(sv.json()).toMatchObject({
      status: 401,
      code: 'auth.invalid_credentials',
      detail: 'Fel e-postadress eller lösenord.',
    });
    const en = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'nobody@test.example', password: 'wrong' },
    });
    expect(en.json()).toMatchObject({ code: 'auth.invalid_credentials', detail: 'Wrong e-mail address or password.' });
  });

  it('refuses further attempts with 429 and a clear message after repeated failures, even with the right password', async () => {
    const attempt = (password: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'otherCoordinator@test.example', password },
      });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().detail).toMatch(/För många misslyckade inloggningsförsök.*Vänta \d+ min/);
  });

  it('rejects a body without a password with 400 naming the field', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.se' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.password' })]);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me requires a session', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'auth.unauthenticated', detail: 'Du behöver logga in.' });
  });

  it('signs out: the session cookie stops working', async () => {
    const cookie = await login(ctx.app, 'coordinator@test.example');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(200);
    // A password session has no provider session to end.
    expect(logout.json()).toEqual({ endSessionUrl: null });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('expires sessions at their end time', async () => {
    const cookie = await login(ctx.app, 'coordinator@test.example');
    await ctx.database.db
      .updateTable('sessions')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .execute();
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(response.statusCode).toBe(401);
  });

  it('is shared by every app process on the database: sign in on one, use the cookie on another', async () => {
    const cookie = await login(ctx.app, 'reader@test.example');
    const second = await buildApp({ config: ctx.config, database: ctx.database, logger: false, serveWeb: false });
    try {
      const me = await second.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json().email).toBe('reader@test.example');
    } finally {
      await second.close();
    }
  });

  it('marks the cookie Secure outside development', async () => {
    const production = await buildApp({
      config: testConfig({ NODE_ENV: 'production' }),
      database: ctx.database,
      logger: false,
      serveWeb: false,
    });
    try {
      const response = await production.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: clientHeaders,
        payload: { email: 'reader@test.example', password: TEST_PASSWORD },
      });
      expect(response.cookies.find((c) => c.name === 'samverkan_session')!.secure).toBe(true);
    } finally {
      await production.close();
    }
  });

  it('saves the language choice, which then picks the language of messages without Accept-Language', async () => {
    const cookie = await login(ctx.app, 'reader@test.example');
    const saved = await ctx.app.inject({
      method: 'PUT',
      url: '/api/auth/me/locale',
      headers: { cookie },
      payload: { locale: 'en' },
    });
    expect(saved.statusCode).toBe(204);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select(['after'])
      .where('entityId', '=', ctx.fixture.user.reader!.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.after)).toContainEqual({ locale: 'en' });
    const refused = await ctx.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie } });
    expect(refused.json().detail).toBe('Only administrators can read the audit log.');
  });
});
