import { describe, expect, it } from 'vitest';
import { statusByRole, useTestApp } from '../../test/app.ts';
import { formatChange } from './labels.ts';

const ctx = useTestApp();

describe('GET /api/audit', () => {
  it('is for administrators only', async () => {
    expect(await statusByRole(ctx, () => ({ method: 'GET', url: '/api/audit' }))).toEqual({
      admin: 200,
      coordinator: 403,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it('filters by entity, actor, action, text and date, newest first, with a total for paging', async () => {
    const cookie = await ctx.cookie('coordinator');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie },
      payload: { name: 'Hemtjänst Norr', kind: 'annan' },
    });
    const id = created.json().id;
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/forums/${ctx.fixture.forum.F}`,
      headers: { cookie },
      payload: { memberOrganizationIds: [ctx.fixture.org.A, ctx.fixture.org.B, id] },
    });
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${id}`,
      headers: { cookie },
      payload: { name: 'Hemtjänst Nord' },
    });
    const admin = await ctx.cookie('admin');
    const get = async (query: string) =>
      (await ctx.app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: { cookie: admin } })).json();

    const byEntity = await get(`entityType=organization&entityId=${id}`);
    expect(byEntity.total).toBe(2);
    expect(byEntity.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity.items[0]).toMatchObject({
      actorName: 'User coordinator',
      actionLabel: 'Ändrad',
      entityTypeLabel: 'Organisation',
      entityName: 'Hemtjänst Nord',
      changes: [{ field: 'name', label: 'Namn', before: 'Hemtjänst Norr', after: 'Hemtjänst Nord' }],
      before: { name: 'Hemtjänst Norr' },
      after: { name: 'Hemtjänst Nord' },
    });

    // Three changes and the coordinator's sign-in.
    const byActor = await get(`actorUserId=${ctx.fixture.user.coordinator!.id}`);
    expect(byActor.total).toBe(4);
    expect((await get('q=nord&action=update')).total).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`from=${today}&to=${today}&actorUserId=${ctx.fixture.user.coordinator!.id}`)).total).toBe(4);
    expect((await get(`to=2020-01-01`)).total).toBe(0);
    const page = await get('limit=2&offset=1');
    expect(page.items).toHaveLength(2);
  });

  it('rejects a malformed filter with 400', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?from=igår&limit=5000',
      headers: { cookie: await ctx.cookie('admin') },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['querystring.from', 'querystring.limit']);
  });

  it('refuses an unknown action or entity type with 400', async () => {
    const admin = await ctx.cookie('admin');
    for (const url of ['/api/audit?action=teleport', '/api/audit?entityType=spaceship', '/api/audit.csv?action=x'])
      expect((await ctx.app.inject({ method: 'GET', url, headers: { cookie: admin } })).statusCode, url).toBe(400);
  });
});

describe('the audit log in words', () => {
  let roundId: string;
  let indicatorId: string;
  let meetingId: string;
  const as = async (role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => {
    const response = await ctx.app.inject({
      method,
      url,
      payload: payload as object,
      headers: { cookie: await ctx.cookie(role) },
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const audit = async (query: string, language = 'sv') =>
    (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/audit?${query}`,
        headers: { cookie: await ctx.cookie('admin'), 'accept-language': language },
      })
    ).json();
  const fileReport = async (role: string, org: string, strainLevel: string, value: number) => {
    const url = `/api/rounds/${roundId}/reports/${ctx.fixture.org[org]}`;
    const current = await as(role, 'GET', url);
    const draft = await as(role, 'PUT', url, {
      revision: current.revision ?? 0,
      currentSituation: 'Läget i hemtjänsten.',
      challenges: '',
      input: '',
      strainLevel,
      values: [{ indicatorId, value }],
    });
    await as(role, 'POST', `${url}/submit`, { revision: draft.revision });
  };

  it('files, amends and files on behalf, as the log then tells', async () => {
    const forum = ctx.fixture.forum.F;
    indicatorId = (
      await as('coordinator', 'POST', `/api/forums/${forum}/indicators`, {
        key: 'free_beds',
        nameSv: 'Lediga platser',
        nameEn: 'Free beds',
        unit: 'st',
        kind: 'integer',
        higherIs: 'better',
      })
    ).id;
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    roundId = (
      await as('coordinator', 'POST', `/api/forums/${forum}/rounds`, {
        title: 'Testveckan',
        periodStart: deadline,
        periodEnd: deadline,
        deadlineDate: deadline,
        deadlineTime: '12:00',
      })
    ).id;
    await fileReport('reporter', 'B', 'strained', 7);
    await fileReport('reporter', 'B', 'critical', 9);
    await fileReport('coordinator', 'A', 'normal', 3);
    meetingId = (
      await as('coordinator', 'POST', `/api/forums/${forum}/meetings`, {
        title: 'Välfärdsrådets möte',
        meetingDate: deadline,
      })
    ).id;
    const meeting = await as('coordinator', 'GET', `/api/meetings/${meetingId}`);
    const item = meeting.items[0];
    await as('coordinator', 'PATCH', `/api/agenda-items/${item.id}`, {
      revision: item.revision,
      notes: 'Mötet öppnades.',
    });
    await as('coordinator', 'PUT', `/api/forums/${forum}/round-schedule`, {
      weekday: 3,
      deadlineTime: '12:00',
      openDaysBefore: 2,
      isActive: false,
    });
  });

  it('shows a change of level as "Läge: Ansträngt → Kritiskt", figures by indicator name, and marks the correction', async () => {
    const page = await audit('entityType=report&action=amend');
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      actionLabel: 'Ändring inskickad (ny version)',
      entityTypeLabel: 'Lägesrapport',
      entityName: 'Org B, Testveckan',
      forumName: 'Forum F',
      isCorrection: true,
      onBehalfOf: null,
    });
    const submitted = (await audit('entityType=report&action=submit')).items;
    const first = submitted.find((e: { entityName: string }) => e.entityName === 'Org B, Testveckan');
    expect(first.changes).toEqual(
      expect.arrayContaining([
        { field: 'strainLevel', label: 'Läge', before: null, after: 'Ansträngt' },
        { field: 'values', label: 'Indikatorer', before: null, after: 'Lediga platser: 7' },
      ]),
    );
    const drafts = (await audit('entityType=report&action=save_draft')).items;
    const change = drafts
      .flatMap((e: { changes: { field: string }[] }) => e.changes)
      .find((c: { field: string; before: string | null }) => c.field === 'strainLevel' && c.before === 'Ansträngt');
    expect(change).toEqual({ field: 'strainLevel', label: 'Läge', before: 'Ansträngt', after: 'Kritiskt' });
    expect(formatChange(change)).toBe('Läge: Ansträngt → Kritiskt');
  });

  it("marks a report filed by the coordinator on the organisation's behalf", async () => {
    const onBehalf = (await audit('entityType=report&action=submit')).items.find(
      (e: { onBehalfOf: string | null }) => e.onBehalfOf,
    );
    expect(onBehalf).toMatchObject({ onBehalfOf: 'Org A', entityName: 'Org A, Testveckan', isCorrection: false });
  });

  it('filters meetings and agenda items, and names them and their forum instead of ids', async () => {
    const meetings = await audit(`entityType=meeting&entityId=${meetingId}`);
    expect(meetings.items.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['Skapad']);
    expect(meetings.items[0]).toMatchObject({ entityTypeLabel: 'Möte', forumName: 'Forum F' });
    const items = await audit('entityType=agenda_item');
    expect(items.items[0]).toMatchObject({
      actionLabel: 'Punkt ändrad',
      entityTypeLabel: 'Punkt på dagordningen',
      changes: [{ field: 'notes', label: 'Anteckningar', before: null, after: 'Mötet öppnades.' }],
    });
    const schedule = await audit('entityType=round_schedule');
    expect(schedule.items[0]).toMatchObject({ entityName: 'Forum F', entityTypeLabel: 'Återkommande avstämning' });
    expect(schedule.items[0].changes).toEqual(
      expect.arrayContaining([{ field: 'weekday', label: 'Sista dag, veckodag', before: null, after: 'onsdag' }]),
    );
  });

  it('speaks English when asked', async () => {
    const [amendment] = (await audit('entityType=report&action=amend', 'en')).items;
    expect(amendment).toMatchObject({
      actionLabel: 'Amendment submitted (new version)',
      entityTypeLabel: 'Situation report',
    });
    const drafts = (await audit('entityType=report&action=save_draft', 'en')).items;
    expect(drafts.flatMap((e: { changes: unknown[] }) => e.changes)).toContainEqual({
      field: 'strainLevel',
      label: 'Situation',
      before: 'Strained',
      after: 'Critical',
    });
  });
});

describe('GET /api/audit.csv', () => {
  it('is for administrators only', async () => {
    expect(await statusByRole(ctx, () => ({ method: 'GET', url: '/api/audit.csv' }))).toEqual({
      admin: 200,
      coordinator: 403,
      reporter: 403,
      reader: 403,
      otherCoordinator: 403,
      anonymous: 401,
    });
  });

  it('exports the filtered log in words, quoting what needs quoting', async () => {
    await ctx.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: { cookie: await ctx.cookie('coordinator') },
      payload: { name: 'Vård; "Öst"', kind: 'annan' },
    });
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/audit.csv?entityType=organization&q=${encodeURIComponent('"öst"')}`,
      headers: { cookie: await ctx.cookie('admin') },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="granskningslogg-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith('\ufeff')).toBe(true);
    const lines = response.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('Tidpunkt;Utförd av;Händelse;Typ;Gäller;Forum;Markering;Ändringar');
    // The name holds the delimiter and quotes, so its cell is quoted with the quotes doubled; the
    // changes cell holds one change per line.
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2};User coordinator;Skapad;Organisation;"Vård; ""Öst""";;;"/);
    expect(lines[1]).toContain('\nNamn: Vård; ""Öst""\n');
    expect(lines.filter((line) => line !== '')).toHaveLength(2);
  });

  it('marks corrections, in the language the link asks for', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit.csv?entityType=report&action=amend&lang=en',
      headers: { cookie: await ctx.cookie('admin'), 'accept-language': 'sv' },
    });
    expect(response.body).toContain('Time;Done by;Event;Type;Concerns;Forum;Note;Changes');
    expect(response.body).toContain(
      'Amendment submitted (new version);Situation report;Org B, Testveckan;Forum F;Correction;',
    );
  });
});
