import type { FastifyRequest } from 'fastify';
import { AppError, commonErrors } from './errors.ts';
import { findUnprintableCharacter } from './printable-text.ts';
import { findUnstorableText } from './schema-helpers.ts';
import { validationMessages } from './validation-messages.ts';

export interface Upload {
  filename: string;
  data: Buffer;
  fields: Record<string, string>;
}

/**
 * Reads a multipart request with one file and some text fields, in any order. (Reading only up to
 * the file would silently drop fields sent after it.) A file past the route's size limit is refused
 * with `tooLarge`, the route's own 413 that names the limit (Fastify's says only "too large").
 */
export async function readUpload(request: FastifyRequest, tooLarge: () => AppError): Promise<Upload> {
  const fields: Record<string, string> = {};
  let file: Omit<Upload, 'fields'> | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') file = { filename: part.filename, data: await part.toBuffer() };
      else fields[part.fieldname] = String(part.value);
    }
  } catch (error) {
    throw (error as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error;
  }
  if (!file)
    throw commonErrors.invalid('upload.file_required', 'body.file', {
      sv: 'Välj en fil att ladda upp.',
      en: 'Choose a file to upload.',
    });
  refuseUnstorableText(file.filename, fields);
  return { ...file, fields };
}

/** The JSON validator never sees a multipart body, so its file name and fields get the same check here. */
function refuseUnstorableText(filename: string, fields: Record<string, string>) {
  // The archive copy names every bilaga by its file name, so the name must be printable too.
  const found =
    findUnstorableText({ file: filename, ...fields }) ??
    (findUnprintableCharacter(filename) === undefined
      ? undefined
      : { path: ['file'], message: 'validation.unprintable_character' });
  if (!found) return;
  const path = `body.${found.path.join('.')}`;
  const message = validationMessages[found.message]!;
  throw new AppError({ status: 400, code: 'validation.invalid', message, fieldErrors: [{ path, message }] });
}
