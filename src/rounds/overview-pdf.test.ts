// The lägesbild as a PDF: what the page shows (reporting status, strain, texts, summering), on A4,
// for exactly those who may read the lägesbild.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp({
  organizations: [
    { key: 'A', kind: 'region', name: 'Region Halland' },
    { key: 'B', name: 'Hylte kommun' },
    { key: 'C', name: 'Laholms kommun' },
  ],
  forums: [{ key: 'F', name: 'Samlad sjukvårdsresurs', owner: 'A', members: ['A', 'B', 'C'] }],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'A', roles: [{ forum: 'F', role: 'reader' }] },
  ],
});

async function call(role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) {
  const response = await ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: { cookie: await ctx.cookie(role) },
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: response.rawPayload,
    json: () => response.json(),
  };
}

async function file(role: string, roundId: string, organization: string, text: string) {
  const url = `/api/rounds/${roundId}/reports/${ctx.fixture.org[organization]}`;
  const draft = await call(role, 'PUT', url, {
    revision: 0,
    currentSituation: text,
    challenges: 'Bemanning.',
    input: 'Medskick till regionen.',
    strainLevel: 'very_strained',
    values: [],
  });
  expect(draft.status, draft.body.toString()).toBe(200);
  const submitted = await call(role, 'POST', `${url}/submit`, { revision: draft.json().revision });
  expect(submitted.status, submitted.body.toString()).toBe(200);
}

describe('GET /api/rounds/:roundId/overview.pdf', () => {
  it("prints the lägesbild on A4 with each member's reporting status, for those who may read it", async () => {
    const round = await call('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
      title: 'Vecka 2',
      periodStart: '2021-01-11',
      periodEnd: '2021-01-17',
      deadlineDate: '2021-01-12',
      deadlineTime: '12:00',
    });
    const roundId = round.json().id;
    await file('reporter', roundId, 'A', 'Regionens nuläge: ansträngt på IVA.');
    await file('coordinator', roundId, 'C', 'Laholm rapporterat via samordnaren.');
    await call('coordinator', 'PUT', `/api/rounds/${roundId}/summary`, {
      summary: 'Bemanningen är den gemensamma utmaningen.',
      expectedUpdatedAt: null,
    });

    expect((await call('reader', 'GET', `/api/rounds/${roundId}/overview.pdf`)).status).toBe(403);
    const response = await call('coordinator', 'GET', `/api/rounds/${roundId}/overview.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Lägesbild Samlad sjukvårdsresurs Vecka 2.pdf')}`,
    );
    const pdf = await getDocumentProxy(new Uint8Array(response.body));
    const page = await pdf.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    const { text } = await extractText(new Uint8Array(response.body), { mergePages: true });
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain('Lägesbild Samlad sjukvårdsresurs');
    expect(words).toContain('Rapporterat: 2 av 3');
    expect(words).toContain('Verksamhet Rapport Läge Nuläge Utmaning Medskick');
    expect(words).toContain('Region Halland Sen Mycket ansträngt Regionens nuläge: ansträngt på IVA.');
    expect(words).toContain('Hylte kommun Saknas –');
    expect(words).toContain('Laholms kommun Sen, inlämnad av samordnaren');
    expect(words).toContain('Summering Bemanningen är den gemensamma utmaningen.');

    await call('coordinator', 'PATCH', `/api/rounds/${roundId}`, { isPublished: true });
    expect((await call('reader', 'GET', `/api/rounds/${roundId}/overview.pdf`)).status).toBe(200);
  }, 120_000);
});
