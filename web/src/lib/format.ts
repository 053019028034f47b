import type { Locale } from '@server/auth/schema.ts';
import { instantToStockholm, TIME_ZONE } from '@server/platform/time.ts';

// Everyone using Samverkan works in Sweden; showing Swedish time to all (TIME_ZONE) avoids two
// people in the same meeting reading different times for the same event.

const intlLocales: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** YYYY-MM-DD in Swedish time. */
export function calendarDay(value: Date | string): string {
  return instantToStockholm(toDate(value)).date;
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

/** A calendar day as written in the language; accepts 'YYYY-MM-DD' (no time zone) or an instant. sv: 2020-12-29 */
export function formatDate(value: Date | string, locale: Locale): string {
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : calendarDay(value);
  if (locale === 'sv') return day;
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Swedish time of day: 14:05 */
export function formatTime(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/** A change with its sign: +36, −12, ±0 */
export function formatChange(value: number, locale: Locale): string {
  if (value === 0) return `±${formatNumber(0, locale)}`;
  return new Intl.NumberFormat(intlLocales[locale], { signDisplay: 'always', maximumFractionDigits: 3 }).format(value);
}

/** sv: 80 % (from 0.8) */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/**
 * A number typed by a person: "8,5" and "8.5" are the same, spaces group thousands ("1 200").
 * Empty text is null (not reported); text that is not a number is undefined.
 */
export function parseDecimal(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return null;
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return undefined;
  return Number(compact.replace(',', '.'));
}

/** A number as a person would type it back into a field: "8,5" in Swedish, no grouping. */
export function toInputText(value: number | null, locale: Locale): string {
  if (value === null) return '';
  return new Intl.NumberFormat(intlLocales[locale], { useGrouping: false, maximumFractionDigits: 6 })
    .format(value)
    .replace('\u2212', '-');
}
