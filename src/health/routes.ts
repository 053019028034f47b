import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import type { App } from '../platform/http.ts';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']).describe('Which database this process runs on'),
  })
  .meta({ id: 'Health' });

export async function healthRoutes(app: App, ctx: AppContext) {
  app.get('/api/health', {
    schema: {
      tags: ['health'],
      summary: 'Liveness and database check for load balancers',
      security: [],
      response: { 200: healthSchema },
    },
    handler: async () => {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ok' as const, database: ctx.database.kind };
    },
  });
}
