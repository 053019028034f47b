import { type Line, TABLE_RULE } from '../text/lines.ts';
import { matchLabel } from './labels.ts';
import { readPartsTable } from './table.ts';

/** The contiguous cell lines of one Word table row (the extractor puts a blank line after each row). */
function rowsFrom(lines: readonly Line[], start: number): { cells: number[] }[] {
  const rows: { cells: number[] }[] = [];
  let i = start;
  while (i < lines.length) {
    if (!lines[i]!.cell) break;
    const cells: number[] = [];
    while (i < lines.length && lines[i]!.cell) cells.push(i++);
    rows.push({ cells });
    // "⇥Maja Tiger redovisade …" ⏎ "Maja Tiger återkommer …": a cell's later paragraphs (tab-less lines) stay where they
    // are, under the row, and the table goes on after them.
    while (i < lines.length && !lines[i]!.cell && lines[i]!.text !== '' && lines[i + 1]?.text !== undefined) {
      if (lines[i + 1]!.text !== '' && !lines[i + 1]!.cell) break;
      i++;
    }
    // Rows are separated by one blank line; two blank lines or text end the table.
    if (i < lines.length && lines[i]!.text === '' && lines[i + 1]?.cell) i++;
    else break;
  }
  return rows;
}

function setText(line: Line, text: string): void {
  line.text = text;
  line.cell = false;
  line.parts = [];
}

const MEETING_NAME = /^(?:möte|mötesnamn|mötets namn|mötesgrupp|forum|grupp|sammanträde|organ)$/i;
/** A label column's topic: a short heading (one to eight words, no sentence end), "Hälsoval och husläkarverksamhet". */
const TOPIC_CELL = /^[\p{Lu}§\d][^\t.!?:]{0,80}$/u;
/** "2026-04-01", "14 april kl. 13.00": a date or time, no sentence. */
const DATE_VALUE = /^\d[^.!?]{0,30}$|^\d[^!?]{0,30}\d$/;
const TITLE_HEADER = /^(?:ärende|ärenden|rubrik|punkt|dagordning|dagordningspunkt|ämne|fråga|frågor|agenda)$/i;
const NUMBER_HEADER = /^(?:nr|nr\.|§|punkt|#)$/i;
const OWNER_HEADER = /^(?:ansvarig|ansvar|vem)$/i;

/**
 * The column of an agenda table that holds the points' titles: "Ärende"/"Rubrik" … before "Punkt", which in
 * "Punkt | Ärende | Beslut | Ansvarig" numbers the rows (-1 when the header has none).
 */
function agendaTitleColumn(header: readonly string[]): number {
  const named = header.findIndex((h) => TITLE_HEADER.test(h) && !NUMBER_HEADER.test(h));
  return named >= 0 ? named : header.findIndex((h) => TITLE_HEADER.test(h));
}

/** A cell of a row written on one line: between tabs, or between the pipes of a Markdown row. */
function rowCells(line: string): string[] | null {
  const t = line.trim();
  if (line.includes('\t'))
    return line
      .replace(/^\t/, '')
      .split('\t')
      .map((c) => c.trim());
  if (t.startsWith('|') && t.endsWith('|') && t.length > 2)
    return t
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  return null;
}

/** "1", "3.", "§ 12", "4 a": a point's number in its cell. */
const NUMBER_VALUE = /^(?:§ ?)?(\d{1,3}(?: ?[a-z])?)[.)]?$/;

/**
 * An agenda table written one row per line (pasted text, a PDF's columns kept as tabs, a Markdown table):
 * "Punkt ⇥ Ärende ⇥ Beslut/Notering ⇥ Ansvarig" over "3 ⇥ Läkemedelsgenomgångar ⇥ Antalet har ökat. ⇥ Lisa Ros". Each
 * row becomes the point's heading ("3. Läkemedelsgenomgångar") over its other cells, a line each ("Ansvarig X" for the
 * owner, "Beslut: att …" for an att-clause in a "Beslut" column), as the Word table's cells are written. Needs a title
 * column other than "Punkt" (a "Punkt | Ansvarig | Status" follow-up of tasks is no agenda) and two rows or more; the
 * header line stays. Words are only moved, never dropped.
 */
export function splitAgendaRows(text: string): string {
  if (text.length > 1_000_000 || !/[\t|]/.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 2; i++) {
    const header = rowCells(lines[i]!);
    if (!header || header.length < 3 || header.length > 8) continue;
    const titleCol = header.findIndex((h) => TITLE_HEADER.test(h) && !NUMBER_HEADER.test(h));
    if (titleCol < 0) continue;
    const numberCol = header.findIndex((h, k) => k !== titleCol && NUMBER_HEADER.test(h));
    const ownerCol = header.findIndex((h) => OWNER_HEADER.test(h));
    const pipes = !lines[i]!.includes('\t');
    let j = i + 1;
    if (pipes && TABLE_RULE.test(lines[j]!)) j++;
    const rows: { index: number; cells: string[] }[] = [];
    for (; j < lines.length; j++) {
      const cells = rowCells(lines[j]!);
      if (!cells || pipes !== !lines[j]!.includes('\t') || cells.length < 2 || cells.length > header.length) break;
      const title = cells[titleCol] ?? '';
      if (title === '' || (numberCol >= 0 && !NUMBER_VALUE.test(cells[numberCol] ?? ''))) break;
      rows.push({ index: j, cells });
    }
    if (rows.length < 2) continue;
    for (const { index, cells } of rows) {
      const number = numberCol >= 0 ? NUMBER_VALUE.exec(cells[numberCol]!)![1]!.replace(' ', '') : null;
      const out = [number === null ? `• ${cells[titleCol]!}` : `${number}. ${cells[titleCol]!}`];
      cells.forEach((cell, c) => {
        if (c === titleCol || c === numberCol || cell === '') return;
        if (c === ownerCol) out.push(`Ansvarig ${cell}`);
        else if (/^beslut$/i.test(header[c]!) && /^att\s/i.test(cell)) out.push(`Beslut: ${cell}`);
        else out.push(cell);
      });
      lines[index] = `${out.join('\n')}\n`;
    }
    i = rows.at(-1)!.index;
  }
  return lines.join('\n');
}

/**
 * Word templates put what other minutes write as lines into tables, which the readers of lines do not
 * see (they skip table cells): a header table of two-cell rows ("Datum" | "2023-10-17", "Ordförande" |
 * "Anna Berg") becomes "Label: value" lines, and an agenda table ("Nr" | "Ärende" | "Anteckningar" |
 * "Ansvarig") becomes "N. Title" lines with the notes below, so the item readers see the agenda.
 * Line indexes do not move: the other cells of a row are emptied, their text now stands in the first line.
 */
export function flattenWordTables(lines: Line[]): void {
  releaseMarginParagraphs(lines);
  flattenTaskRows(lines);
  flattenLabelHeaderLines(lines);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.cell || (i > 0 && lines[i - 1]!.cell)) continue;
    const rows = rowsFrom(lines, i);
    releaseTrailingText(lines, rows);
    const last = rows.at(-1)?.cells.at(-1) ?? i;
    const text = (k: number) => lines[k]!.text;
    const isLabelRow = (r: { cells: number[] }) =>
      r.cells.length === 2 &&
      (matchLabel(`${text(r.cells[0]!)}:`)?.value === '' || MEETING_NAME.test(text(r.cells[0]!))) &&
      text(r.cells[1]!) !== '' &&
      !matchLabel(text(r.cells[1]!));
    const labelRows = rows.filter(isLabelRow);
    const isTopicRow = (r: { cells: number[] }) =>
      r.cells.length === 2 &&
      TOPIC_CELL.test(text(r.cells[0]!)) &&
      text(r.cells[0]!).split(' ').length <= 8 &&
      text(r.cells[1]!) !== '';
    // A template's label column (a PDF of a Word form): head labels, then the topics discussed, each beside its text.
    const labelColumn =
      labelRows.length >= 2 && rows.length - labelRows.length >= 2 && rows.every((r) => isLabelRow(r) || isTopicRow(r));
    if (rows.length === 2 && isLabelHeader(rows[0]!.cells.map(text), rows[1]!.cells.map(text))) {
      // "Datum | Tid | Plats | Mötesledare" over one row of values (a meeting system's head): one line of "Label:
      // value" pairs, which the head reader splits.
      const pairs = rows[0]!.cells.map((k, c) => `${text(k)}: ${text(rows[1]!.cells[c]!)}`);
      rows.flatMap((r) => r.cells).forEach((k, n) => setText(lines[k]!, n === 0 ? pairs.join(' ') : ''));
    } else if (labelColumn) {
      for (const r of rows) {
        const [label, value] = r.cells as [number, number];
        const named = MEETING_NAME.test(text(label));
        // A topic stands over its text as a heading over a paragraph (the row's blank line closes it); a topic beside
        // a bare date ("Nästa möte" | "2026-04-01") is a label line like the head's.
        const inline = isLabelRow(r) || DATE_VALUE.test(text(value));
        if (!inline) setText(lines[label]!, text(label));
        else setText(lines[label]!, named ? text(value) : `${text(label)}: ${text(value)}`);
        setText(lines[value]!, inline ? '' : text(value));
      }
    } else if (labelRows.length > 0 && labelRows.length * 2 >= rows.length) {
      for (const r of labelRows) {
        const [label, value] = r.cells as [number, number];
        // "Möte" | "Regional ledningsgrupp …": the meeting's name is the title line.
        const named = MEETING_NAME.test(text(label));
        setText(lines[label]!, named ? text(value) : `${text(label)}: ${text(value)}`);
        setText(lines[value]!, '');
      }
    } else if (rows.length >= 2 && isAttendanceHeader(rows[0]!.cells.map(text))) {
      flattenAttendance(lines, rows);
    } else if (rows.length >= 2) {
      const header = rows[0]!.cells.map(text);
      const titleCol = agendaTitleColumn(header);
      const taskCol = header.findIndex((h) => TASK_HEADER.test(h));
      if (titleCol >= 0 && rows.length >= 3) flattenAgenda(lines, rows, header, titleCol);
      else if (taskCol >= 0 && header.some((h) => OWNER_HEADER.test(h))) flattenTasks(lines, rows, header, taskCol);
    }
    i = last;
  }
}

/** "§ 34", "SN § 34": a paragraph's number alone in a cell. */
const PARAGRAPH_CELL = /^(?:\p{Lu}{1,8} ?)?§ ?\d{1,4}[a-z]?$/u;
const DNR_CELL = /^(?:dnr|diarienr|diarienummer)\.?:?\s*\S/i;

/**
 * A protocol in the margin layout (Ciceron's): each paragraph's "§ 34" and "Dnr SN 2021/45" stand in a narrow left
 * column beside the title and the text, which a Word file holds as a rule-less two-cell table and a PDF's reader
 * rebuilds as one. Those cells are the paragraph's lines as a text copy writes them ("§ 34" ⏎ "Dnr …" ⏎ title ⏎ text),
 * so the readers of headings see them. Only where two paragraphs or more stand so.
 */
function releaseMarginParagraphs(lines: Line[]): void {
  const pairs: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.cell || !PARAGRAPH_CELL.test(lines[i]!.text.trim())) continue;
    // "⇥§ 34" ⏎ "Dnr SN 2021/45" ⏎ "⇥Title" (a Word cell's second paragraph) or "⇥§ 34" ⏎ "⇥Title" (a PDF's row).
    const dnrBelow = !lines[i + 1]?.cell && DNR_CELL.test(lines[i + 1]?.text ?? '');
    const title = dnrBelow ? i + 2 : i + 1;
    if (!lines[title]?.cell || lines[title]!.text === '') continue;
    const pair = [i, title];
    // "" ⏎ "⇥Dnr SN 2021/45" ⏎ "⇥text": the PDF's next row holds the diary number beside the text.
    const next = lines[title + 1]?.text === '' ? title + 2 : -1;
    if (next > 0 && lines[next]?.cell && DNR_CELL.test(lines[next]!.text) && lines[next + 1]?.cell)
      pair.push(next, next + 1);
    pairs.push(pair);
  }
  if (pairs.length < 2) return;
  for (const k of pairs.flat()) setText(lines[k]!, lines[k]!.text.trim());
}

/** "§ 12 Val av justerare", "1. Inledning": a protocol's paragraph or a numbered point, not a table's row. */
const HEAD_KINDS = new Set(['date', 'time', 'placeTime', 'location', 'dnr', 'chair', 'secretary', 'adjuster']);

/** A header row of three or more head labels (date, time, place, chair …) over one row of as many values. */
function isLabelHeader(header: readonly string[], values: readonly string[]): boolean {
  if (header.length < 3 || values.length !== header.length) return false;
  return (
    header.every((h) => {
      const label = matchLabel(`${h}:`);
      return label?.value === '' && HEAD_KINDS.has(label.kind);
    }) && values.every((v) => v !== '' && !matchLabel(v))
  );
}

/** The same head with its two rows as lines of tab-separated columns (a PDF's): one line of "Label: value" pairs. */
function flattenLabelHeaderLines(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [header, values] = [lines[i]!, lines[i + 1]!];
    if (header.cell || values.cell || !isLabelHeader(header.parts, values.parts)) continue;
    const texts = header.parts.map((h, c) => `${h}: ${values.parts[c]!}`);
    setText(header, texts.join(' '));
    setText(values, '');
  }
}

const PARAGRAPH_HEADING = /^(?:§\s?\d{1,4}|\d{1,2}\.)\s+\p{Lu}/u;

/**
 * A PDF's label column ("Justerare | Anna Berg") runs on into the protocol below it when the text under the table starts
 * at the column's edge: from a row holding only a "§ N Title" or "1. Title" heading in its first cell, the rows that fill only their
 * first cell are the protocol's lines, no longer table cells (and no longer rows of the table).
 */
function releaseTrailingText(lines: Line[], rows: { cells: number[] }[]): void {
  const onlyFirst = (r: { cells: number[] }) => r.cells.slice(1).every((k) => lines[k]!.text === '');
  const from = rows.findIndex((r, n) => n > 0 && onlyFirst(r) && PARAGRAPH_HEADING.test(lines[r.cells[0]!]!.text));
  if (from < 0 || !rows.slice(from).every(onlyFirst)) return;
  for (const r of rows.splice(from)) for (const k of r.cells) setText(lines[k]!, lines[k]!.text);
}

/** "Närvarande | Frånvarande | Ersättare": each column a list of people, present or not. */
function isAttendanceHeader(header: readonly string[]): boolean {
  if (header.length < 2) return false;
  const kinds = header.map((h) => (h === '' ? null : (matchLabel(`${h}:`)?.kind ?? 'other')));
  return kinds.includes('attendees') && kinds.every((k) => k === 'attendees' || k === 'excluded');
}

/**
 * An attendance table with one column per kind of attendance ("Närvarande | Frånvarande | Ersättare", a person per
 * cell) becomes one "Label: Name, Org; Name, Org" line per column, so the list readers count the present and the
 * substitutes and leave out the absent. The lines are written from the top of the table down.
 */
function flattenAttendance(lines: Line[], rows: readonly { cells: number[] }[]): void {
  const header = rows[0]!.cells.map((k) => lines[k]!.text);
  const texts = header.map((label, c) => {
    const entries = rows
      .slice(1)
      .map((r) => (r.cells[c] === undefined ? '' : lines[r.cells[c]!]!.text.trim()))
      .filter((t) => t !== '' && !/^[-–—·]$/.test(t));
    return entries.length === 0 ? '' : `${label}: ${entries.join('; ')}`;
  });
  const cells = rows.flatMap((r) => r.cells);
  cells.forEach((k, n) => setText(lines[k]!, texts[n] ?? ''));
}

const TASK_HEADER =
  /^(?:åtgärd|åtgärder|uppdrag|uppgift|uppgifter|aktivitet|aktiviteter|att göra|vad|beslut ?\/ ?åtgärd(?:er)?|åtgärd ?\/ ?beslut)$/i;
const DUE_HEADER = /^(?:klart|klart till|klart senast|klar|senast|datum|deadline|när|tidpunkt|slutdatum)$/i;

/**
 * "Åtgärd | Ansvarig | Klart" rows become "Uppdrag: <task>. Ansvarig: <name>. Klart: <date>." lines,
 * which the task reader takes as tasks with their owner and due date. The lines are written from the
 * top of the table down, so a heading above the table stands right over them.
 */
function flattenTasks(lines: Line[], rows: readonly { cells: number[] }[], header: string[], taskCol: number): void {
  const ownerCol = header.findIndex((h) => OWNER_HEADER.test(h));
  const dueCol = header.findIndex((h) => DUE_HEADER.test(h));
  const numberCol = header.findIndex((h, k) => k !== taskCol && NUMBER_HEADER.test(h));
  const texts: string[] = [];
  const followUp = followsUpEarlierTasks(lines, rows[0]!.cells[0]!);
  for (const row of rows.slice(1)) {
    const cells = row.cells.map((k) => lines[k]!.text);
    if ((cells[taskCol] ?? '') === '') continue;
    const line = followUp ? null : taskLine(cells, taskCol, ownerCol, dueCol, numberCol);
    texts.push(line ?? (followUp ? doneRow(cells) : cells.filter((t) => t !== '').join(' ')));
  }
  const first = rows[0]!.cells[0]!;
  const last = rows.at(-1)!.cells.at(-1)!;
  for (let k = first; k <= last; k++) setText(lines[k]!, texts[k - first] ?? '');
}

/** "Uppföljning av uppdrag från föregående möte", "Uppföljning av åtgärdslistan": a heading over earlier tasks. */
const FOLLOW_UP_HEADING =
  /\buppföljning av (?:tidigare |förra mötets |föregående mötes )?(?:uppdrag|åtgärder|åtgärdslista|uppdragslista|beslut|ärendelista)|\b(?:uppdrag|åtgärder|beslut) från (?:föregående|förra|senaste) möte/i;

/**
 * A task table under a heading that follows up the tasks of earlier meetings ("1.2 Uppföljning av uppdrag från
 * föregående möte" over "Uppdrag | Ansvarig | Status | Klart"): its rows report on tasks given before, whatever their
 * status says, and are no tasks of these minutes.
 */
function followsUpEarlierTasks(lines: readonly Line[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const text = lines[k]!.text;
    if (text === '') continue;
    return !lines[k]!.cell && text.length <= 120 && FOLLOW_UP_HEADING.test(text);
  }
  return false;
}

/**
 * "Klar", "Klart", "Genomfört" in the due column: a task reported done, no longer to do. "Pågår" in a status column: an
 * uppdrag of an earlier meeting followed up, not a new one (the labels count neither as a task of these minutes).
 */
const DONE =
  /^(?:klar|klart|avklarad|avklarat|genomförd|genomfört|utförd|utfört|done|ok|pågår|pågående|påbörjad|påbörjat)\.?$/i;

function taskLine(
  cells: readonly string[],
  taskCol: number,
  ownerCol: number,
  dueCol: number,
  numberCol = -1,
): string | null {
  const cell = (c: number) => (c >= 0 ? (cells[c] ?? '') : '');
  const task = cell(taskCol).replace(/[.]$/, '');
  // A task reported done or under way in the due column or in a status column of its own ("Status": "Klar", "Pågår")
  // is no new task.
  if (task === '' || cells.some((t, c) => c !== taskCol && DONE.test(t))) return null;
  const parts = [`Uppdrag: ${task}.`];
  if (cell(ownerCol) !== '') parts.push(`Ansvarig: ${cell(ownerCol)}.`);
  if (cell(dueCol) !== '') parts.push(`Klart: ${cell(dueCol)}.`);
  // Other cells (a comment, a status) follow as written.
  // A number column ("Nr" | "14:2") only labels the row.
  const others = cells.filter(
    (t, c) =>
      c !== taskCol && c !== ownerCol && c !== dueCol && t !== '' && !(c === numberCol && /^[\d.:§ -]{1,8}$/.test(t)),
  );
  return [...parts, ...others].join(' ');
}

/** A row not to do, as written, a sentence of its own (not run into the next row's task). */
function doneRow(cells: readonly string[]): string {
  const text = cells.filter((t) => t !== '').join(' ');
  return text === '' || /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The same "Åtgärd | Ansvarig | Klart" table with each row on one line, cells split by tabs (pasted text, PDF columns)
 * or pipes (Markdown): each row becomes its "Uppdrag: … Ansvarig: … Klart: …" line. A row marked done ("Klart")
 * stays as written.
 */
function flattenTaskRows(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.parts;
    if (lines[i]!.cell || header.length < 2) continue;
    const taskCol = header.findIndex((h) => TASK_HEADER.test(h));
    const ownerCol = header.findIndex((h) => OWNER_HEADER.test(h));
    if (taskCol < 0 || ownerCol < 0) continue;
    const dueCol = header.findIndex((h) => DUE_HEADER.test(h));
    const table = readPartsTable(lines, i);
    // Written from the top of the table down (the header's line too), so a heading above stands right over them.
    const texts = table.lines
      .slice(1)
      .map((k) => lines[k]!.parts)
      .filter((cells) => cells.length >= 2)
      .map((cells) => taskLine(cells, taskCol, ownerCol, dueCol) ?? doneRow(cells));
    table.lines.forEach((k, n) => setText(lines[k]!, texts[n] ?? ''));
    i = table.end - 1;
  }
}

function flattenAgenda(lines: Line[], rows: readonly { cells: number[] }[], header: string[], titleCol: number): void {
  const numberCol = header.findIndex((h, k) => k !== titleCol && NUMBER_HEADER.test(h));
  const ownerCol = header.findIndex((h) => OWNER_HEADER.test(h));
  for (const k of rows[0]!.cells) setText(lines[k]!, '');
  for (const row of rows.slice(1)) {
    const cells = row.cells.map((k) => lines[k]!.text);
    const title = cells[titleCol] ?? '';
    const number = numberCol >= 0 ? (cells[numberCol] ?? '').replace(/[.)]$/, '') : '';
    const heading = /^\d{1,3}[a-z]?$/.test(number) ? `${number}. ${title}` : `• ${title}`;
    row.cells.forEach((k, c) => {
      const line = lines[k]!;
      if (c === 0) setText(line, title === '' ? '' : heading);
      else if (c === titleCol || c === numberCol) setText(line, '');
      else if (c === ownerCol && line.text !== '') setText(line, `Ansvarig ${line.text}`);
      else setText(line, line.text);
    });
  }
}
