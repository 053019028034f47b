import { describe, expect, it } from 'vitest';
import { statusByRole, useTestApp } from '../../test/app.ts';

const ctx = useTestApp();
let counter = 0;
const uniqueName = () => `Ny organisation ${++counter}`;

describe('organisation routes: who may do what', () => {
  it('lists organisations for every signed-in user, not for anonymous callers', async () => {
    expect(await statusByRole(ctx, () => ({ method: 'GET', url: '/api/organizations' }))).toEqual({
      admin: 200,
      coordinator: 200,
      reporter: 200,
      reader: 200,
      otherCoordinator: 200,
      anonymous: 401,
    });
  });

  it('lets administrators and coordinators add organisations', async () => {
    const statuses = await statusByRole(ctx, () => ({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: uniqueName(), kind: 'annan' },
    }));
    expect(statuses).toEqual({
      admin: 201,
      coordinator: 201,
      reporter: 403,
      reader: 403,
      otherCoordinator: 201,
      anonymous: 401,
    });
  });

  it("lets only administrators and the member forum's coordinators change a member organisation", async () => {
    const statuses = await statusByRole(ctx, () => ({
      method: 'PATCH',
      url: `/api/organizations/${ctx.fixture.org.B}`,
      payload: { shortName: 'B' },
    }));
    expect(statuses).toEqual({
      admin: 200,
      coordinator: 200,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it('lets only administrators deactivate and reactivate', async () => {
    const url = `/api/organizations/${ctx.fixture.org.D}`;
    expect(
      await statusByRole(ctx, () => ({ method: 'PATCH', url, payload: { isActive: false } }), [
        'coordinator',
        'reporter',
        'reader',
      ]),
    ).toMatchObject({
      coordinator: 403,
      reporter: 403,
      reader: 403,
    });
    const cookie = await ctx.cookie('admin');
    const off = await ctx.app.inject({ method: 'PATCH', url, headers: { cookie }, payload: { isActive: false } });
    expect(off.json()).toMatchObject({ isActive: false });
    const listed = await ctx.app.inject({ method: 'GET', url: '/api/organizations', headers: { cookie } });
    expect(listed.json().map((o: { id: string }) => o.id)).not.toContain(ctx.fixture.org.D);
    const withInactive = await ctx.app.inject({
      method: 'GET',
      url: '/api/organizations?includeInactive=true',
      headers: { cookie },
    });
    expect(withInactive.json().map((o: { id: string }) => o.id)).toContain(ctx.fixture.org.D);
    const on = await ctx.app.inject({ method: 'PATCH', url, headers: { cookie }, payload: { isActive: true } });
    expect(on.json()).toMatchObject({ isActive: true });
  });
});

describe('organisation routes: input', () => {
  it('creates a municipality with its kommunkod and parent, and audits it in the same transaction', async () => {
    const cookie = await ctx.cookie('admin');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie },
      payload: { name: 'Säters kommun', kind: 'kommun', municipalityCode: '2082', parentId: ctx.fixture.org.A },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      name: 'Säters kommun',
      kind: 'kommun',
      municipalityCode: '2082',
      parentName: 'Org A',
      isActive: true,
    });
    const audit = await ctx.database.db.selectFrom('auditLog').selectAll().where('entityId', '=', created.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      entityType: 'organization',
      actorName: 'User admin',
      before: null,
    });
    expect(audit[0]!.after).toMatchObject({ name: 'Säters kommun', municipalityCode: '2082' });
  });

  it('rejects invalid fields with 400 problem+json naming each field, in Swedish', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie: await ctx.cookie('admin') },
      payload: { name: 'X', kind: 'kloster', municipalityCode: '12' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.kind',
      'body.municipalityCode',
      'body.name',
    ]);
    expect(problem.errors.find((e: { path: string }) => e.path === 'body.municipalityCode').message).toBe(
      'Kommunkoden ska vara fyra siffror, till exempel 2080.',
    );
  });

  it('refuses a personnummer in free text with 422 naming the field, and saves nothing', async () => {
    const before = await ctx.database.db
      .selectFrom('auditLog')
      .select(ctx.database.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie: await ctx.cookie('admin') },
      payload: { name: 'Boende för 19811218-9876', kind: 'annan' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'validation.personal_identity_number',
      errors: [{ path: 'body.name' }],
    });
    expect(response.json().detail).toContain('personnummer');
    const organizations = await ctx.database.db.selectFrom('organizations').select('name').execute();
    expect(organizations.map((o) => o.name)).not.toContain('Boende för 19811218-9876');
    const after = await ctx.database.db
      .selectFrom('auditLog')
      .select(ctx.database.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('accepts a phone number and a Dnr in free text', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie: await ctx.cookie('admin') },
      payload: { name: 'Jouren 070-123 45 67 RD21/01391', kind: 'annan' },
    });
    expect(response.statusCode).toBe(201);
  });

  it('answers a duplicate name with 409 and a kommunkod on a non-municipality with 422', async () => {
    const cookie = await ctx.cookie('admin');
    const duplicate = await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie },
      payload: { name: 'org b', kind: 'kommun' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toBe('Det finns redan en organisation som heter "org b".');
    const wrongKind = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${ctx.fixture.org.A}`,
      headers: { cookie },
      payload: { municipalityCode: '2080' },
    });
    expect(wrongKind.statusCode).toBe(422);
  });

  it('refuses a parent loop and leaves the organisation unchanged', async () => {
    const cookie = await ctx.cookie('admin');
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${ctx.fixture.org.B}`,
      headers: { cookie },
      payload: { parentId: ctx.fixture.org.A },
    });
    const loop = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${ctx.fixture.org.A}`,
      headers: { cookie },
      payload: { parentId: ctx.fixture.org.B, name: 'Omdöpt' },
    });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().code).toBe('organizations.parent_cycle');
    const a = await ctx.app.inject({
      method: 'GET',
      url: `/api/organizations/${ctx.fixture.org.A}`,
      headers: { cookie },
    });
    expect(a.json()).toMatchObject({ name: 'Org A', parentId: null });
  });

  it('answers an unknown id with 404 and a malformed id with 400', async () => {
    const cookie = await ctx.cookie('reader');
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/organizations/00000000-0000-4000-8000-000000000000',
          headers: { cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/organizations/abc', headers: { cookie } })).statusCode,
    ).toBe(400);
  });
});
