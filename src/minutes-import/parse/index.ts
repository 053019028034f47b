import { MinutesParseError } from '../errors.ts';
import { cutAppendedSlides, dropRepeatedPageHeaders } from '../text/layout.ts';
import { toLines } from '../text/lines.ts';
import { findAllDates } from '../text/dates.ts';
import { isPersonName } from '../text/names.ts';
import type { Attendee, MinutesItem, ParsedMinutes } from '../types.ts';
import { adjusterFromDecision } from './decisions.ts';
import { guardText } from './guard.ts';
import { joinLabelColumns } from './labels.ts';
import { readItems } from './items.ts';
import { readHeader } from './metadata.ts';
import { readPeople } from './people.ts';
import { readStatusReports } from './status.ts';
import type { Line } from '../text/lines.ts';

const NEXT_MEETING =
  /(?<![\p{L}])(?:nästa|kommande|uppföljande) \p{L}{0,20}?(?:möte|mötet|träff|träffen|sammanträde|sammanträdet)(?![\p{L}])|uppföljningsmöte|nästa möte:/iu;

/** Dates announced for the next meeting; the phrase may wrap onto the following line. */
function followUpMeetings(lines: readonly Line[], date: string | null): string[] {
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = `${lines[i]!.text} ${lines[i + 1]?.text ?? ''}`;
    if (text.length > 4000) continue;
    const m = NEXT_MEETING.exec(lines[i]!.text);
    if (!m) continue;
    for (const d of findAllDates(text.slice(m.index, m.index + 90), date)) {
      if (!date || d > date) found.push(d);
    }
  }
  return [...new Set(found)];
}

function mergeAttendees(listed: readonly Attendee[], extra: readonly (string | null | undefined)[]): Attendee[] {
  const out = [...listed];
  const known = new Set(out.map((a) => a.name.toLowerCase()));
  for (const name of extra) {
    if (!name || !isPersonName(name) || known.has(name.toLowerCase())) continue;
    known.add(name.toLowerCase());
    out.push({ name, organization: null, role: null });
  }
  return out;
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

function parse(text: string): ParsedMinutes {
  guardText(text);
  const lines = cutAppendedSlides(toLines(text));
  dropRepeatedPageHeaders(lines);
  joinLabelColumns(lines);
  const consumed = new Uint8Array(lines.length);
  const header = readHeader(lines, consumed);
  const people = readPeople(lines, consumed);
  const tableHeadings: number[] = [];
  const statusReports = readStatusReports(lines, consumed, tableHeadings);
  const items = readItems(lines, consumed, header.date, tableHeadings);
  const adjuster = people.roles.adjuster ?? adjusterOf(items);
  const presenters = people.presentersAttend ? items.flatMap((i) => i.presenters) : [];
  return {
    title: header.title,
    body: header.body,
    date: header.date,
    startTime: header.startTime,
    endTime: header.endTime,
    location: header.location,
    diaryNumber: header.diaryNumber,
    chair: people.roles.chair ?? null,
    secretary: people.roles.secretary ?? null,
    adjuster,
    attendees: mergeAttendees(people.attendees, [people.roles.chair, people.roles.secretary, adjuster, ...presenters]),
    items,
    statusReports,
    followUpMeetings: followUpMeetings(lines, header.date),
  };
}

/** Parses the text of one set of minutes. Throws only MinutesParseError. */
export function parseMinutesText(text: string): ParsedMinutes {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof MinutesParseError) throw error;
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  }
}
