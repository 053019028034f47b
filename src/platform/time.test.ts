import { describe, expect, it } from 'vitest';
import { instantToStockholm, isoWeek, stockholmToInstant, weekTitle } from './time.ts';

describe('Stockholm time', () => {
  it('converts winter and summer wall-clock times to instants', () => {
    expect(stockholmToInstant('2020-12-29', '12:00').toISOString()).toBe('2020-12-29T11:00:00.000Z');
    expect(stockholmToInstant('2021-06-01', '12:00').toISOString()).toBe('2021-06-01T10:00:00.000Z');
    expect(stockholmToInstant('2021-03-28', '12:00').toISOString()).toBe('2021-03-28T10:00:00.000Z');
  });

  it('reads an instant back as Stockholm wall-clock time', () => {
    expect(instantToStockholm(new Date('2021-10-31T00:30:00Z'))).toEqual({ date: '2021-10-31', time: '02:30' });
  });

  it('numbers ISO weeks across the turn of the year', () => {
    expect(isoWeek('2020-12-29')).toEqual({ week: 53, year: 2020 });
    expect(isoWeek('2021-01-03')).toEqual({ week: 53, year: 2020 });
    expect(isoWeek('2021-01-04')).toEqual({ week: 1, year: 2021 });
    expect(weekTitle('2021-02-16')).toBe('v. 7 2021');
  });

  it.each([
    ['2026-03-09', 2026, 11],
    ['2026-01-01', 2026, 1],
    ['2020-12-31', 2020, 53],
    ['2024-12-30', 2025, 1],
    ['2027-01-01', 2026, 53],
    ['2026-12-31', 2026, 53],
  ])('puts %s in ISO week %i-%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });
});
