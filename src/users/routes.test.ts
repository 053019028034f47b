import { describe, expect, it } from 'vitest';
import { login, statusByRole, TEST_PASSWORD, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
let counter = 0;
const newUser = (organization: string, extra: Record<string, unknown> = {}) => ({
  email: `ny${++counter}@test.example`,
  name: `Ny Användare ${counter}`,
  organizationId: ctx.fixture.org[organization],
  ...extra,
});

describe('user routes: who may do what', () => {
  it('lists users for administrators and coordinators only, each seeing their own forums', async () => {
    expect(await statusByRole(ctx, () => ({ method: 'GET', url: '/api/users' }))).toEqual({
      admin: 200,
      coordinator: 200,
      reporter: 403,
      reader: 403,
      otherCoordinator: 200,
      anonymous: 401,
    });
    const seen = async (role: string) =>
      (await ctx.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: await ctx.cookie(role) } }))
        .json()
        .map((u: { email: string }) => u.email);
    expect(await seen('coordinator')).toEqual(
      expect.arrayContaining(['reporter@test.example', 'reader@test.example', 'coordinator@test.example']),
    );
    expect(await seen('coordinator')).not.toContain('otherCoordinator@test.example');
    expect(await seen('otherCoordinator')).not.toContain('reporter@test.example');
  });

  it("lets administrators and the forum's coordinators add users to member organisations", async () => {
    expect(await statusByRole(ctx, () => ({ method: 'POST', url: '/api/users', payload: newUser('B') }))).toEqual({
      admin: 201,
      coordinator: 201,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it("lets administrators and the forum's coordinators change a member's user", async () => {
    const url = `/api/users/${ctx.fixture.user.reporter!.id}`;
    expect(await statusByRole(ctx, () => ({ method: 'PATCH', url, payload: { title: 'MAS' } }))).toEqual({
      admin: 200,
      coordinator: 200,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it('lets a user read themselves but not others', async () => {
    const reader = await ctx.cookie('reader');
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/users/${ctx.fixture.user.reader!.id}`,
          headers: { cookie: reader },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/users/${ctx.fixture.user.reporter!.id}`,
          headers: { cookie: reader },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses administrator rights from a coordinator, and roles in forums they do not coordinate', async () => {
    const cookie = await ctx.cookie('coordinator');
    const admin = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: newUser('B', { isAdmin: true }),
    });
    expect(admin.statusCode).toBe(403);
    const foreign = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${ctx.fixture.user.reporter!.id}`,
      headers: { cookie },
      payload: { forumRoles: [{ forumId: ctx.fixture.forum.G, role: 'reader' }] },
    });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('user routes: behaviour', () => {
  it('creates a user with a password and roles; the user can then sign in', async () => {
    const input = newUser('B', {
      password: 'ett långt lösenord',
      title: 'Socialchef',
      forumRoles: [{ forumId: ctx.fixture.forum.F, role: 'reporter' }],
    });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: await ctx.cookie('coordinator') },
      payload: input,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      title: 'Socialchef',
      organizationName: 'Org B',
      forumRoles: [{ forumId: ctx.fixture.forum.F, role: 'reporter', forumName: 'Forum F' }],
    });
    expect(JSON.stringify(response.json())).not.toContain('ett långt lösenord');
    await expect(login(ctx.app, input.email, 'ett långt lösenord')).resolves.toContain('samverkan_session=');
  });

  it('refuses a reporter role for an organisation outside the forum (422), writing nothing', async () => {
    const input = newUser('C', { forumRoles: [{ forumId: ctx.fixture.forum.F, role: 'reporter' }] });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: await ctx.cookie('admin') },
      payload: input,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('users.reporter_not_member');
    const found = await ctx.database.db.selectFrom('users').select('id').where('email', '=', input.email).execute();
    expect(found).toHaveLength(0);
  });

  it('refuses a duplicate e-mail (409), a short password (400) and a personnummer in the title (422)', async () => {
    const cookie = await ctx.cookie('admin');
    const duplicate = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: { ...newUser('B'), email: 'Reader@test.example' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors).toEqual([
      { path: 'body.email', message: 'Det finns redan en användare med e-postadressen Reader@test.example.' },
    ]);
    const short = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: newUser('B', { password: 'kort' }),
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0]).toEqual({ path: 'body.password', message: 'Lösenordet ska ha minst 10 tecken.' });
    const personal = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: newUser('B', { title: 'MAS 811218-9876' }),
    });
    expect(personal.statusCode).toBe(422);
    expect(personal.json().errors[0].path).toBe('body.title');
  });

  it('deactivating a user ends their sessions and keeps the record', async () => {
    const target = newUser('B', { password: 'ett långt lösenord' });
    const admin = await ctx.cookie('admin');
    const created = (
      await ctx.app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin }, payload: target })
    ).json();
    const session = await login(ctx.app, target.email, 'ett långt lösenord');
    const off = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${created.id}`,
      headers: { cookie: admin },
      payload: { isActive: false },
    });
    expect(off.json().isActive).toBe(false);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } })).statusCode,
    ).toBe(401);
    await expect(login(ctx.app, target.email, 'ett långt lösenord')).rejects.toThrow(/401/);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select(['action'])
      .where('entityId', '=', created.id)
      .orderBy('at')
      .execute();
    // The sign-in is audited too; the refused one after deactivation is not a sign-in.
    expect(audit.map((a) => a.action)).toEqual(['create', 'sign_in', 'deactivate']);
  });

  it('an administrator cannot lock themselves out', async () => {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${ctx.fixture.user.admin!.id}`,
      headers: { cookie: await ctx.cookie('admin') },
      payload: { isAdmin: false },
    });
    expect(response.statusCode).toBe(422);
    await expect(login(ctx.app, ctx.fixture.user.admin!.email, TEST_PASSWORD)).resolves.toBeTruthy();
  });
});
