import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

// Readers see only what is published (docs/decisions/004-permission-policy.md). Each test reads the
// content of the answer, not only its status.
const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'D', kind: 'myndighet' }],
  forums: [{ key: 'F', owner: 'A', members: ['A', 'B'] }],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'adjuster', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
    { key: 'readingAdjuster', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
  ],
});

const SECRET_SUMMARY = 'Hemlig summering om läget';
const SECRET_ACTION = 'Hemligt uppdrag från ett planerat möte';
const SECRET_PERSONAL_ACTION = 'Hemligt personligt uppdrag till läsaren';
const SECRET_DECISION = 'Hemligt beslut i ett planerat möte';
const SECRET_COMMENT = 'Hemlig justeringskommentar';
const PUBLISHED_ACTION = 'Publicerat uppdrag att följa upp';

async function as(role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) {
  const response = await ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: { cookie: await ctx.cookie(role) },
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url} as ${role}: ${response.statusCode} ${response.body}`);
  return response;
}

const forum = () => ctx.fixture.forum.F!;
let roundId: string;
let plannedId: string;
let publishedId: string;

async function planMeeting(title: string, meetingDate: string, adjusterKey?: string) {
  const created = await as('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
    title,
    meetingDate,
    adjusters: adjusterKey ? [{ userId: ctx.fixture.user[adjusterKey]!.id }] : [],
  });
  return created.json() as { id: string; items: { id: string; role: string | null; revision: number }[] };
}

beforeAll(async () => {
  const round = await as('coordinator', 'POST', `/api/forums/${forum()}/rounds`, {
    title: 'Vecka 10',
    periodStart: '2021-03-08',
    periodEnd: '2021-03-14',
    deadlineDate: '2099-03-09',
    deadlineTime: '12:00',
  });
  roundId = round.json().id;
  await as('coordinator', 'PUT', `/api/rounds/${roundId}/summary`, {
    summary: SECRET_SUMMARY,
    expectedUpdatedAt: null,
  });

  const published = await planMeeting('Publicerat möte', '2021-03-10', 'adjuster');
  publishedId = published.id;
  const followUp = published.items.find((i) => i.role === 'action_follow_up')!;
  await as('coordinator', 'POST', `/api/agenda-items/${published.items[0]!.id}/actions`, {
    ownerOrganizationId: ctx.fixture.org.B,
    task: PUBLISHED_ACTION,
  });
  await as('coordinator', 'POST', `/api/meetings/${publishedId}/hold`);
  await as('coordinator', 'POST', `/api/meetings/${publishedId}/send-for-review`);
  await as('adjuster', 'POST', `/api/meetings/${publishedId}/comments`, {
    agendaItemId: followUp.id,
    text: SECRET_COMMENT,
  });
  await as('adjuster', 'POST', `/api/meetings/${publishedId}/approve`);
  await as('coordinator', 'POST', `/api/meetings/${publishedId}/publish`);
  // Planned after the publication: publishing refuses minutes that follow up unpublished uppdrag,
  // but the follow-ups are read live, so a later planned meeting's uppdrag would still show.
  const planned = await planMeeting('Planerat möte', '2021-03-01');
  plannedId = planned.id;
  const item = planned.items[0]!;
  await as('coordinator', 'POST', `/api/agenda-items/${item.id}/actions`, {
    ownerOrganizationId: ctx.fixture.org.B,
    task: SECRET_ACTION,
  });
  await as('coordinator', 'POST', `/api/agenda-items/${item.id}/actions`, {
    ownerUserId: ctx.fixture.user.reader!.id,
    task: SECRET_PERSONAL_ACTION,
  });
  await as('coordinator', 'PATCH', `/api/agenda-items/${item.id}`, {
    revision: item.revision,
    decisions: [SECRET_DECISION],
  });
});

describe('an open round', () => {
  it("keeps the summering from readers until it is published, in the round and in the forum's list", async () => {
    const one = await as('reader', 'GET', `/api/rounds/${roundId}`);
    expect(one.json()).toMatchObject({ summary: '', summaryUpdatedAt: null, summaryUpdatedByName: null });
    const list = await as('reader', 'GET', `/api/forums/${forum()}/rounds`);
    for (const body of [one.body, list.body]) expect(body).not.toContain(SECRET_SUMMARY);
    expect((await as('reporter', 'GET', `/api/rounds/${roundId}`)).json().summary).toBe(SECRET_SUMMARY);
  });

  it('shows the summering to readers once the round is published', async () => {
    await as('coordinator', 'PATCH', `/api/rounds/${roundId}`, { isPublished: true });
    expect((await as('reader', 'GET', `/api/rounds/${roundId}`)).json().summary).toBe(SECRET_SUMMARY);
    await as('coordinator', 'PATCH', `/api/rounds/${roundId}`, { isPublished: false });
  });
});

describe('uppdrag of unpublished meetings', () => {
  it('are not on the uppdrag board of a reader', async () => {
    const board = await as('reader', 'GET', '/api/actions');
    expect(board.body).not.toContain(SECRET_ACTION);
    expect(board.body).not.toContain(SECRET_PERSONAL_ACTION);
    expect(board.json().items.map((a: { task: string }) => a.task)).toEqual([PUBLISHED_ACTION]);
    expect(board.json().total).toBe(1);
    expect((await as('reporter', 'GET', '/api/actions')).body).toContain(SECRET_ACTION);
  });

  it("are not among a reader's own uppdrag", async () => {
    expect((await as('reader', 'GET', '/api/me/actions')).body).not.toContain(SECRET_PERSONAL_ACTION);
  });

  it("are not among a published meeting's follow-ups for a reader, in the API or the documents", async () => {
    const meeting = await as('reader', 'GET', `/api/meetings/${publishedId}`);
    expect(meeting.json().followUps).toEqual([]);
    expect(meeting.body).not.toContain(SECRET_ACTION);
    const docx = await as('reader', 'GET', `/api/meetings/${publishedId}/minutes.docx`);
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    expect(text).toContain('Publicerat möte');
    expect(text).not.toContain(SECRET_ACTION);
  });

  it("keep their decisions out of a reader's decision register", async () => {
    const register = await as('reader', 'GET', '/api/decisions');
    expect(register.body).not.toContain(SECRET_DECISION);
    expect((await as('reporter', 'GET', '/api/decisions')).body).toContain(SECRET_DECISION);
  });

  it("leave the planned meeting out of a reader's meeting list", async () => {
    const list = await as('reader', 'GET', `/api/forums/${forum()}/meetings`);
    expect(list.json().map((m: { id: string }) => m.id)).toEqual([publishedId]);
    expect(plannedId).toBeTruthy();
  });
});

describe('justering comments', () => {
  it('are kept from readers and reporters of the published meeting', async () => {
    for (const role of ['reader', 'reporter']) {
      const meeting = await as(role, 'GET', `/api/meetings/${publishedId}`);
      expect(meeting.json().comments).toEqual([]);
      expect(meeting.body).not.toContain(SECRET_COMMENT);
    }
  });

  it('stay visible to the adjuster and the coordinator', async () => {
    for (const role of ['adjuster', 'coordinator']) {
      const meeting = await as(role, 'GET', `/api/meetings/${publishedId}`);
      expect(meeting.json().comments.map((c: { text: string }) => c.text)).toEqual([SECRET_COMMENT]);
    }
  });
});

describe('a reader named adjuster of a meeting in review', () => {
  it("sees its uppdrag on the board and among the owners, as the policy lets the meeting's adjusters", async () => {
    const TASK = 'Uppdrag från ett möte under justering';
    const meeting = await planMeeting('Möte under justering', '2021-03-20', 'readingAdjuster');
    await as('coordinator', 'POST', `/api/agenda-items/${meeting.items[0]!.id}/actions`, {
      ownerOrganizationId: ctx.fixture.org.A,
      task: TASK,
    });
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/hold`);
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/send-for-review`);
    const board = await as('readingAdjuster', 'GET', '/api/actions');
    expect(
      board
        .json()
        .items.map((a: { task: string }) => a.task)
        .sort(),
    ).toEqual([PUBLISHED_ACTION, TASK].sort());
    expect(board.json().total).toBe(2);
    const owners = await as('readingAdjuster', 'GET', '/api/actions/owners');
    expect(
      owners
        .json()
        .map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual([ctx.fixture.org.A, ctx.fixture.org.B].sort());
    expect((await as('reader', 'GET', '/api/actions')).body).not.toContain(TASK);
  });
});
