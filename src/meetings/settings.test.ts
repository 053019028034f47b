import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { standardAgenda } from './schema.ts';

const ctx = useTestApp();

const as = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
  ctx.as('coordinator', method, url, payload);

const settingsUrl = () => `/api/forums/${ctx.fixture.forum.F}/meeting-settings`;

async function planMeeting(title: string) {
  const planned = await as('POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
    title,
    meetingDate: '2030-03-25',
    chairRole: 'ordforande',
  });
  expect(planned.status).toBe(201);
  return (planned.body as { items: { title: string; kind: string | null; role: string | null }[] }).items.map(
    ({ title, kind, role }) => ({ title, kind, role }),
  );
}

describe('meeting settings: the standard agenda or the forum’s own', () => {
  it('answers null for a forum that follows the standard agenda, and keeps it null when saved unchanged', async () => {
    expect(await as('GET', settingsUrl())).toEqual({
      status: 200,
      body: { diaryPrefix: null, agendaTemplate: null, continuousSectionNumbering: false, language: 'sv' },
    });
    const saved = await as('PUT', settingsUrl(), { diaryPrefix: 'VR', agendaTemplate: null });
    expect(saved).toEqual({
      status: 200,
      body: { diaryPrefix: 'VR', agendaTemplate: null, continuousSectionNumbering: false, language: 'sv' },
    });
    expect((await as('GET', settingsUrl())).body).toEqual({
      diaryPrefix: 'VR',
      agendaTemplate: null,
      continuousSectionNumbering: false,
      language: 'sv',
    });
    expect(await planMeeting('Möte med standardmallen')).toEqual(standardAgenda('sv'));
  });

  it('returns and uses a template of the forum’s own, and goes back to the standard one', async () => {
    const own = [
      { title: 'Mötets öppnande', kind: null, role: 'opening' },
      { title: 'Läget i kommunerna', kind: 'rapport', role: null },
    ];
    expect((await as('PUT', settingsUrl(), { diaryPrefix: null, agendaTemplate: own })).status).toBe(200);
    expect((await as('GET', settingsUrl())).body).toEqual({
      diaryPrefix: null,
      agendaTemplate: own,
      continuousSectionNumbering: false,
      language: 'sv',
    });
    expect(await planMeeting('Möte med egen mall')).toEqual(own);

    await as('PUT', settingsUrl(), { diaryPrefix: null, agendaTemplate: null });
    expect((await as('GET', settingsUrl())).body.agendaTemplate).toBeNull();
  });

  it('offers the standard agenda in the forum’s language, and keeps a template of its own as written', async () => {
    const saved = await as('PUT', settingsUrl(), { diaryPrefix: null, agendaTemplate: null, language: 'en' });
    expect(saved.body).toEqual({
      diaryPrefix: null,
      agendaTemplate: null,
      continuousSectionNumbering: false,
      language: 'en',
    });
    const items = await planMeeting('Meeting with the English agenda');
    expect(items).toEqual(standardAgenda('en'));
    expect(items.map((item) => item.title)).toContain('Election of adjusters');
    // The roles stay the same in both languages: the meeting flow finds its adjusters item either way.
    expect(items.map((item) => item.role)).toEqual(standardAgenda('sv').map((item) => item.role));

    const own = [{ title: 'Läget i kommunerna', kind: 'rapport', role: null }];
    await as('PUT', settingsUrl(), { diaryPrefix: null, agendaTemplate: own, language: 'en' });
    expect(await planMeeting('Meeting with its own template')).toEqual(own);

    const refused = await as('PUT', settingsUrl(), { diaryPrefix: null, agendaTemplate: null, language: 'fi' });
    expect(refused.status).toBe(400);
    expect((await as('GET', settingsUrl())).body.language).toBe('en');
  });
});
