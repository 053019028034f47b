import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildApp } from '../app.ts';
import { asWebClient, statusByRole, useTestApp, type TestContext } from '../../test/app.ts';
import { countStatements } from '../../test/statement-counter.ts';

const ctx = useTestApp();

const { as } = ctx;

async function createIndicators(context: TestContext) {
  const forum = context.fixture.forum.F;
  const inpatients = await as('coordinator', 'POST', `/api/forums/${forum}/indicators`, {
    key: 'covid_inpatients',
    nameSv: 'Inneliggande med covid-19',
    nameEn: 'Covid-19 inpatients',
    unit: 'st',
    kind: 'integer',
    maxValue: 5000,
    higherIs: 'worse',
  });
  const sickLeave = await as('coordinator', 'POST', `/api/forums/${forum}/indicators`, {
    key: 'staff_sick_leave',
    nameSv: 'Sjukfrånvaro personal',
    nameEn: 'Staff sick leave',
    unit: '%',
    kind: 'percent',
    higherIs: 'worse',
  });
  const tests = await as('coordinator', 'POST', `/api/forums/${forum}/indicators`, {
    key: 'tests_per_day',
    nameSv: 'Provtagning per dag mot utlovad kapacitet',
    nameEn: 'Tests per day against capacity',
    unit: 'st',
    kind: 'capacity',
    higherIs: 'better',
    organizationKinds: ['region'],
  });
  // Another forum's indicator: never a value of forum F's reports.
  const otherForums = await as('otherCoordinator', 'POST', `/api/forums/${context.fixture.forum.G}/indicators`, {
    key: 'covid_inpatients',
    nameSv: 'Inneliggande med covid-19',
    nameEn: 'Covid-19 inpatients',
    unit: 'st',
    kind: 'integer',
    higherIs: 'worse',
  });
  return {
    inpatients: inpatients.body.id as string,
    sickLeave: sickLeave.body.id as string,
    tests: tests.body.id as string,
    otherForums: otherForums.body.id as string,
  };
}

function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

describe('the report lifecycle', () => {
  let ids: Awaited<ReturnType<typeof createIndicators>>;
  let roundId: string;
  let previousRoundId: string;
  const reportUrl = (org: string, round = roundId) => `/api/rounds/${round}/reports/${ctx.fixture.org[org]}`;

  it('lets only coordinators define indicators', async () => {
    ids = await createIndicators(ctx);
    expect(Object.values(ids).every(Boolean)).toBe(true);
    const payload = { key: 'x', nameSv: 'Xx', nameEn: 'Xx', kind: 'integer', higherIs: 'worse' };
    expect(
      await statusByRole(
        ctx,
        () => ({ method: 'POST', url: `/api/forums/${ctx.fixture.forum.F}/indicators`, payload }),
        ['reporter', 'reader', 'otherCoordinator'],
      ),
    ).toEqual({
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
    const duplicate = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/indicators`, {
      ...payload,
      key: 'covid_inpatients',
    });
    expect(duplicate.status).toBe(409);
  });

  it('opens rounds with a Stockholm deadline; only coordinators may', async () => {
    const previous = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      periodStart: '2020-12-21',
      periodEnd: '2020-12-27',
      deadlineDate: '2020-12-22',
      deadlineTime: '12:00',
    });
    expect(previous.status).toBe(201);
    expect(previous.body).toMatchObject({
      title: 'v. 52 2020',
      deadline: '2020-12-22T11:00:00.000Z',
      status: 'open',
      counts: { members: 2, submitted: 0, missing: 2 },
    });
    previousRoundId = previous.body.id;
    const current = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      title: 'Vecka 53',
      periodStart: '2020-12-28',
      periodEnd: tomorrow(),
      deadlineDate: tomorrow(),
      deadlineTime: '12:00',
    });
    roundId = current.body.id;
    expect(
      await statusByRole(
        ctx,
        () => ({
          method: 'POST',
          url: `/api/forums/${ctx.fixture.forum.F}/rounds`,
          payload: {
            periodStart: '2021-01-04',
            periodEnd: '2021-01-10',
            deadlineDate: '2021-01-05',
            deadlineTime: '12:00',
          },
        }),
        ['reporter', 'reader'],
      ),
    ).toMatchObject({ reporter: 403, reader: 403 });
    const sameWeek = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      periodStart: '2020-12-28',
      periodEnd: '2021-01-03',
      deadlineDate: '2020-12-29',
      deadlineTime: '12:00',
    });
    expect(sameWeek.status).toBe(409);
  });

  it("files last week's report late, on time being past the deadline", async () => {
    const saved = await as('reporter', 'PUT', reportUrl('B', previousRoundId), {
      revision: 0,
      currentSituation: 'Stabilt läge.',
      challenges: '',
      input: '',
      strainLevel: 'normal',
      values: [
        { indicatorId: ids.inpatients, value: 4 },
        { indicatorId: ids.sickLeave, value: 5 },
      ],
    });
    expect(saved.status).toBe(200);
    const submitted = await as('reporter', 'POST', `${reportUrl('B', previousRoundId)}/submit`, {
      revision: saved.body.revision,
    });
    expect(submitted.body.versions).toEqual([
      expect.objectContaining({ version: 1, isLate: true, onBehalf: false, submittedByName: 'User reporter' }),
    ]);
  });

  it('shows a reporter only the indicators that apply to their kind of organisation', async () => {
    const report = await as('reporter', 'GET', reportUrl('B'));
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      revision: 0,
      id: null,
      permissions: { canEdit: true, isOwn: true },
      hasPreviousReport: true,
      organizationName: 'Org B',
    });
    expect(report.body.indicators.map((i: { key: string }) => i.key)).toEqual(['covid_inpatients', 'staff_sick_leave']);
  });

  it("asks for the forum's indicators as they are now: changed, reordered, deactivated", async () => {
    // The forum keeps its active indicators as a list that triggers build (migration 2026-12-01T0500).
    type Listed = { id: string; key: string; position: number };
    const forumList = async (): Promise<Listed[]> =>
      (await as('coordinator', 'GET', `/api/forums/${ctx.fixture.forum.F}/indicators`)).body;
    const asked = async (): Promise<Listed[]> => (await as('coordinator', 'GET', reportUrl('A'))).body.indicators;
    const before = await forumList();
    expect(await asked()).toEqual(before);
    const inpatients = before.find((i) => i.id === ids.inpatients)!;
    await as('coordinator', 'PATCH', `/api/indicators/${ids.inpatients}`, { position: 900, nameSv: 'Inneliggande nu' });
    await as('coordinator', 'PATCH', `/api/indicators/${ids.tests}`, { isActive: false });
    const changed = await asked();
    expect(changed).toEqual(await forumList());
    expect(changed.map((i) => i.key)).toEqual(['staff_sick_leave', 'covid_inpatients']);
    expect(changed[1]).toMatchObject({ nameSv: 'Inneliggande nu', position: 900 });
    await as('coordinator', 'PATCH', `/api/indicators/${ids.tests}`, { isActive: true });
    await as('coordinator', 'PATCH', `/api/indicators/${ids.inpatients}`, {
      position: inpatients.position,
      nameSv: 'Inneliggande med covid-19',
    });
    expect(await asked()).toEqual(before);
  });

  it('saves drafts, and refuses a stale save with 409 naming who changed it, losing nothing', async () => {
    const first = await as('reporter', 'PUT', reportUrl('B'), {
      revision: 0,
      currentSituation: 'Ökat tryck.\n- Många sjukskrivna',
      challenges: 'Bemanning',
      input: '',
      strainLevel: null,
      values: [{ indicatorId: ids.inpatients, value: 0 }],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      revision: 1,
      submittedVersion: 0,
      hasUnsubmittedChanges: true,
      updatedByName: 'User reporter',
    });
    expect(first.body.values).toContainEqual({ indicatorId: ids.inpatients, value: 0, capacity: null });
    expect(first.body.values).toContainEqual({ indicatorId: ids.sickLeave, value: null, capacity: null });

    const coordinatorEdit = await as('coordinator', 'PUT', reportUrl('B'), {
      ...first.body,
      revision: 1,
      currentSituation: 'Samordnarens text',
      values: [],
    });
    expect(coordinatorEdit.status).toBe(200);
    const stale = await as('reporter', 'PUT', reportUrl('B'), {
      revision: 1,
      currentSituation: 'Min text',
      challenges: '',
      input: '',
      strainLevel: 'strained',
      values: [],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('reports.conflict');
    expect(stale.body.detail).toMatch(/ändrats av User coordinator \d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2}/);
    // A save at revision 0 may only create the report (a statement of its own): this one exists.
    const asIfNew = await as('reporter', 'PUT', reportUrl('B'), {
      revision: 0,
      currentSituation: 'Min första text',
      challenges: '',
      input: '',
      strainLevel: 'strained',
      values: [],
    });
    expect(asIfNew.status).toBe(409);
    expect(asIfNew.body.detail).toMatch(/ändrats av User coordinator/);
    const current = await as('reporter', 'GET', reportUrl('B'));
    expect(current.body).toMatchObject({ revision: 2, currentSituation: 'Samordnarens text' });
    const entries = await ctx.database.db
      .selectFrom('auditLog')
      .select(['actorName', 'before'])
      .where('entityId', '=', current.body.id)
      .orderBy('at')
      .execute();
    // The first save's entry (nothing before it) and the coordinator's; the refused saves wrote none.
    expect(entries).toEqual([
      { actorName: 'User reporter', before: null },
      { actorName: 'User coordinator', before: expect.objectContaining({ revision: 1 }) },
    ]);
  });

  it('validates each value with a message naming the indicator and its range, writing nothing', async () => {
    const base = { revision: 2, currentSituation: 'x', challenges: '', input: '', strainLevel: 'strained' };
    const tooHigh = await as('reporter', 'PUT', reportUrl('B'), {
      ...base,
      values: [{ indicatorId: ids.sickLeave, value: 140 }],
    });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.errors).toEqual([
      { path: 'body.values.0.value', message: 'Sjukfrånvaro personal: värdet måste vara mellan 0 och 100 %.' },
    ]);
    const fraction = await as('reporter', 'PUT', reportUrl('B'), {
      ...base,
      values: [{ indicatorId: ids.inpatients, value: 2.5 }],
    });
    expect(fraction.body.errors[0].message).toBe('Inneliggande med covid-19: ange ett heltal.');
    const foreign = await as('reporter', 'PUT', reportUrl('B'), {
      ...base,
      values: [{ indicatorId: ids.tests, value: 10 }],
    });
    expect(foreign.status).toBe(422);
    const otherForums = await as('reporter', 'PUT', reportUrl('B'), {
      ...base,
      values: [{ indicatorId: ids.otherForums, value: 10 }],
    });
    expect(otherForums.status).toBe(422);
    expect(otherForums.body.errors).toEqual([
      {
        path: 'body.values.0.indicatorId',
        message: 'Indikatorn finns inte eller gäller inte den här organisationen.',
      },
    ]);
    const personal = await as('reporter', 'PUT', reportUrl('B'), {
      ...base,
      challenges: 'Patient 811218-9876 smittad',
      values: [],
    });
    expect(personal.status).toBe(422);
    expect(personal.body.errors[0].path).toBe('body.challenges');
    expect((await as('reporter', 'GET', reportUrl('B'))).body.revision).toBe(2);
  });

  it('refuses to submit an incomplete report, then submits version 1 on time', async () => {
    const draft = await as('reporter', 'PUT', reportUrl('B'), {
      revision: 2,
      currentSituation: 'Ökat tryck på hemtjänsten.',
      challenges: 'Bemanning i helgen',
      input: 'Tydligare rutiner för smittspårning',
      strainLevel: null,
      values: [
        { indicatorId: ids.inpatients, value: 7 },
        { indicatorId: ids.sickLeave, value: 8.5 },
      ],
    });
    const incomplete = await as('reporter', 'POST', `${reportUrl('B')}/submit`, { revision: draft.body.revision });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.strainLevel']);
    const ready = await as('reporter', 'PUT', reportUrl('B'), { ...draft.body, strainLevel: 'very_strained' });
    const stale = await as('reporter', 'POST', `${reportUrl('B')}/submit`, { revision: draft.body.revision });
    expect(stale.status).toBe(409);
    const submitted = await as('reporter', 'POST', `${reportUrl('B')}/submit`, { revision: ready.body.revision });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ submittedVersion: 1, hasUnsubmittedChanges: false });
    expect(submitted.body.versions[0]).toMatchObject({ version: 1, isLate: false });
    // Read in the submit's one statement with the context: last week's report, filed above.
    expect(submitted.body).toMatchObject({
      hasPreviousReport: true,
      previousReport: { roundTitle: 'v. 52 2020', version: 1 },
    });
    const again = await as('reporter', 'POST', `${reportUrl('B')}/submit`, { revision: ready.body.revision });
    expect(again.status).toBe(409);
  });

  it('keeps every version on amendment and shows the differences', async () => {
    const current = (await as('reporter', 'GET', reportUrl('B'))).body;
    const amended = await as('reporter', 'PUT', reportUrl('B'), {
      ...current,
      currentSituation: 'Mycket ökat tryck på hemtjänsten.',
      values: [
        { indicatorId: ids.inpatients, value: 9 },
        { indicatorId: ids.sickLeave, value: 8.5 },
      ],
    });
    expect(amended.body.hasUnsubmittedChanges).toBe(true);
    const v2 = await as('reporter', 'POST', `${reportUrl('B')}/submit`, { revision: amended.body.revision });
    expect(v2.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    // Version 1 and its values stepped back: only version 2 counts in the lägesbild.
    const { db } = ctx.database;
    const latest = await db
      .selectFrom('reportVersions')
      .select('version')
      .where('reportId', '=', v2.body.id)
      .where('isLatest', '=', true)
      .execute();
    expect(latest).toEqual([{ version: 2 }]);
    // Each version keeps its own values.
    const filedValues = await sql<{ version: number; value: number }>`
      select v.version, u.indicator_id, u.value::float8 as value, u.capacity
      from report_versions v cross join lateral unnest(v.indicator_ids, v.indicator_values, v.indicator_capacities)
        as u(indicator_id, value, capacity)
      where v.report_id = ${v2.body.id} order by v.version, u.value`.execute(db);
    expect(filedValues.rows).toEqual([
      { version: 1, indicatorId: ids.inpatients, value: 7, capacity: null },
      { version: 1, indicatorId: ids.sickLeave, value: 8.5, capacity: null },
      { version: 2, indicatorId: ids.sickLeave, value: 8.5, capacity: null },
      { version: 2, indicatorId: ids.inpatients, value: 9, capacity: null },
    ]);
    const diff = await as('reporter', 'GET', `${reportUrl('B')}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    const situation = diff.body.fields.find((f: { field: string }) => f.field === 'currentSituation');
    expect(situation.changed).toBe(true);
    expect(
      situation.parts.filter((p: { added: boolean }) => p.added).map((p: { value: string }) => p.value.trim()),
    ).toContain('Mycket ökat');
    expect(diff.body.fields.find((f: { field: string }) => f.field === 'challenges').changed).toBe(false);
    expect(diff.body.values).toEqual([
      { indicatorId: ids.inpatients, before: 7, after: 9, beforeCapacity: null, afterCapacity: null },
    ]);
  });

  it("keeps a filed version's values to its forum's indicators and unchanged, and an indicator with filed values in place", async () => {
    // The values are checked by a trigger, without locking the rows every reporter shares (migrations
    // 2026-11-30T1840 and 2026-12-01T0100).
    const raw = ctx.database.db.withoutPlugins();
    const filed = (await as('reporter', 'GET', reportUrl('B'))).body;
    const fileVersion3 = (indicatorIds: string[], figures: (number | null)[], capacities: (number | null)[]) =>
      sql`insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges,
          input, strain_level, submitted_at, submitted_by, is_latest, indicator_ids, indicator_values, indicator_capacities)
        select report_id, 3, round_id, organization_id, '', '', '', 'normal', now(), submitted_by, false,
          ${`{${indicatorIds.join(',')}}`}::uuid[], ${`{${figures.map((x) => x ?? 'NULL').join(',')}}`}::numeric[],
          ${`{${capacities.map((x) => x ?? 'NULL').join(',')}}`}::numeric[]
        from report_versions where report_id = ${filed.id} and version = 1`.execute(raw);
    const notTheForums = /an indicator is not one of the round's forum, or comes twice/;
    await expect(fileVersion3([ids.otherForums], [1], [null])).rejects.toThrow(notTheForums);
    await expect(fileVersion3([crypto.randomUUID()], [1], [null])).rejects.toThrow(notTheForums);
    await expect(fileVersion3([ids.inpatients, ids.inpatients], [1, 2], [null, null])).rejects.toThrow(notTheForums);
    await expect(fileVersion3([ids.inpatients], [null], [null])).rejects.toThrow(/report_versions_values_check/);
    await expect(fileVersion3([ids.inpatients], [1, 2], [null])).rejects.toThrow(/report_versions_values_check/);
    const versions = await sql`select version from report_versions where report_id = ${filed.id}`.execute(raw);
    expect(versions.rows).toHaveLength(2);
    await expect(
      sql`update report_versions set indicator_values = '{}', indicator_ids = '{}', indicator_capacities = '{}'
        where report_id = ${filed.id}`.execute(raw),
    ).rejects.toThrow(/keeps its values/);
    await expect(sql`delete from indicators where id = ${ids.inpatients}`.execute(raw)).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      sql`update indicators set id = gen_random_uuid() where id = ${ids.inpatients}`.execute(raw),
    ).rejects.toThrow(/never deleted/);
    // A version names its report's own round and organisation.
    await expect(
      sql`insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges,
          input, strain_level, submitted_at, submitted_by)
        select ${filed.id}, 99, ${previousRoundId}, organization_id, '', '', '', 'normal', now(), submitted_by
        from report_versions where report_id = ${filed.id} and version = 1`.execute(raw),
    ).rejects.toThrow(/report_versions_report_scope_fkey/);
  });

  it('lets a reporter write only their own organisation; readers write nothing', async () => {
    const payload = {
      revision: 0,
      currentSituation: 'x',
      challenges: '',
      input: '',
      strainLevel: 'normal',
      values: [],
    };
    expect(
      await statusByRole(ctx, () => ({ method: 'PUT', url: reportUrl('A'), payload }), [
        'reporter',
        'reader',
        'otherCoordinator',
      ]),
    ).toEqual({
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
    expect((await as('reader', 'GET', reportUrl('B'))).status).toBe(403);
    const nonMember = await as('coordinator', 'GET', `/api/rounds/${roundId}/reports/${ctx.fixture.org.C}`);
    expect(nonMember.status).toBe(422);
  });

  it('records a coordinator filing on behalf of an organisation', async () => {
    const draft = await as('coordinator', 'PUT', reportUrl('A'), {
      revision: 0,
      currentSituation: 'Rapporterat muntligt på mötet.',
      challenges: '',
      input: '',
      strainLevel: 'strained',
      values: [
        { indicatorId: ids.inpatients, value: 31 },
        { indicatorId: ids.tests, value: 1200, capacity: 1500 },
      ],
    });
    const submitted = await as('coordinator', 'POST', `${reportUrl('A')}/submit`, { revision: draft.body.revision });
    expect(submitted.body.versions[0]).toMatchObject({ onBehalf: true, submittedByName: 'User coordinator' });
  });

  it('builds the lägesbild from the filed reports, with totals, medians and the change since last round', async () => {
    const { status, body } = await as('coordinator', 'GET', `/api/rounds/${roundId}/overview`);
    expect(status).toBe(200);
    expect(body.round.counts).toEqual({ members: 2, submitted: 2, late: 0, missing: 0 });
    // v. 52 2020 ends the day before this round starts, but only Org B reported then.
    expect(body.previousRound).toEqual({
      id: previousRoundId,
      title: 'v. 52 2020',
      periodStart: '2020-12-21',
      periodEnd: '2020-12-27',
      isPreviousPeriod: true,
      reportedBoth: 1,
      reportedOnlyNow: 1,
      reportedOnlyBefore: 0,
      isComparable: false,
    });
    expect(body.rows.map((r: { previous: unknown; strainChange: unknown }) => [r.previous, r.strainChange])).toEqual([
      [{ status: 'missing', strainLevel: null }, null],
      [{ status: 'late', strainLevel: 'normal' }, 'worse'],
    ]);
    expect(
      body.rows.map(
        (r: { organizationName: string; status: string; strainLevel: string; version: number; onBehalf: boolean }) => [
          r.organizationName,
          r.status,
          r.strainLevel,
          r.version,
          r.onBehalf,
        ],
      ),
    ).toEqual([
      ['Org A', 'submitted', 'strained', 1, true],
      ['Org B', 'submitted', 'very_strained', 2, false],
    ]);
    expect(body.rows[1]).toMatchObject({
      currentSituation: 'Mycket ökat tryck på hemtjänsten.',
      challenges: 'Bemanning i helgen',
      input: 'Tydligare rutiner för smittspårning',
    });
    expect(body.strainCounts).toEqual({ normal: 0, strained: 1, very_strained: 1, critical: 0 });
    const byKey = (key: string) => body.indicators.find((i: { indicator: { key: string } }) => i.indicator.key === key);
    expect(byKey('covid_inpatients').total).toMatchObject({
      method: 'sum',
      value: 40,
      reported: 2,
      expected: 2,
      previousValue: 4,
      // Like for like: only Org B reported in both rounds (4 then, 9 now), not 40 against 4.
      comparedOver: 1,
      change: 5,
      direction: 'up',
      assessment: 'worse',
    });
    expect(byKey('covid_inpatients').previousValues).toEqual([null, 4]);
    expect(byKey('covid_inpatients').groups).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organizationKind: 'kommun', value: 9 }),
        expect.objectContaining({ organizationKind: 'region', value: 31 }),
      ]),
    );
    expect(byKey('staff_sick_leave').total).toMatchObject({
      method: 'median',
      value: 8.5,
      reported: 1,
      previousValue: 5,
      direction: 'up',
    });
    expect(byKey('tests_per_day').total).toMatchObject({
      value: 1200,
      capacity: 1500,
      expected: 1,
      previousValue: null,
      direction: null,
    });
    expect(byKey('tests_per_day')).toMatchObject({ values: [1200, null], capacities: [1500, null] });
    expect(byKey('staff_sick_leave')).toMatchObject({ values: [null, 8.5], capacities: null });
  });

  it('marks missing organisations explicitly', async () => {
    const { body } = await as('coordinator', 'GET', `/api/rounds/${previousRoundId}/overview`);
    expect(body.rows.map((r: { organizationName: string; status: string }) => [r.organizationName, r.status])).toEqual([
      ['Org A', 'missing'],
      ['Org B', 'late'],
    ]);
    expect(body.round.counts).toMatchObject({ submitted: 1, late: 1, missing: 1 });
  });

  it('changing an indicator never rewrites values already filed', async () => {
    const changed = await as('coordinator', 'PATCH', `/api/indicators/${ids.inpatients}`, {
      nameSv: 'Inneliggande covid',
      maxValue: 5,
    });
    expect(changed.status).toBe(200);
    const { body } = await as('coordinator', 'GET', `/api/rounds/${roundId}/overview`);
    const inpatients = body.indicators.find((i: { indicator: { id: string } }) => i.indicator.id === ids.inpatients);
    expect(inpatients.indicator.nameSv).toBe('Inneliggande covid');
    expect(inpatients.values).toEqual([31, 9]);
    await as('coordinator', 'PATCH', `/api/indicators/${ids.inpatients}`, { maxValue: 5000 });
  });

  it('shows readers the lägesbild only once it is published', async () => {
    expect((await as('reader', 'GET', `/api/rounds/${roundId}/overview`)).status).toBe(403);
    expect((await as('reporter', 'GET', `/api/rounds/${roundId}/overview`)).status).toBe(200);
    expect((await as('otherCoordinator', 'GET', `/api/rounds/${roundId}/overview`)).status).toBe(403);
    expect((await as('reporter', 'PATCH', `/api/rounds/${roundId}`, { isPublished: true })).status).toBe(403);
    await as('coordinator', 'PATCH', `/api/rounds/${roundId}`, { isPublished: true });
    expect((await as('reader', 'GET', `/api/rounds/${roundId}/overview`)).status).toBe(200);
  });

  it('writes the summering with a conflict check', async () => {
    const first = await as('coordinator', 'PUT', `/api/rounds/${roundId}/summary`, {
      summary: 'Ansträngt läge.\n- Hemtjänsten behöver stöd',
      expectedUpdatedAt: null,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      summary: 'Ansträngt läge.\n- Hemtjänsten behöver stöd',
      summaryUpdatedByName: 'User coordinator',
    });
    const stale = await as('admin', 'PUT', `/api/rounds/${roundId}/summary`, {
      summary: 'Annat',
      expectedUpdatedAt: null,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toContain('User coordinator');
    expect(
      (
        await as('reader', 'PUT', `/api/rounds/${roundId}/summary`, {
          summary: 'x',
          expectedUpdatedAt: first.body.summaryUpdatedAt,
        })
      ).status,
    ).toBe(403);
  });

  it('"inget nytt" starts the next draft from the previous report', async () => {
    const next = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      periodStart: '2030-01-07',
      periodEnd: '2030-01-13',
      deadlineDate: '2030-01-08',
      deadlineTime: '12:00',
    });
    const copied = await as(
      'reporter',
      'POST',
      `/api/rounds/${next.body.id}/reports/${ctx.fixture.org.B}/copy-previous`,
      { revision: 0 },
    );
    expect(copied.status).toBe(200);
    expect(copied.body).toMatchObject({
      revision: 1,
      currentSituation: 'Mycket ökat tryck på hemtjänsten.',
      strainLevel: 'very_strained',
      submittedVersion: 0,
    });
    expect(copied.body.values).toContainEqual({ indicatorId: ids.inpatients, value: 9, capacity: null });
    // The report it copies is named: its round, version and when it was submitted.
    expect(copied.body.previousReport).toMatchObject({ roundTitle: 'Vecka 53', version: 2 });
    expect(Date.now() - Date.parse(copied.body.previousReport.submittedAt)).toBeLessThan(3_600_000);

    // Years lie between the two rounds and nobody has reported yet: the lägesbild says so rather
    // than drawing a change.
    const { body } = await as('coordinator', 'GET', `/api/rounds/${next.body.id}/overview`);
    expect(body.previousRound).toMatchObject({
      id: roundId,
      isPreviousPeriod: false,
      reportedBoth: 0,
      reportedOnlyBefore: 2,
      isComparable: false,
    });
    expect(body.rows[1]).toMatchObject({
      status: 'missing',
      previous: { status: 'submitted', strainLevel: 'very_strained' },
      strainChange: null,
    });
    const inpatients = body.indicators.find(
      (i: { indicator: { key: string } }) => i.indicator.key === 'covid_inpatients',
    );
    expect(inpatients.total).toMatchObject({ value: null, previousValue: 40, comparedOver: 0, change: null });
  });

  it('queues reminders to the reporters of missing organisations', async () => {
    const next = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      periodStart: '2030-02-04',
      periodEnd: '2030-02-10',
      deadlineDate: '2030-02-05',
      deadlineTime: '12:00',
    });
    expect((await as('reporter', 'POST', `/api/rounds/${next.body.id}/reminders`, {})).status).toBe(403);
    const sent = await as('coordinator', 'POST', `/api/rounds/${next.body.id}/reminders`, {
      message: 'Vi behöver siffrorna före mötet.',
    });
    expect(sent.body).toEqual({ queued: 1, organizationsWithoutReporter: ['Org A'] });
    // The round's mails list its opening too (src/rounds); the reminder is the one of its kind.
    const outbox = await as('coordinator', 'GET', `/api/rounds/${next.body.id}/reminders`);
    const reminders = outbox.body.filter((m: { kind: string }) => m.kind === 'report_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ toEmail: 'reporter@test.example', organizationName: 'Org B', sentAt: null });
    expect(reminders[0].subject).toContain('Påminnelse');
    expect(reminders[0].body).toContain('Vi behöver siffrorna före mötet.');
    expect(reminders[0].body).toContain('2030-02-05 kl. 12:00');
  });

  it('refuses every write once the round is closed', async () => {
    const current = (await as('reporter', 'GET', reportUrl('B'))).body;
    await as('coordinator', 'PATCH', `/api/rounds/${roundId}`, { status: 'closed' });
    const refused = await as('reporter', 'PUT', reportUrl('B'), { ...current });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('rounds.closed');
    expect((await as('reporter', 'GET', reportUrl('B'))).body).toMatchObject({
      permissions: { canEdit: false, isOwn: true },
      revision: current.revision,
    });
  });
});

describe('the audit log of a report', () => {
  it('keeps one entry per editing session: autosaves extend it, a submit or another person starts a new one', async () => {
    const round = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      title: 'Vecka 10 2031',
      periodStart: '2031-03-03',
      periodEnd: '2031-03-09',
      deadlineDate: '2031-03-04',
      deadlineTime: '12:00',
    });
    expect(round.status).toBe(201);
    const url = `/api/rounds/${round.body.id}/reports/${ctx.fixture.org.B}`;
    let report = (await as('reporter', 'GET', url)).body;
    const save = async (role: string, currentSituation: string) => {
      const saved = await as(role, 'PUT', url, {
        revision: report.revision,
        currentSituation,
        challenges: '',
        input: '',
        strainLevel: 'strained',
        values: [],
      });
      expect(saved.status).toBe(200);
      report = saved.body;
    };
    const entries = () =>
      ctx.database.db
        .selectFrom('auditLog')
        .select(['action', 'actorName', 'before', 'after'])
        .where('entityId', '=', report.id)
        .orderBy('at')
        .execute();

    for (const text of ['Läget', 'Läget är', 'Läget är ansträngt']) await save('reporter', text);
    expect(report.revision).toBe(3);
    expect(await entries()).toEqual([
      {
        action: 'save_draft',
        actorName: 'User reporter',
        before: null,
        after: expect.objectContaining({ currentSituation: 'Läget är ansträngt', revision: 3 }),
      },
    ]);

    const submitted = await as('reporter', 'POST', `${url}/submit`, { revision: report.revision });
    expect(submitted.body.versions).toEqual([
      expect.objectContaining({ version: 1, submittedByName: 'User reporter' }),
    ]);
    await save('reporter', 'Läget är ansträngt, men bättre');
    await save('reporter', 'Läget är ansträngt, men bättre i dag');
    await save('coordinator', 'Samordnarens rättelse');
    await save('reporter', 'Rapportörens svar');
    const log = await entries();
    expect(log.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['save_draft', 'User reporter'],
      ['submit', 'User reporter'],
      ['save_draft', 'User reporter'],
      ['save_draft', 'User coordinator'],
      ['save_draft', 'User reporter'],
    ]);
    // The second session runs from what was submitted to its last save.
    expect(log[2]).toMatchObject({
      before: { currentSituation: 'Läget är ansträngt', revision: 3 },
      after: { currentSituation: 'Läget är ansträngt, men bättre i dag', revision: 5 },
    });
    expect(report).toMatchObject({ revision: 7, submittedVersion: 1, hasUnsubmittedChanges: true });
  });

  it('writes one of several saves or submits of the same revision sent at once, and refuses the others with 409', async () => {
    const round = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      title: 'Vecka 11 2031',
      periodStart: '2031-03-10',
      periodEnd: '2031-03-16',
      deadlineDate: '2031-03-11',
      deadlineTime: '12:00',
    });
    const url = `/api/rounds/${round.body.id}/reports/${ctx.fixture.org.B}`;
    const indicator = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/indicators`, {
      key: 'free_beds_at_once',
      nameSv: 'Lediga vårdplatser',
      nameEn: 'Free beds',
      unit: 'st',
      kind: 'integer',
      higherIs: 'better',
    });
    const draft = (revision: number, currentSituation: string) => ({
      revision,
      currentSituation,
      challenges: '',
      input: '',
      strainLevel: 'critical',
      values: [{ indicatorId: indicator.body.id, value: 7 }],
    });
    const statuses = (answers: { status: number }[]) => answers.map((a) => a.status).sort();
    const auditActions = async (reportId: string) =>
      (
        await ctx.database.db
          .selectFrom('auditLog')
          .select('action')
          .where('entityId', '=', reportId)
          .orderBy('at')
          .execute()
      ).map((entry) => entry.action);

    const firstSaves = await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((text) => as('reporter', 'PUT', url, draft(0, `Läge ${text}`))),
    );
    expect(statuses(firstSaves)).toEqual([200, 409, 409, 409, 409, 409]);
    const saved = firstSaves.find((a) => a.status === 200)!.body;
    const saves = await Promise.all(
      ['g', 'h', 'i', 'j'].map((text) => as('reporter', 'PUT', url, draft(1, `Läge ${text}`))),
    );
    expect(statuses(saves)).toEqual([200, 409, 409, 409]);
    const current = saves.find((a) => a.status === 200)!.body;
    expect((await as('reporter', 'GET', url)).body).toMatchObject({
      revision: 2,
      currentSituation: current.currentSituation,
    });
    expect(await auditActions(saved.id)).toEqual(['save_draft']);

    const submits = await Promise.all(
      [1, 2, 3, 4, 5].map(() => as('reporter', 'POST', `${url}/submit`, { revision: 2 })),
    );
    expect(statuses(submits)).toEqual([200, 409, 409, 409, 409]);
    const versions = await ctx.database.db
      .selectFrom('reportVersions')
      .select(['version', 'currentSituation'])
      .where('reportId', '=', saved.id)
      .execute();
    expect(versions).toEqual([{ version: 1, currentSituation: current.currentSituation }]);
    const values = await ctx.database.db
      .selectFrom('reportVersions')
      .select(['version', 'indicatorIds', sql<number[]>`indicator_values::float8[]`.as('indicatorValues')])
      .where('reportId', '=', saved.id)
      .execute();
    expect(values).toEqual([{ version: 1, indicatorIds: [indicator.body.id], indicatorValues: [7] }]);
    expect(await auditActions(saved.id)).toEqual(['save_draft', 'submit']);
  });
});

describe('the round trips of a filing', () => {
  it('reads the session and the report in one statement, then writes in one: two per draft save, two per submit', async () => {
    const round = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      title: 'Vecka 12 2031',
      periodStart: '2031-03-17',
      periodEnd: '2031-03-23',
      deadlineDate: '2031-03-18',
      deadlineTime: '12:00',
    });
    expect(round.status).toBe(201);
    const counter = countStatements(ctx.database.db);
    const counted = asWebClient(
      await buildApp({
        config: ctx.config,
        database: { ...ctx.database, db: counter.db },
        logger: false,
        serveWeb: false,
      }),
    );
    try {
      const url = `/api/rounds/${round.body.id}/reports/${ctx.fixture.org.B}`;
      const headers = { cookie: await ctx.cookie('reporter') };
      const send = async (method: 'PUT' | 'POST', path: string, payload: object) => {
        counter.take();
        const response = await counted.inject({ method, url: path, headers, payload });
        expect(response.statusCode).toBe(200);
        return { statements: counter.take(), revision: response.json().revision as number };
      };
      const draft = { currentSituation: 'Läget', challenges: '', input: '', strainLevel: 'normal', values: [] };
      const first = await send('PUT', url, { ...draft, revision: 0 });
      const second = await send('PUT', url, { ...draft, revision: first.revision });
      const submitted = await send('POST', `${url}/submit`, { revision: second.revision });
      expect([first.statements, second.statements, submitted.statements]).toEqual([2, 2, 2]);
      // Signed out, the same routes still answer 401, and a malformed id 400, not a failed read.
      const signedOut = await counted.inject({ method: 'PUT', url, payload: { ...draft, revision: 2 } });
      expect(signedOut.statusCode).toBe(401);
      const malformed = await counted.inject({
        method: 'PUT',
        url: `/api/rounds/not-a-uuid/reports/${ctx.fixture.org.B}`,
        headers,
        payload: { ...draft, revision: 2 },
      });
      expect(malformed.statusCode).toBe(400);
    } finally {
      await counted.close();
    }
  });

  it('answers a draft save and a submit uncompressed, while a read of the report is compressed', async () => {
    const round = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      title: 'Vecka 13 2031',
      periodStart: '2031-03-24',
      periodEnd: '2031-03-30',
      deadlineDate: '2031-03-25',
      deadlineTime: '12:00',
    });
    const url = `/api/rounds/${round.body.id}/reports/${ctx.fixture.org.B}`;
    const headers = { cookie: await ctx.cookie('reporter'), 'accept-encoding': 'br, gzip' };
    const draft = { currentSituation: 'Läget', challenges: '', input: '', strainLevel: 'normal', values: [] };
    const saved = await ctx.app.inject({ method: 'PUT', url, headers, payload: { ...draft, revision: 0 } });
    const submitted = await ctx.app.inject({
      method: 'POST',
      url: `${url}/submit`,
      headers,
      payload: { revision: saved.json().revision },
    });
    for (const response of [saved, submitted]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.json().submittedVersion).toBeGreaterThanOrEqual(0);
    }
    // Large enough to be compressed (the indicators defined above): a read of it is.
    expect(submitted.rawPayload.length).toBeGreaterThan(1024);
    const read = await ctx.app.inject({ method: 'GET', url, headers });
    expect(read.headers['content-encoding']).toBe('br');
  });
});
