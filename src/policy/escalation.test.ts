import { describe, expect, it } from 'vitest';
import { login, TEST_PASSWORD, useTestApp } from '../../test/app.ts';

// The cast of issue 9: Välfärdsrådet (Region Dalarna, Falu kommun) and the Halland forum (Region
// Halland, Varbergs kommun). The administrator belongs to Region Dalarna, a member of Välfärdsrådet.
const ctx = useTestApp({
  organizations: [
    { key: 'dalarna', name: 'Region Dalarna', kind: 'region' },
    { key: 'falun', name: 'Falu kommun' },
    { key: 'halland', name: 'Region Halland', kind: 'region' },
    { key: 'varberg', name: 'Varbergs kommun' },
  ],
  forums: [
    { key: 'vr', name: 'Välfärdsrådet', owner: 'dalarna', members: ['dalarna', 'falun'] },
    { key: 'hl', name: 'Samlad sjukvårdsresurs i Halland', owner: 'halland', members: ['halland', 'varberg'] },
  ],
  users: [
    { key: 'admin', organization: 'dalarna', isAdmin: true },
    { key: 'vrCoordinator', organization: 'dalarna', roles: [{ forum: 'vr', role: 'coordinator' }] },
    { key: 'hlCoordinator', organization: 'halland', roles: [{ forum: 'hl', role: 'coordinator' }] },
    { key: 'falunReporter', organization: 'falun', roles: [{ forum: 'vr', role: 'reporter' }] },
    { key: 'varbergReporter', organization: 'varberg', roles: [{ forum: 'hl', role: 'reporter' }] },
    { key: 'falunNewcomer', organization: 'falun' },
  ],
});

async function send(as: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return ctx.app.inject({ method, url, payload, headers: { cookie: await ctx.cookie(as) } });
}

const userUrl = (key: string) => `/api/users/${ctx.fixture.user[key]!.id}`;
const orgUrl = (key: string) => `/api/organizations/${ctx.fixture.org[key]!}`;
const forumUrl = (key: string) => `/api/forums/${ctx.fixture.forum[key]!}`;
const NEW_PASSWORD = 'a brand new password 123';

function expectForbidden(response: Awaited<ReturnType<typeof send>>, text: RegExp) {
  expect(response.statusCode).toBe(403);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ status: 403, code: 'auth.forbidden' });
  expect(response.json().detail).toMatch(text);
}

async function canSignIn(key: string, password = TEST_PASSWORD) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: ctx.fixture.user[key]!.email, password },
  });
  return response.statusCode === 200;
}

describe('a coordinator cannot take over the administrator', () => {
  it('refuses to reset the password of the administrator in a member organisation', async () => {
    const response = await send('vrCoordinator', 'PATCH', userUrl('admin'), { password: NEW_PASSWORD });
    expectForbidden(response, /administratör/);
    expect(await canSignIn('admin')).toBe(true);
    expect(await canSignIn('admin', NEW_PASSWORD)).toBe(false);
  });

  it('refuses to deactivate, rename or re-address the administrator', async () => {
    for (const payload of [{ isActive: false }, { name: 'Kapad' }, { email: 'kapad@test.example' }]) {
      expectForbidden(await send('vrCoordinator', 'PATCH', userUrl('admin'), payload), /administratör/);
    }
    const admin = await send('admin', 'GET', userUrl('admin'));
    expect(admin.json()).toMatchObject({ isActive: true, name: 'User admin', email: 'admin@test.example' });
  });

  it('refuses to create an administrator', async () => {
    const response = await send('vrCoordinator', 'POST', '/api/users', {
      email: 'ny.admin@test.example',
      name: 'Ny Admin',
      organizationId: ctx.fixture.org.falun,
      isAdmin: true,
    });
    expectForbidden(response, /administratörsbehörighet/);
  });
});

describe('adding an organisation to a forum gives its coordinator no power elsewhere', () => {
  it('lets the Halland coordinator add Region Dalarna and Falu kommun to their forum', async () => {
    const members = ['halland', 'varberg', 'dalarna', 'falun'].map((k) => ctx.fixture.org[k]);
    const response = await send('hlCoordinator', 'PATCH', forumUrl('hl'), { memberOrganizationIds: members });
    expect(response.statusCode).toBe(200);
    expect(response.json().members).toHaveLength(4);
  });

  it('refuses to rename an organisation that also takes part in another forum', async () => {
    for (const key of ['dalarna', 'falun']) {
      const response = await send('hlCoordinator', 'PATCH', orgUrl(key), { name: 'Kapad organisation' });
      expectForbidden(response, /administratör/);
    }
    expect((await send('admin', 'GET', orgUrl('falun'))).json().name).toBe('Falu kommun');
  });

  it("refuses to reset the passwords of that organisation's users who hold roles elsewhere", async () => {
    for (const key of ['falunReporter', 'admin', 'vrCoordinator']) {
      const response = await send('hlCoordinator', 'PATCH', userUrl(key), { password: NEW_PASSWORD });
      expectForbidden(response, /bara har roller i forum du samordnar/);
      expect(await canSignIn(key)).toBe(true);
    }
  });

  it("refuses to give a role in the other forum, so Falun's report there stays Falun's", async () => {
    const response = await send('hlCoordinator', 'POST', '/api/users', {
      email: 'falsk.rapportor@test.example',
      name: 'Falsk Rapportör',
      organizationId: ctx.fixture.org.falun,
      password: NEW_PASSWORD,
      forumRoles: [{ forumId: ctx.fixture.forum.vr, role: 'reporter' }],
    });
    expectForbidden(response, /forum du samordnar/);
  });

  it('still lets the coordinator manage a user of the new member who holds no role elsewhere', async () => {
    const response = await send('hlCoordinator', 'PATCH', userUrl('falunNewcomer'), {
      forumRoles: [{ forumId: ctx.fixture.forum.hl, role: 'reporter' }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().forumRoles).toEqual([expect.objectContaining({ role: 'reporter' })]);
  });

  it("takes the power over Falu kommun from Välfärdsrådet's coordinator too, leaving it to administrators", async () => {
    expectForbidden(await send('vrCoordinator', 'PATCH', orgUrl('falun'), { shortName: 'Falun' }), /administratör/);
    expect((await send('admin', 'PATCH', orgUrl('falun'), { shortName: 'Falun' })).statusCode).toBe(200);
  });
});

describe('appointing coordinators does not open a way in', () => {
  it('lets the coordinator appoint the administrator and a reporter of another forum, but not manage them', async () => {
    const coordinators = ['hlCoordinator', 'admin', 'falunReporter'].map((k) => ctx.fixture.user[k]!.id);
    const response = await send('hlCoordinator', 'PATCH', forumUrl('hl'), { coordinatorUserIds: coordinators });
    expect(response.statusCode).toBe(200);
    expectForbidden(await send('hlCoordinator', 'PATCH', userUrl('admin'), { isActive: false }), /administratör/);
    expectForbidden(
      await send('hlCoordinator', 'PATCH', userUrl('falunReporter'), { password: NEW_PASSWORD }),
      /roller i forum du samordnar/,
    );
  });

  it('refuses to change the owner of a forum or deactivate it', async () => {
    expectForbidden(
      await send('hlCoordinator', 'PATCH', forumUrl('hl'), { ownerOrganizationId: ctx.fixture.org.dalarna }),
      /administratör/i,
    );
  });
});

describe('a coordinator keeps the power that is theirs', () => {
  it('manages a user whose every role is in their forum, and renames an organisation only in their forum', async () => {
    const reset = await send('hlCoordinator', 'PATCH', userUrl('varbergReporter'), { password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect(await login(ctx.app, ctx.fixture.user.varbergReporter!.email, NEW_PASSWORD)).toContain('samverkan_session');
    const rename = await send('hlCoordinator', 'PATCH', orgUrl('varberg'), { shortName: 'Varberg' });
    expect(rename.statusCode).toBe(200);
  });

  it('cannot deactivate an organisation, even one only in their forum', async () => {
    expectForbidden(await send('hlCoordinator', 'PATCH', orgUrl('varberg'), { isActive: false }), /administratör/i);
  });
});

describe('the permissions returned with each record say the same', () => {
  it('shows the coordinator they may not change the administrator or a shared organisation', async () => {
    const admin = await send('vrCoordinator', 'GET', userUrl('admin'));
    expect(admin.json().permissions).toEqual({
      canEdit: false,
      canSetAdmin: false,
      canSetHsaId: false,
      canDeactivate: false,
    });
    const falun = await send('hlCoordinator', 'GET', orgUrl('falun'));
    expect(falun.json().permissions).toEqual({ canEdit: false, canDeactivate: false });
    const varberg = await send('hlCoordinator', 'GET', orgUrl('varberg'));
    expect(varberg.json().permissions).toEqual({ canEdit: true, canDeactivate: false });
    const forum = await send('hlCoordinator', 'GET', forumUrl('hl'));
    expect(forum.json().permissions).toMatchObject({ canEdit: true, canSetOwnerOrActive: false });
    const me = await send('hlCoordinator', 'GET', '/api/auth/me');
    expect(me.json().permissions).toEqual({
      canCreateForum: false,
      canCreateOrganization: true,
      canListUsers: true,
      canViewAudit: false,
      canConfigureSignIn: false,
      canManageApiTokens: false,
    });
  });
});
