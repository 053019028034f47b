import { describe, expect, it } from 'vitest';
import { statusByRole, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

describe('forum routes: who may do what', () => {
  it('shows each user only the forums they take part in', async () => {
    expect(await statusByRole(ctx, () => ({ method: 'GET', url: '/api/forums' }))).toMatchObject({
      reporter: 200,
      anonymous: 401,
    });
    const names = async (role: string) =>
      (await ctx.app.inject({ method: 'GET', url: '/api/forums', headers: { cookie: await ctx.cookie(role) } }))
        .json()
        .map((f: { name: string }) => f.name);
    expect(await names('admin')).toEqual(['Forum F', 'Forum G']);
    expect(await names('reader')).toEqual(['Forum F']);
    expect(await names('otherCoordinator')).toEqual(['Forum G']);
    expect(await statusByRole(ctx, () => ({ method: 'GET', url: `/api/forums/${ctx.fixture.forum.F}` }))).toEqual({
      admin: 200,
      coordinator: 200,
      reporter: 200,
      reader: 200,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it('lets only administrators create forums', async () => {
    let n = 0;
    const statuses = await statusByRole(ctx, () => ({
      method: 'POST',
      url: '/api/forums',
      payload: { name: `Nytt forum ${++n}`, ownerOrganizationId: ctx.fixture.org.A },
    }));
    expect(statuses).toEqual({
      admin: 201,
      coordinator: 403,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it("lets administrators and the forum's coordinators change it; only administrators deactivate it", async () => {
    const url = `/api/forums/${ctx.fixture.forum.F}`;
    expect(
      await statusByRole(ctx, () => ({ method: 'PATCH', url, payload: { description: 'Veckovis avstämning' } })),
    ).toEqual({
      admin: 200,
      coordinator: 200,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
    expect(
      await statusByRole(ctx, () => ({ method: 'PATCH', url, payload: { isActive: false } }), ['coordinator']),
    ).toMatchObject({ coordinator: 403 });
  });
});

describe('forum routes: members and coordinators', () => {
  it('keeps members in the given order and replaces coordinators', async () => {
    const cookie = await ctx.cookie('coordinator');
    const { org, user } = ctx.fixture;
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/forums/${ctx.fixture.forum.F}`,
      headers: { cookie },
      payload: {
        memberOrganizationIds: [org.B, org.D, org.A],
        coordinatorUserIds: [user.coordinator!.id, user.reader!.id],
      },
    });
    expect(response.statusCode).toBe(200);
    const forum = response.json();
    expect(forum.members.map((m: { name: string }) => m.name)).toEqual(['Org B', 'Org D', 'Org A']);
    expect(forum.coordinators.map((c: { name: string }) => c.name)).toEqual(['User coordinator', 'User reader']);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', ctx.fixture.forum.F!)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'update', forumId: ctx.fixture.forum.F, actorName: 'User coordinator' });
    expect((audit.before as { members: unknown[] }).members).toHaveLength(2);
    expect((audit.after as { members: unknown[] }).members).toHaveLength(3);
  });

  it('removes the reporter role of users whose organisation leaves the forum', async () => {
    const cookie = await ctx.cookie('admin');
    const { org } = ctx.fixture;
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/forums/${ctx.fixture.forum.F}`,
      headers: { cookie },
      payload: { memberOrganizationIds: [org.A, org.D] },
    });
    const reporter = await ctx.app.inject({
      method: 'GET',
      url: `/api/users/${ctx.fixture.user.reporter!.id}`,
      headers: { cookie },
    });
    expect(reporter.json().forumRoles).toEqual([]);
  });

  it('refuses unknown or duplicate members with 422 and changes nothing', async () => {
    const cookie = await ctx.cookie('admin');
    const url = `/api/forums/${ctx.fixture.forum.G}`;
    const unknown = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { cookie },
      payload: { description: 'ändrad', memberOrganizationIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.statusCode).toBe(422);
    const duplicate = await ctx.app.inject({
      method: 'PATCH',
      url,
      headers: { cookie },
      payload: { memberOrganizationIds: [ctx.fixture.org.C, ctx.fixture.org.C] },
    });
    expect(duplicate.statusCode).toBe(422);
    const forum = (await ctx.app.inject({ method: 'GET', url, headers: { cookie } })).json();
    expect(forum).toMatchObject({ description: '', members: [{ name: 'Org C' }] });
  });
});
