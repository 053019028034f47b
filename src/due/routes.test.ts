import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'C' }, { key: 'D', kind: 'myndighet' }],
  forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B', 'C'] }],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'other', organization: 'C', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
  ],
});

const { as } = ctx;

describe('GET /api/me/due', () => {
  it('requires a session', async () => {
    expect((await as(null, 'GET', '/api/me/due')).status).toBe(401);
  });

  it('gives each user what is theirs to do now, in one answer', async () => {
    const round = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      periodStart: '2031-05-05',
      periodEnd: '2031-05-11',
      deadlineDate: '2031-05-08',
      deadlineTime: '12:00',
    });
    expect(round.status).toBe(201);
    const meeting = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
      title: 'Månadsmöte',
      meetingDate: '2031-05-15',
      adjusters: [{ userId: ctx.fixture.user.reporter!.id }],
    });
    const next = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
      title: 'Nästa möte',
      meetingDate: '2099-06-12',
    });
    await as('coordinator', 'POST', `/api/meetings/${meeting.body.id}/hold`);
    const item = meeting.body.items[0].id;
    for (const [task, dueDate] of [
      ['Senare uppdrag', '2099-01-01'],
      ['Försenat uppdrag', '2020-01-01'],
    ]) {
      const given = await as('coordinator', 'POST', `/api/agenda-items/${item}/actions`, {
        ownerOrganizationId: ctx.fixture.org.B,
        task,
        dueDate,
        dueNextMeeting: false,
      });
      expect(given.status).toBe(200);
    }
    expect((await as('coordinator', 'POST', `/api/meetings/${meeting.body.id}/send-for-review`)).status).toBe(200);

    const reporter = await as('reporter', 'GET', '/api/me/due');
    expect(reporter.status).toBe(200);
    expect(reporter.body.reports).toEqual([
      expect.objectContaining({ roundId: round.body.id, status: 'not_started', deadline: round.body.deadline }),
    ]);
    expect(reporter.body.toApprove.map((m: { id: string }) => m.id)).toEqual([meeting.body.id]);
    expect(reporter.body.actions.map((a: { task: string; isOverdue: boolean }) => [a.task, a.isOverdue])).toEqual([
      ['Försenat uppdrag', true],
      ['Senare uppdrag', false],
    ]);
    expect(reporter.body.coordinator).toBeNull();

    const coordinator = await as('coordinator', 'GET', '/api/me/due');
    expect(coordinator.body.reports).toEqual([]);
    expect(coordinator.body.toApprove).toEqual([]);
    expect(coordinator.body.coordinator.rounds).toEqual([
      expect.objectContaining({ id: round.body.id, counts: expect.objectContaining({ members: 3, submitted: 0 }) }),
    ]);
    expect(coordinator.body.coordinator.inProgress.map((m: { id: string }) => m.id)).toEqual([meeting.body.id]);
    expect(coordinator.body.coordinator.upcoming.map((m: { id: string }) => m.id)).toEqual([next.body.id]);

    const reader = await as('reader', 'GET', '/api/me/due');
    expect(reader.body).toEqual({ reports: [], toApprove: [], actions: [], coordinator: null });
  });
});
