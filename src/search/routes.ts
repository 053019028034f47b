import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { searchPageSchema, searchQuerySchema } from './schema.ts';
import * as service from './service.ts';

export async function searchRoutes(app: App, ctx: AppContext) {
  app.get('/api/search', {
    schema: {
      tags: ['search'],
      summary:
        'Full-text search with Swedish stemming over reports, summeringar, agenda items, decisions, uppdrag and imported minutes; only what the caller may read, ranked by relevance, then date',
      querystring: searchQuerySchema,
      response: { 200: searchPageSchema },
    },
    handler: async (request) => service.search(ctx.db, requireActor(request), request.query),
  });
}
