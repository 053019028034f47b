import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import { writtenFast, type App } from '../platform/http.ts';
import {
  diffQuerySchema,
  myReportingSchema,
  reportDiffSchema,
  reportDraftSchema,
  reportParams,
  reportSchema,
  submitSchema,
  copyPreviousSchema,
} from './schema.ts';
import * as service from './service.ts';

export async function reportRoutes(app: App, ctx: AppContext) {
  // The answer of every draft save and submit: written from its schema (platform/http.ts).
  const report = writtenFast(reportSchema);
  const base = '/api/rounds/:roundId/reports/:organizationId';
  // A draft save and a submit answer with the whole report (about 8 kB of JSON, 1.4 kB gzipped), and
  // autosaves are the most frequent requests there are. Compressing those answers was about a tenth
  // of the server's CPU per submission; the client has just sent most of what comes back, and a few
  // kB more per save is nothing on any network a reporter uses. Reads stay compressed.
  const uncompressed = { compress: false } as const;

  app.get(base, {
    schema: {
      tags: ['reports'],
      summary: "An organisation's report in a round: the working copy, its versions and the indicators it reports",
      params: reportParams,
      response: { 200: report },
    },
    handler: async (request) => service.getReport({ db: ctx.db, actor: requireActor(request), ...request.params }),
  });

  app.put(base, {
    ...uncompressed,
    config: { sessionCompanion: service.contextRead },
    schema: {
      tags: ['reports'],
      summary: 'Save the draft (autosave). 409 with who and when if someone else saved since your revision',
      params: reportParams,
      body: reportDraftSchema,
      response: { 200: report },
    },
    handler: async (request) =>
      service.saveDraft({
        db: ctx.db,
        actor: requireActor(request),
        ...request.params,
        draft: request.body,
        read: request.companion,
      }),
  });

  app.post(`${base}/submit`, {
    ...uncompressed,
    config: { sessionCompanion: service.submitContextRead },
    schema: {
      tags: ['reports'],
      summary: 'Submit (or amend) the report: a new version, kept for ever; late after the deadline',
      params: reportParams,
      body: submitSchema,
      response: { 200: report },
    },
    handler: async (request) =>
      service.submitReport({
        db: ctx.db,
        actor: requireActor(request),
        ...request.params,
        revision: request.body.revision,
        read: request.companion,
      }),
  });

  app.post(`${base}/copy-previous`, {
    schema: {
      tags: ['reports'],
      summary: '"Inget nytt": start the draft from the previous round\'s report',
      params: reportParams,
      body: copyPreviousSchema,
      response: { 200: report },
    },
    handler: async (request) =>
      service.copyPrevious({
        db: ctx.db,
        actor: requireActor(request),
        ...request.params,
        revision: request.body.revision,
      }),
  });

  app.get(`${base}/diff`, {
    schema: {
      tags: ['reports'],
      summary: 'What changed between two submitted versions',
      params: reportParams,
      querystring: diffQuerySchema,
      response: { 200: reportDiffSchema },
    },
    handler: async (request) =>
      service.diffVersions({ db: ctx.db, actor: requireActor(request), ...request.params, ...request.query }),
  });

  app.get('/api/me/reporting', {
    schema: {
      tags: ['reports'],
      summary: "Open rounds where the user's organisation reports, with its status",
      response: { 200: myReportingSchema },
    },
    handler: async (request) => service.listMyReporting(ctx.db, requireActor(request)),
  });
}
