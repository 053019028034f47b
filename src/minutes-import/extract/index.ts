import { MinutesParseError, tooLarge } from '../errors.ts';
import { MAX_TEXT_CHARS, textTooLong } from '../parse/guard.ts';
import { decodeText } from './decode.ts';
import { docxToText } from './docx.ts';
import { pdfToText } from './pdf.ts';
import { inspectZip } from './zip-guard.ts';

/** Word and PDF files are larger than their text; plain text is held to the parser's own limit. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
/**
 * The text limit counts characters; no encoding read here takes more than 3 bytes per character (UTF-16 code unit), so
 * a text file over this many bytes is over it for sure and is refused before it is decoded. Below, the decoded text's
 * characters decide: 5 M characters with å, ä and ö pass although UTF-8 writes them in more than 5 MB.
 */
const MAX_TEXT_FILE_BYTES = MAX_TEXT_CHARS * 3;
const MEGABYTE = 1024 * 1024;
const EXTRACTION_TIMEOUT_MS = 20_000;

export type MinutesFormat = 'pdf' | 'docx' | 'text';

function startsWith(buffer: Buffer, magic: string): boolean {
  return buffer.subarray(0, magic.length).toString('latin1') === magic;
}

const OTHER_BINARY = [
  '\xd0\xcf\x11\xe0',
  '\x89PNG',
  '\xff\xd8\xff',
  'GIF8',
  '{\\rtf',
  'Rar!',
  '\x1f\x8b',
  '7z\xbc\xaf',
];

export function detectFormat(buffer: Buffer): MinutesFormat {
  if (buffer.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(buffer, 'PK\x03\x04') || startsWith(buffer, 'PK\x05\x06')) return 'docx';
  if (OTHER_BINARY.some((magic) => startsWith(buffer, magic))) throw new MinutesParseError('minutes.binary');
  return 'text';
}

export function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new MinutesParseError('minutes.unreadable', 'extraction timed out')),
      EXTRACTION_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function extractDocx(buffer: Buffer): Promise<string> {
  const zip = await inspectZip(buffer);
  if (!zip.names.includes('word/document.xml')) {
    throw new MinutesParseError('minutes.unreadable', 'a zip archive that is not a Word document');
  }
  try {
    return await docxToText(buffer);
  } catch (error) {
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  }
}

function checkSize(buffer: Buffer, format: MinutesFormat): void {
  if (format === 'text' && buffer.length > MAX_TEXT_FILE_BYTES) throw textTooLong(Math.ceil(buffer.length / 3), true);
  if (format !== 'text' && buffer.length > MAX_FILE_BYTES)
    throw tooLarge({
      amount: Math.ceil(buffer.length / MEGABYTE),
      limit: MAX_FILE_BYTES / MEGABYTE,
      sv: 'MB',
      en: 'MB',
    });
}

/** Text of a minutes file, format detected from its content (the file name is only used in messages). */
export async function extractText(buffer: Buffer, filename?: string): Promise<string> {
  if (buffer.length === 0) throw new MinutesParseError('minutes.empty', filename);
  const format = detectFormat(buffer);
  checkSize(buffer, format);
  const text =
    format === 'text'
      ? decodeText(buffer)
      : await withTimeout(format === 'pdf' ? pdfToText(buffer) : extractDocx(buffer));
  if (text.length > MAX_TEXT_CHARS) throw textTooLong(text.length);
  if (text.trim() === '') throw new MinutesParseError('minutes.empty', filename);
  return text;
}
