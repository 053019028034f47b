import * as client from 'openid-client';
import type { OidcConfig } from '../platform/config.ts';

/** What the provider says about the person, taken from the verified ID token. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  name: string | null;
  hsaId: string | null;
  idToken: string;
}

/** The secrets of one sign-in between leaving for the provider and coming back. */
export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export class ProviderUnavailable extends Error {}

const configurations = new Map<string, Promise<client.Configuration>>();

/**
 * The provider's metadata and keys, fetched once per process. This is a cache, not session state:
 * any server can rebuild it from the issuer. A failed discovery is forgotten, so the next sign-in
 * tries again instead of the server staying broken until it restarts.
 */
function providerConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer.href} ${oidc.clientId}`;
  let configuration = configurations.get(key);
  if (!configuration) {
    configuration = client
      .discovery(oidc.issuer, oidc.clientId, oidc.clientSecret, client.ClientSecretBasic(oidc.clientSecret), {
        // Plain http only reaches this far outside production (config.ts refuses it there), i.e. a
        // provider on a developer's machine or in a test.
        execute: [
          ...(oidc.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : []),
          // The ID token's signature is checked against the provider's keys even though it came
          // straight from the token endpoint, so a token altered on the way is refused.
          client.enableNonRepudiationChecks,
        ],
        timeout: 10,
      })
      .catch((error: unknown) => {
        configurations.delete(key);
        throw new ProviderUnavailable(`OpenID provider discovery failed: ${String(error)}`, { cause: error });
      });
    configurations.set(key, configuration);
  }
  return configuration;
}

export function newSignInChecks(): SignInChecks {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
}

/** The provider's authorization endpoint with this sign-in's state, nonce and PKCE challenge. */
export async function authorizationUrl(oidc: OidcConfig, checks: SignInChecks): Promise<URL> {
  const configuration = await providerConfiguration(oidc);
  return client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUrl.href,
    scope: oidc.scopes,
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: 'S256',
  });
}

function stringClaim(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function displayName(claims: Record<string, unknown>): string | null {
  const full = stringClaim(claims, 'name');
  if (full) return full;
  const parts = [stringClaim(claims, 'given_name'), stringClaim(claims, 'family_name')].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Exchanges the authorization code for tokens and verifies the ID token: signature, issuer,
 * audience, expiry, nonce, and the state and PKCE verifier of this sign-in. Throws on any mismatch.
 * `query` is the callback's query string as the browser sent it.
 */
export async function completeSignIn(oidc: OidcConfig, query: string, checks: SignInChecks): Promise<ProviderIdentity> {
  const configuration = await providerConfiguration(oidc);
  // The URL the provider redirected to, rebuilt from configuration: behind a proxy the request's
  // own host and scheme are not the ones the provider knows.
  const currentUrl = new URL(oidc.redirectUrl);
  currentUrl.search = query;
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  });
  const claims = tokens.claims()! as Record<string, unknown>;
  // A provider that says it has not verified the address must not open an account by it.
  const email = claims.email_verified === false ? null : stringClaim(claims, 'email');
  return {
    subject: String(claims.sub),
    email,
    name: displayName(claims),
    hsaId: oidc.hsaIdClaim ? stringClaim(claims, oidc.hsaIdClaim) : null,
    idToken: tokens.id_token!,
  };
}

/** The provider's end-session address, or null when it offers none. */
export async function endSessionUrl(oidc: OidcConfig, idToken: string | null): Promise<string | null> {
  const configuration = await providerConfiguration(oidc).catch(() => null);
  if (!configuration?.serverMetadata().end_session_endpoint) return null;
  return client
    .buildEndSessionUrl(configuration, {
      client_id: oidc.clientId,
      post_logout_redirect_uri: oidc.postLogoutRedirectUrl.href,
      ...(idToken ? { id_token_hint: idToken } : {}),
    })
    .toString();
}
