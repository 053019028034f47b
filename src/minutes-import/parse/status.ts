import type { StatusReport } from '../types.ts';
import {
  readPartsTable,
  readSpacedTable,
  readTabTable,
  readTableAt,
  rowStart,
  spacedSegments,
  type TabTable,
} from './table.ts';
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

/** A row label of a transposed table: a column name alone in the first cell ("Nuläge", "Utmaning/risker"). */
function rowLabel(cell: string | undefined): Column | null {
  return cell !== undefined && cell.length <= 24 && wordCount(cell) <= 2 ? columnOf(cell) : null;
}

interface SideGroup {
  header: string[] | null;
  labelled: Map<Column, string[]>;
}

/** The reports of one turned table (or of one organisation's block of rows), null when it is not one. */
function groupReports({ header, labelled }: SideGroup): StatusReport[] | null {
  if (!labelled.has('current') || !(labelled.has('challenge') || labelled.has('input'))) return null;
  const width = Math.max(...[...labelled.values()].map((cells) => cells.length));
  if (width < 1 || width > 12) return null;
  // The organisations: a "Verksamhet | …" row, or the header over the columns (its empty corner cell dropped).
  const organizations = labelled.get('organization') ?? header?.filter((c) => c.trim() !== '');
  if (!organizations || organizations.length !== width) return null;
  const reports: StatusReport[] = [];
  for (let c = 0; c < width; c++) {
    const organization = cellValue(organizations[c]);
    if (!organization) continue;
    const value = (column: Column) => cellValue(labelled.get(column)?.[c]);
    reports.push({ organization, current: value('current'), challenge: value('challenge'), input: value('input') });
  }
  return reports;
}

/**
 * A status table turned on its side: the column names head the rows ("Nuläge | …", "Utmaning | …", "Medskick | …")
 * and each organisation is a column. The organisations stand in a "Verksamhet | …" row or in the row above the
 * labelled rows (a header over the columns, its corner cell empty or lost; one block per organisation titled by its
 * name). Blocks follow each other: a repeated label or a new header row starts the next. One report per organisation.
 */
function transposedReports(rows: readonly string[][]): StatusReport[] | null {
  const groups: SideGroup[] = [];
  let group: SideGroup | null = null;
  for (const row of rows) {
    const column = rowLabel(row[0]);
    if (column === null) {
      // A header row: before the labelled rows of its block, or the start of the next block.
      group = { header: row, labelled: new Map() };
      groups.push(group);
      continue;
    }
    if (group === null || group.labelled.has(column)) {
      group = { header: null, labelled: new Map() };
      groups.push(group);
    }
    group.labelled.set(column, row.slice(1));
  }
  const reports: StatusReport[] = [];
  for (const g of groups) {
    const found = groupReports(g);
    if (found === null) return null;
    reports.push(...found);
  }
  return reports.length > 0 ? reports : null;
}

/** Lines a turned table may span: its rows are few, so reading is bounded and a long table is not read per line. */
const TURNED_SPAN = 400;

/**
 * The table starting at line `i` (a cell line that does not continue a row above, or the first of tab-split lines)
 * when a "Nuläge" row label follows within a few lines; read over at most TURNED_SPAN lines.
 */
function turnedTableAt(lines: readonly Line[], i: number): TabTable | null {
  const line = lines[i]!;
  const next = lines[i + 1];
  const parts = line.parts.length >= 2 && next !== undefined && !next.cell && next.parts.length >= 2;
  if (parts && i > 0 && lines[i - 1]!.parts.length >= 2) return null;
  if (
    !parts &&
    (!line.cell || (i > 0 && lines[i - 1]!.cell) || (i > 1 && lines[i - 1]!.text === '' && lines[i - 2]!.cell))
  )
    return null;
  let labelled = false;
  for (let k = i; k < Math.min(lines.length, i + 12) && !labelled; k++) {
    labelled = rowLabel(lines[k]!.parts[0] ?? lines[k]!.text) === 'current';
  }
  if (!labelled) return null;
  const window = lines.slice(i, i + TURNED_SPAN);
  const table = parts ? readPartsTable(window, 0) : readTabTable(window, 0);
  return { rows: table.rows, lines: table.lines.map((k) => k + i), end: table.end + i };
}

/**
 * "Nuläge: …", "Utmaning: …", "Medskick: –": a status line of one organisation's block, its label and value; the
 * lines may be bullets ("• Nuläge: …").
 */
const STATUS_LINE = /^(?:[•▪*-]\s*)?(nuläge|utmaning(?:ar)?|medskick)\s*[:–-]\s*(.*)$/iu;
/** The first line of a block, which the organisation's line stands right above. */
const NOW_LINE = /^(?:[•▪*-]\s*)?nuläge\s*[:–-]/iu;
/** "Verksamhet: Dalsjö kommun, hemsjukvård": the organisation line of a block. */
const ORGANISATION_LINE = /^(?:verksamhet|organisation|kommun|enhet|aktör)\s*:\s*(\S.{0,150})$/iu;

/**
 * The organisation of a block of status lines starting at `first`: a "Verksamhet: X" line right above it, or a short
 * heading line right above it ("Forsby kommun" ⏎ "Nuläge: …").
 */
function blockOrganisation(lines: readonly Line[], first: number, consumed: Uint8Array): [string, number] | null {
  const above = lines[first - 1];
  if (above === undefined || consumed[first - 1] || above.cell || above.text === '') return null;
  const labelled = ORGANISATION_LINE.exec(above.text);
  if (labelled) return [labelled[1]!.trim(), first - 1];
  const text = above.text;
  if (wordCount(text) > 8 || /[.:;!?]$/.test(text) || STATUS_LINE.test(text) || !/^\p{Lu}/u.test(text)) return null;
  return [text, first - 1];
}

interface StatusSpan {
  start: number;
  end: number;
  report: StatusReport;
}

/** A label of a status line written in one run ("Nuläge: … Utmaning: … Medskick: …"). */
const INLINE_LABEL = /(?:^|(?<=[\s.;,–-]))(nuläge|utmaning(?:ar)?|medskick)\s*:/giu;

/** A short heading-like name: capitalised, at most eight words, no sentence punctuation. */
function organisationName(text: string): string | null {
  const name = text.replace(/[\s:–-]+$/u, '').trim();
  return name !== '' && wordCount(name) <= 8 && /^\p{Lu}/u.test(name) && !/[.;!?]/.test(name) ? name : null;
}

/**
 * One organisation's report in one paragraph: "Forsby kommun: Nuläge: … Utmaning: … Medskick: –" (the name before
 * the first label) or "Nuläge: … Utmaning: …" under the organisation's heading line. Nuläge comes first and at least
 * one other label follows, each once.
 */
function inlineReport(lines: readonly Line[], i: number, consumed: Uint8Array): StatusSpan | null {
  const text = lines[i]!.text;
  const labels = [...text.matchAll(INLINE_LABEL)];
  if (labels.length < 2 || columnOf(labels[0]![1]!) !== 'current') return null;
  const columns = labels.map((m) => columnOf(m[1]!)!);
  if (new Set(columns).size !== columns.length) return null;
  const values = new Map<Column, string>();
  labels.forEach((m, n) => {
    const end = labels[n + 1]?.index ?? text.length;
    values.set(columns[n]!, text.slice(m.index + m[0].length, end).trim());
  });
  const prefix = text.slice(0, labels[0]!.index);
  let organization: string | null;
  let start = i;
  if (prefix.trim() === '') {
    const above = blockOrganisation(lines, i, consumed);
    if (!above) return null;
    [organization, start] = above;
  } else organization = organisationName(prefix);
  if (!organization) return null;
  const value = (column: Column) => cellValue(values.get(column));
  return {
    start,
    end: i,
    report: { organization, current: value('current'), challenge: value('challenge'), input: value('input') },
  };
}

/** "Forsby kommun: –", "Forsby kommun –" or "Forsby kommun" ⏎ "–": an organisation with nothing to report. */
function emptyReportAt(lines: readonly Line[], j: number): { organization: string; end: number } | null {
  const text = lines[j]!.text;
  const dashed = /^(.+?)\s*[:–-]\s*[–-]\.?$/u.exec(text);
  if (dashed) {
    const organization = organisationName(dashed[1]!);
    return organization ? { organization, end: j } : null;
  }
  const next = lines[j + 1];
  if (next === undefined || next.cell || !/^[–-]$/u.test(next.text)) return null;
  const organization = organisationName(text);
  return organization ? { organization, end: j + 1 } : null;
}

/** Lines `from`..`to` (inclusive) are all blank. */
function blankBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (lines[k]!.text !== '') return false;
  return true;
}

/**
 * The organisations without a report between or right after the reports read ("Ödeby kommun: –"): only where a
 * report stands at most three lines away, with nothing but blank lines between.
 */
function emptyReports(lines: readonly Line[], consumed: Uint8Array, spans: readonly StatusSpan[]): StatusSpan[] {
  const found: StatusSpan[] = [];
  const near = (start: number, end: number) =>
    [...spans, ...found].some(
      (s) =>
        (s.end < start && start - s.end <= 3 && blankBetween(lines, s.end + 1, start - 1)) ||
        (s.start > end && s.start - end <= 3 && blankBetween(lines, end + 1, s.start - 1)),
    );
  const first = Math.max(0, Math.min(...spans.map((s) => s.start)) - 4);
  const last = Math.min(lines.length - 1, Math.max(...spans.map((s) => s.end)) + 4);
  for (let j = first; j <= last; j++) {
    if (consumed[j] || lines[j]!.cell || lines[j]!.text === '') continue;
    const empty = emptyReportAt(lines, j);
    if (!empty || !near(j, empty.end)) continue;
    found.push({
      start: j,
      end: empty.end,
      report: { organization: empty.organization, current: null, challenge: null, input: null },
    });
    for (let k = j; k <= empty.end; k++) consumed[k] = 1;
    j = empty.end;
  }
  return found;
}

/**
 * One block per organisation of labelled lines: "Forsby kommun" (or "Verksamhet: Forsby kommun") ⏎ "Nuläge: …" ⏎
 * "Utmaning: …" ⏎ "Medskick: –". A block has a Nuläge line and at least one other label, each once; a value
 * continues over unlabelled lines up to a blank line or the next block.
 */
function labelledBlocks(lines: readonly Line[], consumed: Uint8Array, headings: number[]): StatusReport[] {
  const reports: StatusReport[] = [];
  const spans: StatusSpan[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.cell) continue;
    const inline = inlineReport(lines, i, consumed);
    if (inline) {
      spans.push(inline);
      if (spans.length === 1) {
        const heading = headingAbove(lines, inline.start, consumed);
        if (heading !== null) headings.push(heading);
      }
      for (let j = inline.start; j <= inline.end; j++) consumed[j] = 1;
      continue;
    }
    if (!NOW_LINE.test(lines[i]!.text)) continue;
    const org = blockOrganisation(lines, i, consumed);
    if (!org) continue;
    const values = new Map<Column, string>();
    const used = [org[1]];
    let last: Column | null = null;
    let k = i;
    for (; k < lines.length && k < i + 40; k++) {
      const line = lines[k]!;
      if (line.text === '' || consumed[k] || line.cell) break;
      const m = STATUS_LINE.exec(line.text);
      if (m) {
        const column = columnOf(m[1]!)!;
        if (values.has(column)) break;
        values.set(column, m[2]!.trim());
        last = column;
      } else if (last !== null && !ORGANISATION_LINE.test(line.text) && !NOW_LINE.test(lines[k + 1]?.text ?? '')) {
        values.set(last, `${values.get(last)!} ${line.text}`.trim());
      } else break;
      used.push(k);
    }
    if (values.size < 2) continue;
    reports.push({
      organization: org[0],
      current: cellValue(values.get('current')),
      challenge: cellValue(values.get('challenge')),
      input: cellValue(values.get('input')),
    });
    if (reports.length === 1 && spans.length === 0) {
      const heading = headingAbove(lines, org[1], consumed);
      if (heading !== null) headings.push(heading);
    }
    for (const j of used) consumed[j] = 1;
    spans.push({ start: org[1], end: used[used.length - 1]!, report: reports[reports.length - 1]! });
    i = k - 1;
  }
  if (spans.length === 0) return reports;
  spans.push(...emptyReports(lines, consumed, spans));
  return spans.sort((a, b) => a.start - b.start).map((s) => s.report);
}

/** Verksamhet / Nuläge / Utmaning / Medskick tables, one report per row; `headings` gets the table sections' heading lines. */
export function readStatusReports(
  lines: readonly Line[],
  consumed: Uint8Array,
  headings: number[] = [],
): StatusReport[] {
  const reports: StatusReport[] = [];
  // The first row of the last table of cells whose header is no status header. A "Nuläge" cell further in that row
  // would head a row of some of the same cells, read from the same line on: no status header either. Reading every
  // such cell's table to its end made a long run of "Nuläge" cells quadratic.
  let rejected = { start: -1, end: -1 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (consumed[i]) continue;
    const sideways = turnedTableAt(lines, i);
    const turned = sideways ? transposedReports(sideways.rows) : null;
    if (sideways && turned) {
      reports.push(...turned);
      const heading = headingAbove(lines, i, consumed);
      if (heading !== null) headings.push(heading);
      for (const j of sideways.lines) consumed[j] = 1;
      i = sideways.end - 1;
      continue;
    }
    const tabbed = line.cell ? columnOf(line.text) === 'current' : line.parts.some((p) => columnOf(p) === 'current');
    const spaced = !tabbed && spacedHeader(line);
    const stacked = !tabbed && !spaced ? stackedTable(lines, i) : null;
    if (!tabbed && !spaced && !stacked) continue;
    // A tabbed table's header is read first, alone; the whole table only under a status header.
    if (tabbed && line.cell) {
      if (i >= rejected.start && i < rejected.end) continue;
      const start = rowStart(lines, i);
      const first = readTabTable(lines, start, 1);
      if (!first.rows[0] || !isStatusHeader(first.rows[0])) {
        rejected = { start, end: first.end };
        continue;
      }
    } else if (tabbed && (line.parts.length < 2 || !isStatusHeader(line.parts))) continue;
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
  return reports.length > 0 ? reports : labelledBlocks(lines, consumed, headings);
}
