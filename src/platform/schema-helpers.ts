import { z } from 'zod';
import { findPersonalIdentityNumber } from './personal-number.ts';
import { findUnprintableCharacter } from './printable-text.ts';

/** The zod issue param that marks a personnummer; the HTTP layer answers it with 422. */
export const PERSONAL_NUMBER_ISSUE = 'personal_identity_number';

/** The refinement behind `freeText`, for strings with a format of their own (e-mail addresses, keys). */
export function rejectPersonalNumber(value: string, ctx: z.RefinementCtx) {
  if (findPersonalIdentityNumber(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'Contains a Swedish personal identity number',
      params: { reason: PERSONAL_NUMBER_ISSUE },
    });
  }
}

/**
 * Text the minutes could not print (docs/decisions/008): every free-text field may end up in a
 * PDF, and a character without a font would print as a box over its neighbours.
 */
export function rejectUnprintable(value: string, ctx: z.RefinementCtx) {
  if (findUnprintableCharacter(value) !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'validation.unprintable_character' });
  }
}

/**
 * Every free-text field goes through this, so a personnummer can never be stored anywhere, nor a
 * character the documents cannot print. Browser-safe: the web app reuses the same schemas for its forms.
 */
export function freeText(options: { min?: number; max?: number } = {}) {
  const { min = 0, max = 20_000 } = options;
  return z.string().trim().min(min).max(max).superRefine(rejectPersonalNumber).superRefine(rejectUnprintable);
}

/** An e-mail address that may be stored: "8507099805@region.se" is a personnummer too. */
export function emailAddress() {
  return z.email().max(320).superRefine(rejectPersonalNumber);
}

export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid().describe('Identifier') });

/**
 * Years a client may send: PostgreSQL has no year 0, ISO 8601 dates without a sign stop at 9999,
 * and Europe/Stockholm has had a whole-hour offset only since 1900 (before that, local mean time).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;
const isYearInRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

export const isoDate = z.iso.date({ abort: true }).refine((value) => isYearInRange(Number(value.slice(0, 4))), {
  message: 'validation.date_range',
  abort: true,
});
export const isoTimestamp = z.iso
  .datetime({ offset: true, abort: true })
  .refine((value) => isYearInRange(new Date(value).getUTCFullYear()), {
    message: 'validation.date_range',
    abort: true,
  });

/** PostgreSQL `integer` ends at 2^31 − 1; a larger id, revision or position is the client's error, not an overflow. */
export const INT4_MAX = 2_147_483_647;
export const int4 = z.number().int().max(INT4_MAX);
/** An integer from the query string. */
export const queryInt = z.coerce.number().int().max(INT4_MAX);

/** Why PostgreSQL cannot store a string: text never holds NUL, and UTF-8 cannot encode a lone UTF-16 surrogate. */
function unstorableReason(text: string): 'validation.nul_character' | 'validation.lone_surrogate' | undefined {
  if (text.includes('\0')) return 'validation.nul_character';
  if (/\p{Surrogate}/u.test(text)) return 'validation.lone_surrogate';
  return undefined;
}

interface Visit {
  value: unknown;
  key?: string | number;
  parent?: Visit;
}

/** Deep paths are cut short: the answer names where the text is, not every level of a hostile body. */
const MAX_PATH_LENGTH = 16;

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  path.reverse();
  return path.length > MAX_PATH_LENGTH ? [...path.slice(0, MAX_PATH_LENGTH), '…'] : path;
}

/**
 * The first string in a parsed request (a value or an object key, at any depth) that the database
 * cannot store. Iterative with parent links, so a body nested a million levels deep costs neither
 * stack nor quadratic path copies.
 */
export function findUnstorableText(input: unknown): { path: (string | number)[]; message: string } | undefined {
  const pending: Visit[] = [{ value: input }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const { value } = visit;
    if (typeof value === 'string') {
      const message = unstorableReason(value);
      if (message) return { path: pathOf(visit), message };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, key: index, parent: visit }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const message = unstorableReason(key);
        if (message) return { path: pathOf({ value: item, key, parent: visit }), message };
        pending.push({ value: item, key, parent: visit });
      }
    }
  }
  return undefined;
}

/** Refuses unstorable text anywhere in its input before the real schema sees it (pipe it into that schema). */
export const storableInput = z.unknown().superRefine((value, ctx) => {
  const found = findUnstorableText(value);
  if (found) ctx.addIssue({ code: 'custom', path: found.path, message: found.message });
});
