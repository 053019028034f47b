import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { auditPageSchema, auditQuerySchema } from './schema.ts';
import { listAudit } from './service.ts';

export async function auditRoutes(app: App, ctx: AppContext) {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Browse the audit log (administrators): who changed what, when, before and after',
      querystring: auditQuerySchema,
      response: { 200: auditPageSchema },
    },
    handler: async (request) => listAudit(ctx.db, requireActor(request), request.query),
  });
}
