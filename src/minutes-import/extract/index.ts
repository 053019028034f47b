import { MinutesParseError, tooLarge } from '../errors.ts';
import { MAX_TEXT_CHARS, textTooLong } from '../parse/guard.ts';
import { decodeText } from './decode.ts';
import { DOCX_PART, docxPartsToText } from './docx.ts';
import { pdfToText } from './pdf.ts';
import { inspectZip } from './zip-guard.ts';

/** Word, OpenDocument, PDF files and web pages are larger than their text; plain text is held to the parser's own limit. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
/**
 * The text limit counts characters; no encoding read here takes more than 3 bytes per character (UTF-16 code unit), so
 * a text file over this many bytes is over it for sure and is refused before it is decoded. Below, the decoded text's
 * characters decide: 5 M characters with å, ä and ö pass although UTF-8 writes them in more than 5 MB.
 */
const MAX_TEXT_FILE_BYTES = MAX_TEXT_CHARS * 3;
const MEGABYTE = 1024 * 1024;
const EXTRACTION_TIMEOUT_MS = 20_000;

export type MinutesFormat = 'pdf' | 'docx' | 'odt' | 'doc' | 'html' | 'text';

function startsWith(buffer: Buffer, magic: string): boolean {
  return buffer.subarray(0, magic.length).toString('latin1') === magic;
}

/** An OLE compound file: Word 97–2003 (.doc), but also old Excel, PowerPoint and Outlook files (refused when read). */
const OLE_MAGIC = '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1';
/** An OpenDocument zip names its type in a first, uncompressed entry "mimetype" (ODF 1.2, 3.3). */
const ODT_FIRST_ENTRY = 'mimetypeapplication/vnd.oasis.opendocument.text';

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

/**
 * The format by content: magic bytes, and for text whether its first markup is a web page's. The file name is only a
 * hint, for an HTML fragment (a .html file that starts with "<div>").
 */
export function detectFormat(buffer: Buffer, filename?: string): MinutesFormat {
  if (buffer.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(buffer, 'PK\x03\x04') || startsWith(buffer, 'PK\x05\x06')) {
    return buffer.subarray(30, 30 + ODT_FIRST_ENTRY.length).toString('latin1') === ODT_FIRST_ENTRY ? 'odt' : 'docx';
  }
  if (startsWith(buffer, OLE_MAGIC)) return 'doc';
  if (OTHER_BINARY.some((magic) => startsWith(buffer, magic))) throw new MinutesParseError('minutes.binary');
  return looksLikeHtml(buffer, filename) ? 'html' : 'text';
}

/** A page's start after a byte-order mark, white space, an XML declaration and comments. */
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/i;

/** Whether a text file is a web page: its first markup is a doctype, `<html>`, `<head>` or `<body>`. */
function looksLikeHtml(buffer: Buffer, filename?: string): boolean {
  const start = decodeHead(buffer);
  if (HTML_START.test(start)) return true;
  // The file name only as a hint: a .html file that starts with other markup (a fragment: "<div>", "<p>").
  return /\.x?html?$/i.test(filename ?? '') && /^\s*</.test(start);
}

function decodeHead(buffer: Buffer): string {
  const head = buffer.subarray(0, Math.min(buffer.length, 1024) & ~1);
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  return head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
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

/** A zip: a Word document, or an OpenDocument text whose "mimetype" is not its first entry. */
async function extractZip(buffer: Buffer): Promise<string> {
  const zip = await inspectZip(buffer, (name) => DOCX_PART.test(name));
  if (!zip.names.includes('word/document.xml')) {
    if (zip.names.includes('content.xml') && zip.names.includes('mimetype')) return extractBinary(buffer, 'odt');
    throw new MinutesParseError('minutes.unreadable', 'a zip archive that is not a Word or OpenDocument text');
  }
  try {
    return await docxPartsToText(zip.kept);
  } catch (error) {
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  }
}

// The readers of the formats added later are loaded by the first file of their kind, not at start (as mammoth is).
async function extractBinary(buffer: Buffer, format: Exclude<MinutesFormat, 'text'>): Promise<string> {
  switch (format) {
    case 'pdf':
      return pdfToText(buffer);
    case 'docx':
      return extractZip(buffer);
    case 'odt':
      return (await import('./odt.ts')).odtToText(buffer);
    case 'doc':
      return (await import('./doc.ts')).docToText(buffer);
    case 'html':
      return (await import('./html.ts')).htmlToText(buffer);
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

/**
 * Text of a minutes file, format detected from its content (the file name is a hint for an HTML fragment and is used in
 * messages).
 */
export async function extractText(buffer: Buffer, filename?: string): Promise<string> {
  if (buffer.length === 0) throw new MinutesParseError('minutes.empty', filename);
  const format = detectFormat(buffer, filename);
  checkSize(buffer, format);
  const text = format === 'text' ? decodeText(buffer) : await withTimeout(extractBinary(buffer, format));
  if (text.length > MAX_TEXT_CHARS) throw textTooLong(text.length);
  if (text.trim() === '') throw new MinutesParseError('minutes.empty', filename);
  return text;
}
