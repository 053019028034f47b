import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import { bearerToken } from '../platform/bearer.ts';
import type { App } from '../platform/http.ts';
import { idParams } from '../platform/schema-helpers.ts';
import { apiTokenErrors } from './errors.ts';
import { apiTokenCreateSchema, apiTokenListSchema, apiTokenSchema, issuedApiTokenSchema } from './schema.ts';
import { authenticateApiToken, issueApiToken, listApiTokens, revokeApiToken } from './service.ts';

/**
 * A route a token may call: a read whose OpenAPI security lists `apiToken`. The document and the
 * check read the same declaration, so what /api/docs promises is what a token gets.
 */
function acceptsApiToken(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const security = (request.routeOptions.schema as { security?: Record<string, unknown>[] } | undefined)?.security;
  return security?.some((scheme) => Object.hasOwn(scheme, 'apiToken')) ?? false;
}

/**
 * Requests with `Authorization: Bearer …` act as the token: 401 at once when it is unknown, revoked
 * or expired; 403 on any route but a read-only export of one of its forums. Registered on the
 * whole app, after the session hook (which leaves such requests alone).
 */
export async function apiTokenAuthentication(app: App, ctx: AppContext) {
  app.addHook('onRequest', async (request, reply) => {
    const token = bearerToken(request);
    if (token === undefined || !request.url.startsWith('/api/')) return;
    const principal = await authenticateApiToken(ctx.db, token);
    if (!principal) {
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw apiTokenErrors.invalid();
    }
    if (!acceptsApiToken(request)) throw apiTokenErrors.routeNotAllowed();
    const { forumId } = request.params as { forumId?: string };
    if (!forumId || !principal.forumIds.includes(forumId)) throw apiTokenErrors.forumNotAllowed();
    request.actor = principal.actor;
  });
}

export async function apiTokenRoutes(app: App, ctx: AppContext) {
  app.get('/api/api-tokens', {
    schema: {
      tags: ['api-tokens'],
      summary: 'Every API token, newest first, with its forums, expiry and last use (administrators)',
      response: { 200: apiTokenListSchema },
    },
    handler: async (request) => listApiTokens(ctx.db, requireActor(request)),
  });

  app.post('/api/api-tokens', {
    schema: {
      tags: ['api-tokens'],
      summary:
        'Issue an API token for an organisation or integration, scoped to forums (administrators). The token is in this answer only.',
      body: apiTokenCreateSchema,
      response: { 201: issuedApiTokenSchema },
    },
    handler: async (request, reply) => {
      const issued = await issueApiToken({ db: ctx.db, actor: requireActor(request), input: request.body });
      // The one answer that holds the token: no cache may keep it.
      return reply.status(201).header('cache-control', 'no-store').send(issued);
    },
  });

  app.post('/api/api-tokens/:id/revoke', {
    schema: {
      tags: ['api-tokens'],
      summary: 'Revoke an API token: from now on every request with it gets 401 (administrators)',
      params: idParams,
      response: { 200: apiTokenSchema },
    },
    handler: async (request) => revokeApiToken({ db: ctx.db, actor: requireActor(request), id: request.params.id }),
  });
}
