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
import { getMailPreferences, listOutbox, resendMail, setMailPreferences } from './service.ts';

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
