// A justerad version is a record: once approved, nothing that happens afterwards to reports,
// uppdrag or the summering changes what any reader downloads or sees of that version.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp({
  organizations: [
    { key: 'A', kind: 'region', name: 'Region Halland' },
    { key: 'B', name: 'Hylte kommun' },
  ],
  forums: [{ key: 'F', name: 'Samlad sjukvårdsresurs', owner: 'A', members: ['A', 'B'] }],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'adjuster', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'A', roles: [{ forum: 'F', role: 'reader' }] },
  ],
});

async function call(role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const response = await ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: { cookie: await ctx.cookie(role) },
  });
  return { status: response.statusCode, body: response.rawPayload, json: () => response.json() };
}

async function ok(role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const response = await call(role, method, url, payload);
  expect(response.status, `${method} ${url}: ${response.body.toString()}`).toBeLessThan(300);
  return response;
}

const pdfText = async (bytes: Buffer) =>
  (await extractText(new Uint8Array(bytes), { mergePages: true })).text.replace(/\s+/g, ' ');
const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

/** Everything a reader can get of the current version, as text and bytes. */
async function everyView(role: string, meetingId: string) {
  const meeting = (await ok(role, 'GET', `/api/meetings/${meetingId}`)).json();
  const pdf = (await ok(role, 'GET', `/api/meetings/${meetingId}/minutes.pdf`)).body;
  const docx = (await ok(role, 'GET', `/api/meetings/${meetingId}/minutes.docx`)).body;
  const archive = (await ok(role, 'GET', `/api/meetings/${meetingId}/archive.pdf`)).body;
  const { comments: _comments, permissions: _permissions, status: _status, ...content } = meeting;
  return {
    content,
    pdf,
    docx,
    archive,
    pdfText: await pdfText(pdf),
    docxText: await docxText(docx),
    archiveText: await pdfText(archive),
  };
}

// The first download starts a document worker thread (TypeScript loader and pdfmake), which takes
// seconds on a loaded machine.
describe('justerade minutes are frozen', () => {
  const forum = () => ctx.fixture.forum.F!;
  const org = (key: string) => ctx.fixture.org[key]!;
  let roundId: string;
  let meetingId: string;
  let actionId: string;
  let before: Awaited<ReturnType<typeof everyView>>;

  it('justerar minutes with a lägesbild where Hylte has not reported, published with its lägesbild', async () => {
    const round = await ok('coordinator', 'POST', `/api/forums/${forum()}/rounds`, {
      title: 'Vecka 2',
      periodStart: '2021-01-11',
      periodEnd: '2021-01-17',
      deadlineDate: '2021-01-12',
      deadlineTime: '12:00',
    });
    roundId = round.json().id;
    const draft = await ok('reporter', 'PUT', `/api/rounds/${roundId}/reports/${org('A')}`, {
      revision: 0,
      currentSituation: 'Regionens nuläge: ansträngt på IVA.',
      challenges: 'Bemanning.',
      input: '',
      strainLevel: 'strained',
      values: [],
    });
    await ok('reporter', 'POST', `/api/rounds/${roundId}/reports/${org('A')}/submit`, {
      revision: draft.json().revision,
    });
    await ok('coordinator', 'PUT', `/api/rounds/${roundId}/summary`, {
      summary: 'Summering före justering.',
      expectedUpdatedAt: null,
    });

    const planned = await ok('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Avstämning vecka 2',
      meetingDate: '2021-01-14',
      roundId,
      secretary: { userId: ctx.fixture.user.coordinator!.id },
      adjusters: [{ userId: ctx.fixture.user.adjuster!.id }],
    });
    meetingId = planned.json().id;
    await ok('coordinator', 'POST', `/api/meetings/${meetingId}/hold`);
    const situationItem = planned.json().items.find((i: { role: string }) => i.role === 'situation');
    const withAction = await ok('coordinator', 'POST', `/api/agenda-items/${situationItem.id}/actions`, {
      ownerOrganizationId: org('B'),
      task: 'Uppdrag före justering: rapportera bemanningsläget.',
      dueDate: '2021-01-21',
    });
    actionId = withAction.json().items.find((i: { id: string }) => i.id === situationItem.id).actions[0].id;
    await ok('coordinator', 'POST', `/api/meetings/${meetingId}/send-for-review`);
    const approved = await ok('adjuster', 'POST', `/api/meetings/${meetingId}/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', frozen: { version: 1 } });
    const refused = await call('coordinator', 'POST', `/api/meetings/${meetingId}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.json().code).toBe('meetings.round_unpublished');
    await ok('coordinator', 'PATCH', `/api/rounds/${roundId}`, { isPublished: true });
    await ok('coordinator', 'POST', `/api/meetings/${meetingId}/publish`);

    before = await everyView('coordinator', meetingId);
    expect(before.pdfText).toContain('Regionens nuläge: ansträngt på IVA.');
    expect(before.pdfText).toContain('Summering före justering.');
    expect(before.pdfText).toContain('Uppdrag före justering');
    expect(before.docxText).toContain('Summering före justering.');
    expect(before.content.situation.rows).toEqual([
      // Filed after the (past) deadline: late.
      expect.objectContaining({ organization: 'Region Halland', status: 'late' }),
      expect.objectContaining({ organization: 'Hylte kommun', status: 'missing', strainLevel: null }),
    ]);
  }, 120_000);

  it('prints the version and the checksum of its snapshot, which anyone can recompute', async () => {
    const meeting = (await ok('coordinator', 'GET', `/api/meetings/${meetingId}`)).json();
    const version = (await ok('coordinator', 'GET', `/api/meetings/${meetingId}/versions/1`)).json();
    const checksum = createHash('sha256').update(canonicalize(version.snapshot)!).digest('hex');
    expect(version.checksum).toBe(checksum);
    expect(meeting.frozen.checksum).toBe(checksum);
    expect(meeting.versions).toEqual([expect.objectContaining({ version: 1, checksum })]);
    for (const text of [before.pdfText, before.docxText.replace(/\s+/g, ' '), before.archiveText]) {
      expect(text).toContain('Version: 1');
      expect(text).toContain(checksum);
    }
  });

  it('does not change when reports, uppdrag and the summering change afterwards', async () => {
    const onBehalf = await ok('coordinator', 'PUT', `/api/rounds/${roundId}/reports/${org('B')}`, {
      revision: 0,
      currentSituation: 'Hylte inlämnad i efterhand av samordnaren.',
      challenges: '',
      input: '',
      strainLevel: 'critical',
      values: [],
    });
    await ok('coordinator', 'POST', `/api/rounds/${roundId}/reports/${org('B')}/submit`, {
      revision: onBehalf.json().revision,
    });
    const overview = (await ok('coordinator', 'GET', `/api/rounds/${roundId}/overview`)).json();
    expect(overview.rows[1]).toMatchObject({ status: 'late', onBehalf: true, strainLevel: 'critical' });
    const round = (await ok('coordinator', 'GET', `/api/rounds/${roundId}`)).json();
    await ok('coordinator', 'PUT', `/api/rounds/${roundId}/summary`, {
      summary: 'Summering ändrad efter justering.',
      expectedUpdatedAt: round.summaryUpdatedAt,
    });
    await ok('coordinator', 'PATCH', `/api/actions/${actionId}`, {
      task: 'Uppdrag ändrat efter justering.',
      status: 'done',
      comment: 'Klart.',
    });

    const after = await everyView('coordinator', meetingId);
    expect(after.content).toEqual(before.content);
    expect(after.pdfText).toBe(before.pdfText);
    expect(after.docxText).toBe(before.docxText);
    expect(after.archiveText).toBe(before.archiveText);
    // A justerad version is rendered once: the same bytes come back.
    expect(after.pdf.equals(before.pdf)).toBe(true);
    expect(after.archive.equals(before.archive)).toBe(true);
    expect(after.pdfText).not.toContain('efter justering');
    expect(after.pdfText).not.toContain('Hylte inlämnad');
  });

  it('gives every reader the same minutes, lägesbild included', async () => {
    const asReader = await everyView('reader', meetingId);
    expect(asReader.pdf.equals(before.pdf)).toBe(true);
    expect(asReader.content).toEqual(before.content);
    expect(asReader.pdfText).toContain('Regionens nuläge: ansträngt på IVA.');
  });

  it('corrects as a new version with its own snapshot; the earlier version stays downloadable', async () => {
    await ok('coordinator', 'POST', `/api/meetings/${meetingId}/correct`);
    // While the correction is under way, readers still get the published version 1.
    const v1AsReader = await ok('reader', 'GET', `/api/meetings/${meetingId}/versions/1/minutes.pdf`);
    expect(v1AsReader.body.equals(before.pdf)).toBe(true);
    expect((await call('reader', 'GET', `/api/meetings/${meetingId}/minutes.pdf`)).status).toBe(403);
    expect((await call('reader', 'GET', `/api/meetings/${meetingId}/versions/2/minutes.pdf`)).status).toBe(404);

    await ok('coordinator', 'POST', `/api/meetings/${meetingId}/send-for-review`);
    await ok('adjuster', 'POST', `/api/meetings/${meetingId}/approve`);
    const v2 = await everyView('coordinator', meetingId);
    expect(v2.content.frozen.version).toBe(2);
    expect(v2.pdfText).toContain('Version: 2');
    expect(v2.pdfText).toContain('Summering ändrad efter justering.');
    expect(v2.pdfText).toContain('Hylte inlämnad i efterhand av samordnaren.');
    expect(v2.content.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const v1 = await ok('coordinator', 'GET', `/api/meetings/${meetingId}/versions/1/minutes.pdf`);
    expect(v1.body.equals(before.pdf)).toBe(true);
    const v1Docx = await ok('coordinator', 'GET', `/api/meetings/${meetingId}/versions/1/minutes.docx`);
    expect(await docxText(v1Docx.body)).toBe(before.docxText);
    expect((await call('coordinator', 'GET', `/api/meetings/${meetingId}/versions/3/minutes.pdf`)).status).toBe(404);
  });
});
