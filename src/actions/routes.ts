import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import type { App } from '../platform/http.ts';
import { idParams } from '../platform/schema-helpers.ts';
import {
  actionListQuerySchema,
  actionOwnerSchema,
  actionPageSchema,
  actionSchema,
  actionUpdateSchema,
} from './schema.ts';
import { listActionOwners, listActions, listMyActions, updateAction } from './service.ts';

// Uppdrag are given on an agenda item (POST /api/agenda-items/:id/actions, with the meeting);
// everything after that is here.
export async function actionRoutes(app: App, ctx: AppContext) {
  const db = ctx.db;

  app.get('/api/actions', {
    schema: {
      tags: ['actions'],
      summary: 'A page of the uppdrag board across meetings, filterable by forum, organisation, status and overdue',
      querystring: actionListQuerySchema,
      response: { 200: actionPageSchema },
    },
    handler: async (request) => listActions(db, requireActor(request), request.query),
  });

  app.get('/api/actions/owners', {
    schema: {
      tags: ['actions'],
      summary: "The organisations owning an uppdrag the user sees: the board's organisation filter",
      response: { 200: z.array(actionOwnerSchema) },
    },
    handler: async (request) => listActionOwners(db, requireActor(request)),
  });

  app.get('/api/me/actions', {
    schema: {
      tags: ['actions'],
      summary: 'Open uppdrag of the user or their organisation',
      response: { 200: z.array(actionSchema) },
    },
    handler: async (request) => listMyActions(db, requireActor(request)),
  });

  app.patch('/api/actions/:id', {
    schema: {
      tags: ['actions'],
      summary: 'Change an uppdrag, or set its status with a comment (at a meeting, in a lägesrapport, or directly)',
      params: idParams,
      body: actionUpdateSchema,
      response: { 200: actionSchema },
    },
    handler: async (request) =>
      updateAction({ db, actor: requireActor(request), id: request.params.id, change: request.body }),
  });
}
