import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { nextScheduledDeadline, openScheduledRounds } from './service.ts';

const ctx = useTestApp();
const appUrl = 'https://samverkan.test.example';

describe('weekly round schedule', () => {
  it('finds the next deadline on the scheduled weekday in Stockholm time', () => {
    // Tuesday 2020-12-29 10:00 Stockholm: this Tuesday's 12:00 deadline is still ahead.
    const morning = nextScheduledDeadline({ weekday: 2, deadlineTime: '12:00' }, new Date('2020-12-29T09:00:00Z'));
    expect(morning).toEqual({ date: '2020-12-29', deadline: new Date('2020-12-29T11:00:00Z') });
    const afternoon = nextScheduledDeadline({ weekday: 2, deadlineTime: '12:00' }, new Date('2020-12-29T12:00:00Z'));
    expect(afternoon.date).toBe('2021-01-05');
  });

  it("opens the week's round by itself once its opening day has come, once only", async () => {
    const forumId = ctx.fixture.forum.F!;
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/forums/${forumId}/round-schedule`,
      headers: { cookie: await ctx.cookie('coordinator') },
      payload: { weekday: 2, deadlineTime: '12:00', openDaysBefore: 3, isActive: true },
    });
    expect(put.statusCode).toBe(200);
    const refused = await ctx.app.inject({
      method: 'PUT',
      url: `/api/forums/${forumId}/round-schedule`,
      headers: { cookie: await ctx.cookie('reporter') },
      payload: { weekday: 2, deadlineTime: '12:00', openDaysBefore: 3, isActive: true },
    });
    expect(refused.statusCode).toBe(403);

    const saturdayBefore = new Date('2021-01-09T08:00:00Z'); // the round for Tue 12 Jan opens Sat 9 Jan
    const friday = new Date('2021-01-08T08:00:00Z');
    expect(await openScheduledRounds(ctx.database.db, friday, appUrl)).toBe(0);
    const [first, second] = await Promise.all([
      openScheduledRounds(ctx.database.db, saturdayBefore, appUrl),
      openScheduledRounds(ctx.database.db, saturdayBefore, appUrl),
    ]);
    expect(first + second).toBe(1);
    const rounds = await ctx.database.db
      .selectFrom('rounds')
      .selectAll()
      .where('forumId', '=', forumId)
      .where('periodStart', '>=', '2021-01-01')
      .where('periodStart', '<', '2021-02-01')
      .execute();
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({
      isScheduled: true,
      title: 'v. 2 2021',
      periodStart: '2021-01-11',
      periodEnd: '2021-01-17',
      status: 'open',
    });
    expect(new Date(rounds[0]!.deadline).toISOString()).toBe('2021-01-12T11:00:00.000Z');
  });
});
