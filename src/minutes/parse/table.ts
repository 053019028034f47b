import type { Line } from '../text/lines.ts';

export interface TabTable {
  rows: string[][];
  /** Indexes of the lines that belong to the table. */
  lines: number[];
  end: number;
}

const SECTION_END = /^(?:summering|sammanfattning|övriga frågor|nästa möte|rapport|beslut|information)\b|:$/i;

/**
 * Reads Word-extracted table text: each cell starts with a tab, a cell continues onto following
 * lines without a tab, a blank line ends a row. After a single blank line a tab-less line still
 * continues the last cell; two blank lines or a section heading end the table.
 */
export function readTabTable(lines: readonly Line[], start: number): TabTable {
  const rows: string[][] = [];
  const used: number[] = [];
  let row: string[] | null = null;
  let blanks = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cell) {
      if (row === null || blanks > 0) {
        row = [];
        rows.push(row);
      }
      row.push(line.text);
      blanks = 0;
    } else if (line.text === '') {
      blanks++;
      continue;
    } else if (row !== null && blanks <= 1 && !SECTION_END.test(line.text)) {
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
  for (; i < lines.length && lines[i]!.parts.length >= 2; i++) {
    out.rows.push(lines[i]!.parts);
    out.lines.push(i);
  }
  out.end = i;
  return out;
}

/** The table starting at `index`, whichever of the two layouts it uses. */
export function readTableAt(lines: readonly Line[], index: number): TabTable {
  return lines[index]!.cell ? readTabTable(lines, rowStart(lines, index)) : readPartsTable(lines, index);
}
