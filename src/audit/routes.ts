import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { pickLocale } from '../platform/i18n.ts';
import { auditCsv } from './csv.ts';
import { auditCsvQuerySchema, auditPageSchema, auditQuerySchema } from './schema.ts';
import { exportAudit, listAudit } from './service.ts';

export async function auditRoutes(app: App, ctx: AppContext) {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Browse the audit log (administrators): who changed what, when, before and after',
      querystring: auditQuerySchema,
      response: { 200: auditPageSchema },
    },
    handler: async (request) =>
      listAudit(ctx.db, requireActor(request), request.query, pickLocale(request, request.userLocale)),
  });

  app.get('/api/audit.csv', {
    schema: {
      tags: ['audit'],
      summary:
        'The filtered audit log as CSV (administrators), in words in the language of the request; semicolon-separated, UTF-8 with BOM',
      querystring: auditCsvQuerySchema,
    },
    handler: async (request, reply) => {
      const { lang, ...filter } = request.query;
      const locale = lang ?? pickLocale(request, request.userLocale);
      const entries = await exportAudit(ctx.db, requireActor(request), filter, locale);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${locale === 'sv' ? 'granskningslogg' : 'audit-log'}-${day}.csv"`,
        )
        .send(auditCsv(entries, locale));
    },
  });
}
