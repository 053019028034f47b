import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

async function rows() {
  const { db } = ctx.database;
  const users = await db.selectFrom('users').select(['id', 'email']).execute();
  const attempts = await db.selectFrom('loginAttempts').select('email').execute();
  return { users, attempts: attempts.length };
}

describe('a personnummer in an e-mail address', () => {
  it.each(['8507099805@region.se', 'pnr-850709-9805@kommun.se', 'anna.19850709\u20139805@region.se'])(
    'refuses a new user with %s: 422 naming body.email, nothing stored',
    async (email) => {
      const cookie = await ctx.cookie('admin');
      const before = await rows();
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/users',
        payload: { email, name: 'Anna Berg', organizationId: ctx.fixture.org.A },
        headers: { cookie },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'validation.personal_identity_number',
        errors: [{ path: 'body.email' }],
      });
      expect(await rows()).toEqual(before);
    },
  );

  it('refuses changing an address to one holding a personnummer', async () => {
    const before = await rows();
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${ctx.fixture.user.reporter!.id}`,
      payload: { email: '850709-9805@kommun.se' },
      headers: { cookie: await ctx.cookie('admin') },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.email' })]);
    expect(await rows()).toEqual(before);
  });

  it('refuses it at sign-in before the failed attempt is recorded by address', async () => {
    const before = await rows();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: '198507099805', password: 'whatever it is' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.email' })]);
    expect(await rows()).toEqual(before);
  });

  it('accepts an address with a phone number or an organisationsnummer', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'vaxel.0701234567.232100-0198@region.se', name: 'Växeln', organizationId: ctx.fixture.org.A },
      headers: { cookie: await ctx.cookie('admin') },
    });
    expect(response.statusCode).toBe(201);
  });

  it('keeps no User-Agent that holds a personnummer with the session', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ctx.fixture.user.reader!.email, password: TEST_PASSWORD },
      headers: { 'user-agent': 'Klient/1.0 (850709-9805)' },
    });
    expect(response.statusCode).toBe(200);
    const sessions = await ctx.database.db
      .selectFrom('sessions')
      .select('userAgent')
      .where('userId', '=', ctx.fixture.user.reader!.id)
      .execute();
    expect(sessions).toEqual([{ userAgent: null }]);
  });
});
