import { describe, expect, it } from 'vitest';
import { statusByRole, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

describe('GET /api/audit', () => {
  it('is for administrators only', async () => {
    expect(await statusByRole(ctx, () => ({ method: 'GET', url: '/api/audit' }))).toEqual({
      admin: 200,
      coordinator: 403,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it('filters by entity, actor, action, text and date, newest first, with a total for paging', async () => {
    const cookie = await ctx.cookie('coordinator');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie },
      payload: { name: 'Hemtjänst Norr', kind: 'annan' },
    });
    const id = created.json().id;
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/forums/${ctx.fixture.forum.F}`,
      headers: { cookie },
      payload: { memberOrganizationIds: [ctx.fixture.org.A, ctx.fixture.org.B, id] },
    });
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${id}`,
      headers: { cookie },
      payload: { name: 'Hemtjänst Nord' },
    });
    const admin = await ctx.cookie('admin');
    const get = async (query: string) =>
      (await ctx.app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: { cookie: admin } })).json();

    const byEntity = await get(`entityType=organization&entityId=${id}`);
    expect(byEntity.total).toBe(2);
    expect(byEntity.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity.items[0]).toMatchObject({
      actorName: 'User coordinator',
      before: { name: 'Hemtjänst Norr' },
      after: { name: 'Hemtjänst Nord' },
    });

    const byActor = await get(`actorUserId=${ctx.fixture.user.coordinator!.id}`);
    expect(byActor.total).toBe(3);
    expect((await get('q=nord&action=update')).total).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`from=${today}&to=${today}&actorUserId=${ctx.fixture.user.coordinator!.id}`)).total).toBe(3);
    expect((await get(`to=2020-01-01`)).total).toBe(0);
    const page = await get('limit=2&offset=1');
    expect(page.items).toHaveLength(2);
  });

  it('rejects a malformed filter with 400', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?from=igår&limit=5000',
      headers: { cookie: await ctx.cookie('admin') },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['querystring.from', 'querystring.limit']);
  });
});
