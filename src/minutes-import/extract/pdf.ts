import { getDocumentProxy } from 'unpdf';
import { MinutesParseError, tooLarge } from '../errors.ts';
import {
  type PageBlock,
  type PageTable,
  type TextPiece,
  type VisualLine,
  ALIGN,
  visualLines,
  joinWrapped,
  justified,
  pageBlocks,
  sameColumns,
  splitRuns,
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
 * A line of text outside a table and where it stands on the page: the unit that wrapped lines are joined by. A table's
 * lines and blank lines are written as strings.
 */
interface TextLine {
  text: string;
  x: number;
  right: number;
  y: number;
  height: number;
  /** Width of the line's first word (estimated from its piece): whether it would have fitted on the line above. */
  firstWord: number;
  /** Where the line's text column ends on the right, when the page sets text in columns side by side. */
  columnRight?: number;
}

type Out = string | TextLine;

function textLine(pieces: readonly TextPiece[], y: number): TextLine {
  const first = pieces[0]!;
  const word = /^\s*(\S+)/.exec(first.str)?.[1] ?? '';
  return {
    text: joinRow(pieces),
    x: first.x,
    right: Math.max(...pieces.map((p) => p.x + p.width)),
    y,
    height: Math.max(...pieces.map((p) => p.height)),
    firstWord: first.str.length > 0 ? (first.width * word.length) / first.str.length : 0,
  };
}

function joinRow(row: readonly TextPiece[]): string {
  const columns = !justified(row);
  let text = '';
  let end: number | null = null;
  for (const piece of row) {
    const gap = end === null ? 0 : piece.x - end;
    if (end !== null && columns && wideGap(gap, piece.height)) text += '\t';
    else if (end !== null && gap > 1 && !text.endsWith(' ') && !piece.str.startsWith(' ')) text += ' ';
    text += piece.str;
    end = piece.x + piece.width;
  }
  return text;
}

/** Lines (with a running header or footer) that may stand between a table's end on a page and its rest on the next. */
const MAX_LINES_AT_BREAK = 3;

type Part = { kind: 'text'; lines: Out[] } | { kind: 'blocks'; blocks: PageBlock[] };

/**
 * The pages' text in order. Pages without a table come out line by line as before; on a page with a table its rows are
 * written as cells. A table that runs to the bottom of a page and goes on at the top of the next (same columns) is one
 * table: a repeated header row is dropped, a row cut by the break is joined again, and the running footer and header
 * between them are written after the table, so they are kept but end up in no cell.
 */
class DocumentText {
  private readonly parts: Part[] = [];
  private carried: number[] | null = null;
  private pageWidth = 0;

  addPage(pieces: TextPiece[], width: number): void {
    this.pageWidth = Math.max(this.pageWidth, width);
    const blocks = pageBlocks(pieces, this.carried);
    this.carried = null;
    if (!blocks) {
      // Lines in the order they stand on the page, whatever order the content stream drew them in (pdfmake draws the
      // running header after the page's text, which put it inside the last paragraph).
      this.parts.push({ kind: 'text', lines: blocksText(textColumns(visualLines(pieces))) });
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
    const pages = this.parts
      .filter((p) => p.kind === 'text' || p.blocks.length > 0)
      .map((p) => (p.kind === 'text' ? p.lines : blocksText(p.blocks)));
    const margin = rightMargin(pages.flat(), this.pageWidth);
    // A page break is a blank line, unless a paragraph runs on over it.
    const lines = pages.flatMap<Out | typeof PAGE_BREAK>((page, n) => (n === 0 ? page : [PAGE_BREAK, ...page]));
    return joinWrappedLines(lines, margin, leftEdge(pages.flat())).join('\n');
  }
}

interface MergedTable extends PageTable {
  /** Lines found between the table's parts on two pages (footer, header), written after it. */
  after?: VisualLine[];
}

/** The cells of `row` without the header's text at their start, or null when `row` does not start with the header. */
function withoutHeader(row: readonly string[], header: readonly string[]): string[] | null {
  if (row.length !== header.length || header.filter((h) => h !== '').length < 2) return null;
  const rest: string[] = [];
  for (const [c, h] of header.entries()) {
    const cell = row[c] ?? '';
    // "Nuläge" over the rest of a cut row's cell: on a line of its own (a cell's paragraphs) or run into it.
    if (h !== '' && cell !== h && !cell.startsWith(`${h} `) && !cell.startsWith(`${h}\n`)) return null;
    rest.push(cell.slice(h.length).trim());
  }
  return rest;
}

function mergeTable(into: MergedTable, next: PageTable, between: VisualLine[]): void {
  let rows = next.rows;
  // A header row repeated on the new page is dropped; a row whose first cell is empty is the rest of a row cut by it.
  // Under a repeated header the rest of a cut row has no first cell of its own and was read into the header row
  // ("Nuläge" + "Ny korttidsenhet öppnar …"): the header's words are dropped and the rest stays for the cut row.
  const rest = rows[0] && into.rows[0] ? withoutHeader(rows[0], into.rows[0]) : null;
  if (rest) rows = rest.every((cell) => cell === '') ? rows.slice(1) : [rest, ...rows.slice(1)];
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

/** The most common of `steps` (within half a point) and how often it occurs. */
function commonStep(steps: readonly number[]): { step: number; count: number } | null {
  let best: { step: number; count: number } | null = null;
  for (const step of steps) {
    const near = steps.filter((s) => Math.abs(s - step) <= 0.5);
    if (!best || near.length > best.count)
      best = { step: near.reduce((a, b) => a + b, 0) / near.length, count: near.length };
  }
  return best;
}

/**
 * The step from a paragraph's last line to the next paragraph's first line on a page whose paragraphs have space after
 * them (Word's Normal style has 8 pt): the most common step between lines that is more than a line's (the most common
 * step up to 1.6 lines' height, or 1.2 heights) and less than 2.6 lines', three times at least, and not two lines' (an
 * empty paragraph between paragraphs without space). Null when paragraphs follow each other without space.
 */
function paragraphStep(blocks: readonly TextBlock[]): number | null {
  const lines = blocks.flatMap((b) => (b.kind === 'line' || b.kind === 'column' ? [b.line] : []));
  const steps = lines.slice(1).map((line, k) => ({ step: lines[k]!.y - line.y, height: Math.max(line.height, 1) }));
  const height = commonStep(steps.map((s) => s.height))?.step ?? 1;
  const line = commonStep(steps.filter((s) => s.step > 0 && s.step <= s.height * 1.6).map((s) => s.step))?.step;
  const lineStep = line ?? height * 1.2;
  const found = commonStep(steps.map((s) => s.step).filter((s) => s > lineStep + 1.5 && s < lineStep * 2.6));
  if (found && found.count >= 3 && Math.abs(found.step - 2 * lineStep) > 0.75) return found.step;
  // A text copy with an empty paragraph between all its paragraphs ("Beslutande:" ⏎ ⏎ "Anna Berg (S)" ⏎ ⏎ …) has no
  // step of one paragraph: its most common step is two, the paragraph's and the empty one's, which is no whole number
  // of lines (blank lines in a document without space after its paragraphs are).
  const twice = commonStep(steps.map((s) => s.step).filter((s) => s >= lineStep * 2.6 && s < lineStep * 5.2));
  if (!twice || twice.count < 3) return null;
  const inLines = twice.step / lineStep;
  return Math.abs(inLines - Math.round(inLines)) > 0.2 ? twice.step / 2 : null;
}

function blanksBetween(prevY: number | null, y: number, height: number, paragraph: number | null): string[] {
  if (prevY === null) return [];
  const unit = paragraph ?? Math.max(height, 1) * 1.2;
  const blanks = Math.min(10, Math.max(0, Math.round((prevY - y) / unit) - 1));
  return Array.from({ length: blanks }, () => '');
}

/** A page's block, or the end of a text column whose neighbour on the right is written next. */
type TextBlock = PageBlock | { kind: 'column'; line: VisualLine; right: number } | { kind: 'columnEnd' };

function blocksText(blocks: readonly TextBlock[]): Out[] {
  const out: Out[] = [];
  // "Punkt 1" ⏎ (8 pt) ⏎ "Text …": space after each paragraph is no blank line; an empty paragraph still is one.
  const paragraph = paragraphStep(blocks);
  let prevY: number | null = null;
  for (const block of blocks) {
    if (block.kind === 'columnEnd') {
      out.push('');
      prevY = null;
      continue;
    }
    if (block.kind === 'line' || block.kind === 'column') {
      const line = textLine(block.line.pieces, block.line.y);
      if (block.kind === 'column') line.columnRight = block.right;
      out.push(...blanksBetween(prevY, block.line.y, block.line.height, paragraph), line);
      prevY = block.line.y;
      continue;
    }
    const table: MergedTable = block.table;
    out.push(...blanksBetween(prevY, table.top, table.height, paragraph));
    for (const row of table.rows) out.push(...row.map((cell) => `\t${cell}`), '');
    // Two blank lines end the table for the parser, which would read the next text line into the last cell.
    if (table.after?.length) out.push('', ...table.after.map((line) => joinRow(line.pieces)));
    prevY = table.bottom;
  }
  return out;
}

/** How many lines of a page must stand in two columns side by side before they are read as columns. */
const MIN_COLUMN_ROWS = 3;

/**
 * A page that sets text in two columns side by side (a newsletter's "Lägesbild" beside "Beslut och uppdrag", a Word
 * section in columns): pdf.js gives each line of the page with the left column's line and the right column's on one
 * baseline, so read line by line the two run into each other. A run of lines whose text stands either left of a gutter
 * or right of it, no piece crossing it, with at least three lines holding both, where both columns wrap their text at
 * the gutter and at the right edge (most lines of each reach near its right edge: prose, not a label and its value or
 * a name beside its organisation), is written column by column, the left one first.
 */
function textColumns(lines: readonly VisualLine[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < lines.length;) {
    const run = columnRun(lines, i);
    if (!run) {
      out.push({ kind: 'line', line: lines[i]! });
      i++;
      continue;
    }
    for (const side of [run.left, run.right]) {
      const right = Math.max(...side.map(lineRight));
      for (const line of side) out.push({ kind: 'column', line, right });
      out.push({ kind: 'columnEnd' });
    }
    i = run.end;
  }
  return out;
}

function columnRun(lines: readonly VisualLine[], start: number) {
  const first = lines[start]!;
  const runs = splitRuns(first);
  if (runs.length !== 2) return null;
  const [x1, gutter] = [runs[0]![0]!.x, runs[1]![0]!.x];
  const parts: { l: TextPiece[]; r: TextPiece[] }[] = [];
  let lastBoth = -1;
  let k = start;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    const l = line.pieces.filter((p) => p.x < gutter - ALIGN);
    const r = line.pieces.filter((p) => p.x >= gutter - ALIGN);
    if (l.some((p) => p.x + p.width > gutter - 4)) break;
    if (l.length > 0 && Math.abs(l[0]!.x - x1) > ALIGN) break;
    if (r.length > 0 && Math.abs(r[0]!.x - gutter) > ALIGN) break;
    // A line of one column alone far below the last one is no part of the run.
    const prev = lines[k - 1];
    if (k > start && prev && prev.y - line.y > Math.max(line.height, 1) * 2.5) break;
    parts.push({ l, r });
    if (l.length > 0 && r.length > 0) lastBoth = k;
  }
  // "1. Testning …" ⏎ "Maja Nordin tar upp …" (across the page) under the columns: the lines right above the line that
  // ended the run, below the last line of both columns, are its paragraph's.
  let end = k;
  const step = (a: number) => lines[a - 1]!.y - lines[a]!.y;
  if (k < lines.length) while (end - 1 > lastBoth && step(end) <= Math.max(lines[end]!.height, 1) * 1.6) end--;
  const kept = parts.slice(0, end - start);
  const at = (n: number) => lines[start + n]!;
  const left = kept.flatMap((p, n) => (p.l.length > 0 ? [{ ...at(n), pieces: p.l }] : []));
  const right = kept.flatMap((p, n) => (p.r.length > 0 ? [{ ...at(n), pieces: p.r }] : []));
  const both = kept.filter((p) => p.l.length > 0 && p.r.length > 0).length;
  if (both < MIN_COLUMN_ROWS || !wrapsAtEdge(left) || !wrapsAtEdge(right)) return null;
  return { left, right, end };
}

/** Where a line's text ends on the right. */
const lineRight = (line: VisualLine) => Math.max(...line.pieces.map((p) => p.x + p.width));

/** Half or more of a column's lines (three at least) reach near its right edge: text wrapped at the column's width. */
function wrapsAtEdge(column: readonly VisualLine[]): boolean {
  const rights = column.map(lineRight);
  const edge = Math.max(...rights);
  const near = rights.filter((r, k) => r >= edge - Math.max(column[k]!.height, 1) * 4).length;
  return near >= 3 && near * 2 >= column.length;
}

/** How many lines must end near the farthest right one for it to be the text column's edge. */
const LINES_AT_EDGE = 3;

/**
 * Where the text column ends on the right: the farthest right a line of text reaches. Null when no line reaches the
 * right part of the page (a page of short lines: a list of names, a form), where no line is taken for a wrapped one,
 * and when the farthest line is only the longest of lines broken by hand: lines wrapped by the page width end within
 * a word of the edge, several of them, or the edge stands as far from the page's right side as the text's left edge
 * from its left side (a document with a single wrapped paragraph).
 */
function rightMargin(lines: readonly Out[], pageWidth: number): number | null {
  const text = lines.filter((l): l is TextLine => typeof l !== 'string' && !l.text.includes('\t'));
  if (text.length === 0) return null;
  const right = Math.max(...text.map((l) => l.right));
  if (right < pageWidth * 0.7) return null;
  const left = Math.min(...text.map((l) => l.x));
  const near = text.filter((l) => l.right >= right - l.height * 3).length;
  const mirrored = pageWidth - left;
  return near >= LINES_AT_EDGE || right >= mirrored - text[0]!.height * 2 ? right : null;
}

/** A list item's marker: its wrapped lines may hang under the item's text rather than under the marker. */
const LIST_MARKER = /^(?:[•·◦▪–-]|\d{1,2}[.)]|[a-zA-Z][.)])\s/u;

/** A bullet symbol: a line that starts with one is a list item of its own, never the rest of the line above. */
const BULLET = /^[•·◦▪●○■□►▶➢✓]/u;

/**
 * Whether `next` goes on with the paragraph of `line`, wrapped by the page width: it stands right under it (no blank
 * space), in the same size, at the same left edge (or under the text of a list item, or left of a paragraph's first
 * line indented by spaces or a first-line indent), and its first word would not have fitted at the end of `line`. A
 * line broken by hand ends before the margin with room for that word. `first`: `line` starts its paragraph.
 */
function wrapsInto(line: TextLine, next: TextLine, margin: number, overPageBreak: boolean, first: boolean): boolean {
  if (line.text.includes('\t') || next.text.includes('\t')) return false;
  if (Math.abs(line.height - next.height) > 0.5) return false;
  const step = line.y - next.y;
  if (!overPageBreak && (step <= 0 || step > Math.max(line.height, 1) * 1.6)) return false;
  // "• … 4 personer." ⏎ "• Förbud att …": the next item, however near the edge the line above ends.
  if (BULLET.test(next.text)) return false;
  // "… coronarestriktioner. Internt arbete:" ⏎ "Med anledning …": a label or lead-in closed by a colon over a paragraph of its
  // own. Office programs put no space between paragraphs unless the style asks for it, so only the text tells.
  if (/:$/u.test(line.text) && /^\p{Lu}/u.test(next.text)) return false;
  if (first && LIST_MARKER.test(line.text) && LIST_MARKER.test(next.text) && Math.abs(line.x - next.x) <= ALIGN)
    return false;
  const hanging = first && LIST_MARKER.test(line.text) && next.x > line.x + ALIGN && next.x - line.x <= 40;
  // " • All statlig … Exempel" ⏎ "är: simhallar …": LibreOffice keeps the spaces a paragraph starts with, so its first
  // line stands a space or more right of the lines it wraps into.
  const indented = first && next.x < line.x - ALIGN && line.x - next.x <= 40;
  if (Math.abs(line.x - next.x) > ALIGN && !hanging && !indented) return false;
  // The word's width is estimated from its share of the piece's characters: a little slack (about a character's width)
  // keeps a wrap before a word of wide letters ("Hasse" after a line of commas) from being taken for a hard break.
  const space = line.height * 0.25;
  return line.right + space + next.firstWord > margin - line.height * 0.6;
}

const PAGE_BREAK = Symbol('page break');

/** Where the document's text starts on the left: lines that start further right are indented. */
function leftEdge(lines: readonly Out[]): number | null {
  const xs = lines.filter((l): l is TextLine => typeof l !== 'string' && l.columnRight === undefined).map((l) => l.x);
  return xs.length === 0 ? null : Math.min(...xs);
}

/**
 * A line's indentation as leading spaces (a space about 0.3 of the text's height, 12 at most), as a text copy of the
 * page shows it: the parser reads a list's nesting from it (" • § 1" ⏎ "  Justering", c205, c71, c93).
 */
function indentOf(line: TextLine, left: number | null): string {
  // A column set beside another (a newsletter page) starts where it stands, and is no indented text.
  if (left === null || line.columnRight !== undefined) return '';
  return ' '.repeat(Math.min(12, Math.max(0, Math.round((line.x - left) / (Math.max(line.height, 1) * 0.3)))));
}

/**
 * A paragraph's lines wrapped at the page width joined into one line again, as the parser reads one paragraph per
 * line (the layout of the DOCX and text extraction).
 */
function joinWrappedLines(
  lines: readonly (Out | typeof PAGE_BREAK)[],
  margin: number | null,
  left: number | null,
): string[] {
  const out: string[] = [];
  let last: TextLine | null = null;
  let first = true;
  let overPageBreak = false;
  for (const line of lines) {
    if (line === PAGE_BREAK) {
      // The last line of a page and the first of the next: joined when the paragraph runs on, else a blank line.
      overPageBreak = last !== null;
      if (!overPageBreak) out.push('');
    } else if (typeof line === 'string') {
      if (overPageBreak) out.push('');
      out.push(line);
      last = null;
      overPageBreak = false;
    } else if (
      last &&
      (line.columnRight ?? margin) !== null &&
      wrapsInto(last, line, (line.columnRight ?? margin)!, overPageBreak, first)
    ) {
      out[out.length - 1] = joinWrapped([out[out.length - 1]!, line.text]);
      last = line;
      first = false;
    } else {
      if (overPageBreak) out.push('');
      out.push(indentOf(line, left) + line.text);
      last = line;
      first = true;
    }
    if (line !== PAGE_BREAK && typeof line !== 'string') overPageBreak = false;
  }
  if (overPageBreak) out.push('');
  return out;
}

/** How many lines at a page's top and bottom may be its running header or footer. */
const FURNITURE_LINES = 3;

const furnitureKey = (line: VisualLine) =>
  line.pieces
    .map((p) => p.str)
    .join(' ')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The lines at the page's edge (its top, or with the lines reversed its bottom) set apart from the text by more than a
 * line's spacing: where a running header or footer stands. None when the text runs on evenly from the edge.
 */
function marginLines(lines: readonly VisualLine[]): VisualLine[] {
  for (let k = 1; k <= Math.min(FURNITURE_LINES, lines.length - 1); k++) {
    const [a, b] = [lines[k - 1]!, lines[k]!];
    if (Math.abs(a.y - b.y) > Math.max(a.height, b.height) * 1.6) return lines.slice(0, k);
  }
  return [];
}

/**
 * The running header and footer a word processor prints on every page: lines at a page's top or bottom, set apart from
 * the text, whose text (page numbers aside) stands there on at least half the pages, two at least. Left in place, a footer and
 * the next page's header land inside a paragraph, a list of names or an item that runs on over the break. A header is
 * kept where it first stands (the first page's top, where it may name the meeting) and left out on later pages; the
 * footers are written once each at the end of the text, so nothing is lost. A header that repeats the first page's
 * first line (its title) right under it is written once.
 */
function pageFurniture(pages: readonly TextPiece[][]): { body: TextPiece[][]; footers: string[] } {
  const lines = pages.map((pieces) => visualLines(pieces));
  const tops = new Map<string, Set<number>>();
  const bottoms = new Map<string, Set<number>>();
  lines.forEach((page, n) => {
    const add = (map: Map<string, Set<number>>, line: VisualLine) =>
      map.set(furnitureKey(line), (map.get(furnitureKey(line)) ?? new Set()).add(n));
    for (const line of marginLines(page)) add(tops, line);
    for (const line of marginLines([...page].reverse())) add(bottoms, line);
  });
  const least = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (map: Map<string, Set<number>>, line: VisualLine) =>
    (map.get(furnitureKey(line))?.size ?? 0) >= least;
  const seen = new Set<string>();
  const footers: string[] = [];
  const body = lines.map((page, n) => {
    const drop = new Set<VisualLine>();
    for (const line of marginLines(page)) {
      const key = furnitureKey(line);
      if (n > 0 && repeated(tops, line) && seen.has(key)) drop.add(line);
      seen.add(key);
    }
    for (const line of marginLines([...page].reverse()).reverse()) {
      if (drop.has(line) || !repeated(bottoms, line)) continue;
      drop.add(line);
      const text = joinRow(line.pieces);
      if (!footers.includes(text)) footers.push(text);
    }
    const [first, second] = page;
    // The same words, numbers included ("Punkt 1" over "Punkt 2" is no repeated title).
    if (n === 0 && first && second && joinRow(first.pieces) === joinRow(second.pieces)) drop.add(first);
    return page.filter((line) => !drop.has(line)).flatMap((line) => line.pieces);
  });
  return { body, footers };
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
    const pages: { pieces: TextPiece[]; width: number }[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push({
        pieces: content.items.map(toPiece).filter((p): p is TextPiece => p !== null && p.str.trim() !== ''),
        width: page.view[2]! - page.view[0]!,
      });
    }
    const furniture = pageFurniture(pages.map((p) => p.pieces));
    const document = new DocumentText();
    pages.forEach((page, n) => document.addPage(furniture.body[n]!, page.width));
    const texts = [[document.text(), ...furniture.footers].join('\n\n')];
    if (options.withMetadata) {
      const { info } = await pdf.getMetadata();
      texts.push(
        Object.values(info ?? {})
          .filter((value) => typeof value === 'string')
          .join('\n'),
      );
    }
    return texts.join('\n\n');
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
