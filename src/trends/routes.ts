import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import { forumIdParams } from '../indicators/schema.ts';
import type { App } from '../platform/http.ts';
import { indicatorTrendQuerySchema, indicatorTrendSchema, reportingSchema, trendQuerySchema } from './schema.ts';
import * as service from './service.ts';

export async function trendRoutes(app: App, ctx: AppContext) {
  app.get('/api/forums/:forumId/reporting', {
    schema: {
      tags: ['trends'],
      summary:
        'Reporting discipline over rounds: status and strain per organisation and round, reporting and on-time rates counted against the membership of each round',
      params: forumIdParams,
      querystring: trendQuerySchema,
      response: { 200: reportingSchema },
    },
    handler: async (request) =>
      service.getReporting(ctx.db, requireActor(request), request.params.forumId, request.query),
  });

  app.get('/api/forums/:forumId/trends', {
    schema: {
      tags: ['trends'],
      summary:
        'One indicator over rounds: per organisation, per kind of organisation and for the forum (sum or median), gaps as null',
      params: forumIdParams,
      querystring: indicatorTrendQuerySchema,
      response: { 200: indicatorTrendSchema },
    },
    handler: async (request) =>
      service.getIndicatorTrend(ctx.db, requireActor(request), request.params.forumId, request.query),
  });
}
