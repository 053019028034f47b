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
    if (!tabbed && !spaced) continue;
    const table = spaced ? readSpacedTable(lines, i) : readTableAt(lines, i);
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
