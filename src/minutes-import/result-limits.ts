import type { ZodError } from 'zod';
import { AppError } from '../platform/errors.ts';

type Path = readonly PropertyKey[];

const LISTS: Record<string, { sv: string; en: string }> = {
  items: { sv: 'punkter', en: 'items' },
  attendees: { sv: 'deltagare', en: 'attendees' },
  statusReports: { sv: 'rader i lägesrapporten', en: 'status report rows' },
  followUpMeetings: { sv: 'uppföljningsmöten', en: 'follow-up meetings' },
  decisions: { sv: 'beslut', en: 'decisions' },
  actions: { sv: 'uppdrag', en: 'tasks' },
  presenters: { sv: 'föredragande', en: 'presenters' },
};
const TEXTS: Record<string, { sv: string; en: string }> = {
  notes: { sv: 'anteckningarna', en: 'the notes' },
  title: { sv: 'rubriken', en: 'the heading' },
  current: { sv: 'nuläget', en: 'the current situation' },
  challenge: { sv: 'utmaningen', en: 'the challenge' },
  input: { sv: 'medskicket', en: 'the input' },
};

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], root);
}

/** "i punkt 3" for a path inside the third item, nothing for the document itself. */
function placeOf(root: unknown, path: Path): { sv: string; en: string } {
  if (path[0] === 'items' && typeof path[1] === 'number') {
    const number = (valueAt(root, path.slice(0, 2)) as { number?: string | null }).number ?? String(path[1] + 1);
    return { sv: ` i punkt ${number}`, en: ` in item ${number}` };
  }
  if (path[0] === 'statusReports' && typeof path[1] === 'number')
    return { sv: ` på rad ${path[1] + 1} i lägesrapporten`, en: ` in row ${path[1] + 1} of the status report` };
  if (path.length === 1 && path[0] === 'notes') return { sv: ' utanför punkterna', en: ' outside the items' };
  return { sv: '', en: '' };
}

const count = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

/** What exceeds its limit, in words: "612 punkter, högst 500", "anteckningarna i punkt 3: 61 234 tecken, högst 50 000". */
function describe(root: unknown, path: Path, maximum: number): { sv: string; en: string } {
  const value = valueAt(root, path);
  const key = String(path.at(-1));
  const place = placeOf(root, path);
  if (Array.isArray(value)) {
    const what = LISTS[key] ?? { sv: 'poster', en: 'entries' };
    return {
      sv: `${count(value.length, 'sv-SE')} ${what.sv}${place.sv}, högst ${count(maximum, 'sv-SE')}`,
      en: `${count(value.length, 'en-GB')} ${what.en}${place.en}, at most ${count(maximum, 'en-GB')}`,
    };
  }
  const length = typeof value === 'string' ? value.trim().length : 0;
  const what = TEXTS[key] ?? { sv: 'en text', en: 'a text' };
  return {
    sv: `${what.sv}${place.sv}: ${count(length, 'sv-SE')} tecken, högst ${count(maximum, 'sv-SE')}`,
    en: `${what.en}${place.en}: ${count(length, 'en-GB')} characters, at most ${count(maximum, 'en-GB')}`,
  };
}

/**
 * What the parser read of a large file can exceed what a meeting holds (500 items, 50 000 characters of notes per
 * item …). That is no fault of the person's input, so it is not answered as a validation error of fields they never
 * wrote: a 413 names the first limit exceeded and what to do. Null when no limit is exceeded.
 */
export function resultTooLarge(error: ZodError, parsed: unknown): AppError | null {
  const issues = error.issues.filter((issue) => issue.code === 'too_big');
  const first = issues[0];
  if (!first || first.code !== 'too_big') return null;
  const what = describe(parsed, first.path, Number(first.maximum));
  const more = issues.length - 1;
  const moreSv = more === 0 ? '' : more === 1 ? ' (och en gräns till)' : ` (och ${more} gränser till)`;
  const moreEn = more === 0 ? '' : more === 1 ? ' (and one more limit)' : ` (and ${more} more limits)`;
  return new AppError({
    status: 413,
    code: 'minutes.result_too_large',
    message: {
      sv: `Dokumentet är för stort för förhandsgranskning: ${what.sv}${moreSv}. Dela upp filen i mindre delar och importera dem var för sig.`,
      en: `The document is too large to preview: ${what.en}${moreEn}. Split the file into smaller parts and import them one by one.`,
    },
  });
}
