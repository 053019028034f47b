import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { requireActor } from '../auth/routes.ts';
import { getVisibleForum } from '../forums/service.ts';
import { forumIdParams } from '../indicators/schema.ts';
import { AppError, commonErrors } from '../platform/errors.ts';
import type { App } from '../platform/http.ts';
import { can } from '../policy/policy.ts';
import { readUpload } from '../platform/multipart.ts';
import { toAppError } from './errors.ts';
import { importMinutesFile, previewImport } from './import.ts';
import { BUSY_RETRY_AFTER_SECONDS, createMinutesReadPool } from './read-pool.ts';
import { importPreviewSchema, importResultSchema } from './schema.ts';

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** A file past the upload limit, named with the limit (Fastify's own 413 says only "too large"). */
const fileTooLarge = () =>
  new AppError({
    status: 413,
    code: 'minutes.file_too_large',
    message: {
      sv: `Filen är större än ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, den största fil med anteckningar som kan läsas in. Spara den utan bilder eller dela upp den, och försök igen.`,
      en: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the largest file of minutes that can be read. Save it without pictures or split it, and try again.`,
    },
  });

async function readImportUpload(request: FastifyRequest) {
  const upload = await readUpload(request, fileTooLarge);
  let minutes: unknown;
  if (upload.fields.minutes) {
    try {
      minutes = JSON.parse(upload.fields.minutes);
    } catch {
      throw commonErrors.invalid('minutes.corrections_invalid', 'body.minutes', {
        sv: 'Rättelserna kunde inte läsas.',
        en: 'The corrections could not be read.',
      });
    }
  }
  return {
    filename: upload.filename,
    data: upload.data,
    minutes,
    allowSameDate: upload.fields.allowSameDate === 'true',
  };
}

export async function minutesRoutes(app: App, ctx: AppContext) {
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 5 * 1024 * 1024 },
  });

  const readPool = createMinutesReadPool(ctx.config.minutesImport);
  app.addHook('onClose', readPool.close);

  /** The file's refusal in words; a busy server says when to try again. */
  function refusal(reply: FastifyReply) {
    return (error: unknown): never => {
      const appError = toAppError(error);
      if (appError instanceof AppError && appError.status === 503)
        void reply.header('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
      throw appError;
    };
  }

  async function forumForImport(request: FastifyRequest, forumId: string) {
    const actor = requireActor(request);
    const forum = await getVisibleForum(ctx.db, actor, forumId);
    if (!can(actor, 'meeting.create', { forumId: forum.id })) {
      throw commonErrors.forbidden({
        sv: 'Bara forumets samordnare kan importera anteckningar.',
        en: "Only the forum's coordinators can import minutes.",
      });
    }
    return { actor, forum };
  }

  app.post('/api/forums/:forumId/minutes-imports/preview', {
    schema: {
      tags: ['minutes import'],
      summary:
        'Upload old minutes (text, a web page, DOC, DOCX, ODT or PDF; multipart field "file") and see what was understood; nothing is saved',
      params: forumIdParams,
      consumes: ['multipart/form-data'],
      response: { 200: importPreviewSchema },
    },
    handler: async (request, reply) => {
      const { forum } = await forumForImport(request, request.params.forumId);
      const upload = await readImportUpload(request);
      return previewImport({
        db: ctx.db,
        forumId: forum.id,
        filename: upload.filename,
        data: upload.data,
        read: readPool.read,
      }).catch(refusal(reply));
    },
  });

  app.post('/api/forums/:forumId/minutes-imports', {
    schema: {
      tags: ['minutes import'],
      summary:
        'Save old minutes as a meeting ("importerat"): multipart "file" plus optional "minutes" = the corrected preview as JSON. The same file twice creates nothing. A date the forum already has a meeting on gives 409 minutes.date_taken unless "allowSameDate" = "true"',
      params: forumIdParams,
      consumes: ['multipart/form-data'],
      response: { 200: importResultSchema, 201: importResultSchema },
    },
    handler: async (request, reply) => {
      const { actor, forum } = await forumForImport(request, request.params.forumId);
      const upload = await readImportUpload(request);
      const result = await importMinutesFile({
        db: ctx.db,
        actor,
        forumId: forum.id,
        forumName: forum.name,
        filename: upload.filename,
        data: upload.data,
        corrected: upload.minutes,
        allowSameDate: upload.allowSameDate,
        read: readPool.read,
      }).catch(refusal(reply));
      return reply.status(result.created ? 201 : 200).send(result);
    },
  });
}
