export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_NAMES = Object.keys(MONTH_NUMBERS).join('|');

const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const TEXT_DATE = new RegExp(
  `\\b(\\d{1,2})(?::e|:a)?(?:\\s*[-–]\\s*\\d{1,2})?\\s+(${MONTH_NAMES})\\.?(?:\\s+((?:19|20)\\d\\d))?\\b`,
  'i',
);
const TEXT_DATE_ALL = new RegExp(TEXT_DATE.source, 'gi');
const ISO_DATE_ALL = new RegExp(ISO_DATE.source, 'g');
const SLASH_DATE_ALL = /\b(\d{1,2})\/(\d{1,2})(?![\d/])(?:\s*-?\s*((?:19|20)?\d\d)\b)?/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Year for a day and month given without one: the meeting's year, or the next one when the month has passed. */
export function inferYear(month: number, reference: string | null): number {
  if (!reference) return new Date().getUTCFullYear();
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  return month < refMonth - 2 ? refYear + 1 : refYear;
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** ISO date from "2021-11-25" or "25 november 2021". A date without a year needs `reference`. */
export function findDate(text: string, reference: string | null = null): string | null {
  const iso = ISO_DATE.exec(text);
  const textual = TEXT_DATE.exec(text);
  if (iso && (!textual || iso.index <= textual.index || !textual[3])) {
    return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  if (!textual) return null;
  const month = MONTH_NUMBERS[textual[2]!.toLowerCase()]!;
  const year = fullYear(textual[3]) ?? (reference ? inferYear(month, reference) : null);
  return year === null ? null : isoDate(year, month, Number(textual[1]));
}

/**
 * Numeric dates in the other forms Swedish minutes use: "2023.05.09", "2023/05/09", "9.5.2023",
 * "9/5 2023", "9/5-23", and in a date label or a heading line also "23 05 09", "23-05-09", "230509" and "20230509"
 * (`compact`, since six digits elsewhere are often a number of another kind).
 */
const NUMERIC_DATES: [RegExp, 'ymd' | 'dmy', boolean][] = [
  [/(?<![\d./-])((?:19|20)\d\d)[./](\d{1,2})[./](\d{1,2})(?![\d./-]*\d)/, 'ymd', false],
  [/(?<![\d./-])(\d{1,2})[./](\d{1,2})[./ ] ?((?:19|20)\d\d)(?!\d)/, 'dmy', false],
  // "4/5-23", "4/5 -23": day/month with a two-digit year.
  [/(?<![\d./-])(\d{1,2})\/(\d{1,2}) ?-(\d\d)(?!\d)/, 'dmy', false],
  // "23 05 09", "24-10-21", "24.12.06": the Swedish short form, year first; also with the century ("2020 04 25").
  [/(?<![\d./-])((?:19|20)?\d\d)([ .-])(\d\d)\2(\d\d)(?![\d./-]*\d)/, 'ymd', true],
  [/(?<![\d./-])((?:19|20)?\d\d)(\d\d)(\d\d)(?![\d./-]*\d)/, 'ymd', true],
];

export function findNumericDate(text: string, compact: boolean): string | null {
  for (const [pattern, order, needsCompact] of NUMERIC_DATES) {
    if (needsCompact && !compact) continue;
    const m = pattern.exec(text.slice(0, 400));
    if (!m) continue;
    const [a, b, c] = m.length > 4 ? [m[1]!, m[3]!, m[4]!] : [m[1]!, m[2]!, m[3]!];
    const date =
      order === 'ymd' ? isoDate(fullYear(a)!, Number(b), Number(c)) : isoDate(fullYear(c)!, Number(b), Number(a));
    if (date) return date;
  }
  return null;
}

/** Day and month of a written date without a year ("31 augusti"); null when it has a year or there is none. */
export function dayMonthWithoutYear(text: string): { day: number; month: number } | null {
  const m = TEXT_DATE.exec(text);
  if (!m || m[3] !== undefined) return null;
  return { day: Number(m[1]), month: MONTH_NUMBERS[m[2]!.toLowerCase()]! };
}

export function hasFullTextDate(text: string): boolean {
  const m = TEXT_DATE.exec(text);
  return m !== null && m[3] !== undefined;
}

/** Every date in `text`, including day/month forms ("5/1", "den 8 maj") resolved against `reference`. */
export function findAllDates(text: string, reference: string | null): string[] {
  const found: { at: number; date: string }[] = [];
  const add = (at: number, date: string | null): void => {
    if (date) found.push({ at, date });
  };
  for (const m of text.matchAll(ISO_DATE_ALL)) {
    add(m.index, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  }
  for (const m of text.matchAll(TEXT_DATE_ALL)) {
    const month = MONTH_NUMBERS[m[2]!.toLowerCase()]!;
    add(m.index, isoDate(fullYear(m[3]) ?? inferYear(month, reference), month, Number(m[1])));
  }
  for (const m of text.matchAll(SLASH_DATE_ALL)) {
    const month = Number(m[2]);
    add(m.index, isoDate(fullYear(m[3]) ?? inferYear(month, reference), month, Number(m[1])));
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.date))];
}

export interface TimeRange {
  start: string | null;
  end: string | null;
}

const CLOCK = /\bkl(?:ockan)?\b\.?\s*/i;
const HOUR_MIN = /^(\d{1,2})(?:[.:](\d{2}))?/;
// "kl. 13.00–ca 15.30": an approximate end is still the end.
const RANGE_SEP = /^\s*(?:-|–|—|till)\s*(?:kl(?:ockan)?\.?\s*)?(?:ca\.?\s*|cirka\s*)?/i;
const BARE_TIME = /\b(\d{1,2})[.:](\d{2})\b(?![.:/]?\d)/;
// "Tid: 10-11.30", "13–15.30": a whole hour before a range's end, without "kl"; the end's minutes tell it is a time.
const BARE_RANGE = /(?<![\d.:/-])\d{1,2}(?:[.:]\d{2})?\s*(?:-|–|—)\s*\d{1,2}[.:]\d{2}(?![.:/]?\d)/;

/** "kl 9,30 – 12,00": after "kl" a decimal comma may part the hour from its minutes. */
const HOUR_COMMA_MIN = /^(\d{1,2})(?:[.:,](\d{2})(?!\d))?/;

function readClock(text: string, afterClock = false): { time: string; rest: string } | null {
  const m = (afterClock ? HOUR_COMMA_MIN : HOUR_MIN).exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 24 || minute > 59) return null;
  return { time: `${pad(hour % 24)}:${pad(minute)}`, rest: text.slice(m[0].length) };
}

/** "kl 13.00 14.00": a range whose dash was lost; after "kl", both times with their minutes. */
const LOST_DASH = /^\s+(?=\d{1,2}[.:]\d{2}(?![\d.:]))/;

const DASHED_END = /^(\d{1,2})-([0-5]\d)(?![\d.:])/;

function readRange(text: string, afterClock = false): TimeRange {
  const first = readClock(text, afterClock);
  if (!first) return { start: null, end: null };
  const withMinutes = /[.:]\d{2}$/.test(text.slice(0, text.length - first.rest.length));
  const sep = RANGE_SEP.exec(first.rest) ?? (afterClock && withMinutes ? LOST_DASH.exec(first.rest) : null);
  const after = sep ? first.rest.slice(sep[0].length) : '';
  // "Tid: 8.30-11-30": the end's minutes after a dash typed for its dot, when the start has its minutes.
  const dashed = sep && withMinutes ? DASHED_END.exec(after) : null;
  const second = dashed ? readClock(`${dashed[1]}.${dashed[2]}`) : sep ? readClock(after, afterClock) : null;
  return { start: first.time, end: second?.time ?? null };
}

/** "kl 15-16.30" → 15:00/16:30; "14:00" → 14:00/null. Bare numbers only count after "kl". */
export function findTimeRange(text: string, allowBare: boolean): TimeRange {
  const clock = CLOCK.exec(text);
  if (clock) {
    const range = readRange(text.slice(clock.index + clock[0].length), true);
    if (range.start) return range;
  }
  if (!allowBare) return { start: null, end: null };
  const range = BARE_RANGE.exec(text);
  if (range) return readRange(text.slice(range.index));
  const bare = BARE_TIME.exec(text);
  return bare ? readRange(text.slice(bare.index)) : { start: null, end: null };
}
