import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { idParams } from '../platform/schema-helpers.ts';
import { z } from 'zod';
import {
  organizationCreateSchema,
  organizationListQuerySchema,
  organizationSchema,
  organizationUpdateSchema,
} from './schema.ts';
import * as service from './service.ts';

export async function organizationRoutes(app: App, ctx: AppContext) {
  app.get('/api/organizations', {
    schema: {
      tags: ['organizations'],
      summary: 'List organisations (every signed-in user)',
      querystring: organizationListQuerySchema,
      response: { 200: z.array(organizationSchema) },
    },
    handler: async (request) => service.listVisibleOrganizations(ctx.db, requireActor(request), request.query),
  });

  app.get('/api/organizations/:id', {
    schema: {
      tags: ['organizations'],
      summary: 'One organisation',
      params: idParams,
      response: { 200: organizationSchema },
    },
    handler: async (request) => service.getVisibleOrganization(ctx.db, requireActor(request), request.params.id),
  });

  app.post('/api/organizations', {
    schema: {
      tags: ['organizations'],
      summary: 'Add an organisation (administrators and coordinators)',
      body: organizationCreateSchema,
      response: { 201: organizationSchema },
    },
    handler: async (request, reply) => {
      const created = await service.createOrganization({
        db: ctx.db,
        actor: requireActor(request),
        input: request.body,
      });
      return reply.status(201).send(created);
    },
  });

  app.patch('/api/organizations/:id', {
    schema: {
      tags: ['organizations'],
      summary: 'Change, deactivate or reactivate an organisation',
      params: idParams,
      body: organizationUpdateSchema,
      response: { 200: organizationSchema },
    },
    handler: async (request) =>
      service.updateOrganization({
        db: ctx.db,
        actor: requireActor(request),
        id: request.params.id,
        input: request.body,
      }),
  });
}
