import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import { forumIdParams } from '../indicators/schema.ts';
import { writtenFast, type App } from '../platform/http.ts';
import {
  outboxEntrySchema,
  overviewSchema,
  reminderCreateSchema,
  reminderSettingsSchema,
  reminderResultSchema,
  roundCreateSchema,
  roundIdParams,
  roundListQuerySchema,
  roundSchema,
  roundUpdateSchema,
  scheduleSchema,
  summaryUpdateSchema,
} from './schema.ts';
import * as notices from './notices.ts';
import * as service from './service.ts';

export async function roundRoutes(app: App, ctx: AppContext) {
  app.get('/api/forums/:forumId/rounds', {
    schema: {
      tags: ['rounds'],
      summary: "The forum's rounds (avstämningar), newest first",
      params: forumIdParams,
      querystring: roundListQuerySchema,
      response: { 200: z.array(roundSchema) },
    },
    handler: async (request) =>
      service.listRounds(ctx.db, requireActor(request), request.params.forumId, request.query.status),
  });

  app.post('/api/forums/:forumId/rounds', {
    schema: {
      tags: ['rounds'],
      summary: 'Open a round for a period with a deadline (Europe/Stockholm)',
      params: forumIdParams,
      body: roundCreateSchema,
      response: { 201: roundSchema },
    },
    handler: async (request, reply) => {
      const created = await service.createRound({
        db: ctx.db,
        actor: requireActor(request),
        forumId: request.params.forumId,
        input: request.body,
        appUrl: ctx.config.mail.appUrl,
      });
      return reply.status(201).send(created);
    },
  });

  app.get('/api/rounds/:roundId', {
    schema: { tags: ['rounds'], summary: 'One round', params: roundIdParams, response: { 200: roundSchema } },
    handler: async (request) => service.getVisibleRound(ctx.db, requireActor(request), request.params.roundId),
  });

  app.patch('/api/rounds/:roundId', {
    schema: {
      tags: ['rounds'],
      summary: 'Change, close, reopen or publish a round',
      params: roundIdParams,
      body: roundUpdateSchema,
      response: { 200: roundSchema },
    },
    handler: async (request) =>
      service.updateRound({
        db: ctx.db,
        actor: requireActor(request),
        id: request.params.roundId,
        input: request.body,
        appUrl: ctx.config.mail.appUrl,
      }),
  });

  app.put('/api/rounds/:roundId/summary', {
    schema: {
      tags: ['rounds'],
      summary: "Write the round's summering (409 if someone else changed it meanwhile)",
      params: roundIdParams,
      body: summaryUpdateSchema,
      response: { 200: roundSchema },
    },
    handler: async (request) =>
      service.updateSummary({
        db: ctx.db,
        actor: requireActor(request),
        id: request.params.roundId,
        summary: request.body.summary,
        expectedUpdatedAt: request.body.expectedUpdatedAt,
      }),
  });

  app.get('/api/rounds/:roundId/overview', {
    schema: {
      tags: ['rounds'],
      summary:
        'The lägesbild: who reported, who is late or missing, the Verksamhet/Nuläge/Utmaning/Medskick table, strain levels and indicator totals against the previous round',
      params: roundIdParams,
      response: { 200: writtenFast(overviewSchema) },
    },
    handler: async (request) => service.getOverview(ctx.db, requireActor(request), request.params.roundId),
  });

  app.get('/api/rounds/:roundId/overview.pdf', {
    schema: {
      tags: ['rounds'],
      summary:
        'The lägesbild as a PDF on A4 (tagged PDF/A-2): reporting status, strain, texts, indicators and summering',
      params: roundIdParams,
    },
    handler: async (request, reply) => {
      const file = await service.renderOverview(ctx.db, requireActor(request), request.params.roundId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.body);
    },
  });

  app.post('/api/rounds/:roundId/reminders', {
    schema: {
      tags: ['rounds'],
      summary: 'Remind the reporters of organisations that have not reported (queued in the outbox)',
      params: roundIdParams,
      body: reminderCreateSchema,
      response: { 200: reminderResultSchema },
    },
    handler: async (request) =>
      service.sendReminders({
        db: ctx.db,
        actor: requireActor(request),
        roundId: request.params.roundId,
        organizationIds: request.body.organizationIds,
        message: request.body.message,
        appUrl: ctx.config.mail.appUrl,
      }),
  });

  app.get('/api/rounds/:roundId/reminders', {
    schema: {
      tags: ['rounds'],
      summary: 'The mail about this round (opened, reminders, closed) and how each fared (coordinators)',
      params: roundIdParams,
      response: { 200: z.array(outboxEntrySchema) },
    },
    handler: async (request) => service.listReminders(ctx.db, requireActor(request), request.params.roundId),
  });

  app.get('/api/forums/:forumId/round-schedule', {
    schema: {
      tags: ['rounds'],
      summary: 'The recurring schedule that opens rounds by itself',
      params: forumIdParams,
      response: { 200: scheduleSchema.nullable() },
    },
    handler: async (request) => service.getSchedule(ctx.db, requireActor(request), request.params.forumId),
  });

  app.put('/api/forums/:forumId/round-schedule', {
    schema: {
      tags: ['rounds'],
      summary: 'Set the weekly schedule (e.g. Tuesdays, deadline 12:00)',
      params: forumIdParams,
      body: scheduleSchema,
      response: { 200: scheduleSchema },
    },
    handler: async (request) =>
      service.setSchedule({
        db: ctx.db,
        actor: requireActor(request),
        forumId: request.params.forumId,
        schedule: request.body,
        appUrl: ctx.config.mail.appUrl,
      }),
  });

  app.get('/api/forums/:forumId/reminder-settings', {
    schema: {
      tags: ['rounds'],
      summary: 'When organisations that have not reported are reminded, before and after the deadline',
      params: forumIdParams,
      response: { 200: reminderSettingsSchema },
    },
    handler: async (request) => notices.getReminderSettings(ctx.db, requireActor(request), request.params.forumId),
  });

  app.put('/api/forums/:forumId/reminder-settings', {
    schema: {
      tags: ['rounds'],
      summary: 'Set the automatic reminders of the forum’s rounds (coordinators)',
      params: forumIdParams,
      body: reminderSettingsSchema,
      response: { 200: reminderSettingsSchema },
    },
    handler: async (request) =>
      notices.setReminderSettings({
        db: ctx.db,
        actor: requireActor(request),
        forumId: request.params.forumId,
        settings: request.body,
      }),
  });
}
