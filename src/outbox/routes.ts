import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import {
  mailPreferencesSchema,
  mailPreferencesUpdateSchema,
  outboxPageSchema,
  outboxQuerySchema,
  outboxResendResultSchema,
  outboxResendSchema,
} from './schema.ts';
import type { FastifyRequest } from 'fastify';
import {
  getMailPreferences,
  listOutbox,
  resendMail,
  setMailPreferences,
  trackQueuedMail,
  type QueuedMailScope,
} from './service.ts';

/**
 * Calls `onMailQueued` after a request that queued mail has answered, so a kallelse goes out at
 * once rather than when the sender's timer next comes round. A handler answers only after its
 * transaction committed; one that failed may have queued nothing, and a needless wake-up finds
 * nothing to send. Which server sends is still the outbox's claim (each message once).
 */
export function sendMailAfterResponse(app: App, onMailQueued: () => void) {
  const scopes = new WeakMap<FastifyRequest, QueuedMailScope>();
  // preHandler, the last hook before the handler (called from within its `done`): the body has
  // been read by then, on the socket's own events, which need not carry a scope entered earlier.
  app.addHook('preHandler', (request, _reply, done) => {
    const scope = { hasQueued: false };
    scopes.set(request, scope);
    trackQueuedMail(scope, done);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (scopes.get(request)?.hasQueued && reply.statusCode < 400) onMailQueued();
  });
}

export async function outboxRoutes(app: App, ctx: AppContext) {
  app.get('/api/outbox', {
    schema: {
      tags: ['outbox'],
      summary:
        'Outgoing mail (administrators): what was sent, is waiting, failed with the server’s answer, or was held',
      querystring: outboxQuerySchema,
      response: { 200: outboxPageSchema },
    },
    handler: async (request) => listOutbox(ctx.db, requireActor(request), ctx.config.mail, request.query),
  });

  app.post('/api/outbox/resend', {
    schema: {
      tags: ['outbox'],
      summary:
        'Queue held or failed messages again (administrators, audited): for mail held before a mail server was set, or refused by it',
      body: outboxResendSchema,
      response: { 200: outboxResendResultSchema },
    },
    handler: async (request) => resendMail(ctx.db, requireActor(request), request.body.ids),
  });

  app.get('/api/me/mail-preferences', {
    schema: {
      tags: ['outbox'],
      summary: 'The kinds of mail the signed-in user receives',
      response: { 200: mailPreferencesSchema },
    },
    handler: async (request) => getMailPreferences(ctx.db, requireActor(request)),
  });

  app.put('/api/me/mail-preferences', {
    schema: {
      tags: ['outbox'],
      summary: 'Turn kinds of mail on or off for the signed-in user (audited)',
      body: mailPreferencesUpdateSchema,
      response: { 200: mailPreferencesSchema },
    },
    handler: async (request) => setMailPreferences(ctx.db, requireActor(request), request.body.items),
  });
}
