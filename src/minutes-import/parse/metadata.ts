import {
  dayMonthWithoutYear,
  findDate,
  findNumericDate,
  findTimeRange,
  hasFullTextDate,
  isoDate,
  MONTH_NUMBERS,
  type TimeRange,
} from '../text/dates.ts';
import { type Line, nextNonBlank, prevNonBlank, wordCount } from '../text/lines.ts';
import { endsSentence } from '../text/sentences.ts';
import { matchLabel, matchLabels, type LabelKind } from './labels.ts';

export interface HeaderFields {
  title: string;
  body: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  diaryNumber: string | null;
  /** Values inferred rather than read from a label or a heading with a full date. */
  guessed: { title: boolean; date: boolean; startTime: boolean; location: boolean };
}

/** Metadata lives at the top; later lines are only consulted for an explicit Dnr. */
const HEADER_LINES = 60;
const DOC_TYPE = /^(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|sammanträdesprotokoll)\b/i;
const NOT_MEETING_DATE =
  /\b(?:justera|utskrift|skapad|reviderad|föregående|nästa|uppföljning|inspel|senast|skickat|publicer)/i;

interface LabelValue {
  kind: LabelKind;
  index: number;
  value: string;
}

/** Label values, taking the next line when the label stands alone ("Tid" ⏎ "<dag> <månad> <år> kl <tid>"). */
function headerLabels(lines: readonly Line[], limit: number): LabelValue[] {
  const out: LabelValue[] = [];
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (line.text === '' || line.cell) continue;
    for (const label of matchLabels(line.text)) {
      let value = label.value;
      if (value === '') {
        const stacked = stackedValue(lines, i, limit);
        const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
        if (stacked !== null) value = stacked;
        // "Plats" ⏎ "" ⏎ "§1 Information …": an empty label over the first paragraph has no value; "Plats:" ⏎
        // "• Digitalt via Skype": a web page sets the value as a one-bullet list.
        else if (
          next >= 0 &&
          !matchLabel(lines[next]!.text) &&
          !/^§ ?\d/.test(lines[next]!.text) &&
          !letterheadAt(lines, next)
        )
          value = lines[next]!.text.replace(/^[•·▪◦]\s?/u, '');
      }
      out.push({ kind: label.kind, index: i, value });
    }
  }
  return out;
}

/** A line in capitals only ("NORDMALINGS KOMMUN"). */
const CAPITALS = /^(?=.*\p{Lu}\p{Lu})[\p{Lu}\d\s&,.-]+$/u;

/**
 * "Plats och tid:" ⏎ "NORDMALINGS KOMMUN" ⏎ "FOLKHÄLSORÅD" ⏎ "MINNESANTECKNINGAR": capital lines over capital lines are
 * the page's letterhead (a document site puts the first label it finds above it), not the value of the label above.
 */
function letterheadAt(lines: readonly Line[], at: number): boolean {
  const after = nextNonBlank(lines, at + 1, Math.min(lines.length, at + 3));
  return CAPITALS.test(lines[at]!.text) && after >= 0 && CAPITALS.test(lines[after]!.text);
}

/** A lone "Word:" line: a label cell whose value pdftotext put below the label column. */
const LONE_LABEL = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:$/u;

/**
 * "Tid:" ⏎ "Plats:" ⏎ "Omfattning:" ⏎ "2014-04-25, 8.30 – 12.00" ⏎ "Borås, Solhem" ⏎ "p 9 - 19": a column of two or more
 * lone labels over as many values gives each label the value in its place; null when the lines are no such column.
 */
function stackedValue(lines: readonly Line[], i: number, limit: number): string | null {
  const lone = (k: number) => k >= 0 && k < limit && LONE_LABEL.test(lines[k]!.text);
  let start = i;
  for (let k = prevNonBlank(lines, i - 1); lone(k); k = prevNonBlank(lines, k - 1)) start = k;
  const run: number[] = [];
  let k = start;
  for (; lone(k); k = nextNonBlank(lines, k + 1, limit)) run.push(k);
  if (run.length < 2 || !run.includes(i)) return null;
  const values: number[] = [];
  for (; k >= 0 && values.length < run.length; k = nextNonBlank(lines, k + 1, limit)) {
    const text = lines[k]!.text;
    if (text.endsWith(':') || matchLabel(text)) return null;
    values.push(k);
  }
  return values.length === run.length ? lines[values[run.indexOf(i)]!]!.text : null;
}

function valueOf(labels: readonly LabelValue[], ...kinds: LabelKind[]): string | null {
  return labels.find((l) => kinds.includes(l.kind) && l.value !== '')?.value ?? null;
}

interface Picked<T> {
  value: T;
  guessed: boolean;
}

/** "Från möte 2018-11-30", "Mötet den 5 mars 2021": a line of its own that names the meeting and its day. */
const MEETING_DAY_LINE =
  /^(?:från |vid )?(?:mötet|möte|sammanträdet|sammanträde)(?: den)? ((?:19|20)\d\d-\d\d-\d\d|\d{1,2} \p{L}+ (?:19|20)\d\d)$/iu;

/** "Möte i Ekby föräldraförening 26/9 2018", "Styrelsemöte med Ekby IF 3/10 2019": a title naming the meeting and its day. */
const MEETING_TITLE_NUMERIC =
  /^(?:\p{Lu}\p{Ll}*)?[Mm]öte (?:i|med|för) \p{Lu}[^.:]{1,80}? (\d{1,2}\/\d{1,2} (?:19|20)\d\d)$/u;

const NOTES_FROM_DAY =
  /^(?:minnes|mötes)?anteckningar(?: förda)? (?:från|vid) [^.]{0,160}?,? den (\d{1,2} \p{L}+ (?:19|20)\d\d)(?!\d)/iu;
const DOCUMENTED_MEETING =
  /^(?:dokumentation|anteckningar|minnesanteckningar|sammanfattning|protokoll) från [\p{L}-]+s (?:möte|sammanträde)(?: den)? ((?:19|20)\d\d-\d\d-\d\d|\d{1,2} \p{L}+ (?:19|20)\d\d)$/iu;

/** The day a pattern's first group names on one of the first `count` lines. */
function dayNamedIn(lines: readonly Line[], pattern: RegExp, count: number): string | null {
  for (const line of lines.slice(0, count)) {
    const m = pattern.exec(line.text.slice(0, 400));
    const date = m ? findDate(m[1]!) : null;
    if (date) return date;
  }
  return null;
}

function pickDate(
  lines: readonly Line[],
  limit: number,
  labels: readonly LabelValue[],
  timeLine: number,
): Picked<string | null> {
  const dateLabelLines = new Set(labels.filter((l) => l.kind === 'date').map((l) => l.index));
  // "Kortinfo från möte" ⏎ "Från möte 2018-11-30": a web page's own line for the meeting, also below its intro and
  // above the points (whose dates are other days).
  for (const line of lines) {
    const m = MEETING_DAY_LINE.exec(line.text);
    const date = m ? findDate(m[1]!) : null;
    if (date) return { value: date, guessed: false };
  }
  // "lördag 20 oktober 2018" ⏎ "Möte i Ekby föräldraförening 26/9 2018": a blog post's date above the notes' own title,
  // which names the meeting and its day.
  for (const line of lines.slice(0, Math.min(limit, 6))) {
    const m = MEETING_TITLE_NUMERIC.exec(line.text);
    const date = m ? findNumericDate(m[1]!, true) : null;
    if (date) return { value: date, guessed: false };
  }
  // "Anteckningar från referensgruppen, den 30 mars 2023 (kl. 10:00–16:00).": the notes' own lead sentence names the
  // meeting's day, also under a page heading that gives another (a template's or the writing day).
  // "Dokumentation från samrådsgruppens möte 16 november 2016": a page's line naming the documented meeting and its day.
  const named = dayNamedIn(lines, NOTES_FROM_DAY, Math.min(limit, 12)) ?? dayNamedIn(lines, DOCUMENTED_MEETING, 20);
  if (named) return { value: named, guessed: false };
  const titled =
    titleDayBeforeByline(lines, titleLimit(lines, limit)) ?? titleDayUnderDateLine(lines, titleLimit(lines, limit));
  if (titled) return { value: titled, guessed: true };
  // A written date inside an item ("protokoll från den 22 oktober") is not the meeting's.
  for (let i = 0; i < titleLimit(lines, limit); i++) {
    const text = lines[i]!.text;
    if (dateLabelLines.has(i) || NOT_MEETING_DATE.test(text) || !hasFullTextDate(text)) continue;
    const date = findDate(text);
    if (date) return { value: date, guessed: false };
  }
  const labelled = valueOf(labels, 'date', 'placeTime', 'time');
  const head = titleLimit(lines, limit);
  const fromLabel = labelled ? (findDate(labelled) ?? labelledDayMonth(labelled, lines, head)) : null;
  if (fromLabel) return { value: fromLabel, guessed: false };
  // A date without a label counts only in the head, above the participant list and the items
  // (below them dates belong to the items: "Styrelseprotokoll 2021-02-24 lades till handlingarna").
  for (let i = 0; i < head; i++) {
    const text = beforeOtherDate(lines[i]!.text);
    const date = findDate(text);
    if (date) return { value: date, guessed: true };
  }
  const weekday = weekdayDate(lines, head);
  if (weekday) return { value: weekday, guessed: true };
  // Other numeric forms ("23 05 09", "2023.05.09", "9/5 2023"): in the date label, then in the head.
  const numeric = labelled ? findNumericDate(labelled, true) : null;
  if (numeric) return { value: numeric, guessed: false };
  for (let i = 0; i < head; i++) {
    const text = beforeOtherDate(lines[i]!.text);
    const date = findNumericDate(text, wordCount(text) <= 12);
    if (date) return { value: date, guessed: true };
  }
  // "RPR hade sitt senaste sammanträde 17 mars 2022": a report in prose says when the meeting was held.
  for (let i = 0; i <= Math.min(head, lines.length - 1); i++) {
    const text = lines[i]!.text.slice(0, 2000);
    const m = MET_ON.exec(text);
    const after = m ? text.slice(m.index + m[0].length, m.index + m[0].length + 40) : '';
    const date = m ? (findDate(after) ?? sameDayWithYear(after, lines)) : null;
    if (date) return { value: date, guessed: true };
  }
  // "Fredagen den 14 januari 2022 var det dags för årets första samverkansråd …": a report's lead paragraph opens with
  // the meeting's day.
  for (let i = 0; i < Math.min(lines.length, head + 6); i++) {
    const m = LEAD_DAY.exec(lines[i]!.text);
    const date = m ? findDate(m[0]) : null;
    if (date) return { value: date, guessed: true };
  }
  // "här kommer en kort sammanfattning från dagens möte (onsdag 4 mars kl. 10–11.30, Teams). …": the sentence that gives
  // the meeting's time, past the head's end, gives its day too.
  if (timeLine >= head) {
    const text = lines[timeLine]!.text.slice(0, 1000);
    const date = findDate(text) ?? weekdayDate(lines, timeLine + 1, timeLine);
    if (date) return { value: date, guessed: true };
  }
  return { value: null, guessed: true };
}

/**
 * "Sammanfattning från styrelsen den 25 september" ⏎ "Styrelse / 1 oktober 2025": a page's title names the meeting's
 * day without its year and the dated line under it is the publishing day; the meeting is the last such day up to it.
 */
function titleDayBeforeByline(lines: readonly Line[], head: number): string | null {
  const first = lines.findIndex((l, k) => k < head && l.text !== '' && !PAGE_FURNITURE.test(l.text));
  const title = first >= 0 ? lines[first]!.text : '';
  if (title.length > 200 || !/(?<![\p{L}])den \d{1,2} \p{L}+$/u.test(title)) return null;
  const dm = dayMonthWithoutYear(title);
  const next = nextNonBlank(lines, first + 1, Math.min(head, first + 4));
  const published = next >= 0 && hasFullTextDate(lines[next]!.text) ? findDate(lines[next]!.text) : null;
  return dm && published ? lastSuchDayUpTo(dm, published) : null;
}

/** The last day with that day and month up to `published`: in its year, else the year before. */
function lastSuchDayUpTo(dm: { day: number; month: number }, published: string): string | null {
  const year = Number(published.slice(0, 4));
  const sameYear = isoDate(year, dm.month, dm.day);
  return sameYear !== null && sameYear <= published ? sameYear : isoDate(year - 1, dm.month, dm.day);
}

/** A line holding only a date: a web page's publishing stamp ("2019-05-14"), not a title. */
const ONLY_DATE = /^(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2} \p{L}+ (?:19|20)\d\d)$/u;

/**
 * "2019-05-14" ⏎ "Sammanfattning från styrelsemötet den 9 maj": a page's publishing day on a line of its own above a
 * title naming the meeting's day without its year; the meeting is the last such day up to the publishing day.
 */
function titleDayUnderDateLine(lines: readonly Line[], head: number): string | null {
  const first = lines.findIndex((l, k) => k < head && l.text !== '' && !PAGE_FURNITURE.test(l.text));
  if (first < 0 || !ONLY_DATE.test(lines[first]!.text)) return null;
  const published = findDate(lines[first]!.text);
  const next = nextNonBlank(lines, first + 1, Math.min(lines.length, first + 4));
  const title = next >= 0 ? lines[next]!.text : '';
  if (!published || title.length > 200 || !/(?<![\p{L}\d])\d{1,2} \p{L}+$/u.test(title)) return null;
  const dm = dayMonthWithoutYear(title);
  return dm ? lastSuchDayUpTo(dm, published) : null;
}

/**
 * "Minnesanteckningar 2021-03-03, reviderade 2021-03-10": the text before a word that introduces another date
 * (revision, adjustment, the next meeting); '' when the line starts with one.
 */
function beforeOtherDate(text: string): string {
  const m = NOT_MEETING_DATE.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** "Fredagen den 14 januari 2022 …", "Den 3 maj 2023 …": a paragraph opening with a full date (and its weekday). */
const LEAD_DAY = new RegExp(
  String.raw`^(?:(?:[Mm]ån|[Tt]is|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ör|[Ss]ön)dagen )?[Dd]en \d{1,2} (?:${Object.keys(MONTH_NUMBERS).join('|')}) (?:19|20)\d\d(?![\d])(?= \p{Ll})`,
  'u',
);

const MET_ON =
  /(?<![\p{L}])(?:(?:hade|höll) (?:sitt |sina |ett )?(?:senaste |ordinarie )?(?:sammanträde|möte)t?|sammanträdde|träffades|möttes|vid (?:dagens |det senaste )?(?:mötet|sammanträdet)) (?:den |på )?(?=\d)/iu;

/**
 * "vid mötet 21 maj" without a year: the year of the same day written with one further down the page ("Agenda SRO 21
 * maj 2021", "2021-05-21 Sammanställning från SRO"), when the first 40 lines give exactly one.
 */
function sameDayWithYear(text: string, lines: readonly Line[]): string | null {
  const dm = dayMonthWithoutYear(text);
  if (!dm) return null;
  const found = new Set<number>();
  for (const line of lines.slice(0, 40)) {
    if (line.text.length > 1000) continue;
    for (const m of line.text.matchAll(/(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g))
      if (Number(m[2]) === dm.month && Number(m[3]) === dm.day) found.add(Number(m[1]));
    for (const m of line.text.matchAll(/(?<!\d)(\d{1,2}) (\p{L}+) ((?:19|20)\d\d)(?!\d)/gu))
      if (MONTH_NUMBERS[m[2]!.toLowerCase()] === dm.month && Number(m[1]) === dm.day) found.add(Number(m[3]));
  }
  return found.size === 1 ? isoDate([...found][0]!, dm.month, dm.day) : null;
}

/**
 * "Tid: 31 augusti kl. 13.15" without a year: the year of a "2015-08" with the same month in the head
 * ("Minnesanteckningar BBU 2015-08"), or the one year the head mentions.
 */
function labelledDayMonth(value: string, lines: readonly Line[], head: number): string | null {
  const dm = dayMonthWithoutYear(value);
  if (!dm) return null;
  const years = new Set<number>();
  for (const line of lines.slice(0, head)) {
    for (const m of line.text.matchAll(/(?<![\d-])((?:19|20)\d\d)(?:-(\d\d))?(?![\d-])/g)) {
      if (m[2] !== undefined && Number(m[2]) === dm.month) return isoDate(Number(m[1]), dm.month, dm.day);
      years.add(Number(m[1]));
    }
  }
  return years.size === 1 ? isoDate([...years][0]!, dm.month, dm.day) : null;
}

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const WEEKDAY_DATE = new RegExp(
  String.raw`(?<![\p{L}])(${WEEKDAYS.join('|')})(?:en)?(?: den)? (?:(\d{1,2}) (${Object.keys(MONTH_NUMBERS).join('|')})(?![\p{L}])(?! (?:19|20)\d\d)|(\d{1,2})/(\d{1,2})(?![\d/.-])(?! (?:19|20)?\d\d\b))`,
  'iu',
);

/**
 * "torsdag 22 mars" or "tisdag 3/11" without a year: among the years the text mentions, the one in which that day is
 * that weekday (only when exactly one fits).
 */
function weekdayDate(lines: readonly Line[], limit: number, from = 0): string | null {
  for (let i = from; i < limit; i++) {
    const m = WEEKDAY_DATE.exec(lines[i]!.text);
    if (!m) continue;
    const years = new Set<number>();
    for (const line of lines)
      for (const y of line.text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)) years.add(Number(y[1]));
    // "tisdag 22 mars" or "tisdag 3/11" (day/month).
    const month = m[3] ? MONTH_NUMBERS[m[3].toLowerCase()]! : Number(m[5]);
    const day = Number(m[2] ?? m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const fits = [...years].flatMap((y) => [y - 1, y, y + 1]).filter((y, k, all) => all.indexOf(y) === k);
    const matching = fits.filter(
      (y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === WEEKDAYS.indexOf(m[1]!.toLowerCase()),
    );
    const mentioned = matching.filter((y) => years.has(y));
    const pick = mentioned.length === 1 ? mentioned[0] : matching.length === 1 ? matching[0] : undefined;
    return pick === undefined ? null : isoDate(pick, month, day);
  }
  return null;
}

const OPENED = /^(?:\d{1,2}[.)]? )?mötet?s? (?:öppnande|öppnas|öppnades)\D{0,20}?\b(\d{1,2})[.:](\d{2})\b/iu;
const CLOSED = /^(?:\d{1,2}[.)]? )?mötet?s? (?:avslutande|avslutas|avslutades)\D{0,20}?\b(\d{1,2})[.:](\d{2})\b/iu;

/**
 * "1. Mötets öppnande 18:08" … "12. Mötets avslutande 20:15": the clock times of the agenda's ends (`start` null when
 * the opening has no time; `end` is then still the closing time, for a start time found elsewhere).
 */
function closingTime(lines: readonly Line[]): TimeRange {
  let start: string | null = null;
  let end: string | null = null;
  for (const line of lines) {
    const opened: RegExpExecArray | null = start === null ? OPENED.exec(line.text) : null;
    if (opened) start = `${opened[1]!.padStart(2, '0')}:${opened[2]}`;
    const closed = CLOSED.exec(line.text);
    if (closed) end = `${closed[1]!.padStart(2, '0')}:${closed[2]}`;
  }
  return { start, end };
}

/** "09.30 till 16.30", "09:00 – 14:55": two clock times with minutes read as a range even without "kl". */
const CLOCK_RANGE = /(?<![\d.:/-])(\d{1,2}[.:]\d{2}\s*(?:-|–|—|till)\s*\d{1,2}[.:]\d{2})(?![\d.:/-])/;

const BEGINS =
  /^(?:\p{Lu}\p{Ll}+s )?(?:sammanträdet|sammanträde|mötet|möte) (?:börjar|startar|inleds|äger rum)(?: [^.]{0,30}?)? (?:kl\.?|klockan) ?(\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)/iu;

/**
 * A day programme of times before what happens ("08.30 Sammanträdet startar" … "17.00 Sammanträdet avslutas för
 * dagen"); the closing line may be glued to the point above it ("- Interpellationer17.00 Sammanträdet avslutas").
 */
const PROGRAMME_START =
  /^(?:kl\.?\s*)?(\d{1,2})[.:](\d{2}) (?:sammanträdet|mötet) (?:startar|börjar|inleds|öppnas)\b/iu;
const PROGRAMME_END = /(?<![\d.:])(\d{1,2})[.:](\d{2}) (?:sammanträdet|mötet) (?:avslutas|slutar)\b/iu;

function programmeTimes(lines: readonly Line[], limit: number): TimeRange | null {
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const start = PROGRAMME_START.exec(lines[i]!.text);
    if (!start) continue;
    let end: string | null = null;
    for (let j = i + 1; j < Math.min(i + 40, lines.length) && end === null; j++) {
      const m = PROGRAMME_END.exec(lines[j]!.text);
      if (m) end = `${m[1]!.padStart(2, '0')}:${m[2]}`;
    }
    return { start: `${start[1]!.padStart(2, '0')}:${start[2]}`, end };
  }
  return null;
}

/** "20. Anmälan av inkomna motioner (kl 15:38)": a numbered point's own time (a clip, a timetable), not the meeting's. */
const POINT_TIME = /^\d{1,3}[.)] (?!.*öppna)\p{Lu}.*\((?:kl\.?\s*)?\d{1,2}[.:]\d{2}\)$/iu;

/** A meeting before the meeting (a group's or a party's preparation): its time is not the meeting's. */
const PRE_MEETING = /^(?:[•·*–-]\s*)?(?:förmöte|formöte|gruppmöte|partigrupp|förberedande möte)(?![\p{L}])/iu;

/** "13-14", "9–12" as the whole value of a time label. */
const WHOLE_HOURS = /^(\d{1,2}) ?[-–—] ?(\d{1,2})(?![\d.:/])/;

function pickTimes(
  lines: readonly Line[],
  limit: number,
  labels: readonly LabelValue[],
): Picked<TimeRange> & { line: number } {
  // "Klockan 12:00" ⏎ … ⏎ "Nämndens sammanträde börjar kl. 16.00": the sentence about the meeting itself
  // wins over a page's time field (which may be a preparatory meeting's or the page's own).
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const begins = BEGINS.exec(lines[i]!.text.slice(0, 300));
    if (begins) return { value: findTimeRange(begins[1]!, true), guessed: false, line: i };
  }
  const programme = programmeTimes(lines, limit);
  if (programme) return { value: programme, guessed: false, line: -1 };
  const labelled = valueOf(labels, 'time', 'placeTime');
  if (labelled) {
    const range = findTimeRange(labelled, true);
    // "Tid: 13-14": whole hours, a range only the time label makes a time.
    const hours = range.start ? null : WHOLE_HOURS.exec(labelled);
    if (hours && Number(hours[1]) < Number(hours[2]) && Number(hours[2]) <= 24)
      return {
        value: { start: `${hours[1]!.padStart(2, '0')}:00`, end: `${hours[2]!.padStart(2, '0')}:00` },
        guessed: false,
        line: -1,
      };
    // "Tid: 13.00" ⏎ … ⏎ "Mötet avslutades kl. 15.10.": the start labelled, the end told at the close.
    const closed = range.start && !range.end ? closingTime(lines).end : null;
    if (range.start)
      return { value: closed && closed > range.start ? { ...range, end: closed } : range, guessed: false, line: -1 };
  }
  const clocked = closingTime(lines);
  if (clocked.start) return { value: clocked, guessed: false, line: -1 };
  // The lines of an excluded label ("Justeringens plats och tid" ⏎ value) hold another time, and
  // times below the participant list and the first item belong to the items ("nästa 1.mars kl. 11").
  const excluded = new Set(labels.filter((l) => l.kind === 'excluded').flatMap((l) => [l.index, l.index + 1]));
  const head = Math.max(titleLimit(lines, limit), Math.min(limit, 12));
  for (let i = 0; i < head; i++) {
    const text = lines[i]!.text;
    if (NOT_MEETING_DATE.test(text) || excluded.has(i) || POINT_TIME.test(text)) continue;
    // "Förmöte för rådets deltagare kl 09.00-10.00" ⏎ "Sammanträde kl 10.00-11.00": the meeting's own time follows.
    if (PRE_MEETING.test(text) && lines.slice(i + 1, head).some((l) => findTimeRange(l.text, false).start)) continue;
    // A time in running prose that is not about the meeting ("Kl. 16:15 genomförde regeringen en
    // presskonferens …") belongs to the event told.
    if (wordCount(text) > 15 && !/möte|sammanträd|träff/i.test(text)) continue;
    const range = findTimeRange(text, false);
    // "Årsmöte 20.4.2018, kl.15.30" in the head and "12. Mötet avslutades kl. 16.00." at the end: the end time.
    if (range.start) return { value: { start: range.start, end: range.end ?? clocked.end }, guessed: true, line: i };
    const bare = CLOCK_RANGE.exec(text);
    if (bare) return { value: findTimeRange(bare[1]!, true), guessed: true, line: i };
  }
  return { value: { start: null, end: null }, guessed: false, line: -1 };
}

const ONLINE = /\bteams\b|teamsmöte|microsoft teams/i;
/**
 * "Regionhuset, rum Lärkan samt via Teams", "Hälsingegatan 36, Gävle, samt Teams": a room and the online link beside it
 * (a hybrid meeting) is kept whole.
 */
const HYBRID =
  /^\s*\p{Lu}.{2,}?(?:\s(?:samt|och)\s(?:även\s|digitalt\s)?(?:via|på|över)|,\s(?:samt|och)(?:\s(?:även|digitalt))?(?:\s(?:via|på|över))?)\s(?:microsoft\s)?teams(?![\p{L}])/iu;

const LOCATION_NOISE = [
  // "Konferensrum 105, kl. 09:00-11:30 (ajournering 10:05-10:20)": an adjournment or a break noted beside the time.
  /\s*\((?:ajournering|ajournerat|ajournerades|paus|uppehåll|lunch)\b[^()]{0,80}\)/gi,
  // "Askersund kl Närvarande": a "kl" with no time after it ends the place (a flattened label follows).
  /\bkl(?:ockan)?\b(?!\.?\s*\d).*$/i,
  // "kl 9,30 – 12,00": after "kl" a decimal comma may part the hour from its minutes.
  /\bkl(?:ockan)?\b\.?\s*\d{1,2}(?:[.:,]\d{2}(?!\d))?(?:\s*(?:-|–|—|till)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:,]\d{2}(?!\d))?)?/gi,
  /\b\d{1,2}[.:]\d{2}(?:\s*(?:-|–|—)\s*\d{1,2}(?:[.:]\d{2})?)?/g,
  /\b(?:19|20)\d\d-\d\d-\d\d\b/g,
  // "Tisdag 3/3 2021 kl 13-15, Stadshuset", "den 3.3.2021": numeric dates of a "Tid och plats" value.
  // A dotted pair alone is a room ("rum 3.12"), so a dotted date needs its year.
  /(?<![\p{N}/.])(?:den )?(?:\d{1,2}\/\d{1,2}(?:[ -](?:19|20)?\d\d)?|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)(?![\p{N}/.])/gu,
  /\b(?:den )?\d{1,2}:?[ae]? (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?: (?:19|20)\d\d)?\b/gi,
  /(?<![\p{L}])(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?(?![\p{L}])/giu,
];

/** The place as written, without the date and time that "Plats och tid" values carry. */
function normaliseLocation(value: string): string | null {
  if (ONLINE.test(value) && !HYBRID.test(value)) return 'Teams';
  let cleaned = value.slice(0, 300);
  for (const pattern of LOCATION_NOISE) cleaned = cleaned.replace(pattern, ' ');
  cleaned = cleaned
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*[,;–-])+(?=\s*[,;–-]|\s*$)/g, '')
    .replace(/^[\s,;–-]+|[\s,;–-]+$/g, '')
    .replace(/\s+,/g, ',');
  // "Möte 2026-11-05 kl. 09.30–11.00, Hudiksvall, …": the word naming the meeting before its day is no part of the place.
  cleaned = cleaned.replace(
    /^(?:möte|mötet|sammanträde|sammanträdet|träff|avstämning)(?:, *| +(?=(?:i|på) \p{Lu}))/iu,
    '',
  );
  // "… kl. 14.00–16.00 i Landstingshuset": the preposition is not part of the place.
  cleaned = cleaned.replace(/^(?:i|på) (?=\p{Lu})/u, '');
  return cleaned === '' || cleaned === '-' ? null : cleaned;
}

const PROTOCOL_FROM_MEETING = /^(?:Protokoll|Minnesanteckningar|Anteckningar) från (?:\p{Ll}*möte|sammanträde)$/u;
const PLACE_IN_TITLE =
  /^(?:Protokoll|Minnesanteckningar|Anteckningar) från \p{Ll}*möte(?:\/\p{Ll}+)? (?:i|på) (\p{Lu}\p{Ll}*(?: \p{Ll}+){1,3}) (?:19|20)\d\d-\d\d-\d\d$/u;
/** "Ekby hembygdsgård 2016-03-31": a place in words, then the day. */
const PLACE_DAY_LINE = /^(\p{Lu}\p{Ll}*(?: \p{Ll}+){1,3}) (?:19|20)\d\d-\d\d-\d\d$/u;

function pickLocation(
  lines: readonly Line[],
  limit: number,
  labels: readonly LabelValue[],
  timeLine: number,
): Picked<string | null> {
  // "Plats och tid: KPR, extra sammanträde, Mötesrum: Bergius, Stationsgatan 12, 2019-04-11 kl. 9": the room's own label.
  const labelled = valueOf(labels, 'location') ?? valueOf(labels, 'placeTime');
  const inAfterTime = timeLine >= 0 && !labelled ? IN_AFTER_TIME.exec(lines[timeLine]!.text.slice(0, 300)) : null;
  if (inAfterTime && wordCount(inAfterTime[1]!) <= 8) return { value: inAfterTime[1]!, guessed: true };
  const beforeTime =
    timeLine >= 0 && !labelled ? MEETING_AT_BEFORE_TIME.exec(lines[timeLine]!.text.slice(0, 300)) : null;
  if (beforeTime && wordCount(beforeTime[1]!) <= 8) return { value: beforeTime[1]!, guessed: true };
  // "Söderåsens Miljöförbund, Storgatan 50 C, Klippan kl 08.30 - 11.45": an address beside the time,
  // preferred over a "Plats och tid" value that holds no time (a Word table's stacked labels).
  // "Plats och tid Sammanträdesrum Strandskatan, kl. 13.30-16.00": the place beside the time, without the line's label.
  const timeLabel = timeLine >= 0 ? matchLabel(lines[timeLine]!.text) : null;
  const beside = timeLine >= 0 ? normaliseLocation(timeLabel?.value ? timeLabel.value : lines[timeLine]!.text) : null;
  const besideFits =
    beside !== null &&
    (beside.includes(',') ||
      /^(?:teams|skype|zoom|telefon\p{L}*)$/iu.test(beside) ||
      // "Tisdag 7 mars 2023, kl 9–12, Halmstad Stadshus": a short place after the time's comma.
      (/, *\p{Lu}[^,]*$/u.test(lines[timeLine]!.text) && wordCount(beside) <= 5 && /^\p{Lu}/u.test(beside))) &&
    wordCount(beside) <= 12 &&
    !endsSentence(beside);
  // "Årsmöte 20.4.2018, kl.15.30, Vetenskapshuset, sal 401.": the place after the time, up to the line's end.
  const afterTime = timeLine >= 0 && !besideFits ? AFTER_TIME.exec(lines[timeLine]!.text.slice(0, 300)) : null;
  if (afterTime && !labelled && wordCount(afterTime[1]!) <= 8) return { value: afterTime[1]!, guessed: true };
  // "09:30 - 16:00 Socialkontoret- Solfjädern": a line of the head opening with the times, the place after them.
  const leading = timeLine >= 0 && !labelled ? LEADING_TIME.exec(lines[timeLine]!.text.slice(0, 300)) : null;
  if (leading && wordCount(leading[1]!) <= 8) return { value: leading[1]!, guessed: true };
  const placeTimeOnly = labels.find((l) => (l.kind === 'location' || l.kind === 'placeTime') && l.value !== '');
  if (besideFits && (!labelled || (placeTimeOnly?.kind === 'placeTime' && !/\d/.test(labelled))))
    return { value: beside, guessed: true };
  if (labelled) return { value: normaliseLocation(labelled), guessed: false };
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text;
    const link = text.length <= 300 ? MEETING_LINK.exec(text) : null;
    if (link) return { value: LINK_TOOLS[link[1]!.toLowerCase()]!, guessed: true };
    // "Minnesanteckningar från årsträffen den 2 oktober 2015" ⏎ "på Gästrike-Hälsinge nation, Uppsala".
    const under = i > 0 && i <= 3 && findDate(lines[i - 1]!.text) ? PLACE_LINE.exec(text) : null;
    if (under && wordCount(under[1]!) <= 8) return { value: under[1]!, guessed: true };
    if (
      text.length <= 40 &&
      /^(?:via |digitalt |digital )?(?:teams|teamsmöte|telefonkonferens|skype|zoom)\b/i.test(text)
    ) {
      return { value: normaliseLocation(text), guessed: true };
    }
  }
  // "Årsmöte 2020 04 25 via Messenger och mobil", "… den 16 september 2020 kl 13.00 14.00 genom telefonmöte.": the
  // medium named right after the meeting's day or time in the head.
  for (let i = 0; i <= Math.min(Math.max(titleLimit(lines, limit), 3), lines.length - 1); i++) {
    const text = lines[i]!.text.slice(0, 400);
    const day = findDate(text) ?? findNumericDate(text, wordCount(text) <= 12);
    const m = day !== null || timeLine === i ? VIA_AFTER_DAY.exec(text) : null;
    if (m) return { value: m[1]!, guessed: true };
  }
  // "Mötet hölls … via Teams", "Protokoll fört vid Skypemöte …": the online tool named in the head, or in the
  // paragraph that ends it (a report in prose: "Vi använde Microsoft Teams …").
  for (let i = 0; i <= Math.min(titleLimit(lines, limit), lines.length - 1); i++) {
    const m = ONLINE_IN_PROSE.exec(lines[i]!.text.slice(0, 1000));
    if (m) return { value: (m[1] ?? m[2] ?? m[3])!.replace(/^./, (c) => c.toUpperCase()), guessed: true };
  }
  // "Protokoll från styrelsemöte i Ekby hembygdsgård 2014-10-30", "Protokoll från styrelsemöte" ⏎ "Ekby hembygdsgård
  // 2016-03-31": the protocol's heading names the place before the day, or the line under it does.
  for (let i = 0; i < Math.min(limit, 8); i++) {
    const text = lines[i]!.text;
    const inTitle = PLACE_IN_TITLE.exec(text);
    if (inTitle) return { value: inTitle[1]!, guessed: true };
    const above = prevNonBlank(lines, i - 1);
    const under = above >= 0 && PROTOCOL_FROM_MEETING.test(lines[above]!.text) ? PLACE_DAY_LINE.exec(text) : null;
    if (under) return { value: under[1]!, guessed: true };
  }
  // "Styrelsen samlas … i förbundets lokaler i Tibble kyrka.": premises named in a head sentence about the meeting.
  const head = Math.min(Math.max(titleLimit(lines, limit), Math.min(limit, 12)), lines.length - 1);
  for (let i = 0; i <= head; i++) {
    const text = lines[i]!.text.slice(0, 1000);
    const m = /möte|sammanträd|samla|träff|genomfördes|hölls/i.test(text) ? PREMISES.exec(text) : null;
    if (m) return { value: m[1]!, guessed: true };
    // "Mötet hölls onsdagen den 3 mars 2021 kl. 13–15 i Stadshusets sammanträdesrum Linden."
    const held = HELD_AT.exec(text);
    if (held) return { value: held[1]!, guessed: true };
  }
  return { value: null, guessed: false };
}

// "2023-11-08 kl. 13.00–15.00, digitalt": a meeting held online may be written in lower case after the time.
const AFTER_TIME =
  /(?<![\p{L}])(?:kl\.?|klockan) ?\d{1,2}(?:[.:]\d{2})?(?:\s*(?:-|–|till)\s*\d{1,2}(?:[.:]\d{2})?)?, *(\p{Lu}[^.;:!?]{1,80}?|digitalt(?: via \p{L}+)?|på distans)\.?$/u;
const LEADING_TIME = /^(?:kl\.? ?)?\d{1,2}[.:]\d{2}\s*(?:-|–|till)\s*\d{1,2}[.:]\d{2},? (\p{Lu}[^.;:!?]{1,80}?)$/u;
/** "Protokoll från sammanträde 24.12.06 kl 18:30–20:00 i Medborgarhuset, stora salen": the place after "kl … i". */
const IN_AFTER_TIME =
  /(?<![\p{L}])(?:kl\.?|klockan) ?\d{1,2}(?:[.:]\d{2})?(?:\s*(?:-|–|till)\s*\d{1,2}(?:[.:]\d{2})?)? (?:i|på) (\p{Lu}[^.;:!?]{1,80}?)\.?$/u;
/** "Möte på Storgatan 11, kl.13-15.30", "Sammanträde i Rådhuset kl 18": a head line naming the place before the time. */
const MEETING_AT_BEFORE_TIME =
  /^(?:[\p{L}-]*[Mm]öte|[\p{L}-]*[Ss]ammanträde|[Tt]räff)t? (?:på|i) (\p{Lu}[^.;:!?]{1,60}?),? (?:kl\.? ?|klockan )\d/u;
/** A meeting link on a line of its own ("https://sunet.zoom.us/my/…"): the meeting was held on that tool. */
const MEETING_LINK =
  /^https?:\/\/[\w.-]*?(zoom\.us|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|skype\.com)\/\S*$/i;
const LINK_TOOLS: Record<string, string> = {
  'zoom.us': 'Zoom',
  'teams.microsoft.com': 'Teams',
  'teams.live.com': 'Teams',
  'meet.google.com': 'Google Meet',
  'skype.com': 'Skype',
};
/** A line that only says where: "på Gästrike-Hälsinge nation, Uppsala". */
const PLACE_LINE = /^(?:på|i) (\p{Lu}[^.;:!?]{2,80}?)\.?$/u;

/** The place in a head sentence saying where the meeting was held: up to six words, none a function word. */
const HELD_AT =
  /(?<![\p{L}])(?:hölls|avhölls|ägde rum|äger rum|genomfördes|genomförs|hålls|sammanträdde|träffades)(?![\p{L}])(?:[^.!?]|(?<=\d)\.(?=\d)){0,120}?(?<![\p{L}])(?:i|på) (\p{Lu}[\p{L}-]*(?: (?!(?:och|som|där|med|samt|men|för|av|under|från|kl|klockan|den|mellan|efter|via)(?![\p{L}]))[\p{L}\d-]+){0,5}?)(?=[.;]|, |$)/u;
const PREMISES = /(?<![\p{L}])i ([\p{L}-]+s lokaler (?:i|på) \p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}?)(?=[.,;]|$)/u;

/** "… 2020 04 25 via Messenger och mobil", "… kl 13.00 14.00 genom telefonmöte.": up to four words after a number. */
const VIA_AFTER_DAY =
  /(?<=\d) (?:via|genom|per) (\p{L}[\p{L}-]*(?: (?:och|samt) \p{L}[\p{L}-]*| \p{L}[\p{L}-]*){0,3})\.?$/u;
/** "via Teams", "Teamsmöte", "Vi använde Microsoft Teams som …": the online tool the meeting was held on. */
const ONLINE_IN_PROSE =
  /(?<![\p{L}])(?:via|på|över|per|i) (teams|skype|zoom)(?![\p{L}])|(?<![\p{L}])(teams|skype|zoom)-?(?:möte|mötet|sammanträde)(?![\p{L}])|(?<![\p{L}])(?:använde|användes|använder|används)(?: vi)? (?:microsoft )?(teams|skype|zoom)(?![\p{L}])/iu;

/** "Dnr", "Diarienummer", and a case system's "Ärendenummer" (a case number, the same kind of value). */
const DNR = /(?<![\p{L}])(?:dnr|diarienummer|diarienr|ärendenummer|ärendenr)(?![\p{L}])\.?:?/iu;
const DNR_TOKEN = /^[\p{Lu}\p{N}][\p{L}\p{N}./:-]*$/u;

function dnrValue(rest: string): string | null {
  const taken: string[] = [];
  for (const token of rest.trim().split(/\s+/).slice(0, 3)) {
    if (!DNR_TOKEN.test(token)) break;
    taken.push(token);
    if (/\d/.test(token)) return taken.join(' ').replace(/[.,;:]$/, '');
  }
  return null;
}

/** A "§ N" heading: Dnr values from here on belong to the paragraphs, not to the minutes. */
const PARAGRAPH_HEADING = /^(?:[•·*–-] ?)?(?:(?:\p{Lu}[\p{Lu}\p{Ll}-]{0,7} ?)?§ ?\d|\d{1,3}[.)]? \p{Lu})/u;

function pickDiaryNumber(lines: readonly Line[]): string | null {
  const limit = Math.min(lines.length, HEADER_LINES * 4);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text;
    if (PARAGRAPH_HEADING.test(text)) break;
    const m = DNR.exec(text);
    if (!m) continue;
    const value = dnrValue(text.slice(m.index + m[0].length));
    if (value) return value;
  }
  return null;
}

const SUBTITLE = /^[·•]\s*(\p{Lu}.*)$/u;

/**
 * A web page's skip link, browser notice or machine-translation notice above its content ("Gå direkt till
 * huvudinnehållet", "Webbplatsen använder teknik som troligen inte stöds av din webbläsare …", "Use Google to translate
 * the web site. …"): furniture, neither the title nor the end of the head.
 */
const PAGE_FURNITURE =
  /^(?:(?:gå direkt|hoppa direkt|hoppa|gå) till (?:huvud)?innehåll(?:et)?|hoppa över navigering(?:en)?|till huvudinnehåll)$|\bwebbläsare\b.*\b(?:stöds|fungera)|\b(?:stöds|fungera)\b.*\bwebbläsare|^(?:use \p{L}+ to )?translate (?:the|this) (?:web ?site|page)\b|^översätt (?:webbplatsen|sidan)\b/iu;

function isTitleCandidate(line: Line): boolean {
  const text = line.text;
  return (
    text !== '' &&
    !PAGE_FURNITURE.test(text) &&
    !line.cell &&
    wordCount(text) <= 18 &&
    !endsSentence(text) &&
    !matchLabel(text) &&
    !/^\d{1,2}$|^sida\b|^(?:(?:\p{Lu}[\p{Lu}\p{Ll}-]{0,7} ?)?§ ?)?\d{1,3}[.)]? /iu.test(text)
  );
}

/** A title wraps onto a lower-case line, or carries a "· Forum" subtitle line: both are part of it. */
function joinWrappedTitle(lines: readonly Line[], index: number): { title: string; lines: number[] } {
  const first = lines[index]!.text;
  const next = lines[index + 1];
  if (next && next.text !== '' && /^\p{Ll}/u.test(next.text) && wordCount(next.text) <= 6) {
    return { title: `${first} ${next.text}`, lines: [index, index + 1] };
  }
  if (next && SUBTITLE.test(next.text) && wordCount(next.text) <= 12) {
    return { title: `${first} ${next.text}`, lines: [index, index + 1] };
  }
  return { title: first, lines: [index] };
}

/** The title sits above the participant list and the first item or paragraph. */
/** Three or more value-less labels in a row around line `i` (one "Närvarande" ⏎ "Ledamöter" pair is a list's labels). */
function labelColumn(lines: readonly Line[], i: number, limit: number): boolean {
  const emptyLabel = (k: number) => k >= 0 && matchLabel(lines[k]!.text)?.value === '';
  let run = 1;
  for (let k = prevNonBlank(lines, i - 1); emptyLabel(k) && run < 3; k = prevNonBlank(lines, k - 1)) run++;
  for (let k = nextNonBlank(lines, i + 1, limit); emptyLabel(k) && run < 3; k = nextNonBlank(lines, k + 1, limit))
    run++;
  return run >= 3;
}

function titleLimit(lines: readonly Line[], limit: number): number {
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text;
    if (text === '' || (i < 12 && PAGE_FURNITURE.test(text))) continue;
    const label = matchLabel(text);
    // "Plats och tid" ⏎ "Beslutande" ⏎ "Övriga närvarande" ⏎ … ⏎ values: pdftotext put a label column before its
    // values, so a list label over another label does not end the head.
    const stacked = label?.value === '' && labelColumn(lines, i, limit);
    if (label && (label.kind === 'attendees' || label.kind === 'excluded') && !stacked) return i;
    if (
      /^(?:[•·*–-] ?)?(?:(?:\p{Lu}[\p{Lu}\p{Ll}-]{0,7} ?)?§ ?\d{1,4}[.:]?$|(?:(?:\p{Lu}[\p{Lu}\p{Ll}-]{0,7} ?)?§ ?)?\d{1,3}[.)]? \p{Lu}|a\) \p{Lu}|\d{1,3} [–-] \p{Lu}|(?:[Pp]unkt|[Ää]rende) \d{1,3}[.:]? \p{Lu})/u.test(
        text,
      ) ||
      // "a) Mötets öppnande", "1 – Mötets öppnande", "Punkt 1. Mötets öppnande": an agenda's first point ends the head too.
      // "Protokoll fört vid föreningens årsmöte onsdagen den 16 september 2020 kl 13.00 genom telefonmöte.": the
      // protocol's opening sentence names the meeting, its day and time; it is the head, not a paragraph ending it.
      (wordCount(text) >= 15 && endsSentence(text) && !(DOC_TYPE.test(text) && findDate(text))) ||
      // "•   1" ⏎ "Val av justerare": a web meeting page's first point, its number on a bullet of its own.
      /^[•·*–-]\s*\d{1,3}[.)]?$/u.test(text)
    )
      return i;
  }
  return limit;
}

/** "SAMMANTRÄDESPROTOKOLL    1 (4)", "MINNESANTECKNINGAR   Sida 1(2)": the page number printed beside the title. */
const PAGE_NUMBER =
  /\s+(?:(?:sida|sid\.?) ?\d{1,3}(?: ?\(\d{1,3}\)| av \d{1,3}| ?\/ ?\d{1,3})?|\d{1,3} ?\(\d{1,3}\))$/i;

function pickTitle(lines: readonly Line[], headerLimit: number): { title: string; lines: number[]; guessed: boolean } {
  const found = findTitle(lines, headerLimit);
  const title = found.title.length <= 2000 ? found.title.replace(PAGE_NUMBER, '') : found.title;
  return { ...found, title: title === '' ? found.title : title };
}

function findTitle(lines: readonly Line[], headerLimit: number): { title: string; lines: number[]; guessed: boolean } {
  const limit = titleLimit(lines, headerLimit);
  // Markdown minutes name their title with a level-one heading ("# Agenda & mötesanteckningar 2021-04-23").
  const markdown = lines.slice(0, limit).findIndex((l) => l.heading && /^ {0,3}# /.test(l.raw) && isTitleCandidate(l));
  if (markdown >= 0) return { ...joinWrappedTitle(lines, markdown), guessed: false };
  const tests: ((text: string) => boolean)[] = [
    (t) => DOC_TYPE.test(t) && wordCount(t) > 1,
    (t) => /möte|sammanträde/i.test(t),
    (t) => !DOC_TYPE.test(t) && !ONLY_DATE.test(t),
    (t) => !DOC_TYPE.test(t),
  ];
  for (const [k, test] of tests.entries()) {
    for (let i = 0; i < limit; i++) {
      if (isTitleCandidate(lines[i]!) && test(lines[i]!.text))
        return { ...joinWrappedTitle(lines, i), guessed: k >= 2 };
    }
  }
  return { title: '', lines: [], guessed: false };
}

const FORUM =
  /^(\p{L}+(?:rådet|nätverket|nämnden|styrelsen|gruppen|utskottet|beredningen|forumet|rådets|nätverkets|nämndens|styrelsens|gruppens|utskottets|beredningens))\b((?: för \p{Ll}+)?)/iu;

function pickBody(title: string, lines: readonly Line[], titleLines: readonly number[]): string | null {
  const words = title.split(' ');
  for (let w = 0; w < words.length; w++) {
    const m = FORUM.exec(words.slice(w).join(' '));
    if (m) return `${m[1]!.replace(/s$/, '')}${m[2]}`;
  }
  const subtitle = titleLines.length > 1 ? SUBTITLE.exec(lines[titleLines[1]!]!.text) : null;
  return subtitle ? subtitle[1]! : null;
}

/** "Organ:" ⏎ "Kommunala funktionshindersrådet.": the label naming the body, its value on the next line. */
const BODY_LABEL = /^(?:organ|nämnd|instans):$/i;

/** A web protocol's head names its body under a label of its own: the label and its value are the body, no item. */
function labelledBody(lines: readonly Line[], limit: number, consumed: Uint8Array): string | null {
  for (let i = 0; i < limit; i++) {
    if (!BODY_LABEL.test(lines[i]!.text)) continue;
    const value = nextNonBlank(lines, i + 1, Math.min(limit, i + 3));
    if (value < 0 || wordCount(lines[value]!.text) > 8 || matchLabel(lines[value]!.text)) continue;
    consumed[i] = 1;
    consumed[value] = 1;
    return lines[value]!.text.replace(/[.:]$/, '');
  }
  return null;
}

/** Header values sit at the start of their line; long lines are cut so metadata lookups stay cheap. */
function headerView(lines: readonly Line[]): Line[] {
  return lines
    .slice(0, HEADER_LINES * 4)
    .map((l) => (l.text.length > 1000 ? { ...l, text: l.text.slice(0, 1000) } : l));
}

/**
 * The head is the first HEADER_LINES lines of text: a document site's copy of a PDF puts a blank line between every two
 * lines, so counting blank lines too would end the head half-way ("Tid och plats …" below a table of contents).
 */
function headerLimit(lines: readonly Line[]): number {
  let text = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.text !== '' && ++text > HEADER_LINES) return i;
  return lines.length;
}

export function readHeader(allLines: readonly Line[], consumed: Uint8Array): HeaderFields {
  const lines = headerView(allLines);
  const limit = headerLimit(lines);
  const labels = headerLabels(lines, limit);
  const times = pickTimes(lines, limit, labels);
  const { title, lines: titleLines, guessed: titleGuessed } = pickTitle(lines, limit);
  for (const i of titleLines) consumed[i] = 1;
  for (const l of labels) if (['date', 'time', 'placeTime', 'location', 'dnr'].includes(l.kind)) consumed[l.index] = 1;
  // The page's skip link and browser notice above its content are furniture (kept in the notes by the coverage check).
  for (let i = 0, seen = 0; i < limit && seen < 6; i++) {
    if (lines[i]!.text === '') continue;
    seen++;
    if (PAGE_FURNITURE.test(lines[i]!.text)) consumed[i] = 1;
  }
  // A lone document-type word ("Protokoll") is the kind of document, read as such.
  for (let i = 0; i < limit; i++) if (DOC_TYPE.test(lines[i]!.text) && wordCount(lines[i]!.text) === 1) consumed[i] = 1;
  const bodyLabel = labelledBody(lines, limit, consumed);
  const date = pickDate(lines, limit, labels, times.line);
  const location = pickLocation(lines, limit, labels, times.line);
  return {
    title,
    body: bodyLabel ?? pickBody(title, lines, titleLines),
    date: date.value,
    startTime: times.value.start,
    endTime: times.value.end,
    location: location.value,
    diaryNumber: pickDiaryNumber(lines),
    guessed: { title: titleGuessed, date: date.guessed, startTime: times.guessed, location: location.guessed },
  };
}
