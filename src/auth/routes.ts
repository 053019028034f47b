import type { FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { commonErrors } from '../platform/errors.ts';
import type { App } from '../platform/http.ts';
import { unlessPersonalNumber } from '../platform/personal-number.ts';
import { permissionsOf } from '../policy/policy.ts';
import { loginBodySchema, localeBodySchema, meSchema } from './schema.ts';
import * as auth from './service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: auth.Actor | null;
  }
}

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

export async function authRoutes(app: App, ctx: AppContext) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[auth.SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const session = await auth.resolveSession({ db: ctx.db, config: ctx.config, token });
    if (!session) {
      reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
      return;
    }
    request.actor = session.actor;
    request.userLocale = session.actor.locale;
  });

  // Per-IP limit in each process; the per-account limit on failures lives in the database,
  // so it holds across every app server.
  await app.register(rateLimit, { global: false });

  app.post('/api/auth/login', {
    config: { rateLimit: { max: ctx.config.login.ratePerMinute, timeWindow: '1 minute' } },
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
        userAgent: unlessPersonalNumber(request.headers['user-agent'] ?? '') || null,
      });
      setSessionCookie(reply, ctx, token, expiresAt);
      return withPermissions(actor);
    },
  });

  app.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: z.null() } },
    handler: async (request, reply) => {
      const token = request.cookies[auth.SESSION_COOKIE];
      if (token) await auth.logout(ctx.db, token);
      reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user with their forum roles', response: { 200: meSchema } },
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
