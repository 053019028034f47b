import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'samverkan';
export const CLIENT_SECRET = 'a-client-secret-for-tests-only';
export const HSA_ID_CLAIM = 'employeeHsaId';

/** The people the provider knows, by subject. */
export type Accounts = Record<
  string,
  { email?: string; email_verified?: boolean; name?: string; [HSA_ID_CLAIM]?: string }
>;

/** How the test provider spoils the next ID token it issues, to prove the app refuses it. */
export type IdTokenTampering = 'none' | 'altered' | 'expired' | 'foreign-key';

export interface TestProvider {
  issuer: string;
  accounts: Accounts;
  /**
   * Without a browser, the provider signs in this subject as soon as the login page would show.
   * With `interactive`, its own login form (any password) asks instead.
   */
  nextLogin: string | undefined;
  tamper: { idToken: IdTokenTampering; email?: string };
  /** The app's environment for this provider. */
  env(appOrigin: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider, the certified implementation) on a random port, with one
 * client for the app. It auto-approves consent, as a region's provider does for its own apps.
 */
export async function startTestProvider(options: { interactive?: boolean; appOrigin: string }): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const foreign = await generateKeyPair('RS256');

  const state: Pick<TestProvider, 'accounts' | 'nextLogin' | 'tamper'> = {
    accounts: {},
    nextLogin: undefined,
    tamper: { idToken: 'none' },
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${options.appOrigin}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`${options.appOrigin}/logga-in`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    // Entra ID, Keycloak and Inera put the person's claims in the ID token; so does this provider.
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub', HSA_ID_CLAIM],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // The provider's "do you want to sign out?" page, reduced to its form.
        logoutSource: async (ctx, form) => {
          ctx.body = `<!doctype html><html lang="en"><title>Sign out</title><body>${form}<button form="op.logoutForm" name="logout" value="yes">Sign out</button></body></html>`;
        },
      },
    },
    cookies: { keys: ['test-cookie-key'] },
    findAccount: async (_ctx, sub) => {
      const claims = state.accounts[sub];
      return claims ? { accountId: sub, claims: async () => ({ sub, ...claims }) } : undefined;
    },
    // First-party app: no consent screen.
    loadExistingGrant: async (ctx) => {
      const { Grant } = ctx.oidc.provider;
      const existing = ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
      if (existing) return Grant.find(existing);
      const grant = new Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  provider.use(async (ctx, next) => {
    if (!options.interactive && ctx.method === 'GET' && /^\/interaction\/[^/]+$/.test(ctx.path)) {
      if (!state.nextLogin) throw new Error('test provider: set nextLogin before signing in');
      const accountId = state.nextLogin;
      ctx.redirect(
        await provider.interactionResult(
          ctx.req,
          ctx.res,
          { login: { accountId } },
          { mergeWithLastSubmission: false },
        ),
      );
      return;
    }
    await next();
    if (ctx.path === '/token' && ctx.status === 200 && state.tamper.idToken !== 'none') {
      const body = ctx.body as { id_token: string };
      body.id_token = await spoil(body.id_token);
      state.tamper = { idToken: 'none' };
    }
  });

  async function spoil(idToken: string): Promise<string> {
    const claims = decodeJwt(idToken);
    const [header, , signature] = idToken.split('.');
    switch (state.tamper.idToken) {
      case 'altered': {
        // Someone on the way swaps in another person's address and keeps the provider's signature.
        const payload = Buffer.from(JSON.stringify({ ...claims, email: state.tamper.email })).toString('base64url');
        return `${header}.${payload}.${signature}`;
      }
      case 'expired': {
        // Properly signed by the provider, but an hour past its expiry.
        const now = Math.floor(Date.now() / 1000);
        return new SignJWT({ ...claims, iat: now - 7200, exp: now - 3600 })
          .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
          .sign(privateKey);
      }
      default:
        // Signed with a key that is not the provider's, under the provider's key id.
        return new SignJWT({ ...claims, email: state.tamper.email ?? claims.email })
          .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
          .sign(foreign.privateKey);
    }
  }

  server.on('request', provider.callback());
  return Object.assign(state, {
    issuer,
    env: (appOrigin: string) => ({
      SAMVERKAN_OIDC_ISSUER: issuer,
      SAMVERKAN_OIDC_CLIENT_ID: CLIENT_ID,
      SAMVERKAN_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      SAMVERKAN_OIDC_REDIRECT_URL: `${appOrigin}/api/auth/oidc/callback`,
      SAMVERKAN_OIDC_NAME: 'Testregionens konto',
      SAMVERKAN_OIDC_HSA_ID_CLAIM: HSA_ID_CLAIM,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A browser's cookies for the provider, by name; enough for its login and logout pages. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair!.slice(0, pair!.indexOf('='));
      const value = pair!.slice(pair!.indexOf('=') + 1);
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=Thu, 01 Jan 1970)/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Follows the provider's redirects as a browser would, until one leads back to the app; returns
 * that address (the app's callback with code and state, or its sign-in page after sign-out).
 */
export async function followProvider(url: string, jar: CookieJar, appOrigin: string): Promise<URL> {
  let next = new URL(url);
  for (let hop = 0; hop < 10; hop++) {
    if (next.origin === appOrigin) return next;
    const response = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(response);
    const location = response.headers.get('location');
    if (!location) throw new Error(`provider stopped at ${next.href}: ${response.status} ${await response.text()}`);
    next = new URL(location, next);
  }
  throw new Error('too many redirects at the provider');
}
