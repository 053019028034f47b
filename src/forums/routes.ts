import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { idParams } from '../platform/schema-helpers.ts';
import { forumCreateSchema, forumListQuerySchema, forumSchema, forumUpdateSchema } from './schema.ts';
import * as service from './service.ts';

export async function forumRoutes(app: App, ctx: AppContext) {
  app.get('/api/forums', {
    schema: {
      tags: ['forums'],
      summary: 'The forums the user takes part in (administrators: all)',
      querystring: forumListQuerySchema,
      response: { 200: z.array(forumSchema) },
    },
    handler: async (request) => service.listForums(ctx.db, requireActor(request), request.query),
  });

  app.get('/api/forums/:id', {
    schema: {
      tags: ['forums'],
      summary: 'One forum with members and coordinators',
      params: idParams,
      response: { 200: forumSchema },
    },
    handler: async (request) => service.getVisibleForum(ctx.db, requireActor(request), request.params.id),
  });

  app.post('/api/forums', {
    schema: {
      tags: ['forums'],
      summary: 'Create a forum (administrators)',
      body: forumCreateSchema,
      response: { 201: forumSchema },
    },
    handler: async (request, reply) => {
      const created = await service.createForum({ db: ctx.db, actor: requireActor(request), input: request.body });
      return reply.status(201).send(created);
    },
  });

  app.patch('/api/forums/:id', {
    schema: {
      tags: ['forums'],
      summary: 'Change a forum: description, members in order, coordinators; deactivate (administrators)',
      params: idParams,
      body: forumUpdateSchema,
      response: { 200: forumSchema },
    },
    handler: async (request) =>
      service.updateForum({ db: ctx.db, actor: requireActor(request), id: request.params.id, input: request.body }),
  });
}
