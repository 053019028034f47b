import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

// Forum F (members A, B) and forum G (member C). In F: round R1 published with B's report, round R2
// unpublished with B's report and a summering, a planned meeting with an item, a decision and an
// uppdrag, and imported old minutes. In G: C's report in an unpublished round. Every one of them
// speaks of smittspårningen, so one search shows exactly who may read what.
const ctx = useTestApp({
  organizations: [
    { key: 'A', kind: 'region', name: 'Region Dalarna' },
    { key: 'B', name: 'Falu kommun' },
    { key: 'C', name: 'Borlänge kommun' },
    { key: 'D', kind: 'myndighet' },
  ],
  forums: [
    { key: 'F', owner: 'A', members: ['A', 'B'] },
    { key: 'G', owner: 'C', members: ['C'] },
  ],
  users: [
    { key: 'admin', organization: 'A', isAdmin: true },
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
    { key: 'otherCoordinator', organization: 'C', roles: [{ forum: 'G', role: 'coordinator' }] },
  ],
});

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function request(user: string | null, method: string, url: string, payload?: unknown) {
  const response = await ctx.app.inject({
    method: method as 'GET',
    url,
    headers: user ? { cookie: await ctx.cookie(user) } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.json() as Json, type: response.headers['content-type'] };
}

async function setup(method: string, url: string, payload?: unknown): Promise<Json> {
  const response = await request('admin', method, url, payload);
  if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const search = (user: string, query: Record<string, string | number>) =>
  request(user, 'GET', `/api/search?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`);

const ids: Record<string, string> = {};

async function createRound(forum: string, start: string, end: string) {
  return (
    await setup('POST', `/api/forums/${ctx.fixture.forum[forum]}/rounds`, {
      periodStart: start,
      periodEnd: end,
      deadlineDate: end,
      deadlineTime: '12:00',
    })
  ).id as string;
}

async function submitReport(roundId: string, org: string, text: string) {
  const url = `/api/rounds/${roundId}/reports/${ctx.fixture.org[org]}`;
  const saved = await setup('PUT', url, {
    revision: 0,
    currentSituation: text,
    challenges: 'Bemanningen under sommaren.',
    input: '',
    strainLevel: 'strained',
    values: [],
  });
  await setup('POST', `${url}/submit`, { revision: saved.revision });
  return saved.id as string;
}

async function createMeeting(forum: string, date: string, item: { title: string; notes: string; decision: string }) {
  const meeting = await setup('POST', `/api/forums/${ctx.fixture.forum[forum]}/meetings`, {
    title: `Samverkansmöte ${date}`,
    meetingDate: date,
    adjusters: [],
    roundId: null,
    useTemplate: false,
    secretary: null,
  });
  const withItem = await setup('POST', `/api/meetings/${meeting.id}/items`, { title: item.title, kind: 'beslut' });
  const created = withItem.items.find((i: Json) => i.title === item.title);
  const updated = await setup('PATCH', `/api/agenda-items/${created.id}`, {
    revision: created.revision,
    notes: item.notes,
    decisions: [item.decision],
  });
  const decisionId = (
    await ctx.database.db
      .selectFrom('decisions')
      .select('id')
      .where('agendaItemId', '=', created.id)
      .executeTakeFirstOrThrow()
  ).id;
  return { meetingId: meeting.id as string, itemId: created.id as string, decisionId, revision: updated.revision };
}

beforeAll(async () => {
  const r1 = await createRound('F', '2026-01-05', '2026-01-11');
  ids.r1Report = await submitReport(r1, 'B', 'Smittspårningen fungerar väl i kommunen.');
  await setup('PATCH', `/api/rounds/${r1}`, { status: 'closed', isPublished: true });
  ids.r1 = r1;

  const r2 = await createRound('F', '2026-01-12', '2026-01-18');
  ids.r2Report = await submitReport(r2, 'B', 'Smittspårningen är eftersatt, HEMLIGT-RAPPORT.');
  await setup('PUT', `/api/rounds/${r2}/summary`, {
    summary: 'HEMLIGT-SUMMERING om smittspårningen i länet.',
    expectedUpdatedAt: null,
  });
  ids.r2 = r2;

  const planned = await createMeeting('F', '2026-01-27', {
    title: 'Smittspårning och provtagning',
    notes: 'HEMLIGT-ANTECKNING: diskussion om smittspårningen.',
    decision: 'att utöka smittspårningen (HEMLIGT-BESLUT)',
  });
  Object.assign(ids, { planned: planned.meetingId, plannedItem: planned.itemId, plannedDecision: planned.decisionId });
  const withAction = await setup('POST', `/api/agenda-items/${planned.itemId}/actions`, {
    ownerOrganizationId: ctx.fixture.org.B,
    task: 'HEMLIGT-UPPDRAG: rapportera smittspårningen till regionen',
  });
  ids.plannedAction = withAction.items.flatMap((i: Json) => i.actions)[0].id;

  const imported = await createMeeting('F', '2021-03-01', {
    title: 'Lägesbild covid-19',
    notes: 'Smittspårningen har kommit i gång i alla kommuner.',
    decision: 'att smittspårningen ska fortsätta',
  });
  await ctx.database.db
    .updateTable('meetings')
    .set({ status: 'imported' })
    .where('id', '=', imported.meetingId)
    .execute();
  Object.assign(ids, {
    imported: imported.meetingId,
    importedItem: imported.itemId,
    importedDecision: imported.decisionId,
  });

  const rg = await createRound('G', '2026-01-12', '2026-01-18');
  ids.gReport = await submitReport(rg, 'C', 'Smittspårningen i Borlänge, HEMLIGT-G.');
});

const hitKey = (hit: Json) => `${hit.kind}:${hit.id}`;
const keys = (body: Json) => body.items.map(hitKey).sort();
const expectedKeys = (...names: [string, string][]) => names.map(([kind, name]) => `${kind}:${ids[name]}`).sort();

describe('GET /api/search', () => {
  it('requires a session', async () => {
    expect((await request(null, 'GET', '/api/search?q=smittspårning')).status).toBe(401);
  });

  it('finds "smittspårningen" from "smittspårning" and marks the matched words', async () => {
    const { status, body } = await search('coordinator', { q: 'smittspårning', kind: 'report' });
    expect(status).toBe(200);
    const hit = body.items.find((h: Json) => h.id === ids.r2Report);
    expect(hit).toMatchObject({
      kind: 'report',
      part: 'report',
      forumId: ctx.fixture.forum.F,
      organizationName: 'Falu kommun',
      roundId: ids.r2,
      date: '2026-01-12',
    });
    expect(hit.title).toEqual([{ text: 'Falu kommun', match: false }]);
    expect(hit.snippet.filter((p: Json) => p.match)).toEqual([{ text: 'Smittspårningen', match: true }]);
    expect(hit.snippet.map((p: Json) => p.text).join('')).toContain('är eftersatt');
  });

  it('gives each role exactly what the policy lets it read, in the total too', async () => {
    const everything = {
      F: [
        ['report', 'r1Report'],
        ['report', 'r2Report'],
        ['summary', 'r2'],
        ['agendaItem', 'plannedItem'],
        ['decision', 'plannedDecision'],
        ['action', 'plannedAction'],
        ['importedMinutes', 'importedItem'],
        ['importedMinutes', 'importedDecision'],
      ] as [string, string][],
      G: [['report', 'gReport']] as [string, string][],
    };
    const cases: [string, [string, string][]][] = [
      ['admin', [...everything.F, ...everything.G]],
      ['coordinator', everything.F],
      // A reporter follows the forum's work as it happens.
      ['reporter', everything.F],
      // A reader: the published round and published or imported minutes only.
      [
        'reader',
        [
          ['report', 'r1Report'],
          ['importedMinutes', 'importedItem'],
          ['importedMinutes', 'importedDecision'],
        ],
      ],
      ['otherCoordinator', everything.G],
    ];
    for (const [user, expected] of cases) {
      const { status, body } = await search(user, { q: 'smittspårning', limit: 50 });
      expect(status, user).toBe(200);
      expect(keys(body), user).toEqual(expectedKeys(...expected));
      expect(body.total, user).toBe(expected.length);
    }
  });

  it('pages without overlap, and the total counts only readable hits', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 8; offset += 3) {
      const { body } = await search('reader', { q: 'smittspårning', limit: 3, offset });
      expect(body.total).toBe(3);
      seen.push(...body.items.map(hitKey));
    }
    expect(seen).toHaveLength(3);
    const page = await search('coordinator', { q: 'smittspårning', limit: 3, offset: 3 });
    expect(page.body.total).toBe(8);
    expect(page.body.items).toHaveLength(3);
    const all = await search('coordinator', { q: 'smittspårning', limit: 50 });
    expect(page.body.items.map(hitKey)).toEqual(all.body.items.slice(3, 6).map(hitKey));
    expect((await search('coordinator', { q: 'smittspårning', offset: 100 })).body).toEqual({
      total: 8,
      isTotalCapped: false,
      items: [],
    });
  });

  it('never shows unpublished words to a reader, whatever they search for', async () => {
    for (const q of ['hemligt', 'HEMLIGT-RAPPORT', 'anteckning', 'uppdrag', 'smittspårning OR hemligt']) {
      const { body } = await search('reader', { q, limit: 50 });
      expect(JSON.stringify(body), q).not.toMatch(/HEMLIGT/);
    }
    expect(JSON.stringify((await search('coordinator', { q: 'hemligt', limit: 50 })).body)).not.toMatch(/HEMLIGT-G/);
  });

  it('filters by forum, organisation, kind and date range', async () => {
    const byForum = await search('admin', { q: 'smittspårning', forumId: ctx.fixture.forum.G! });
    expect(keys(byForum.body)).toEqual(expectedKeys(['report', 'gReport']));
    // A forum the caller takes no part in gives nothing, not an error.
    const otherForum = await search('coordinator', { q: 'smittspårning', forumId: ctx.fixture.forum.G! });
    expect(otherForum.body).toEqual({ total: 0, isTotalCapped: false, items: [] });

    const byOrganization = await search('coordinator', { q: 'smittspårning', organizationId: ctx.fixture.org.B! });
    expect(keys(byOrganization.body)).toEqual(
      expectedKeys(['report', 'r1Report'], ['report', 'r2Report'], ['action', 'plannedAction']),
    );

    const decisions = await search('coordinator', { q: 'smittspårning', kind: 'decision' });
    expect(keys(decisions.body)).toEqual(expectedKeys(['decision', 'plannedDecision']));
    const imported = await search('coordinator', { q: 'smittspårning', kind: 'importedMinutes' });
    expect(keys(imported.body)).toEqual(
      expectedKeys(['importedMinutes', 'importedItem'], ['importedMinutes', 'importedDecision']),
    );
    expect(imported.body.items.map((h: Json) => h.part).sort()).toEqual(['agendaItem', 'decision']);
    expect(imported.body.items[0]).toMatchObject({ meetingId: ids.imported, date: '2021-03-01', itemNumber: '1' });

    const dated = await search('coordinator', { q: 'smittspårning', from: '2026-01-12', to: '2026-01-20' });
    expect(keys(dated.body)).toEqual(expectedKeys(['report', 'r2Report'], ['summary', 'r2']));
  });

  it('ranks by relevance, then the newest first', async () => {
    // An item with the word as its title (weight A) before a long report that mentions it once (weight B).
    const report = await submitReport(
      ids.r2!,
      'A',
      `Läget i regionen: ${'vårdplatserna räcker och personalen håller ut; '.repeat(8)}provtagning sker i Mora.`,
    );
    const ranked = await search('coordinator', { q: 'provtagning' });
    expect(ranked.body.items.map(hitKey)).toEqual([`agendaItem:${ids.plannedItem}`, `report:${report}`]);
    expect(ranked.body.items[0].title).toEqual([
      { text: 'Smittspårning och ', match: false },
      { text: 'provtagning', match: true },
    ]);
    // The same words in two rounds' reports: the newer round first.
    const older = await createRound('F', '2026-03-02', '2026-03-08');
    const newer = await createRound('F', '2026-03-09', '2026-03-15');
    for (const round of [older, newer]) await submitReport(round, 'A', 'Vaccinationen går enligt plan.');
    const tied = await search('coordinator', { q: 'vaccinationen', kind: 'report' });
    expect(tied.body.items.map((h: Json) => h.roundId)).toEqual([newer, older]);
  });

  it('answers odd input with a result or a 400, never a 500', async () => {
    for (const q of ["&|!:*()'", '"smittspårning', '-smittspårning', 'och', '<script>', 'smitt:*', "'; drop table"]) {
      const { status, body } = await search('coordinator', { q });
      expect(status, q).toBe(200);
      expect(body.total, q).toBe(body.items.length > 0 ? body.total : 0);
    }
    const phrase = await search('coordinator', { q: '"smittspårningen är eftersatt"' });
    expect(keys(phrase.body)).toEqual(expectedKeys(['report', 'r2Report']));
    for (const query of <Record<string, string | number>[]>[
      { q: '' },
      { q: '   ' },
      { q: 'a'.repeat(1000) },
      { q: 'smitt\u0000' },
      { q: 'x', kind: 'everything' },
      { q: 'x', limit: 1000 },
      { q: 'x', offset: -1 },
      { q: 'x', forumId: 'forum' },
      { q: 'x', from: '2026-02-01', to: '2026-01-01' },
    ]) {
      const { status, body, type } = await search('coordinator', query);
      expect(status, JSON.stringify(query).slice(0, 60)).toBe(400);
      expect(type).toContain('application/problem+json');
      expect(body.detail ?? body.title).toBeTruthy();
    }
    const empty = await request('coordinator', 'GET', '/api/search');
    expect(empty.status).toBe(400);
    const long = await search('coordinator', { q: 'a'.repeat(1000) });
    expect(JSON.stringify(long.body)).toContain('200');
  });

  it('returns text, never markup, in the highlighted pieces', async () => {
    const round = await createRound('F', '2026-02-02', '2026-02-08');
    await submitReport(round, 'A', '<b onclick="x()">Smittspårningen</b> & <mark>mer</mark>');
    const { body } = await search('coordinator', { q: 'smittspårning', organizationId: ctx.fixture.org.A! });
    const pieces = body.items[0].snippet;
    expect(pieces.find((p: Json) => p.match).text).toBe('Smittspårningen');
    expect(pieces.every((p: Json) => typeof p.text === 'string' && !p.text.includes('\uE000'))).toBe(true);
  });

  it('ranks only the newest 1,000 hits of a common word and counts it as more than 1,000 (decision 014)', async () => {
    // An old item that says the word three times in its title would rank first among all hits;
    // a thousand newer items say it once.
    await sql`
      with old as (
        insert into meetings (forum_id, title, meeting_date) values (${ctx.fixture.forum.G}, 'Gammalt möte', '2020-01-15')
        returning id
      ), recent as (
        insert into meetings (forum_id, title, meeting_date) values (${ctx.fixture.forum.G}, 'Nytt möte', '2026-05-04')
        returning id
      ), old_item as (
        insert into agenda_items (meeting_id, position, title)
        select id, 0, 'Ventilation, ventilation och åter ventilation' from old returning id
      )
      insert into agenda_items (meeting_id, position, title)
      select recent.id, n, 'Ventilationen i lokal ' || n from recent, generate_series(1, 1000) n`.execute(
      ctx.database.db,
    );
    const common = await search('admin', { q: 'ventilation', limit: 50 });
    expect(common.body).toMatchObject({ total: 1000, isTotalCapped: true });
    expect(common.body.items).toHaveLength(50);
    expect(common.body.items.every((hit: Json) => hit.date === '2026-05-04')).toBe(true);
    const last = await search('admin', { q: 'ventilation', limit: 50, offset: 950 });
    expect(last.body.items).toHaveLength(50);
    expect(last.body.items.every((hit: Json) => hit.date === '2026-05-04')).toBe(true);
    // Narrowed to its period, the old item is found, and ranked first.
    const narrowed = await search('admin', { q: 'ventilation', to: '2020-12-31' });
    expect(narrowed.body).toMatchObject({ total: 1, isTotalCapped: false });
    expect(narrowed.body.items[0]).toMatchObject({ part: 'agendaItem', date: '2020-01-15' });
  });
});
