/**
 * Tables rebuilt from a PDF's positioned text (Word exports, pdfmake): pdf.js gives each line of each cell as its own
 * text item, cell after cell, so a row's cells and their wrapped lines come out interleaved unless they are put back
 * in place. Columns are the x positions where a header row's cells start and where the following lines' text starts
 * again; a wrapped cell's lines are joined into one cell; a new row starts where the first column gets new text after
 * a row gap. The table is written in the DOCX extractor's layout (a line per cell starting with a tab, a blank line
 * after each row), which the parser reads.
 */

export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line as seen on the page: pieces on one baseline, left to right. */
export interface VisualLine {
  y: number;
  height: number;
  pieces: TextPiece[];
}

export interface PageTable {
  /** x where each column's text starts. */
  columns: number[];
  rows: string[][];
  top: number;
  bottom: number;
  /** Height of the table's text (for the blank lines above it). */
  height: number;
}

export type PageBlock = { kind: 'line'; line: VisualLine } | { kind: 'table'; table: PageTable };

/** How far a cell's text may start from its column's x (text is left-aligned in minutes' tables). */
export const ALIGN = 3;

export function wideGap(gap: number, height: number): boolean {
  return gap > Math.max(8, height * 1.5);
}

/** The page's lines by baseline, top to bottom, whatever order the content stream drew them in. */
export function visualLines(pieces: readonly TextPiece[]): VisualLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= Math.max(2, line.height * 0.4)) {
      line.pieces.push(piece);
      line.height = Math.max(line.height, piece.height);
    } else lines.push({ y: piece.y, height: Math.max(piece.height, 1), pieces: [piece] });
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  return lines;
}

/** The line's runs of text: pieces closer than a wide gap are one run. */
/**
 * A justified line stretched by wide spaces ("Ekonomichef    Erik    Falk    redovisar    utfallet." above a line that
 * starts with a long word): every word a piece of its own, three or more, and every gap between them wide and the same
 * (within a point). Its gaps are spaces, not the columns of a table or a signature block, whose gaps vary with the text.
 */
export function justified(pieces: readonly TextPiece[]): boolean {
  if (pieces.length < 3 || pieces.some((p) => /\s/.test(p.str.trim()))) return false;
  const gaps = pieces.slice(1).map((p, k) => p.x - (pieces[k]!.x + pieces[k]!.width));
  return gaps.every((g) => wideGap(g, pieces[0]!.height)) && Math.max(...gaps) - Math.min(...gaps) <= 1;
}

export function splitRuns(line: VisualLine): TextPiece[][] {
  if (justified(line.pieces)) return [[...line.pieces]];
  const runs: TextPiece[][] = [];
  let end: number | null = null;
  for (const piece of line.pieces) {
    if (end === null || wideGap(piece.x - end, piece.height)) runs.push([]);
    runs[runs.length - 1]!.push(piece);
    end = Math.max(end ?? -Infinity, piece.x + piece.width);
  }
  return runs;
}

/** x where each run of text starts. */
const runStarts = (line: VisualLine) => splitRuns(line).map((run) => run[0]!.x);

/**
 * The line's pieces per column, or null when the line does not fit the columns: each column's text starts at the
 * column's x and ends before the next column starts (a paragraph running across the columns is no row).
 */
function fitColumns(line: VisualLine, columns: readonly number[]): TextPiece[][] | null {
  const cells: TextPiece[][] = columns.map(() => []);
  for (const piece of line.pieces) {
    let c = -1;
    for (let k = 0; k < columns.length; k++) if (columns[k]! - ALIGN <= piece.x) c = k;
    if (c < 0) return null;
    cells[c]!.push(piece);
  }
  for (let c = 0; c < columns.length; c++) {
    const cell = cells[c]!;
    if (cell.length === 0) continue;
    if (Math.abs(cell[0]!.x - columns[c]!) > ALIGN) return null;
    const next = columns[c + 1];
    if (next !== undefined && Math.max(...cell.map((p) => p.x + p.width)) > next - 1) return null;
  }
  return cells;
}

/** "IVA-" ⏎ "patienter" is one word; "hälso-" ⏎ "och sjukvård" keeps its space. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out === '') out = part;
    else if (/[\p{L}\d]-$/u.test(out) && /^[\p{L}\d]/u.test(part) && !/^(?:och|eller|samt|resp|till)\b/u.test(part))
      out += part;
    else out += ` ${part}`;
  }
  return out;
}

function lineText(pieces: readonly TextPiece[]): string {
  let text = '';
  let end: number | null = null;
  for (const piece of pieces) {
    if (end !== null && piece.x - end > 1 && !text.endsWith(' ') && !piece.str.startsWith(' ')) text += ' ';
    text += piece.str;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

interface Candidate {
  columns: number[];
  /** Each line's pieces per column. */
  fitted: TextPiece[][][];
  lines: VisualLine[];
}

/** The table of `columns` starting at line `start`, as long as the lines fit and follow each other closely. */
function extend(lines: readonly VisualLine[], start: number, columns: number[]): Candidate {
  const out: Candidate = { columns, fitted: [], lines: [] };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    if (i > start && prev && prev.y - line.y > Math.max(prev.height, line.height) * 2.6) break;
    const cells = fitColumns(line, columns);
    if (!cells) break;
    out.fitted.push(cells);
    out.lines.push(line);
  }
  return out;
}

/** A table shows itself by a wrapped cell: a line with text in a later column and none in the first. */
function isTable(candidate: Candidate): boolean {
  if (candidate.lines.length < 3) return false;
  if (candidate.fitted.some((cells) => cells[0]!.length === 0 && cells.some((c) => c.length > 0))) return true;
  // "Närvarande | Frånvarande | Ersättare" over rows whose only wrapped cell is the first: three or more columns
  // filled on two lines (the header and a row) are a table too.
  const full = candidate.fitted.filter((cells) => cells.filter((c) => c.length > 0).length >= 3);
  return candidate.columns.length >= 3 && full.length >= 2;
}

/** A line of a cell and where it stands: whether the next line of the cell wraps it or starts a paragraph of its own. */
interface CellLine {
  text: string;
  right: number;
  y: number;
  height: number;
  /** Width of the line's first word (estimated from its share of its piece's characters). */
  firstWord: number;
}

function cellLine(pieces: readonly TextPiece[], line: VisualLine): CellLine {
  const first = pieces[0]!;
  const word = /^\s*(\S+)/.exec(first.str)?.[1] ?? '';
  return {
    text: lineText(pieces),
    right: Math.max(...pieces.map((p) => p.x + p.width)),
    y: line.y,
    height: line.height,
    firstWord: first.str.length > 0 ? (first.width * word.length) / first.str.length : 0,
  };
}

/**
 * A cell's lines as its paragraphs, each one line, written on lines of their own ("Ledamöter" ⏎ "Anna Lind (S),
 * ordförande" ⏎ "Per Holm (M)", a § heading over its text): a line is joined to the one above when it stands right
 * under it and its first word would not have fitted at the end of that line, whose text reaches the column's right
 * edge (`edge`, the farthest right any of the column's lines reaches).
 */
function cellParagraphs(lines: readonly CellLine[], edge: number): string {
  const paragraphs: string[][] = [];
  lines.forEach((line, k) => {
    const prev = lines[k - 1];
    const step = prev ? prev.y - line.y : Infinity;
    const wraps =
      prev !== undefined &&
      step > 0 &&
      step <= Math.max(line.height, 1) * 1.6 &&
      prev.right + prev.height * 0.25 + line.firstWord > edge - prev.height * 0.6;
    if (wraps) paragraphs[paragraphs.length - 1]!.push(line.text);
    else paragraphs.push([line.text]);
  });
  return paragraphs.map(joinWrapped).join('\n');
}

/**
 * `pageRight`: the farthest right any text on the page reaches, where the last column's text wraps (a table of one §
 * whose lines are all short has no line at that edge).
 */
function toTable(candidate: Candidate, pageRight: number): PageTable {
  const rows: CellLine[][][] = [];
  let row: CellLine[][] | null = null;
  let prevFirst = false;
  candidate.fitted.forEach((cells, k) => {
    const line = candidate.lines[k]!;
    const prev = candidate.lines[k - 1];
    const first = cells[0]!.length > 0;
    const gap = prev ? prev.y - line.y : Infinity;
    const firstText = first ? lineText(cells[0]!) : '';
    // A first-column line right under another that starts in lower case (or with a parenthesis: "(ordförande)")
    // wraps the first cell.
    const wraps = prevFirst && gap <= line.height * 1.3 && /^[\p{Ll}(]/u.test(firstText);
    if (row === null || (first && !wraps)) {
      row = candidate.columns.map(() => []);
      rows.push(row);
    }
    cells.forEach((pieces, c) => {
      if (pieces.length > 0) row![c]!.push(cellLine(pieces, line));
    });
    prevFirst = first;
  });
  const last = candidate.columns.length - 1;
  const edges = candidate.columns.map((_, c) =>
    Math.max(c === last ? pageRight : -Infinity, ...rows.flatMap((r) => r[c]!.map((l) => l.right))),
  );
  return {
    columns: candidate.columns,
    rows: rows.map((r) => r.map((lines, c) => cellParagraphs(lines, edges[c]!))),
    top: candidate.lines[0]!.y,
    bottom: candidate.lines[candidate.lines.length - 1]!.y,
    height: candidate.lines[0]!.height,
  };
}

/**
 * The cells of `line` as the header row of the table below it, or null: it stands right above the table, and each of
 * its runs of text (one per column) lies within its column, between the column's x and the next column's (cell text
 * centred or right-aligned in a header row, where the rows below are left-aligned).
 */
function headerRow(line: VisualLine, candidate: Candidate, pageRight: number): string[] | null {
  const { columns } = candidate;
  const below = candidate.lines[0]!;
  if (line.y - below.y > Math.max(line.height, below.height) * 2.6) return null;
  const runs = splitRuns(line);
  if (runs.length !== columns.length) return null;
  const fits = runs.every((run, c) => {
    const left = run[0]!.x;
    const right = Math.max(...run.map((p) => p.x + p.width));
    return left >= columns[c]! - ALIGN && right <= (columns[c + 1] ?? pageRight + ALIGN) - 1;
  });
  return fits ? runs.map(lineText) : null;
}

export function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= ALIGN);
}

/**
 * The page as lines and tables, top to bottom. `carried` are the columns of a table that ran to the bottom of the page
 * before: a page may start with that table's rows without a header line of its own. Null when the page holds no table.
 */
export function pageBlocks(pieces: readonly TextPiece[], carried: readonly number[] | null): PageBlock[] | null {
  const lines = visualLines(pieces);
  const pageRight = Math.max(...pieces.map((p) => p.x + p.width));
  const blocks: PageBlock[] = [];
  let found = false;
  for (let i = 0; i < lines.length;) {
    let candidate: Candidate | null = null;
    // Near the top of a page, the rows of the table the page before ended with come first (its columns, not those
    // of the first line, which may hold only some of them).
    if (carried && i < 4) {
      const again = extend(lines, i, [...carried]);
      if (again.fitted.some((cells) => cells.slice(1).some((c) => c.length > 0))) candidate = again;
    }
    const starts = runStarts(lines[i]!);
    if (!candidate && starts.length >= 2) {
      const own = extend(lines, i, starts);
      if (isTable(own)) candidate = own;
    }
    if (candidate) {
      const table = toTable(candidate, pageRight);
      // "Namn | Organisation | Funktion" centred over left-aligned cells: the line right above is the table's header.
      const above = blocks.at(-1);
      const header = above?.kind === 'line' ? headerRow(above.line, candidate, pageRight) : null;
      if (header) {
        blocks.pop();
        table.rows.unshift(header);
        table.top = (above as { line: VisualLine }).line.y;
      }
      blocks.push({ kind: 'table', table });
      i += candidate.lines.length;
      found = true;
    } else {
      blocks.push({ kind: 'line', line: lines[i]! });
      i++;
    }
  }
  return found ? blocks : null;
}
