import { type Line, TABLE_RULE } from '../text/lines.ts';

export interface TabTable {
  rows: string[][];
  /** Indexes of the lines that belong to the table. */
  lines: number[];
  end: number;
}

const SECTION_END = /^(?:summering|sammanfattning|övriga frågor|nästa möte|rapport|beslut|information)\b|:$/i;
/** "3. Gemensam plan", "§ 14 Riktlinjer", "4 Övriga frågor": the next agenda item, never a cell's continuation. */
const ITEM_HEADING = /^(?:(?:\p{Lu}[\p{Lu}\p{Ll}-]{0,7} ?)?§ ?\d{1,4}\.?|\d{1,3}[.)]?) +\p{Lu}/u;

/**
 * Reads Word-extracted table text: each cell starts with a tab, a cell continues onto following
 * lines without a tab, a blank line ends a row. After a single blank line a tab-less line still
 * continues the last cell; two blank lines or a section heading end the table. With `maxRows` it stops
 * at the line that would start the next row (`end`).
 */
export function readTabTable(lines: readonly Line[], start: number, maxRows = Infinity): TabTable {
  const rows: string[][] = [];
  const used: number[] = [];
  let row: string[] | null = null;
  let blanks = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cell) {
      if (row === null || blanks > 0) {
        if (rows.length === maxRows) break;
        row = [];
        rows.push(row);
      }
      row.push(line.text);
      blanks = 0;
    } else if (line.text === '') {
      blanks++;
      continue;
    } else if (
      row !== null &&
      blanks <= 1 &&
      !SECTION_END.test(line.text) &&
      !(blanks > 0 && ITEM_HEADING.test(line.text))
    ) {
      const last = row.length - 1;
      row[last] = row[last] === '' ? line.text : `${row[last]} ${line.text}`;
      blanks = 0;
    } else {
      break;
    }
    used.push(i);
  }
  return { rows, lines: used, end: i };
}

/** Start of the row containing line `index`: the first of the contiguous cell lines above it. */
export function rowStart(lines: readonly Line[], index: number): number {
  let i = index;
  while (i > 0 && lines[i - 1]!.cell) i--;
  return i;
}

/** A table whose rows were flattened to one line each, cells separated by tabs (PDF columns, pasted text). */
export function readPartsTable(lines: readonly Line[], start: number): TabTable {
  const out: TabTable = { rows: [], lines: [], end: start };
  let i = start;
  for (; i < lines.length && (lines[i]!.parts.length >= 2 || (i > start && TABLE_RULE.test(lines[i]!.raw))); i++) {
    // The "|---|---|" rule under a Markdown header belongs to the table but is no row.
    if (lines[i]!.parts.length >= 2) out.rows.push(lines[i]!.parts);
    out.lines.push(i);
  }
  out.end = i;
  return out;
}

/** The table starting at `index`, whichever of the two layouts it uses. */
export function readTableAt(lines: readonly Line[], index: number): TabTable {
  return lines[index]!.cell ? readTabTable(lines, rowStart(lines, index)) : readPartsTable(lines, index);
}

interface Segment {
  at: number;
  text: string;
}

/** Text runs of a raw line separated by two or more spaces, with their column offsets. */
export function spacedSegments(raw: string): Segment[] {
  if (raw.length > 2000 || raw.includes('\t')) return [];
  const out: Segment[] = [];
  for (const m of raw.matchAll(/\S+(?: \S+)*/g)) out.push({ at: m.index, text: m[0] });
  return out;
}

/**
 * A PDF table flattened to text with its columns kept as runs of spaces (pdftotext -layout). The
 * header row gives the column offsets; a run in the first column starts a row, runs further right
 * continue the cells of the current row (wrapped cell text). A line with a single run left of the
 * second column ends the table, as does a second blank line.
 */
export function readSpacedTable(lines: readonly Line[], start: number): TabTable {
  const header = spacedSegments(lines[start]!.raw);
  const out: TabTable = { rows: [header.map((s) => s.text)], lines: [start], end: start + 1 };
  if (header.length < 2) return out;
  const columnOf = (at: number): number => {
    let column = 0;
    for (let c = 0; c < header.length; c++) if (header[c]!.at <= at + 2) column = c;
    return column;
  };
  const second = header[1]!.at;
  let row: string[] | null = null;
  let blanks = 0;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') {
      if (++blanks >= 2) break;
      continue;
    }
    const segments = spacedSegments(line.raw);
    if (segments.length === 0) break;
    const firstAt = segments[0]!.at;
    const wrapsFirstCell =
      segments.length === 1 && row !== null && firstAt < second - 2 && /^\p{Ll}/u.test(segments[0]!.text);
    if (segments.length === 1 && firstAt < second - 2 && !wrapsFirstCell) break;
    blanks = 0;
    for (const segment of segments) {
      const column = columnOf(segment.at);
      if (column === 0 && !wrapsFirstCell) {
        row = header.map(() => '');
        out.rows.push(row);
      }
      if (row === null) continue;
      row[column] = row[column] === '' ? segment.text : `${row[column]} ${segment.text}`;
    }
    out.lines.push(i);
  }
  out.end = i;
  return out;
}
