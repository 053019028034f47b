import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { asWebClient, login, testConfig, useTestApp } from '../../test/app.ts';
import { CookieJar, followProvider, startTestProvider, type IdTokenTampering } from '../../test/oidc-provider.ts';

// The app is reached through inject, so its origin is only a name the provider's redirect URIs use.
const appOrigin = 'http://samverkan.test';
const provider = await startTestProvider({ appOrigin });
const ctx = useTestApp(undefined, provider.env(appOrigin));
afterAll(() => provider.close());

const HSA_ID = 'SE2321000016-1003';

interface ProviderRound {
  /** The app's answer to the browser coming back from the provider. */
  callback: Awaited<ReturnType<typeof ctx.app.inject>>;
  /** The address the provider sent the browser back to. */
  back: URL;
  flowCookie: string;
  jar: CookieJar;
  session: string | undefined;
}

/** A browser's round trip: the app's button, the provider's login, and back to the app's callback. */
async function signInThroughProvider(
  subject: string,
  options: { returnTo?: string; tamper?: IdTokenTampering; tamperEmail?: string } = {},
): Promise<ProviderRound> {
  provider.nextLogin = subject;
  const start = await ctx.app.inject({
    url: `/api/auth/oidc/start${options.returnTo ? `?returnTo=${encodeURIComponent(options.returnTo)}` : ''}`,
  });
  expect(start.statusCode).toBe(303);
  const flowCookie = start.cookies.find((c) => c.name === 'samverkan_oidc')!;
  expect(flowCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
  const jar = new CookieJar();
  const back = await followProvider(String(start.headers.location), jar, appOrigin);
  provider.tamper = { idToken: options.tamper ?? 'none', email: options.tamperEmail };
  const callback = await callBack(back, flowCookie.value);
  return { callback, back, flowCookie: flowCookie.value, jar, session: sessionOf(callback) };
}

function callBack(back: URL, flowCookie: string | undefined) {
  return ctx.app.inject({
    url: back.pathname + back.search,
    headers: flowCookie ? { cookie: `samverkan_oidc=${flowCookie}` } : {},
  });
}

function sessionOf(response: Awaited<ReturnType<typeof ctx.app.inject>>): string | undefined {
  const cookie = response.cookies.find((c) => c.name === 'samverkan_session');
  return cookie ? `samverkan_session=${cookie.value}` : undefined;
}

async function me(session: string) {
  return (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: session } })).json();
}

const countUsers = async () => (await ctx.database.db.selectFrom('users').select('id').execute()).length;

async function auditOf(action: string) {
  return ctx.database.db
    .selectFrom('auditLog')
    .select(['actorName', 'entityId', 'entityLabel', 'after'])
    .where('action', '=', action)
    .orderBy('at', 'desc')
    .execute();
}

function expectRefused(round: ProviderRound, reason: string) {
  expect(round.callback.statusCode).toBe(303);
  expect(round.callback.headers.location).toBe(`/logga-in?fel=${reason}`);
  expect(round.session).toBeUndefined();
}

async function putSettings(session: string, input: Record<string, unknown>) {
  return ctx.app.inject({ method: 'PUT', url: '/api/auth/settings', headers: { cookie: session }, payload: input });
}

describe('sign-in through the OpenID provider', () => {
  it('offers the provider on the sign-in page next to the password form', async () => {
    const response = await ctx.app.inject({ url: '/api/auth/options' });
    expect(response.json()).toEqual({ passwordSignIn: true, provider: { name: 'Testregionens konto' } });
  });

  it('lets a known user in by e-mail address (any case), to the page they were going to, and audits it', async () => {
    provider.accounts.anna = { email: 'REPORTER@test.example', email_verified: true, name: 'Anna Andersson' };
    const round = await signInThroughProvider('anna', { returnTo: '/forum/abc?flik=1' });
    expect(round.callback.statusCode).toBe(303);
    expect(round.callback.headers.location).toBe('/forum/abc?flik=1');
    // PKCE: the provider saw a challenge, and the code went back only with the verifier.
    expect(round.back.searchParams.get('code')).toBeTruthy();
    const cookie = round.callback.cookies.find((c) => c.name === 'samverkan_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await me(round.session!)).toMatchObject({
      email: 'reporter@test.example',
      forumRoles: [{ role: 'reporter' }],
    });
    const [audited] = await auditOf('sign_in');
    expect(audited).toMatchObject({
      actorName: 'User reporter',
      entityId: ctx.fixture.user.reporter!.id,
      after: { method: 'oidc', issuer: `${provider.issuer}/` },
    });
    // Nothing of the sign-in is left for a replay.
    expect(await ctx.database.db.selectFrom('oidcSignIns').select('keyHash').execute()).toEqual([]);
  });

  it('lets a known user in by the HSA-id an administrator set, whatever address the provider holds', async () => {
    const admin = await ctx.cookie('admin');
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${ctx.fixture.user.coordinator!.id}`,
      headers: { cookie: admin },
      payload: { hsaId: HSA_ID.toLowerCase() },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().hsaId).toBe(HSA_ID);
    provider.accounts.bertil = { email: 'bertil@region.example', name: 'Bertil', employeeHsaId: HSA_ID };
    const round = await signInThroughProvider('bertil');
    expect(round.callback.headers.location).toBe('/');
    expect(await me(round.session!)).toMatchObject({ email: 'coordinator@test.example' });
  });

  it('refuses an address whose account belongs to another HSA-id', async () => {
    provider.accounts.imposter = { email: 'coordinator@test.example', employeeHsaId: 'SE2321000016-9999' };
    expectRefused(await signInThroughProvider('imposter'), 'conflict');
  });

  it('refuses an address the provider has not verified', async () => {
    provider.accounts.unverified = { email: 'reader@test.example', email_verified: false };
    expectRefused(await signInThroughProvider('unverified'), 'no_identity');
  });

  it('sends an unknown user to a clear page, creates nothing and audits who tried', async () => {
    provider.accounts.okand = { email: 'okand@region.example', name: 'Okänd Person' };
    const before = await countUsers();
    expectRefused(await signInThroughProvider('okand'), 'unknown_user');
    expect(await countUsers()).toBe(before);
    const [refused] = await auditOf('sign_in_refused');
    expect(refused).toMatchObject({ entityLabel: 'okand@region.example', after: { reason: 'unknown_user' } });
  });

  it('refuses a deactivated user', async () => {
    const admin = await ctx.cookie('admin');
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${ctx.fixture.user.otherCoordinator!.id}`,
      headers: { cookie: admin },
      payload: { isActive: false },
    });
    provider.accounts.inaktiv = { email: 'otherCoordinator@test.example' };
    expectRefused(await signInThroughProvider('inaktiv'), 'inactive');
  });

  it('creates an unknown user as a reader of no forum when the administrator allows it', async () => {
    const admin = await ctx.cookie('admin');
    const settings = await putSettings(admin, {
      passwordSignIn: true,
      createUnknownUsers: true,
      newUserOrganizationId: ctx.fixture.org.D,
    });
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toMatchObject({ createUnknownUsers: true, newUserOrganizationName: 'Org D' });
    provider.accounts.ny = { email: 'ny.person@region.example', name: 'Ny Person', employeeHsaId: 'SE2321000016-2002' };
    const round = await signInThroughProvider('ny');
    expect(round.callback.headers.location).toBe('/');
    expect(await me(round.session!)).toMatchObject({
      name: 'Ny Person',
      email: 'ny.person@region.example',
      organizationId: ctx.fixture.org.D,
      isAdmin: false,
      forumRoles: [],
    });
    const stored = await ctx.database.db
      .selectFrom('users')
      .select('hsaId')
      .where('email', '=', 'ny.person@region.example')
      .executeTakeFirstOrThrow();
    expect(stored.hsaId).toBe('SE2321000016-2002');
    const [created] = await auditOf('create');
    expect(created).toMatchObject({ actorName: 'system (Testregionens konto)', entityLabel: 'Ny Person' });
    await putSettings(admin, { passwordSignIn: true, createUnknownUsers: false, newUserOrganizationId: null });
  });

  it('requires an organisation for users it creates', async () => {
    const response = await putSettings(await ctx.cookie('admin'), {
      passwordSignIn: true,
      createUnknownUsers: true,
      newUserOrganizationId: null,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'auth.settings.organization_required' });
  });
});

describe('answers from the provider that must not open a session', () => {
  const account = { email: 'reader@test.example', name: 'Läsaren' };

  it('refuses an ID token altered on the way (another address under the provider’s signature)', async () => {
    provider.accounts.lasare = account;
    const round = await signInThroughProvider('lasare', { tamper: 'altered', tamperEmail: 'admin@test.example' });
    expectRefused(round, 'rejected');
  });

  it('refuses an ID token signed with a key that is not the provider’s', async () => {
    provider.accounts.lasare = account;
    expectRefused(
      await signInThroughProvider('lasare', { tamper: 'foreign-key', tamperEmail: 'admin@test.example' }),
      'rejected',
    );
  });

  it('refuses an expired ID token, though the provider signed it', async () => {
    provider.accounts.lasare = account;
    expectRefused(await signInThroughProvider('lasare', { tamper: 'expired' }), 'rejected');
  });

  it('refuses a wrong state', async () => {
    provider.accounts.lasare = account;
    provider.nextLogin = 'lasare';
    const start = await ctx.app.inject({ url: '/api/auth/oidc/start' });
    const flowCookie = start.cookies.find((c) => c.name === 'samverkan_oidc')!.value;
    const back = await followProvider(String(start.headers.location), new CookieJar(), appOrigin);
    back.searchParams.set('state', 'a-state-from-someone-else');
    const callback = await callBack(back, flowCookie);
    expect(callback.headers.location).toBe('/logga-in?fel=rejected');
    expect(sessionOf(callback)).toBeUndefined();
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    provider.accounts.lasare = account;
    provider.nextLogin = 'lasare';
    const start = await ctx.app.inject({ url: '/api/auth/oidc/start' });
    const back = await followProvider(String(start.headers.location), new CookieJar(), appOrigin);
    const callback = await callBack(back, undefined);
    expect(callback.headers.location).toBe('/logga-in?fel=expired');
    expect(sessionOf(callback)).toBeUndefined();
  });

  it('refuses a replayed code: in the same browser, and in a new sign-in', async () => {
    provider.accounts.lasare = account;
    const first = await signInThroughProvider('lasare');
    expect(first.session).toBeDefined();
    const again = await callBack(first.back, first.flowCookie);
    expect(again.headers.location).toBe('/logga-in?fel=expired');
    expect(sessionOf(again)).toBeUndefined();
    // A fresh sign-in carrying the old code: its state matches, but the provider refuses the code.
    provider.nextLogin = 'lasare';
    const start = await ctx.app.inject({ url: '/api/auth/oidc/start' });
    const flowCookie = start.cookies.find((c) => c.name === 'samverkan_oidc')!.value;
    const fresh = await followProvider(String(start.headers.location), new CookieJar(), appOrigin);
    fresh.searchParams.set('code', first.back.searchParams.get('code')!);
    const replayed = await callBack(fresh, flowCookie);
    expect(replayed.headers.location).toBe('/logga-in?fel=rejected');
    expect(sessionOf(replayed)).toBeUndefined();
  });

  it('explains a sign-in the person cancelled at the provider', async () => {
    const start = await ctx.app.inject({ url: '/api/auth/oidc/start' });
    const flowCookie = start.cookies.find((c) => c.name === 'samverkan_oidc')!.value;
    const state = new URL(String(start.headers.location)).searchParams.get('state')!;
    const callback = await callBack(
      new URL(`${appOrigin}/api/auth/oidc/callback?error=access_denied&state=${state}`),
      flowCookie,
    );
    expect(callback.headers.location).toBe('/logga-in?fel=cancelled');
  });

  it('returns only to paths of this app', async () => {
    provider.accounts.lasare = account;
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const round = await signInThroughProvider('lasare', { returnTo });
      expect(round.callback.headers.location).toBe('/');
    }
  });
});

describe('password sign-in turned off', () => {
  it('can be turned off only by an administrator who signed in through the provider', async () => {
    const passwordAdmin = await ctx.cookie('admin');
    const refused = await putSettings(passwordAdmin, {
      passwordSignIn: false,
      createUnknownUsers: false,
      newUserOrganizationId: null,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'auth.settings.not_signed_in_via_provider' });
    expect(
      (await ctx.app.inject({ url: '/api/auth/settings', headers: { cookie: passwordAdmin } })).json(),
    ).toMatchObject({ passwordSignIn: true, canTurnOffPasswordSignIn: false });
    const coordinator = await ctx.cookie('coordinator');
    expect((await ctx.app.inject({ url: '/api/auth/settings', headers: { cookie: coordinator } })).statusCode).toBe(
      403,
    );
  });

  it('refuses password sign-in with a clear message once off, and the override reopens it', async () => {
    provider.accounts.chef = { email: 'admin@test.example', name: 'Admin' };
    const { session } = await signInThroughProvider('chef');
    const off = await putSettings(session!, {
      passwordSignIn: false,
      createUnknownUsers: false,
      newUserOrganizationId: null,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ passwordSignIn: false, canTurnOffPasswordSignIn: true });
    expect((await ctx.app.inject({ url: '/api/auth/options' })).json()).toMatchObject({ passwordSignIn: false });

    const attempt = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'reporter@test.example', password: 'correct horse battery' },
    });
    expect(attempt.statusCode).toBe(403);
    expect(attempt.json()).toMatchObject({
      code: 'auth.password_sign_in_off',
      detail: 'Inloggning med lösenord är avstängd. Logga in med knappen ”Logga in med Testregionens konto”.',
    });

    // The way back in when the provider fails: the operator sets the override and restarts.
    const rescue = asWebClient(
      await buildApp({
        config: testConfig({ ...provider.env(appOrigin), SAMVERKAN_FORCE_PASSWORD_SIGN_IN: 'true' }),
        database: ctx.database,
        logger: false,
        serveWeb: false,
      }),
    );
    await expect(login(rescue, 'admin@test.example')).resolves.toMatch(/^samverkan_session=/);
    await rescue.close();

    const on = await putSettings(session!, {
      passwordSignIn: true,
      createUnknownUsers: false,
      newUserOrganizationId: null,
    });
    expect(on.json()).toMatchObject({ passwordSignIn: true });
    await expect(login(ctx.app, 'reporter@test.example')).resolves.toMatch(/^samverkan_session=/);
  });
});

describe('sign-out', () => {
  it("ends the local session and sends the browser to the provider's end-session endpoint, which ends its own", async () => {
    provider.accounts.anna = { email: 'reporter@test.example' };
    const { session, jar } = await signInThroughProvider('anna');
    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session! } });
    expect(logout.statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: session! } })).statusCode).toBe(401);
    const endSession = new URL(logout.json().endSessionUrl);
    expect(endSession.origin + endSession.pathname).toBe(`${provider.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${appOrigin}/logga-in`);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();

    // The provider accepts the hint and asks to confirm; confirming ends its session and sends the
    // browser back to the app's sign-in page.
    const page = await fetch(endSession, { headers: { cookie: jar.header() } });
    jar.store(page);
    expect(page.status).toBe(200);
    const html = await page.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    expect(xsrf).toBeTruthy();
    const confirmed = await fetch(`${provider.issuer}/session/end/confirm`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }),
    });
    jar.store(confirmed);
    const back = await followProvider(confirmed.headers.get('location')!, jar, appOrigin);
    expect(back.href).toBe(`${appOrigin}/logga-in`);
    // The provider's session is gone: the next sign-in asks for the login again.
    provider.nextLogin = undefined;
    const start = await ctx.app.inject({ url: '/api/auth/oidc/start' });
    const atProvider = await fetch(String(start.headers.location), {
      redirect: 'manual',
      headers: { cookie: jar.header() },
    });
    expect(atProvider.headers.get('location')).toMatch(/\/interaction\//);
  });

  it('ends a password session without sending the browser anywhere', async () => {
    const session = await login(ctx.app, 'reader@test.example');
    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session } });
    expect(logout.json()).toEqual({ endSessionUrl: null });
  });
});

describe('without a provider', () => {
  it('answers the provider routes with 404 and keeps password sign-in open', async () => {
    const plain = asWebClient(
      await buildApp({ config: testConfig(), database: ctx.database, logger: false, serveWeb: false }),
    );
    const start = await plain.inject({ url: '/api/auth/oidc/start' });
    expect(start.statusCode).toBe(404);
    expect(start.json()).toMatchObject({ code: 'auth.provider_not_configured' });
    expect((await plain.inject({ url: '/api/auth/options' })).json()).toEqual({ passwordSignIn: true, provider: null });
    await plain.close();
  });
});
