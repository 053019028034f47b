import type { StatusReport } from '../types.ts';
import { readSpacedTable, readTableAt, spacedSegments } from './table.ts';
import { type Line, prevNonBlank, wordCount } from '../text/lines.ts';
import { endsSentence } from '../text/sentences.ts';
import { matchLabel } from './labels.ts';

type Column = 'organization' | 'current' | 'challenge' | 'input';

const COLUMN_PATTERNS: [Column, RegExp][] = [
  ['current', /^(?:nuläge|läge|lägesbild|status|aktuellt)/i],
  ['challenge', /^(?:utmaning|risker|problem|svårighet)/i],
  ['input', /^(?:medskick|behov|önskemål|åtgärd|stöd)/i],
  ['organization', /^(?:verksamhet|organisation|förvaltning|kommun|enhet|aktör)/i],
];

function columnOf(header: string): Column | null {
  for (const [column, pattern] of COLUMN_PATTERNS) if (pattern.test(header)) return column;
  return null;
}

function isStatusHeader(row: readonly string[]): boolean {
  const columns = new Set(row.map(columnOf));
  return columns.has('current') && (columns.has('challenge') || columns.has('input'));
}

/** "-", "·" and empty cells mean "nothing reported". */
function cellValue(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' || /^[-–·•.]+$/.test(trimmed) ? null : trimmed;
}

function toReport(row: readonly string[], columns: readonly (Column | null)[]): StatusReport | null {
  const value = (column: Column): string | null => {
    const at = columns.indexOf(column);
    return at >= 0 ? cellValue(row[at]) : null;
  };
  const organization = value('organization') ?? cellValue(row[0]);
  if (!organization) return null;
  return { organization, current: value('current'), challenge: value('challenge'), input: value('input') };
}

function spacedHeader(line: Line): boolean {
  if (line.cell || line.parts.length >= 2 || !/nuläge|läge|status/i.test(line.text)) return false;
  const segments = spacedSegments(line.raw);
  return segments.length >= 3 && isStatusHeader(segments.map((s) => s.text));
}

/** The short heading line right above a status table ("Rapport", "Lägesrapport per verksamhet"). */
function headingAbove(lines: readonly Line[], index: number, consumed: Uint8Array): number | null {
  const j = prevNonBlank(lines, index - 1);
  if (j < 0 || j < index - 3 || consumed[j] || lines[j]!.cell) return null;
  const text = lines[j]!.text;
  return wordCount(text) <= 8 && !endsSentence(text) && !matchLabel(text) ? j : null;
}

/**
 * A table whose cells came out one per line, row after row (PDF text without layout, a copied web table): the header's
 * column names on lines of their own ("Verksamhet" ⏎ "Nuläge" ⏎ "Utmaning" ⏎ "Medskick"), then the cells, as many per
 * row, up to a blank line. Read only when the cells fill whole rows, so a header over other text is left alone.
 */
function stackedTable(
  lines: readonly Line[],
  start: number,
): { rows: string[][]; lines: number[]; end: number } | null {
  const plain = (k: number) => lines[k] !== undefined && !lines[k]!.cell && lines[k]!.parts.length < 2;
  if (!plain(start) || columnOf(lines[start]!.text) !== 'organization' || wordCount(lines[start]!.text) > 2)
    return null;
  let width = 1;
  while (width < 6 && plain(start + width) && wordCount(lines[start + width]!.text) <= 2) {
    const column = columnOf(lines[start + width]!.text);
    if (column === null || column === 'organization') break;
    width++;
  }
  const header = lines.slice(start, start + width).map((l) => l.text);
  if (width < 3 || !isStatusHeader(header)) return null;
  let end = start + width;
  // Bounded, so that many header-like lines in one block cannot make the scan quadratic.
  while (end < lines.length && end - start < 2000 && plain(end) && lines[end]!.text !== '') end++;
  const cells = end - start - width;
  if (cells === 0 || cells % width !== 0) return null;
  const rows = [header];
  for (let k = start + width; k < end; k += width) rows.push(lines.slice(k, k + width).map((l) => l.text));
  return { rows, lines: Array.from({ length: end - start }, (_, k) => start + k), end };
}

/** Verksamhet / Nuläge / Utmaning / Medskick tables, one report per row; `headings` gets the table sections' heading lines. */
export function readStatusReports(
  lines: readonly Line[],
  consumed: Uint8Array,
  headings: number[] = [],
): StatusReport[] {
  const reports: StatusReport[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (consumed[i]) continue;
    const tabbed = line.cell ? columnOf(line.text) === 'current' : line.parts.some((p) => columnOf(p) === 'current');
    const spaced = !tabbed && spacedHeader(line);
    const stacked = !tabbed && !spaced ? stackedTable(lines, i) : null;
    if (!tabbed && !spaced && !stacked) continue;
    const table = stacked ?? (spaced ? readSpacedTable(lines, i) : readTableAt(lines, i));
    const [header, ...rows] = table.rows;
    if (!header || !isStatusHeader(header)) continue;
    const columns = header.map(columnOf);
    if (!columns.includes('organization')) columns[0] = 'organization';
    for (const row of rows) {
      const report = toReport(row, columns);
      if (report) reports.push(report);
    }
    const heading = headingAbove(lines, table.lines[0] ?? i, consumed);
    if (heading !== null) headings.push(heading);
    for (const j of table.lines) consumed[j] = 1;
    i = table.end - 1;
  }
  return reports;
}
