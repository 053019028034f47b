import type { Locale } from '@server/auth/schema.ts';

// Everyone using Samverkan works in Sweden; showing Swedish time to all avoids two people in the
// same meeting reading different times for the same event.
const TIME_ZONE = 'Europe/Stockholm';

const intlLocales: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** YYYY-MM-DD in Swedish time (the en-CA locale writes dates that way). */
export function calendarDay(value: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(toDate(value));
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(value: Date | string): { year: number; week: number } {
  // The calendar day in Sweden, as a UTC midnight so the arithmetic below ignores time zones.
  const day = new Date(`${calendarDay(value)}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return { year: day.getUTCFullYear(), week };
}

/** sv: 2026-03-09 14:05 */
export function formatDateTime(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/** sv: måndag 9 mars 2026 */
export function formatLongDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'full', timeZone: TIME_ZONE }).format(toDate(value));
}

/** sv: 1 234,5 */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale]).format(value);
}
