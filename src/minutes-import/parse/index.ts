import { MinutesParseError } from '../errors.ts';
import { cutAppendedSlides, dropRepeatedPageHeaders } from '../text/layout.ts';
import { normalizeText, toLines } from '../text/lines.ts';
import { findAllDates } from '../text/dates.ts';
import { isPersonName } from '../text/names.ts';
import type { Attendee, FieldConfidence, MinutesItem, MinutesParseResult, ParseConfidence } from '../types.ts';
import { keepUnrepresented } from './coverage.ts';
import { adjusterFromDecision } from './decisions.ts';
import { guardText, MAX_TEXT_CHARS } from './guard.ts';
import { joinLabelColumns } from './labels.ts';
import { type ItemLayout, readItems } from './items.ts';
import { type HeaderFields, readHeader } from './metadata.ts';
import { readPeople } from './people.ts';
import { readStatusReports } from './status.ts';
import { flattenWordTables, splitAgendaRows } from './word-tables.ts';
import { splitFlattenedText } from './flattened.ts';
import type { Line } from '../text/lines.ts';

const NEXT_MEETING =
  /(?<![\p{L}])(?:nästa|kommande|uppföljande) \p{L}{0,20}?(?:möte|mötet|träff|träffen|sammanträde|sammanträdet|avstämning|avstämningen|avstämningsmöte)(?![\p{L}])|uppföljningsmöte|nästa möte:/iu;

/** Dates announced for the next meeting; the phrase may wrap onto the following line (a heading over its date). */
function followUpMeetings(lines: readonly Line[], date: string | null): string[] {
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1]?.text === '' ? lines[i + 2] : lines[i + 1];
    const text = `${lines[i]!.text} ${next?.text ?? ''}`;
    if (text.length > 4000) continue;
    const m = NEXT_MEETING.exec(lines[i]!.text);
    if (!m) continue;
    for (const d of findAllDates(text.slice(m.index, m.index + 90), date)) {
      if (!date || d > date) found.push(d);
    }
  }
  return [...new Set(found)];
}

/**
 * "Till mötesordförande valdes Anna-Britta": a role holder named by a first name alone attended, unless a listed
 * attendee has that first name (the same person, named in full there).
 */
function firstNameOnly(name: string, listed: readonly Attendee[]): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) && !listed.some((a) => a.name.startsWith(`${name} `));
}

function mergeAttendees(
  listed: readonly Attendee[],
  roles: readonly (string | null | undefined)[],
  presenters: readonly string[],
): Attendee[] {
  const out = [...listed];
  const known = new Set(out.map((a) => a.name.toLowerCase()));
  for (const [k, name] of [...roles, ...presenters].entries()) {
    if (!name || known.has(name.toLowerCase())) continue;
    if (!isPersonName(name) && !(k < roles.length && firstNameOnly(name, listed))) continue;
    known.add(name.toLowerCase());
    out.push({ name, organization: null, role: null });
  }
  return out;
}

/** "Ordförande Ulf öppnade mötet" with "Ulf Herrströmer" in the participant list: the role holder's full name. */
function fullName(name: string | null, listed: readonly Attendee[]): string | null {
  if (!name || name.includes(' ')) return name;
  const matches = listed.filter((a) => a.name.startsWith(`${name} `));
  return matches.length === 1 ? matches[0]!.name : name;
}

function adjusterOf(items: readonly MinutesItem[]): string | null {
  for (const item of items) {
    for (const decision of item.decisions) {
      const name = adjusterFromDecision(decision);
      if (name) return name;
    }
  }
  return null;
}

/** Labels of a protocol's first page and its certificate of posting ("ANSLAG/BEVIS"). */
const PROTOCOL_HEAD_LABEL =
  /(?<![\p{L}])(?:justeringens|paragrafer|underskrift(?:er)?|utses att justera|anslag\/bevis|beslutande|sammanträdesdatum|sammanträdesplats|tid för anslag|anslaget (?:sätts upp|tas ned)|förvaringsplats|utdragsbestyrkande|justerandes sign|ersättare|förhindrade|ledamöter|protokoll)(?![\p{L}])/giu;

/** A sentence of prose: capitalised, eight words or more, closed by its punctuation. */
function proseSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+/).filter((s) => /^\p{Lu}/u.test(s) && /[.!?]$/.test(s) && s.split(/\s+/).length >= 8)
    .length;
}

/**
 * A protocol cut after its first page (a document site's extract, a certificate of posting): the labels of a
 * protocol's head, no numbered item, no decision or task and hardly any prose. What the item reader made of it (the
 * place line, "ANSLAG/BEVIS", a site's "Download" link) is no agenda point: its text is the document's notes.
 */
function protocolHeadOnly(text: string, items: readonly MinutesItem[]): boolean {
  if (items.length === 0 || items.length > 2) return false;
  if (items.some((i) => i.number !== null || i.decisions.length > 0 || i.actions.length > 0)) return false;
  if (proseSentences(items.map((i) => i.notes).join('\n')) > 3) return false;
  const labels = new Set<string>();
  for (const m of text.slice(0, 200_000).matchAll(PROTOCOL_HEAD_LABEL)) labels.add(m[0].toLowerCase());
  return labels.size >= 3;
}

/** The items' text as the document's notes: each title (unless its notes start with it) and its notes. */
function itemsAsNotes(items: readonly MinutesItem[]): string {
  return items
    .flatMap((i) => [i.notes.startsWith(i.title) ? '' : i.title, i.notes])
    .filter((t) => t !== '')
    .join('\n\n');
}

const sure = (score: number): FieldConfidence => ({ score, guessed: false });
const guess = (score: number): FieldConfidence => ({ score, guessed: true });
/** Nothing found: a null value, which may be right (many minutes have no Dnr) but is worth a look. */
const absent: FieldConfidence = { score: 0, guessed: false };

const ITEM_CONFIDENCE: Record<ItemLayout, FieldConfidence> = {
  numbered: sure(0.9),
  headed: sure(0.8),
  generic: guess(0.6),
  container: guess(0.4),
  none: guess(0.2),
};

function confidenceOf(
  header: HeaderFields,
  roles: { chair: string | null; secretary: string | null; adjuster: string | null },
  listed: number,
  attendees: number,
  layout: ItemLayout,
  statusReports: number,
  text: string,
): ParseConfidence {
  const field = (value: string | null, guessed: boolean, score = 0.9) =>
    value === null || value === '' ? absent : guessed ? guess(0.6) : sure(score);
  return {
    title: field(header.title, header.guessed.title),
    date: field(header.date, header.guessed.date, 0.95),
    startTime: field(header.startTime, header.guessed.startTime),
    endTime: field(header.endTime, header.guessed.startTime),
    location: field(header.location, header.guessed.location),
    diaryNumber: field(header.diaryNumber, false, 0.95),
    chair: field(roles.chair, false),
    secretary: field(roles.secretary, false),
    adjuster: field(roles.adjuster, false),
    // Attendees only known from a role or signature (no participant list) are probably incomplete.
    attendees: listed > 0 ? sure(0.85) : attendees > 0 ? guess(0.4) : absent,
    items: ITEM_CONFIDENCE[layout],
    // No status table in minutes that mention "Nuläge" means the table was not understood.
    statusReports: statusReports > 0 ? sure(0.85) : /nuläge/i.test(text.slice(0, 200_000)) ? guess(0.3) : sure(0.9),
  };
}

function parse(text: string): MinutesParseResult {
  // Normalized first, so that the guard reads letters as the parser does (a text in NFD has no "å" to count).
  const normal = text.length > MAX_TEXT_CHARS ? text : normalizeText(text);
  guardText(normal);
  const original = toLines(splitAgendaRows(splitFlattenedText(normal)));
  const lines = cutAppendedSlides([...original]);
  dropRepeatedPageHeaders(lines);
  joinLabelColumns(lines);
  flattenWordTables(lines);
  const consumed = new Uint8Array(lines.length);
  const header = readHeader(lines, consumed);
  const people = readPeople(lines, consumed);
  const tableHeadings: number[] = [];
  const statusReports = readStatusReports(lines, consumed, tableHeadings);
  const read = readItems(lines, consumed, header.date, tableHeadings);
  const headOnly = protocolHeadOnly(normal, read.items);
  const { items, layout, starts, headings } = headOnly
    ? { items: [], layout: 'none' as const, starts: [], headings: [] }
    : read;
  const adjuster = people.roles.adjuster ?? adjusterOf(items);
  const presenters = people.presentersAttend ? items.flatMap((i) => i.presenters) : [];
  const full = (name: string | null) => fullName(name, people.attendees);
  // A role elected by first names alone ("Jan och Sven.") stays as written; "Ordförande Ulf öppnade mötet" names the listed one.
  const role = (kind: 'chair' | 'secretary' | 'adjuster', name: string | null) =>
    people.firstNameRoles.has(kind) ? name : full(name);
  const roles = {
    chair: role('chair', people.roles.chair ?? null),
    secretary: role('secretary', people.roles.secretary ?? null),
    adjuster: role('adjuster', adjuster),
  };
  const attendees = mergeAttendees(people.attendees, [roles.chair, roles.secretary, roles.adjuster], presenters);
  const result: MinutesParseResult = {
    title: header.title,
    body: header.body,
    date: header.date,
    startTime: header.startTime,
    endTime: header.endTime,
    location: header.location,
    diaryNumber: header.diaryNumber,
    chair: roles.chair,
    secretary: roles.secretary,
    adjuster: roles.adjuster,
    attendees,
    items,
    statusReports,
    followUpMeetings: followUpMeetings(lines, header.date),
    notes: headOnly ? itemsAsNotes(read.items) : '',
    confidence: confidenceOf(
      header,
      roles,
      people.attendees.length,
      attendees.length,
      layout,
      statusReports.length,
      normal,
    ),
  };
  keepUnrepresented(original, { lines, consumed, headings }, result, starts);
  return result;
}

/** Parses the text of one set of minutes. Throws only MinutesParseError. */
export function parseMinutesText(text: string): MinutesParseResult {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof MinutesParseError) throw error;
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  }
}
