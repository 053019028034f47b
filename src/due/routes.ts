import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { myDueSchema } from './schema.ts';
import { getMyDue } from './service.ts';

export async function dueRoutes(app: App, ctx: AppContext) {
  app.get('/api/me/due', {
    schema: {
      tags: ['me'],
      summary:
        'The start page in one request: reports due, minutes to justera, uppdrag due or overdue, and for coordinators the rounds with missing reports and the next meetings',
      response: { 200: myDueSchema },
    },
    handler: async (request) => getMyDue(ctx.db, requireActor(request)),
  });
}
