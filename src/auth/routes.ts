import type { FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { bearerToken } from '../platform/bearer.ts';
import { commonErrors } from '../platform/errors.ts';
import { databaseRateLimitStore } from '../platform/rate-limit-store.ts';
import { writtenFast, type App } from '../platform/http.ts';
import { unlessPersonalNumber } from '../platform/personal-number.ts';
import { permissionsOf } from '../policy/policy.ts';
import {
  loginBodySchema,
  localeBodySchema,
  logoutResultSchema,
  meSchema,
  providerCallbackQuerySchema,
  providerStartQuerySchema,
  signInOptionsSchema,
  signInSettingsSchema,
  signInSettingsUpdateSchema,
} from './schema.ts';
import * as auth from './service.ts';
import * as sso from './single-sign-on.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: auth.Actor | null;
    /** How the current session was opened. */
    signInMethod: auth.SignInMethod | null;
    /** What the route's `sessionCompanion` read with the session; undefined when it was not read so. */
    companion?: unknown;
  }
  interface FastifyContextConfig {
    /** The route's first read, made in the session lookup's statement (auth.SessionCompanion). */
    sessionCompanion?: { select: auth.SessionCompanion; params: readonly string[] };
  }
}

/** The route parameters a companion read takes, when they are as the route's schema requires. */
function companionOf(request: FastifyRequest) {
  const companion = request.routeOptions.config.sessionCompanion;
  if (!companion) return undefined;
  // The parameters are validated only after this hook; a read with a malformed id would fail.
  const schema = request.routeOptions.schema?.params as z.ZodType<Record<string, string>> | undefined;
  const parsed = schema?.safeParse(request.params);
  if (!parsed?.success) return undefined;
  return { select: companion.select, args: companion.params.map((name) => parsed.data[name]!) };
}

/** The sign-in page, which explains why a sign-in through the provider did not succeed. */
const SIGN_IN_PAGE = '/logga-in';
const PROVIDER_COOKIE_PATH = '/api/auth/oidc';

/** The signed-in user with what they may do across the system. */
const withPermissions = (actor: auth.Actor) => ({ ...actor, permissions: permissionsOf.me(actor) });

/** The signed-in user, or a 401 problem. */
export function requireActor(request: FastifyRequest): auth.Actor {
  if (!request.actor) throw commonErrors.unauthenticated();
  return request.actor;
}

function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expiresAt: Date) {
  reply.setCookie(auth.SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
    expires: expiresAt,
  });
}

/** A sign-in through the provider that failed ends on the sign-in page, which explains the reason. */
function backToSignInPage(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!(error instanceof sso.ProviderSignInError)) throw error;
  // Why an answer was rejected (signature, expiry, state) helps the operator, not the person.
  request.log.warn({ err: error.cause }, error.message);
  return reply.redirect(`${SIGN_IN_PAGE}?fel=${error.reason}`, 303);
}

function userAgentOf(request: FastifyRequest): string | null {
  return unlessPersonalNumber(request.headers['user-agent'] ?? '') || null;
}

export async function authRoutes(app: App, ctx: AppContext) {
  app.decorateRequest('actor', null);
  app.decorateRequest('signInMethod', null);
  app.decorateRequest('companion', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[auth.SESSION_COOKIE];
    // An API token speaks for itself (src/api-tokens): its requests never use or touch a session.
    if (!token || !request.url.startsWith('/api/') || bearerToken(request) !== undefined) return;
    const session = await auth.resolveSession({
      db: ctx.db,
      config: ctx.config,
      token,
      companion: companionOf(request),
    });
    if (!session) {
      reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
      return;
    }
    request.actor = session.actor;
    request.companion = session.companion;
    request.signInMethod = session.method;
    request.userLocale = session.actor.locale;
  });

  // Both the per-address limit and the per-account limit on failures count in the database, so
  // they hold across every app server behind the proxy.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx.db) });

  app.post('/api/auth/login', {
    config: {
      rateLimit: {
        max: ctx.config.login.ratePerMinute,
        timeWindow: '1 minute',
        keyGenerator: (request) => `sign-in ${request.ip}`,
      },
    },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with e-mail and password; sets the session cookie',
      security: [],
      body: loginBodySchema,
      response: { 200: meSchema },
    },
    handler: async (request, reply) => {
      const { token, expiresAt, actor } = await auth.login({
        db: ctx.db,
        config: ctx.config,
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: userAgentOf(request),
      });
      setSessionCookie(reply, ctx, token, expiresAt);
      return withPermissions(actor);
    },
  });

  app.post('/api/auth/logout', {
    schema: {
      tags: ['auth'],
      summary: "Sign out: ends the session, and tells where the provider's session ends when it came from one",
      response: { 200: logoutResultSchema },
    },
    handler: async (request, reply) => {
      const token = request.cookies[auth.SESSION_COOKIE];
      const ended = token ? await auth.logout(ctx.db, token) : null;
      reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
      return { endSessionUrl: await sso.providerSignOutUrl(ctx.config, ended) };
    },
  });

  app.get('/api/auth/options', {
    schema: {
      tags: ['auth'],
      summary: 'How one may sign in here: password, an identity provider, or both',
      security: [],
      response: { 200: signInOptionsSchema },
    },
    handler: async () => sso.signInOptions(ctx.db, ctx.config),
  });

  app.get('/api/auth/oidc/start', {
    schema: {
      tags: ['auth'],
      summary: "Sign in through the identity provider: redirects the browser to the provider's login page",
      security: [],
      querystring: providerStartQuerySchema,
      response: {
        303: z.null().describe("To the provider's login page, or to the sign-in page when it is unreachable"),
      },
    },
    handler: async (request, reply) => {
      try {
        const { key, redirectTo } = await sso.beginProviderSignIn({
          db: ctx.db,
          config: ctx.config,
          returnTo: request.query.returnTo,
        });
        reply.setCookie(sso.SIGN_IN_COOKIE, key, {
          path: PROVIDER_COOKIE_PATH,
          httpOnly: true,
          // Lax, not Strict: the provider sends the browser back with a top-level navigation from its own site.
          sameSite: 'lax',
          secure: ctx.config.cookieSecure,
          maxAge: sso.SIGN_IN_TTL_MS / 1000,
        });
        return reply.redirect(redirectTo, 303);
      } catch (error) {
        return backToSignInPage(request, reply, error);
      }
    },
  });

  app.get('/api/auth/oidc/callback', {
    schema: {
      tags: ['auth'],
      summary: 'Where the identity provider sends the browser back; opens a session for the matching user',
      security: [],
      querystring: providerCallbackQuerySchema,
      response: {
        303: z.null().describe('To the page the user was going to, or to the sign-in page with ?fel=reason'),
      },
    },
    handler: async (request, reply) => {
      reply.clearCookie(sso.SIGN_IN_COOKIE, { path: PROVIDER_COOKIE_PATH });
      try {
        const session = await sso.completeProviderSignIn({
          db: ctx.db,
          config: ctx.config,
          key: request.cookies[sso.SIGN_IN_COOKIE],
          query: request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '',
          providerError: request.query.error,
          userAgent: userAgentOf(request),
        });
        setSessionCookie(reply, ctx, session.token, session.expiresAt);
        return reply.redirect(session.returnTo, 303);
      } catch (error) {
        return backToSignInPage(request, reply, error);
      }
    },
  });

  app.get('/api/auth/settings', {
    schema: {
      tags: ['auth'],
      summary: 'How users sign in: password sign-in, the identity provider, new users (administrators)',
      response: { 200: signInSettingsSchema },
    },
    handler: async (request) =>
      sso.getSignInSettings({
        db: ctx.db,
        config: ctx.config,
        actor: requireActor(request),
        signedInWith: request.signInMethod,
      }),
  });

  app.put('/api/auth/settings', {
    schema: {
      tags: ['auth'],
      summary: 'Change how users sign in (administrators)',
      body: signInSettingsUpdateSchema,
      response: { 200: signInSettingsSchema },
    },
    handler: async (request) =>
      sso.updateSignInSettings({
        db: ctx.db,
        config: ctx.config,
        actor: requireActor(request),
        signedInWith: request.signInMethod,
        input: request.body,
      }),
  });

  app.get('/api/auth/me', {
    schema: {
      tags: ['auth'],
      summary: 'The signed-in user with their forum roles',
      response: { 200: writtenFast(meSchema) },
    },
    handler: async (request) => withPermissions(requireActor(request)),
  });

  app.put('/api/auth/me/locale', {
    schema: {
      tags: ['auth'],
      summary: "Save the user's language",
      body: localeBodySchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await auth.setLocale(ctx.db, requireActor(request), request.body.locale);
      return reply.status(204).send(null);
    },
  });
}
