import { ZodError } from 'zod';
import { storableInput } from '../platform/schema-helpers.ts';
import { toAppError } from './errors.ts';
import { assertNoPersonalNumberInFile, parseMinutesFile } from './parse-file.ts';
import { resultTooLarge } from './result-limits.ts';
import { parsedMinutesSchema, type ParsedMinutesInput } from './schema.ts';
import type { MinutesParseResult } from './types.ts';

export interface ReadTask {
  filename: string;
  data: Uint8Array;
  /** False when only the personnummer check is wanted (an import of the person's corrected preview). */
  parse: boolean;
}

export interface ReadResult {
  minutes: ParsedMinutesInput;
  confidence: MinutesParseResult['confidence'];
}

/**
 * A point the parser found only by its number ("§ 88" on a line of its own, a web agenda without headings: corpus c34)
 * has no title, which a meeting's point must have; it is called by its number, for the person to correct in the
 * preview, rather than refusing the whole file for a field nobody wrote.
 */
function withTitles(parsed: MinutesParseResult): MinutesParseResult {
  if (parsed.items.every((item) => item.title.trim() !== '')) return parsed;
  const items = parsed.items.map((item, index) =>
    item.title.trim() === '' ? { ...item, title: `Punkt ${item.number ?? index + 1}` } : item,
  );
  return { ...parsed, items };
}

/** What the parser read, held to what may be saved, so the preview never shows what could not be. */
function validParse(parsed: MinutesParseResult): ParsedMinutesInput {
  try {
    return storableInput.pipe(parsedMinutesSchema).parse(withTitles(parsed));
  } catch (error) {
    throw (error instanceof ZodError && resultTooLarge(error, parsed)) || error;
  }
}

/**
 * All the CPU work on an uploaded minutes file: the personnummer check of its name and every text it carries, then
 * (with `parse`) the text extraction and the parse, held to the limits of a meeting. Throws AppError for a refusal.
 * Runs in a worker thread for the API (read-pool.ts) and in-process for the CLI.
 */
export async function readMinutesFile(task: ReadTask): Promise<ReadResult | null> {
  const data = Buffer.from(task.data.buffer, task.data.byteOffset, task.data.byteLength);
  await assertNoPersonalNumberInFile({ filename: task.filename, data });
  if (!task.parse) return null;
  const parsed = await parseMinutesFile(data, task.filename).catch((error: unknown) => {
    throw toAppError(error);
  });
  return { minutes: validParse(parsed), confidence: parsed.confidence };
}
