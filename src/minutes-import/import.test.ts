import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { countImportRows, CUT_PROTOCOL, loadCorpus, repoRoot } from './test-support.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }],
  forums: [{ key: 'F', name: 'Samlad sjukvårdsresurs', owner: 'A', members: ['A', 'B'] }],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
  ],
});

const samples = path.resolve(repoRoot, '..', 'shared', 'samples');
const sample = (name: string) =>
  fs.readFileSync(
    path.join(
      samples,
      fs.readdirSync(samples).find((f) => f.startsWith(name))!,
    ),
  );

function form(filename: string, data: Buffer, minutes?: unknown, fields: Record<string, string> = {}) {
  // The corrections come after the file on purpose: the server must read every part.
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(data)]), filename);
  if (minutes !== undefined) body.append('minutes', JSON.stringify(minutes));
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  return body;
}

async function getMeeting(id: string, role = 'coordinator') {
  return (await ctx.as(role, 'GET', `/api/meetings/${id}`)).body;
}

const countRows = () => countImportRows(ctx.database.db);

async function upload(role: string, url: string, body: FormData) {
  const request = new Request('http://localhost', { method: 'POST', body });
  const payload = Buffer.from(await request.arrayBuffer());
  const response = await ctx.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { cookie: await ctx.cookie(role), 'content-type': request.headers.get('content-type')! },
  });
  return { status: response.statusCode, body: response.json() };
}

describe('importing old minutes through the API', () => {
  const base = () => `/api/forums/${ctx.fixture.forum.F}/minutes-imports`;

  it('previews what was understood without saving anything', async () => {
    const preview = await upload('coordinator', `${base()}/preview`, form('002.txt', sample('002')));
    expect(preview.status).toBe(200);
    expect(preview.body.minutes).toMatchObject({
      date: '2020-12-29',
      startTime: '14:00',
      location: 'Telefonkonferens',
    });
    expect(preview.body.minutes.statusReports.length).toBeGreaterThan(5);
    expect(preview.body.alreadyImportedMeetingId).toBeNull();
    const meetings = await ctx.database.db.selectFrom('meetings').select('id').execute();
    expect(meetings).toHaveLength(0);
  });

  it('previews a file whose points have a number but no heading, each point called by its number', async () => {
    const c34 = loadCorpus().find((d) => d.id === 'c34')!;
    const preview = await upload('coordinator', `${base()}/preview`, form('c34.txt', Buffer.from(c34.text)));
    expect(preview.status).toBe(200);
    expect(preview.body.minutes.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ number: '88', title: 'Punkt 88' })]),
    );
  });

  it('imports a file as a meeting with attendance, items, decisions and uppdrag, once', async () => {
    const first = await upload('coordinator', base(), form('003.txt', sample('003')));
    expect(first.status).toBe(201);
    const meeting = await getMeeting(first.body.meetingId);
    expect(meeting.status).toBe('imported');
    expect(meeting.attendees.length).toBeGreaterThan(3);
    expect(meeting.items.length).toBeGreaterThan(3);
    const decisions = meeting.items.flatMap((i: { decisions: { text: string }[] }) => i.decisions.map((d) => d.text));
    expect(decisions.length).toBeGreaterThan(0);
    expect(meeting.attachments).toEqual([expect.objectContaining({ isSource: true, filename: '003.txt' })]);
    // Old minutes never had a kallelse here: the meeting says where it came from instead, to every reader.
    const asReader = await getMeeting(first.body.meetingId, 'reporter');
    for (const seen of [meeting, asReader])
      expect(seen.imported).toEqual({
        filename: '003.txt',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        byName: 'User coordinator',
      });
    expect(meeting.invitation).toBeNull();
    const again = await upload('coordinator', base(), form('003-kopia.txt', sample('003')));
    expect(again).toEqual({ status: 200, body: { meetingId: first.body.meetingId, created: false } });
    const register = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/decisions?q=${encodeURIComponent(decisions[0]!.slice(4, 30))}`,
        headers: { cookie: await ctx.cookie('coordinator') },
      })
    ).json();
    expect(register.items.map((d: { meetingId: string }) => d.meetingId)).toContain(first.body.meetingId);
  });

  it('saves the corrections a person made to the preview', async () => {
    const preview = await upload('coordinator', `${base()}/preview`, form('000.txt', sample('000')));
    const [first, ...rest] = preview.body.minutes.items;
    const corrected = {
      ...preview.body.minutes,
      title: 'Rättad rubrik',
      diaryNumber: 'RS 2021-00001',
      items: [{ ...first, notes: 'Egen anteckning om punkten.' }, ...rest],
    };
    const saved = await upload('coordinator', base(), form('000.txt', sample('000'), corrected));
    expect(saved.status).toBe(201);
    const meeting = await getMeeting(saved.body.meetingId);
    expect(meeting).toMatchObject({ title: 'Rättad rubrik', diaryNumber: 'RS 2021-00001' });
    expect(meeting.items[0].notes).toBe('Egen anteckning om punkten.');
  });

  it("keeps a point's uppdrag in the order the minutes wrote them", async () => {
    const preview = await upload('coordinator', `${base()}/preview`, form('000.txt', sample('000')));
    const owners = ['Helena', 'Bo', 'Gun', 'Adam', 'Fia', 'Carl', 'Eva', 'Dan'];
    const [first] = preview.body.minutes.items;
    const corrected = {
      ...preview.body.minutes,
      date: '2015-03-03',
      items: [
        {
          ...first,
          actions: owners.map((owner, index) => ({ owner, task: `Uppdrag ${index + 1}`, due: null })),
        },
      ],
    };
    const saved = await upload('coordinator', base(), form('ordning.txt', Buffer.from('Ordning\n'), corrected));
    expect(saved.status).toBe(201);
    const meeting = await getMeeting(saved.body.meetingId);
    expect(meeting.items[0].actions.map((a: { ownerName: string }) => a.ownerName)).toEqual(owners);
  });

  it('refuses a personnummer in a correction, a missing date, bad files and other roles, writing nothing', async () => {
    const before = (await ctx.database.db.selectFrom('meetings').select('id').execute()).length;
    const preview = await upload('coordinator', `${base()}/preview`, form('001.txt', sample('001')));
    // In the title and in the document's notes (text outside the items).
    for (const correction of [{ title: 'Om 811218-9876' }, { notes: 'Anslaget gäller 811218-9876.' }]) {
      const personal = await upload(
        'coordinator',
        base(),
        form('001.txt', sample('001'), { ...preview.body.minutes, ...correction }),
      );
      expect(personal.status, JSON.stringify(correction)).toBe(422);
      expect(personal.body.code, JSON.stringify(correction)).toBe('validation.personal_identity_number');
    }
    const undated = await upload(
      'coordinator',
      base(),
      form('001.txt', sample('001'), { ...preview.body.minutes, date: null }),
    );
    expect(undated.status).toBe(422);
    expect(undated.body.code).toBe('minutes.date_missing');
    const empty = await upload('coordinator', base(), form('tom.txt', Buffer.alloc(0)));
    expect(empty).toMatchObject({ status: 422, body: { code: 'minutes.empty' } });
    const english = await upload(
      'coordinator',
      `${base()}/preview`,
      form(
        'en.txt',
        Buffer.from('Meeting notes. The board decided to approve the budget. Next meeting in May.\n'.repeat(20)),
      ),
    );
    expect(english.status).toBe(422);
    expect((await upload('reporter', base(), form('001.txt', sample('001')))).status).toBe(403);
    expect((await ctx.database.db.selectFrom('meetings').select('id').execute()).length).toBe(before);
  });

  it('keeps the text of sample 002 that is neither a decision nor an uppdrag, and its full title', async () => {
    const preview = await upload('coordinator', `${base()}/preview`, form('002.txt', sample('002')));
    expect(preview.body.minutes.title).toMatch(/^Avstämningsmöte\b.*Samlad sjukvårdsresurs i Halland$/);
    const summering = preview.body.minutes.items.find((i: { title: string }) => /summering/i.test(i.title));
    expect(summering.notes).toContain('Hallandsjouren bör bjudas in');
    const saved = await upload('coordinator', base(), form('002.txt', sample('002')));
    expect(saved.status).toBe(201);
    const meeting = await getMeeting(saved.body.meetingId);
    expect(meeting.title).toBe(preview.body.minutes.title);
    const item = meeting.items.find((i: { title: string }) => /summering/i.test(i.title));
    expect(item.notes).toContain('Ansträngt på Hallands sjukhus');
    expect(item.notes).toContain('Hallandsjouren bör bjudas in');
    expect(item.notes).toContain('Närmaste berörda diskuterar');
  });

  it("keeps a protocol cut after its first page as the document's notes, not as an item, and saves them", async () => {
    const cut = Buffer.from(CUT_PROTOCOL);
    const preview = await upload('coordinator', `${base()}/preview`, form('anslag.txt', cut));
    expect(preview.status).toBe(200);
    expect(preview.body.minutes.items).toEqual([]);
    expect(preview.body.minutes.notes).toContain('Förvaringsplats för protokollet: Kommunhuset, Storgatan 4');
    const corrected = { ...preview.body.minutes, notes: `${preview.body.minutes.notes}\nRättat i förhandsvisningen.` };
    const saved = await upload('coordinator', base(), form('anslag.txt', cut, corrected));
    expect(saved.status).toBe(201);
    const meeting = await getMeeting(saved.body.meetingId);
    expect(meeting.items).toHaveLength(1);
    expect(meeting.items[0]).toMatchObject({ title: 'Text utanför punkterna', kind: null });
    expect(meeting.items[0].notes).toContain('Protokollet är justerat.');
    expect(meeting.items[0].notes).toContain('Rättat i förhandsvisningen.');
  });

  it('names a meeting on the same date, refuses with 409 until the person confirms, and then imports', async () => {
    const first = await upload('coordinator', base(), form('004.txt', sample('004')));
    expect(first.status).toBe(201);
    const firstMeeting = await getMeeting(first.body.meetingId);
    // Another file of the same meeting (a copy with an extra line): not the same checksum, same date.
    const copy = Buffer.concat([sample('004'), Buffer.from('\nRenskriven version.\n')]);
    const preview = await upload('coordinator', `${base()}/preview`, form('004-renskriven.txt', copy));
    expect(preview.status).toBe(200);
    expect(preview.body.alreadyImportedMeetingId).toBeNull();
    expect(preview.body.sameDateMeetings).toEqual([
      { id: first.body.meetingId, title: firstMeeting.title, status: 'imported' },
    ]);
    const before = await countRows();
    const refused = await upload('coordinator', base(), form('004-renskriven.txt', copy));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'minutes.date_taken',
      meetings: [{ id: first.body.meetingId, title: firstMeeting.title }],
    });
    expect(refused.body.detail).toContain(firstMeeting.title);
    expect(await countRows()).toEqual(before);
    const anyway = await upload(
      'coordinator',
      base(),
      form('004-renskriven.txt', copy, preview.body.minutes, { allowSameDate: 'true' }),
    );
    expect(anyway.status).toBe(201);
    expect(anyway.body.meetingId).not.toBe(first.body.meetingId);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('entityId', '=', anyway.body.meetingId)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'import',
        after: expect.objectContaining({ sameDateMeetings: [firstMeeting.title] }),
      }),
    ]);
    // The same file again is recognised by its checksum before the date is looked at.
    const again = await upload('coordinator', base(), form('kopia.txt', copy));
    expect(again).toEqual({ status: 200, body: { meetingId: anyway.body.meetingId, created: false } });
  });
});
