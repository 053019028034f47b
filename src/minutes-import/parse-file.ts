import { commonErrors } from '../platform/errors.ts';
import { findPersonalIdentityNumber } from '../platform/personal-number.ts';
import { MinutesParseError, toAppError } from './errors.ts';
import { extractText } from './extract/index.ts';
import { readUploadText } from './extract/upload-text.ts';
import { parseMinutesText } from './parse/index.ts';
import type { MinutesParseResult } from './types.ts';

/**
 * Reads one minutes file (text, a web page, DOC, DOCX, ODT or PDF) into the SCHEMA.md object plus the parser's confidence.
 * Throws only MinutesParseError.
 */
export async function parseMinutesFile(buffer: Buffer, filename?: string): Promise<MinutesParseResult> {
  try {
    return parseMinutesText(await extractText(buffer, filename));
  } catch (error) {
    if (error instanceof MinutesParseError) throw error;
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Refuses an uploaded file (an attachment, minutes to import) whose name or text holds a
 * personnummer, with a 422 that names the file. A PDF, Word or other Office file that cannot be
 * read is refused too, since it cannot be checked.
 */
export async function assertNoPersonalNumberInFile(file: { filename: string; data: Buffer; path?: string }) {
  const path = file.path ?? 'body.file';
  if (findPersonalIdentityNumber(file.filename)) throw commonErrors.personalNumberInFile(path);
  const text = await readUploadText(file.data, file.filename).catch((error: unknown) => {
    throw toAppError(error);
  });
  if (text !== null && findPersonalIdentityNumber(text)) throw commonErrors.personalNumberInFile(path, file.filename);
}

export { extractText } from './extract/index.ts';
export { parseMinutesText } from './parse/index.ts';
export { MinutesParseError } from './errors.ts';
export type { MinutesParseResult, ParsedMinutes } from './types.ts';
