import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { outboxPageSchema, outboxQuerySchema } from './schema.ts';
import { listOutbox } from './service.ts';

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
}
