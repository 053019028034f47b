import { MinutesParseError } from './errors.ts';
import { extractText } from './extract/index.ts';
import { parseMinutesText } from './parse/index.ts';
import type { ParsedMinutes } from './types.ts';

/** Reads one minutes file (text, DOCX or PDF) into the SCHEMA.md object. Throws only MinutesParseError. */
export async function parseMinutesFile(buffer: Buffer, filename?: string): Promise<ParsedMinutes> {
  try {
    return parseMinutesText(await extractText(buffer, filename));
  } catch (error) {
    if (error instanceof MinutesParseError) throw error;
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  }
}

export { extractText } from './extract/index.ts';
export { parseMinutesText } from './parse/index.ts';
export { MinutesParseError } from './errors.ts';
export type { ParsedMinutes } from './types.ts';
