import { getDocumentProxy } from 'unpdf';
import { MinutesParseError, tooLarge } from '../errors.ts';
import {
  type PageBlock,
  type PageTable,
  type TextPiece,
  type VisualLine,
  joinWrapped,
  pageBlocks,
  sameColumns,
  wideGap,
} from './pdf-tables.ts';

const MAX_PAGES = 500;

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
    out.push(...blanksBetween(prevY, y, Math.max(...row.map((p) => p.height))), joinRow(row));
    prevY = y;
  }
  return out.join('\n');
}

function joinRow(row: readonly TextPiece[]): string {
  let text = '';
  let end: number | null = null;
  for (const piece of row) {
    const gap = end === null ? 0 : piece.x - end;
    if (end !== null && wideGap(gap, piece.height)) text += '\t';
    else if (end !== null && gap > 1 && !text.endsWith(' ') && !piece.str.startsWith(' ')) text += ' ';
    text += piece.str;
    end = piece.x + piece.width;
  }
  return text;
}

/** Lines (with a running header or footer) that may stand between a table's end on a page and its rest on the next. */
const MAX_LINES_AT_BREAK = 3;

type Part = { kind: 'text'; text: string } | { kind: 'blocks'; blocks: PageBlock[] };

/**
 * The pages' text in order. Pages without a table come out line by line as before; on a page with a table its rows are
 * written as cells. A table that runs to the bottom of a page and goes on at the top of the next (same columns) is one
 * table: a repeated header row is dropped, a row cut by the break is joined again, and the running footer and header
 * between them are written after the table, so they are kept but end up in no cell.
 */
class DocumentText {
  private readonly parts: Part[] = [];
  private carried: number[] | null = null;

  addPage(pieces: TextPiece[]): void {
    const blocks = pageBlocks(pieces, this.carried);
    this.carried = null;
    if (!blocks) {
      this.parts.push({ kind: 'text', text: pageText(pieces) });
      return;
    }
    const last = this.lastTableAtBreak();
    const lead = blocks.findIndex((b) => b.kind === 'table');
    const next = blocks[lead];
    if (
      last &&
      next?.kind === 'table' &&
      lead <= MAX_LINES_AT_BREAK &&
      sameColumns(last.table.columns, next.table.columns)
    ) {
      const between = [...last.trailing, ...blocks.slice(0, lead)].map((b) => (b as { line: VisualLine }).line);
      last.part.blocks.splice(last.index + 1);
      mergeTable(last.table, next.table, between);
      blocks.splice(0, lead + 1);
      last.part.blocks.push(...blocks);
      this.parts.push({ kind: 'blocks', blocks: [] });
    } else this.parts.push({ kind: 'blocks', blocks });
    const end = this.lastTableAtBreak();
    if (end) this.carried = end.table.columns;
  }

  /** The last page's last table when at most a few lines (its footer) follow it. */
  private lastTableAtBreak() {
    const part = [...this.parts].reverse().find((p) => p.kind === 'text' || p.blocks.length > 0);
    if (part?.kind !== 'blocks') return null;
    const index = part.blocks.findLastIndex((b) => b.kind === 'table');
    const block = part.blocks[index];
    if (block?.kind !== 'table' || part.blocks.length - index - 1 > MAX_LINES_AT_BREAK) return null;
    return { part, index, table: block.table, trailing: part.blocks.slice(index + 1) };
  }

  text(): string {
    return this.parts
      .filter((p) => p.kind === 'text' || p.blocks.length > 0)
      .map((p) => (p.kind === 'text' ? p.text : blocksText(p.blocks)))
      .join('\n\n');
  }
}

interface MergedTable extends PageTable {
  /** Lines found between the table's parts on two pages (footer, header), written after it. */
  after?: VisualLine[];
}

function mergeTable(into: MergedTable, next: PageTable, between: VisualLine[]): void {
  let rows = next.rows;
  // A header row repeated on the new page is dropped; a row whose first cell is empty is the rest of a row cut by it.
  if (rows[0] && into.rows[0] && rows[0].join('\t') === into.rows[0].join('\t')) rows = rows.slice(1);
  if (rows[0] && (rows[0][0] === '' || /^\p{Ll}/u.test(rows[0][0]!)) && into.rows.length > 0) {
    const lastRow = into.rows[into.rows.length - 1]!;
    rows[0].forEach((cell, c) => {
      if (cell !== '') lastRow[c] = joinWrapped([lastRow[c] ?? '', cell].filter((t) => t !== ''));
    });
    rows = rows.slice(1);
  }
  into.rows.push(...rows);
  into.bottom = next.bottom;
  into.after = [...(into.after ?? []), ...between];
}

function blanksBetween(prevY: number | null, y: number, height: number): string[] {
  if (prevY === null) return [];
  const blanks = Math.min(10, Math.max(0, Math.round((prevY - y) / (Math.max(height, 1) * 1.2)) - 1));
  return Array.from({ length: blanks }, () => '');
}

function blocksText(blocks: readonly PageBlock[]): string {
  const out: string[] = [];
  let prevY: number | null = null;
  for (const block of blocks) {
    if (block.kind === 'line') {
      out.push(...blanksBetween(prevY, block.line.y, block.line.height), joinRow(block.line.pieces));
      prevY = block.line.y;
      continue;
    }
    const table: MergedTable = block.table;
    out.push(...blanksBetween(prevY, table.top, table.height));
    for (const row of table.rows) out.push(...row.map((cell) => `\t${cell}`), '');
    // Two blank lines end the table for the parser, which would read the next text line into the last cell.
    if (table.after?.length) out.push('', ...table.after.map((line) => joinRow(line.pieces)));
    prevY = table.bottom;
  }
  return out.join('\n');
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
    const document = new DocumentText();
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      document.addPage(content.items.map(toPiece).filter((p): p is TextPiece => p !== null && p.str.trim() !== ''));
    }
    const pages = [document.text()];
    if (options.withMetadata) {
      const { info } = await pdf.getMetadata();
      pages.push(
        Object.values(info ?? {})
          .filter((value) => typeof value === 'string')
          .join('\n'),
      );
    }
    return pages.join('\n\n');
  } catch (error) {
    // A page pdf.js cannot decode (a content stream that is not the deflate data it declares) fails here, after the
    // file opened: the same refusal as a file that does not open, never an unexplained error.
    if (error instanceof MinutesParseError) throw error;
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
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
