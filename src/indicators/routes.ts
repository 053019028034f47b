import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { idParams } from '../platform/schema-helpers.ts';
import { forumIdParams, indicatorCreateSchema, indicatorSchema, indicatorUpdateSchema } from './schema.ts';
import * as service from './service.ts';

export async function indicatorRoutes(app: App, ctx: AppContext) {
  app.get('/api/forums/:forumId/indicators', {
    schema: {
      tags: ['indicators'],
      summary: "The forum's indicators (figures every round asks for)",
      params: forumIdParams,
      querystring: z.object({ includeInactive: z.stringbool().optional() }),
      response: { 200: z.array(indicatorSchema) },
    },
    handler: async (request) =>
      service.listVisibleIndicators(
        ctx.db,
        requireActor(request),
        request.params.forumId,
        request.query.includeInactive,
      ),
  });

  app.post('/api/forums/:forumId/indicators', {
    schema: {
      tags: ['indicators'],
      summary: 'Define an indicator (coordinators)',
      params: forumIdParams,
      body: indicatorCreateSchema,
      response: { 201: indicatorSchema },
    },
    handler: async (request, reply) => {
      const created = await service.createIndicator({
        db: ctx.db,
        actor: requireActor(request),
        forumId: request.params.forumId,
        input: request.body,
      });
      return reply.status(201).send(created);
    },
  });

  app.patch('/api/indicators/:id', {
    schema: {
      tags: ['indicators'],
      summary: 'Change or deactivate an indicator (filed values stay as filed)',
      params: idParams,
      body: indicatorUpdateSchema,
      response: { 200: indicatorSchema },
    },
    handler: async (request) =>
      service.updateIndicator({ db: ctx.db, actor: requireActor(request), id: request.params.id, input: request.body }),
  });
}
