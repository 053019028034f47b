import { MinutesParseError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { docxPartsToText } from './docx.ts';
import { detectFormat, withTimeout } from './index.ts';
import { readPdfText } from './pdf.ts';
import { inspectZip } from './zip-guard.ts';

const XML_PART = /\.(xml|rels)$/i;
// Ends of paragraphs, cells and shared strings in Word, Excel, PowerPoint and OpenDocument: a line
// break there keeps the text of two cells apart; every other tag joins, as Word splits runs anywhere.
const BLOCK_END = /<\/(?:w:p|w:tc|a:p|si|c|row|text:p|text:h|table:table-cell)>/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(xml: string): string {
  return xml
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
      dec || hex ? String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16)) : NAMED[name!.toLowerCase()]!,
    );
}

/**
 * Every part of an Office or OpenDocument file, not only the body: headers, footers, footnotes,
 * comments, sheets and the document properties (author, title) can all hold a personnummer.
 */
async function zipText(buffer: Buffer): Promise<string> {
  const zip = await inspectZip(buffer, (name) => XML_PART.test(name));
  const parts = [...zip.kept.values()].map((xml) => xmlText(xml.toString('utf8')));
  if (zip.names.includes('word/document.xml')) parts.unshift(await docxPartsToText(zip.kept).catch(() => ''));
  return parts.join('\n\n');
}

/**
 * An OLE compound file (Word 97–2003, and old Excel, PowerPoint, Outlook files): the text of every part of a Word file,
 * and for any such file the bytes read as single-byte and as UTF-16 text, which holds the document properties (author,
 * title) and the text of the other kinds. A file word-extractor cannot read is still checked by its bytes, so an old
 * Excel attachment is not refused for not being Word.
 */
async function oleText(buffer: Buffer): Promise<string> {
  const { docAllText } = await import('./doc.ts');
  const word = await docAllText(buffer).catch(() => '');
  return [word, buffer.toString('latin1'), buffer.toString('utf16le')].join('\n\n');
}

/**
 * All the text an uploaded file carries, for the personnummer check: plain text, web pages (their markup too: an
 * attribute or a comment can hold one), DOCX, ODT and other Office zips, Word 97–2003 and other OLE files, the PDF
 * text layer and metadata. Null when there is no text to read: images and other
 * binaries, or a scanned PDF (no text layer; nothing can be read without OCR). A file that claims
 * to be a PDF or a zip but cannot be read throws, because it cannot be checked.
 */
export async function readUploadText(buffer: Buffer, filename?: string): Promise<string | null> {
  if (buffer.length === 0) return null;
  if (buffer.subarray(0, 5).toString('latin1') === '{\\rtf') return buffer.toString('latin1');
  let format;
  try {
    format = detectFormat(buffer, filename);
  } catch (error) {
    if (error instanceof MinutesParseError && error.code === 'minutes.binary') return null;
    throw error;
  }
  if (format === 'pdf') return withTimeout(readPdfText(buffer, { withMetadata: true }));
  if (format === 'docx' || format === 'odt') return withTimeout(zipText(buffer));
  if (format === 'doc') return withTimeout(oleText(buffer));
  if (format === 'html') {
    const { decodeHtml, htmlToText } = await import('./html.ts');
    // The markup holds all the text (entities aside): a page too deeply nested to lay out is still checked.
    const laidOut = (() => {
      try {
        return htmlToText(buffer);
      } catch {
        return '';
      }
    })();
    return `${decodeHtml(buffer)}\n\n${laidOut}`;
  }
  try {
    return decodeText(buffer);
  } catch (error) {
    if (error instanceof MinutesParseError && error.code === 'minutes.binary') return null;
    throw error;
  }
}
