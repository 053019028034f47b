import { getDocumentProxy } from 'unpdf';
import { MinutesParseError, tooLarge } from '../errors.ts';

const MAX_PAGES = 500;

interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function toPiece(item: unknown): TextPiece | null {
  const it = item as { str?: unknown; transform?: number[]; width?: number; height?: number };
  if (typeof it.str !== 'string' || !Array.isArray(it.transform)) return null;
  return {
    str: it.str,
    x: it.transform[4] ?? 0,
    y: it.transform[5] ?? 0,
    width: it.width ?? 0,
    height: it.height ?? 0,
  };
}

/**
 * Rebuilds lines from positioned text: pieces on one baseline form a line, wide horizontal gaps
 * (columns, table cells) become tabs, and vertical space keeps its blank lines, which the parser reads.
 */
function pageText(pieces: TextPiece[]): string {
  const rows: TextPiece[][] = [];
  for (const piece of pieces) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - piece.y) <= Math.max(2, ref.height * 0.4)) row.push(piece);
    else rows.push([piece]);
  }
  const out: string[] = [];
  let prevY: number | null = null;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const y = row[0]!.y;
    const lineHeight = Math.max(...row.map((p) => p.height), 1) * 1.2;
    if (prevY !== null) {
      const blanks = Math.min(10, Math.max(0, Math.round((prevY - y) / lineHeight) - 1));
      for (let b = 0; b < blanks; b++) out.push('');
    }
    out.push(joinRow(row));
    prevY = y;
  }
  return out.join('\n');
}

function joinRow(row: readonly TextPiece[]): string {
  let text = '';
  let end: number | null = null;
  for (const piece of row) {
    const gap = end === null ? 0 : piece.x - end;
    if (end !== null && gap > Math.max(8, piece.height * 1.5)) text += '\t';
    else if (end !== null && gap > 1 && !text.endsWith(' ') && !piece.str.startsWith(' ')) text += ' ';
    text += piece.str;
    end = piece.x + piece.width;
  }
  return text;
}

async function openPdf(buffer: Buffer) {
  try {
    // verbosity 0: errors only. pdf.js warns on the console about what it repairs in a damaged file ("Indexing all PDF
    // objects"), which a folder import printed among its progress lines; a file it cannot read is refused with a reason.
    return await getDocumentProxy(new Uint8Array(buffer), {
      isEvalSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (error) {
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Every text a PDF holds, laid out as lines: the text layer of each page and, with `withMetadata`,
 * the document information (title, author, subject, keywords). Empty when there is no text layer.
 */
export async function readPdfText(buffer: Buffer, options: { withMetadata?: boolean } = {}): Promise<string> {
  const pdf = await openPdf(buffer);
  try {
    if (pdf.numPages > MAX_PAGES) throw tooLarge({ amount: pdf.numPages, limit: MAX_PAGES, sv: 'sidor', en: 'pages' });
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.map(toPiece).filter((p): p is TextPiece => p !== null && p.str.trim() !== '')));
    }
    if (options.withMetadata) {
      const { info } = await pdf.getMetadata();
      pages.push(
        Object.values(info ?? {})
          .filter((value) => typeof value === 'string')
          .join('\n'),
      );
    }
    return pages.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}

/** Text layer of a PDF via unpdf (pdf.js); a PDF without one is refused. */
export async function pdfToText(buffer: Buffer): Promise<string> {
  const text = await readPdfText(buffer);
  if (text.replace(/\s+/g, '').length < 20) throw new MinutesParseError('minutes.no_text_layer');
  return text;
}
