import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  formatChange,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatTime,
  parseDecimal,
  toInputText,
} from './format.ts';

describe('calendarDay', () => {
  it('gives the Swedish date, which differs from UTC just after midnight', () => {
    expect(calendarDay('2026-03-08T23:30:00Z')).toBe('2026-03-09');
  });
});

describe('formatDateTime', () => {
  it('writes Swedish time as YYYY-MM-DD HH:mm', () => {
    expect(formatDateTime('2026-03-09T13:05:00Z', 'sv')).toBe('2026-03-09 14:05');
  });

  it('follows Swedish summer time', () => {
    expect(formatDateTime('2026-07-01T08:30:00Z', 'sv')).toBe('2026-07-01 10:30');
  });

  it('uses British day-month order in English', () => {
    expect(formatDateTime('2026-03-09T13:05:00Z', 'en')).toBe('09/03/2026, 14:05');
  });
});

describe('formatLongDate', () => {
  it('names the weekday and month in the language', () => {
    expect(formatLongDate('2026-03-09T13:05:00Z', 'sv')).toBe('måndag 9 mars 2026');
    expect(formatLongDate('2026-03-09T13:05:00Z', 'en')).toBe('Monday, 9 March 2026');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma and a space as thousands separator in Swedish', () => {
    expect(formatNumber(1234.5, 'sv').replace(/\s/g, ' ')).toBe('1 234,5');
  });

  it('uses a decimal point in English', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('parseDecimal', () => {
  it.each([
    ['8,5', 8.5],
    ['8.5', 8.5],
    ['1 200', 1200],
    ['1\u00a0200,25', 1200.25],
    ['0', 0],
    ['  ', null],
    ['', null],
    ['−3', -3],
    ['8,5,1', undefined],
    ['åtta', undefined],
  ])('reads %j as %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe('formatDate, formatTime and formatChange', () => {
  it('writes Swedish dates, times and signed changes', () => {
    expect(formatDate('2020-12-29', 'sv')).toBe('2020-12-29');
    expect(formatDate('2020-12-29', 'en')).toBe('29/12/2020');
    expect(formatTime('2020-12-29T11:00:00Z', 'sv')).toBe('12:00');
    expect(formatChange(36, 'sv')).toBe('+36');
    expect(formatChange(-2.5, 'sv')).toBe('\u22122,5');
    expect(formatChange(0, 'sv')).toBe('±0');
    expect(toInputText(8.5, 'sv')).toBe('8,5');
    expect(toInputText(1200, 'sv')).toBe('1200');
  });
});
