import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { actionCreateSchema } from '../actions/schema.ts';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import { forumIdParams } from '../indicators/schema.ts';
import type { App } from '../platform/http.ts';
import { identifyUpload, servedContentType } from '../platform/file-kinds.ts';
import { readUpload } from '../platform/multipart.ts';
import { meetingErrors } from './errors.ts';
import { freeText, idParams } from '../platform/schema-helpers.ts';
import * as agenda from './agenda.ts';
import { closeRenderPool } from './documents/index.ts';
import * as minutes from './minutes.ts';
import {
  attendeesSchema,
  commentCreateSchema,
  decisionPageSchema,
  decisionSearchSchema,
  itemCreateSchema,
  itemOrderSchema,
  itemUpdateSchema,
  meetingCreateSchema,
  meetingIdParams,
  meetingMailSchema,
  meetingSchema,
  meetingSettingsSchema,
  meetingSummarySchema,
  meetingUpdateSchema,
  myMeetingsSchema,
  withdrawSchema,
  minutesVersionDetailSchema,
} from './schema.ts';
import * as service from './service.ts';

const versionParams = meetingIdParams.extend({ version: z.coerce.number().int().min(1).max(10_000) });

function sendDocument(
  reply: FastifyReply,
  file: { body: Buffer; filename: string; contentType: string; pdfa: string | null },
) {
  if (file.pdfa) reply.header('samverkan-pdfa', file.pdfa);
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .send(file.body);
}

const attachmentFieldsSchema = z.object({
  title: freeText({ min: 1, max: 300 }).optional(),
  agendaItemId: z.uuid().optional(),
});

export async function meetingRoutes(app: App, ctx: AppContext) {
  await app.register(multipart, { limits: { fileSize: minutes.MAX_ATTACHMENT_BYTES, files: 1, fields: 10 } });
  const db = ctx.db;
  app.addHook('onClose', closeRenderPool);

  app.get('/api/forums/:forumId/meetings', {
    schema: {
      tags: ['meetings'],
      summary: "The forum's meetings, newest first",
      params: forumIdParams,
      response: { 200: z.array(meetingSummarySchema) },
    },
    handler: async (request) => service.listMeetings(db, requireActor(request), request.params.forumId),
  });

  app.post('/api/forums/:forumId/meetings', {
    schema: {
      tags: ['meetings'],
      summary: 'Plan a meeting (coordinators): agenda from the forum template, invitations from its members',
      params: forumIdParams,
      body: meetingCreateSchema,
      response: { 201: meetingSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await service.createMeeting({
          db,
          actor: requireActor(request),
          forumId: request.params.forumId,
          input: request.body,
        }),
      ),
  });

  app.get('/api/forums/:forumId/meeting-settings', {
    schema: {
      tags: ['meetings'],
      summary: "The forum's Dnr series and agenda template",
      params: forumIdParams,
      response: { 200: meetingSettingsSchema },
    },
    handler: async (request) => service.getMeetingSettings(db, requireActor(request), request.params.forumId),
  });

  app.put('/api/forums/:forumId/meeting-settings', {
    schema: {
      tags: ['meetings'],
      summary: 'Set the Dnr series prefix and the agenda template (coordinators)',
      params: forumIdParams,
      body: meetingSettingsSchema,
      response: { 200: meetingSettingsSchema },
    },
    handler: async (request) =>
      service.setMeetingSettings({
        db,
        actor: requireActor(request),
        forumId: request.params.forumId,
        settings: request.body,
      }),
  });

  app.get('/api/meetings/:meetingId', {
    schema: {
      tags: ['meetings'],
      summary: 'A meeting with agenda, attendance, notes, decisions, uppdrag, follow-ups and the lägesbild',
      params: meetingIdParams,
      response: { 200: meetingSchema },
    },
    handler: async (request) => service.getMeeting(db, requireActor(request), request.params.meetingId),
  });

  app.patch('/api/meetings/:meetingId', {
    schema: {
      tags: ['meetings'],
      summary: 'Change the meeting: time, place, Dnr, chair, secretary, adjusters, round',
      params: meetingIdParams,
      body: meetingUpdateSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      service.updateMeeting({
        db,
        actor: requireActor(request),
        id: request.params.meetingId,
        input: request.body,
        mail: ctx.config.mail,
      }),
  });

  const transitionRoutes = [
    ['hold', 'hold', 'Mark the meeting as held: the agenda is fixed, minutes continue'],
    ['send-for-review', 'send_for_review', 'Send the minutes for justering (the adjusters are mailed)'],
    ['publish', 'publish', 'Publish justerade minutes to members and readers (they are mailed)'],
    ['correct', 'correct', 'Start a correction of justerade minutes as a new version'],
  ] as const;
  for (const [path, transition, summary] of transitionRoutes) {
    app.post(`/api/meetings/:meetingId/${path}`, {
      schema: { tags: ['meetings'], summary, params: meetingIdParams, response: { 200: meetingSchema } },
      handler: async (request) =>
        service.transitionMeeting({
          db,
          actor: requireActor(request),
          id: request.params.meetingId,
          transition,
          mail: ctx.config.mail,
        }),
    });
  }

  app.post('/api/meetings/:meetingId/invitations', {
    schema: {
      tags: ['meetings'],
      summary:
        'Send the kallelse with agenda and calendar invitation to everyone invited, or send it again as an update after a change',
      params: meetingIdParams,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      service.sendInvitations({
        db,
        actor: requireActor(request),
        id: request.params.meetingId,
        mail: ctx.config.mail,
      }),
  });

  app.post('/api/meetings/:meetingId/cancel', {
    schema: {
      tags: ['meetings'],
      summary: 'Cancel a planned meeting (coordinators); invitees get a calendar cancellation',
      params: meetingIdParams,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      service.cancelMeeting({ db, actor: requireActor(request), id: request.params.meetingId, mail: ctx.config.mail }),
  });

  app.get('/api/meetings/:meetingId/mail', {
    schema: {
      tags: ['meetings'],
      summary: 'The mail sent about the meeting (kallelse, justering, publication, uppdrag) and how each fared',
      params: meetingIdParams,
      response: { 200: z.array(meetingMailSchema) },
    },
    handler: async (request) => service.getMeetingMail(db, requireActor(request), request.params.meetingId),
  });

  app.post('/api/meetings/:meetingId/withdraw', {
    schema: {
      tags: ['meetings'],
      summary: 'Pull the minutes back from justering with a reason: editable again, approvals reset (audited)',
      params: meetingIdParams,
      body: withdrawSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      service.transitionMeeting({
        db,
        actor: requireActor(request),
        id: request.params.meetingId,
        transition: 'withdraw',
        reason: request.body.reason,
        mail: ctx.config.mail,
      }),
  });

  app.get('/api/me/meetings', {
    schema: {
      tags: ['meetings'],
      summary: 'For the start page: minutes to justera, minutes in progress and the next meetings',
      response: { 200: myMeetingsSchema },
    },
    handler: async (request) => service.listMyMeetings(db, requireActor(request)),
  });

  app.post('/api/meetings/:meetingId/approve', {
    schema: {
      tags: ['meetings'],
      summary: 'Justera: an adjuster approves the minutes; when all have, they are locked',
      params: meetingIdParams,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      service.approveMinutes({ db, actor: requireActor(request), id: request.params.meetingId }),
  });

  app.post('/api/meetings/:meetingId/comments', {
    schema: {
      tags: ['meetings'],
      summary: "An adjuster's comment on an item during justering",
      params: meetingIdParams,
      body: commentCreateSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      service.addComment({
        db,
        actor: requireActor(request),
        id: request.params.meetingId,
        agendaItemId: request.body.agendaItemId,
        text: request.body.text,
      }),
  });

  app.put('/api/meetings/:meetingId/attendees', {
    schema: {
      tags: ['meetings'],
      summary: 'Attendance: invited, present, absent or substitute, per person',
      params: meetingIdParams,
      body: attendeesSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      agenda.setAttendees({
        db,
        actor: requireActor(request),
        meetingId: request.params.meetingId,
        attendees: request.body.attendees,
      }),
  });

  app.post('/api/meetings/:meetingId/items', {
    schema: {
      tags: ['meetings'],
      summary: 'Add an agenda item (before the meeting is held)',
      params: meetingIdParams,
      body: itemCreateSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      agenda.addItem({ db, actor: requireActor(request), meetingId: request.params.meetingId, input: request.body }),
  });

  app.put('/api/meetings/:meetingId/item-order', {
    schema: {
      tags: ['meetings'],
      summary: 'Reorder the agenda',
      params: meetingIdParams,
      body: itemOrderSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      agenda.reorderItems({
        db,
        actor: requireActor(request),
        meetingId: request.params.meetingId,
        itemIds: request.body.itemIds,
      }),
  });

  app.patch('/api/agenda-items/:id', {
    schema: {
      tags: ['meetings'],
      summary: "Write an item's notes and decisions (409 if someone else saved since your revision)",
      params: idParams,
      body: itemUpdateSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      agenda.updateItem({ db, actor: requireActor(request), itemId: request.params.id, input: request.body }),
  });

  app.delete('/api/agenda-items/:id', {
    schema: {
      tags: ['meetings'],
      summary: 'Remove an agenda item (before the meeting is held)',
      params: idParams,
      response: { 200: meetingSchema },
    },
    handler: async (request) => agenda.deleteItem({ db, actor: requireActor(request), itemId: request.params.id }),
  });

  app.post('/api/agenda-items/:id/actions', {
    schema: {
      tags: ['actions'],
      summary: 'Give an uppdrag: owner organisation and person, task, due date or "till nästa möte"',
      params: idParams,
      body: actionCreateSchema,
      response: { 200: meetingSchema },
    },
    handler: async (request) =>
      agenda.addItemAction({
        db,
        actor: requireActor(request),
        itemId: request.params.id,
        input: request.body,
        appUrl: ctx.config.mail.appUrl,
      }),
  });

  app.post('/api/meetings/:meetingId/attachments', {
    schema: {
      tags: ['meetings'],
      summary: 'Upload a bilaga (multipart/form-data: file, title, agendaItemId); numbered across the meeting',
      params: meetingIdParams,
      consumes: ['multipart/form-data'],
      response: { 200: meetingSchema },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      const upload = await readUpload(request, meetingErrors.fileTooLarge);
      const fields = attachmentFieldsSchema.parse(upload.fields);
      const { contentType } = await identifyUpload(upload.filename, upload.data);
      return minutes.addAttachment({
        db,
        actor,
        meetingId: request.params.meetingId,
        agendaItemId: fields.agendaItemId ?? null,
        title: fields.title ?? upload.filename,
        filename: upload.filename,
        contentType,
        data: upload.data,
      });
    },
  });

  app.get('/api/attachments/:id', {
    schema: { tags: ['meetings'], summary: 'Download a bilaga', params: idParams },
    handler: async (request, reply) => {
      const attachment = await minutes.getAttachment(db, requireActor(request), request.params.id);
      return reply
        .type(servedContentType(attachment.contentType))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
        .send(Buffer.from(attachment.data));
    },
  });

  const documentFormats = [
    ['minutes.docx', 'docx', 'The minutes as DOCX'],
    ['minutes.pdf', 'pdf', 'The minutes as PDF (PDF/A-2b, tagged)'],
    [
      'archive.pdf',
      'archive',
      'One archive PDF: the minutes followed by every bilaga; PDF/A-2b only when every bilaga is PDF/A or not a PDF (header samverkan-pdfa: PDF/A-2b or none)',
    ],
  ] as const;
  for (const [path, format, summary] of documentFormats) {
    app.get(`/api/meetings/:meetingId/${path}`, {
      schema: {
        tags: ['meetings'],
        summary: `${summary}: the current justerad version, or the draft before justering`,
        params: meetingIdParams,
      },
      handler: async (request, reply) =>
        sendDocument(
          reply,
          await minutes.renderMinutes({
            db,
            actor: requireActor(request),
            meetingId: request.params.meetingId,
            format,
          }),
        ),
    });
    app.get(`/api/meetings/:meetingId/versions/:version/${path}`, {
      schema: {
        tags: ['meetings'],
        summary: `${summary}: a justerad version, printed from its frozen snapshot`,
        params: versionParams,
      },
      handler: async (request, reply) =>
        sendDocument(
          reply,
          await minutes.renderMinutes({
            db,
            actor: requireActor(request),
            meetingId: request.params.meetingId,
            format,
            version: request.params.version,
          }),
        ),
    });
  }

  app.get('/api/meetings/:meetingId/versions/:version', {
    schema: {
      tags: ['meetings'],
      summary: 'A justerad version as it was frozen: the snapshot every document of that version is printed from',
      params: versionParams,
      response: { 200: minutesVersionDetailSchema },
    },
    handler: async (request) =>
      minutes.getVersion(db, requireActor(request), request.params.meetingId, request.params.version),
  });

  app.delete('/api/attachments/:id', {
    schema: {
      tags: ['meetings'],
      summary: 'Remove a bilaga before the minutes are sent for justering',
      params: idParams,
      response: { 200: meetingSchema },
    },
    handler: async (request) => minutes.removeAttachment({ db, actor: requireActor(request), id: request.params.id }),
  });

  app.get('/api/decisions', {
    schema: {
      tags: ['meetings'],
      summary: 'The decision register: every decision, searchable, with forum, meeting, item, date and Dnr',
      querystring: decisionSearchSchema,
      response: { 200: decisionPageSchema },
    },
    handler: async (request) => minutes.searchDecisions(db, requireActor(request), request.query),
  });
}
