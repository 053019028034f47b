import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { idParams } from '../platform/schema-helpers.ts';
import { userCreateSchema, userListQuerySchema, userSchema, userUpdateSchema } from './schema.ts';
import * as service from './service.ts';

export async function userRoutes(app: App, ctx: AppContext) {
  app.get('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'List users (administrators: all; coordinators: their forums)',
      querystring: userListQuerySchema,
      response: { 200: z.array(userSchema) },
    },
    handler: async (request) => service.listUsers(ctx.db, requireActor(request), request.query),
  });

  app.get('/api/users/:id', {
    schema: { tags: ['users'], summary: 'One user', params: idParams, response: { 200: userSchema } },
    handler: async (request) => service.getVisibleUser(ctx.db, requireActor(request), request.params.id),
  });

  app.post('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'Add a user with their forum roles',
      body: userCreateSchema,
      response: { 201: userSchema },
    },
    handler: async (request, reply) => {
      const created = await service.createUser({ db: ctx.db, actor: requireActor(request), input: request.body });
      return reply.status(201).send(created);
    },
  });

  app.patch('/api/users/:id', {
    schema: {
      tags: ['users'],
      summary: 'Change a user, their roles or password; deactivate or reactivate',
      params: idParams,
      body: userUpdateSchema,
      response: { 200: userSchema },
    },
    handler: async (request) =>
      service.updateUser({ db: ctx.db, actor: requireActor(request), id: request.params.id, input: request.body }),
  });
}
