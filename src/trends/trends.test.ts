import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

// A forum of three founding members (A region, B and C kommuner) and E, a kommun that joins while
// the third round is open; C leaves at the same moment. Two rounds lie in the past (every report
// late), the third has its deadline ahead (reports on time).
const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'C' }, { key: 'E' }, { key: 'G' }],
  forums: [
    { key: 'F', owner: 'A', members: ['A', 'B', 'C'] },
    { key: 'H', owner: 'G', members: ['G'] },
  ],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'G', roles: [{ forum: 'F', role: 'reader' }] },
    { key: 'otherCoordinator', organization: 'G', roles: [{ forum: 'H', role: 'coordinator' }] },
  ],
});

const { as } = ctx;

const future = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const forum = () => ctx.fixture.forum.F!;
const rounds: string[] = [];
const ids = { inpatients: '', tests: '' };

async function file(round: number, org: string, values: { indicatorId: string; value: number; capacity?: number }[]) {
  const url = `/api/rounds/${rounds[round]}/reports/${ctx.fixture.org[org]}`;
  const saved = await as('coordinator', 'PUT', url, {
    revision: 0,
    currentSituation: `Läget i ${org}`,
    challenges: '',
    input: '',
    strainLevel: org === 'A' ? 'critical' : 'strained',
    values,
  });
  expect(saved.status).toBe(200);
  const submitted = await as('coordinator', 'POST', `${url}/submit`, { revision: saved.body.revision });
  expect(submitted.status).toBe(200);
}

describe('trends and reporting discipline over rounds', () => {
  it('sets up three rounds, a member joining and one leaving', async () => {
    const inpatients = await as('coordinator', 'POST', `/api/forums/${forum()}/indicators`, {
      key: 'covid_inpatients',
      nameSv: 'Inneliggande med covid-19',
      nameEn: 'Covid-19 inpatients',
      unit: 'st',
      kind: 'integer',
      higherIs: 'worse',
    });
    const tests = await as('coordinator', 'POST', `/api/forums/${forum()}/indicators`, {
      key: 'tests_per_day',
      nameSv: 'Provtagning per dag',
      nameEn: 'Tests per day',
      unit: 'st',
      kind: 'capacity',
      higherIs: 'better',
      organizationKinds: ['region'],
    });
    ids.inpatients = inpatients.body.id;
    ids.tests = tests.body.id;
    for (const [start, end, deadline] of [
      ['2021-01-04', '2021-01-10', '2021-01-05'],
      ['2021-01-11', '2021-01-17', '2021-01-12'],
      ['2021-01-18', future, future],
    ]) {
      const created = await as('coordinator', 'POST', `/api/forums/${forum()}/rounds`, {
        periodStart: start,
        periodEnd: end,
        deadlineDate: deadline,
        deadlineTime: '12:00',
      });
      expect(created.status).toBe(201);
      rounds.push(created.body.id);
    }
    await file(0, 'A', [
      { indicatorId: ids.inpatients, value: 10 },
      { indicatorId: ids.tests, value: 150, capacity: 200 },
    ]);
    await file(0, 'B', [{ indicatorId: ids.inpatients, value: 5 }]);
    await file(1, 'B', [{ indicatorId: ids.inpatients, value: 7 }]);
    await file(2, 'A', [
      { indicatorId: ids.inpatients, value: 20 },
      { indicatorId: ids.tests, value: 240, capacity: 200 },
    ]);
    await file(2, 'B', [{ indicatorId: ids.inpatients, value: 3 }]);
    const changed = await as('coordinator', 'PATCH', `/api/forums/${forum()}`, {
      memberOrganizationIds: ['A', 'B', 'E'].map((k) => ctx.fixture.org[k]),
    });
    expect(changed.status).toBe(200);
  });

  it('counts each organisation only in the rounds it was a member for, so no rate exceeds 100 %', async () => {
    const { status, body } = await as('coordinator', 'GET', `/api/forums/${forum()}/reporting`);
    expect(status).toBe(200);
    expect(body.rounds.map((r: { id: string }) => r.id)).toEqual(rounds);
    const byName = Object.fromEntries(
      body.organizations.map((o: { name: string; statuses: string[] }) => [o.name, o.statuses]),
    );
    expect(byName).toEqual({
      'Org A': ['late', 'missing', 'submitted'],
      'Org B': ['late', 'late', 'submitted'],
      // E joined after the first two deadlines, C left before the third.
      'Org E': ['not_member', 'not_member', 'missing'],
      'Org C': ['missing', 'missing', 'not_member'],
    });
    expect(body.organizations[0].strainLevels).toEqual(['critical', null, 'critical']);
    expect(body.roundRates).toEqual([
      { expected: 3, reported: 2, onTime: 0, rate: 0.667, onTimeRate: 0 },
      { expected: 3, reported: 1, onTime: 0, rate: 0.333, onTimeRate: 0 },
      { expected: 3, reported: 2, onTime: 2, rate: 0.667, onTimeRate: 0.667 },
    ]);
    expect(body.total).toEqual({ expected: 9, reported: 5, onTime: 2, rate: 0.556, onTimeRate: 0.222 });
    const e = body.organizations.find((o: { name: string }) => o.name === 'Org E');
    expect(e.rates).toEqual({ expected: 1, reported: 0, onTime: 0, rate: 0, onTimeRate: 0 });
    for (const o of body.organizations) expect(o.rates.rate).toBeLessThanOrEqual(1);
  });

  it('draws an indicator over rounds with gaps as gaps, per organisation, kind and forum', async () => {
    const { status, body } = await as(
      'coordinator',
      'GET',
      `/api/forums/${forum()}/trends?indicatorId=${ids.inpatients}`,
    );
    expect(status).toBe(200);
    const a = body.organizations.find((o: { name: string }) => o.name === 'Org A');
    expect(a).toMatchObject({ values: [10, null, 20], expected: [true, true, true], capacities: null });
    expect(body.total).toMatchObject({
      method: 'sum',
      values: [15, 7, 23],
      reported: [2, 1, 2],
      expected: [3, 3, 3],
      shortfall: null,
    });
    const kommuner = body.groups.find((g: { organizationKind: string }) => g.organizationKind === 'kommun');
    expect(kommuner).toMatchObject({ values: [5, 7, 3], expected: [2, 2, 2] });
  });

  it('sets a capacity indicator against its capacity and flags a shortfall', async () => {
    const { body } = await as('coordinator', 'GET', `/api/forums/${forum()}/trends?indicatorId=${ids.tests}`);
    // Only regions report it.
    expect(body.organizations.map((o: { name: string }) => o.name)).toEqual(['Org A']);
    expect(body.total).toMatchObject({
      values: [150, null, 240],
      capacities: [200, null, 200],
      shortfall: [true, false, false],
    });
  });

  it('shows readers only published rounds and other coordinators nothing', async () => {
    const before = await as('reader', 'GET', `/api/forums/${forum()}/reporting`);
    expect(before.status).toBe(200);
    expect(before.body.rounds).toEqual([]);
    expect(before.body.total.rate).toBeNull();
    await as('coordinator', 'PATCH', `/api/rounds/${rounds[0]}`, { isPublished: true });
    const after = await as('reader', 'GET', `/api/forums/${forum()}/trends?indicatorId=${ids.inpatients}`);
    expect(after.body.rounds.map((r: { id: string }) => r.id)).toEqual([rounds[0]]);
    expect(after.body.total.values).toEqual([15]);
    const stranger = await as('otherCoordinator', 'GET', `/api/forums/${forum()}/reporting`);
    expect([403, 404]).toContain(stranger.status);
  });

  it('answers an unknown indicator or a reversed period with a clear 4xx', async () => {
    const unknown = await as(
      'coordinator',
      'GET',
      `/api/forums/${forum()}/trends?indicatorId=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
    const reversed = await as('coordinator', 'GET', `/api/forums/${forum()}/reporting?from=2021-02-01&to=2021-01-01`);
    expect(reversed.status).toBe(400);
    const ranged = await as('coordinator', 'GET', `/api/forums/${forum()}/reporting?from=2021-01-10&to=2021-01-12`);
    expect(ranged.body.rounds.map((r: { id: string }) => r.id)).toEqual([rounds[1]]);
  });
  it('judges a corrected report by its first submission and shows its latest strain and figures', async () => {
    const url = `/api/rounds/${rounds[2]}/reports/${ctx.fixture.org.B}`;
    const current = await as('coordinator', 'GET', url);
    // The correction is filed measurably later than the first submission.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const saved = await as('coordinator', 'PUT', url, {
      revision: current.body.revision,
      currentSituation: 'Rättat läge i B',
      challenges: '',
      input: '',
      strainLevel: 'very_strained',
      values: [{ indicatorId: ids.inpatients, value: 4 }],
    });
    expect(saved.status).toBe(200);
    expect((await as('coordinator', 'POST', `${url}/submit`, { revision: saved.body.revision })).status).toBe(200);

    const where = { roundId: rounds[2]!, organizationId: ctx.fixture.org.B! };
    const versions = await ctx.database.db
      .selectFrom('reportVersions')
      .select(['version', 'submittedAt'])
      .where('roundId', '=', where.roundId)
      .where('organizationId', '=', where.organizationId)
      .orderBy('version')
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const report = await ctx.database.db
      .selectFrom('reports')
      .select(['firstSubmittedAt', 'submittedStrainLevel'])
      .where('roundId', '=', where.roundId)
      .where('organizationId', '=', where.organizationId)
      .executeTakeFirstOrThrow();
    expect(new Date(report.firstSubmittedAt!).getTime()).toBe(new Date(versions[0]!.submittedAt).getTime());
    expect(new Date(report.firstSubmittedAt!).getTime()).toBeLessThan(new Date(versions[1]!.submittedAt).getTime());
    expect(report.submittedStrainLevel).toBe('very_strained');

    const reporting = await as('coordinator', 'GET', `/api/forums/${forum()}/reporting`);
    const b = reporting.body.organizations.find((o: { name: string }) => o.name === 'Org B');
    expect(b.statuses).toEqual(['late', 'late', 'submitted']);
    expect(b.strainLevels).toEqual(['strained', 'strained', 'very_strained']);
    const trend = await as('coordinator', 'GET', `/api/forums/${forum()}/trends?indicatorId=${ids.inpatients}`);
    const bTrend = trend.body.organizations.find((o: { name: string }) => o.name === 'Org B');
    expect(bTrend.values).toEqual([5, 7, 4]);
  });

  it('draws an indicator of a forum asking for more than 40 figures (kept out of the index of values)', async () => {
    const h = ctx.fixture.forum.H!;
    const created: string[] = [];
    for (let n = 1; n <= 45; n++) {
      const indicator = await as('otherCoordinator', 'POST', `/api/forums/${h}/indicators`, {
        key: `figure_${n}`,
        nameSv: `Siffra ${n}`,
        nameEn: `Figure ${n}`,
        unit: 'st',
        kind: 'integer',
        higherIs: 'worse',
      });
      expect(indicator.status).toBe(201);
      created.push(indicator.body.id);
    }
    const round = await as('otherCoordinator', 'POST', `/api/forums/${h}/rounds`, {
      periodStart: '2021-01-04',
      periodEnd: '2021-01-10',
      deadlineDate: '2021-01-05',
      deadlineTime: '12:00',
    });
    expect(round.status).toBe(201);
    const url = `/api/rounds/${round.body.id}/reports/${ctx.fixture.org.G}`;
    for (const base of [100, 200]) {
      const revision = base === 100 ? 0 : (await as('otherCoordinator', 'GET', url)).body.revision;
      const saved = await as('otherCoordinator', 'PUT', url, {
        revision,
        currentSituation: 'Läget i G',
        challenges: '',
        input: '',
        strainLevel: 'normal',
        values: created.map((indicatorId, i) => ({ indicatorId, value: base + i })),
      });
      expect(saved.status).toBe(200);
      const submitted = await as('otherCoordinator', 'POST', `${url}/submit`, { revision: saved.body.revision });
      expect(submitted.status).toBe(200);
    }
    const trend = await as('otherCoordinator', 'GET', `/api/forums/${h}/trends?indicatorId=${created[42]}`);
    expect(trend.status).toBe(200);
    // The corrected (latest) version's figure, not the first one's.
    expect(trend.body.organizations.map((o: { values: unknown[] }) => o.values)).toEqual([[242]]);
    expect(trend.body.total.values).toEqual([242]);
  });
});
