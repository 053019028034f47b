import { describe, expect, it } from 'vitest';
import { statusByRole, useTestApp } from '../../test/app.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'D', kind: 'myndighet' }],
  forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B'] }],
  users: [
    { key: 'admin', organization: 'A', isAdmin: true },
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reporter2', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
    { key: 'secretary', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'outsider', organization: 'B' },
  ],
});

async function as(role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const response = await ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: { cookie: await ctx.cookie(role) },
  });
  return {
    status: response.statusCode,
    body: String(response.headers['content-type'] ?? '').includes('json') ? response.json() : response.rawPayload,
  };
}

describe('a whole meeting: plan, hold, decide, assign, justera, publish, follow up', () => {
  const forum = () => ctx.fixture.forum.F!;
  let meeting: {
    id: string;
    items: { id: string; title: string; role: string | null; revision: number; actions: { id: string }[] }[];
  };

  it('plans a meeting with a Dnr from the forum series and the standard agenda', async () => {
    expect(
      (
        await as('coordinator', 'PUT', `/api/forums/${forum()}/meeting-settings`, {
          diaryPrefix: 'VR',
          agendaTemplate: null,
        })
      ).status,
    ).toBe(200);
    const planned = await as('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Välfärdsrådets möte den 25 mars 2021',
      meetingDate: '2021-03-25',
      startTime: '13:00',
      endTime: '15:00',
      location: 'Teams',
      assignDiaryNumber: true,
      chairRole: 'ordforande',
      chair: { name: 'Karin Ordförande' },
      secretary: { userId: ctx.fixture.user.secretary!.id },
      adjusters: [{ userId: ctx.fixture.user.reporter!.id }, { userId: ctx.fixture.user.reporter2!.id }],
    });
    expect(planned.status).toBe(201);
    meeting = planned.body;
    expect(planned.body).toMatchObject({
      diaryNumber: 'VR21/00001',
      status: 'planned',
      chair: { name: 'Karin Ordförande' },
      secretary: { name: 'User secretary' },
    });
    expect(planned.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Mötets öppnande',
      'Godkännande av dagordning',
      'Val av justerare',
      'Föregående minnesanteckningar',
      'Uppföljning av uppdrag',
      'Lägesbild',
      'Övriga frågor',
      'Mötets avslutande',
    ]);
    expect(planned.body.attendees.map((a: { name: string; status: string }) => [a.name, a.status])).toContainEqual([
      'User reporter',
      'invited',
    ]);
    const second = await as('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Extra möte',
      meetingDate: '2021-04-01',
      assignDiaryNumber: true,
      useTemplate: false,
    });
    expect(second.body.diaryNumber).toBe('VR21/00002');
    const duplicate = await as('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Dubblett',
      meetingDate: '2021-04-02',
      diaryNumber: 'VR21/00001',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0].path).toBe('body.diaryNumber');
  });

  it('lets only coordinators plan meetings', async () => {
    expect(
      await statusByRole(
        ctx,
        () => ({
          method: 'POST',
          url: `/api/forums/${forum()}/meetings`,
          payload: { title: 'Nej', meetingDate: '2021-05-01' },
        }),
        ['reporter', 'reader', 'secretary'] as never,
      ),
    ).toEqual({
      reporter: 403,
      reader: 403,
      secretary: 403,
      anonymous: 401,
    });
  });

  it('adds, moves and removes agenda items before the meeting', async () => {
    const added = await as('secretary', 'POST', `/api/meetings/${meeting.id}/items`, {
      title: 'Vaccinationsläget',
      kind: 'beslut',
      presenters: ['Anna Smittskydd'],
    });
    expect(added.status).toBe(200);
    const titles = added.body.items.map((i: { title: string }) => i.title);
    expect(titles.slice(-3)).toEqual(['Vaccinationsläget', 'Övriga frågor', 'Mötets avslutande']);
    const extra = await as('secretary', 'POST', `/api/meetings/${meeting.id}/items`, { title: 'Tas bort' });
    const removeId = extra.body.items.find((i: { title: string }) => i.title === 'Tas bort').id;
    const removed = await as('secretary', 'DELETE', `/api/agenda-items/${removeId}`);
    expect(removed.body.items.map((i: { title: string }) => i.title)).not.toContain('Tas bort');
    const ids = removed.body.items.map((i: { id: string }) => i.id);
    expect(removed.body.items[6].title).toBe('Vaccinationsläget');
    const reordered = await as('secretary', 'PUT', `/api/meetings/${meeting.id}/item-order`, {
      itemIds: [...ids.slice(0, 3), ids[6], ...ids.slice(3, 6), ...ids.slice(7)],
    });
    expect(reordered.body.items.map((i: { title: string }) => i.title).slice(2, 5)).toEqual([
      'Val av justerare',
      'Vaccinationsläget',
      'Föregående minnesanteckningar',
    ]);
    expect(
      (await as('secretary', 'PUT', `/api/meetings/${meeting.id}/item-order`, { itemIds: ids.slice(1) })).status,
    ).toBe(422);
    expect((await as('reporter', 'POST', `/api/meetings/${meeting.id}/items`, { title: 'Nej' })).status).toBe(403);
    meeting = reordered.body;
  });

  it('records attendance per person, with substitutes', async () => {
    const attendees = [
      {
        organizationId: ctx.fixture.org.A,
        userId: ctx.fixture.user.coordinator!.id,
        name: 'User coordinator',
        status: 'present',
      },
      {
        organizationId: ctx.fixture.org.B,
        userId: ctx.fixture.user.reporter!.id,
        name: 'User reporter',
        status: 'present',
      },
      {
        organizationId: ctx.fixture.org.B,
        name: 'Olle Ersättare',
        title: 'Enhetschef',
        status: 'substitute',
        substituteFor: 'Socialchefen',
      },
      { organizationId: ctx.fixture.org.A, name: 'Frånvarande Person', status: 'absent' },
    ];
    const saved = await as('secretary', 'PUT', `/api/meetings/${meeting.id}/attendees`, { attendees });
    expect(saved.status).toBe(200);
    expect(
      saved.body.attendees.map(
        (a: { name: string; status: string; organizationName: string; substituteFor: string | null }) => [
          a.organizationName,
          a.name,
          a.status,
          a.substituteFor,
        ],
      ),
    ).toEqual([
      ['Org A', 'User coordinator', 'present', null],
      ['Org B', 'User reporter', 'present', null],
      ['Org B', 'Olle Ersättare', 'substitute', 'Socialchefen'],
      ['Org A', 'Frånvarande Person', 'absent', null],
    ]);

    // One row cannot be both the replaced person and the substitute: one name would go unprinted.
    const both = await as('secretary', 'PUT', `/api/meetings/${meeting.id}/attendees`, {
      attendees: [{ ...attendees[2], substituteName: 'Stina Ersättare' }],
    });
    expect(both.status).toBe(400);
    expect(both.body.detail).toContain('inte båda på samma rad');
    expect((await as('secretary', 'GET', `/api/meetings/${meeting.id}`)).body.attendees).toHaveLength(4);
  });

  it('holds the meeting: the agenda is fixed, the minutes go on', async () => {
    const held = await as('secretary', 'POST', `/api/meetings/${meeting.id}/hold`);
    expect(held.body.status).toBe('held');
    expect(held.body.permissions).toMatchObject({ canEdit: true, canEditAgenda: false });
    const late = await as('secretary', 'POST', `/api/meetings/${meeting.id}/items`, { title: 'För sent' });
    expect(late.status).toBe(409);
    meeting = held.body;
  });

  it('takes minutes item by item, with decisions and a conflict for the second writer', async () => {
    const target = meeting.items.find((i) => i.title === 'Vaccinationsläget')!;
    const written = await as('secretary', 'PATCH', `/api/agenda-items/${target.id}`, {
      revision: target.revision,
      notes: 'Anna Smittskydd redogjorde för läget.\n- 41 % av de över 70 har fått dos 1\n- Leveranserna är osäkra',
      decisions: [
        'att ge förvaltningscheferna i uppdrag att planera vaccinationen av hemtjänstens brukare',
        'att återkomma i frågan den 8 april',
      ],
    });
    expect(written.status).toBe(200);
    const saved = written.body.items.find((i: { id: string }) => i.id === target.id);
    expect(saved.decisions.map((d: { text: string }) => d.text)).toHaveLength(2);
    expect(saved).toMatchObject({ revision: target.revision + 1, updatedByName: 'User secretary' });
    const second = await as('coordinator', 'PATCH', `/api/agenda-items/${target.id}`, {
      revision: target.revision,
      notes: 'Min version',
    });
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain('User secretary');
    const personal = await as('secretary', 'PATCH', `/api/agenda-items/${target.id}`, {
      revision: saved.revision,
      notes: 'Brukare 811218-9876 avled',
    });
    expect(personal.status).toBe(422);
    expect(
      (await as('reporter', 'PATCH', `/api/agenda-items/${target.id}`, { revision: saved.revision, notes: 'x' }))
        .status,
    ).toBe(403);
    meeting = written.body;
  });

  it('gives uppdrag with an owner and a due date or "till nästa möte"', async () => {
    const target = meeting.items.find((i) => i.title === 'Vaccinationsläget')!;
    const given = await as('secretary', 'POST', `/api/agenda-items/${target.id}/actions`, {
      ownerOrganizationId: ctx.fixture.org.B,
      task: 'Återkomma med en plan för vaccination i hemtjänsten',
      dueNextMeeting: true,
    });
    expect(given.status).toBe(200);
    const action = given.body.items.find((i: { id: string }) => i.id === target.id).actions[0];
    expect(action).toMatchObject({ ownerName: 'Org B', dueNextMeeting: true, status: 'open' });
    const dated = await as('secretary', 'POST', `/api/agenda-items/${target.id}/actions`, {
      ownerName: 'Smittskyddsläkaren',
      task: 'Skicka ut leveransprognosen',
      dueDate: '2021-03-30',
    });
    expect(dated.status).toBe(200);
    const noOwner = await as('secretary', 'POST', `/api/agenda-items/${target.id}/actions`, { task: 'Ingen ansvarig' });
    expect(noOwner.status).toBe(422);
    meeting = dated.body;
  });

  it('numbers bilagor across the meeting and puts PDF bilagor in the archive PDF', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const bilaga = await PDFDocument.create();
    bilaga.addPage();
    bilaga.addPage();
    const data = Buffer.from(await bilaga.save());
    const target = meeting.items.find((i) => i.title === 'Vaccinationsläget')!;
    const body = new FormData();
    body.append('title', 'Lägesrapport vaccination');
    body.append('agendaItemId', target.id);
    body.append('file', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), 'vaccination.pdf');
    const request = new Request('http://localhost', { method: 'POST', body });
    const uploaded = await ctx.app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/attachments`,
      payload: Buffer.from(await request.arrayBuffer()),
      headers: { cookie: await ctx.cookie('secretary'), 'content-type': request.headers.get('content-type')! },
    });
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json().attachments).toEqual([
      expect.objectContaining({
        number: 1,
        title: 'Lägesrapport vaccination',
        contentType: 'application/pdf',
        size: data.length,
      }),
    ]);
    const cookie = await ctx.cookie('coordinator');
    const minutesPdf = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/minutes.pdf`,
      headers: { cookie },
    });
    const archive = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/archive.pdf`,
      headers: { cookie },
    });
    const pages = async (bytes: Buffer) => (await PDFDocument.load(bytes)).getPageCount();
    // The minutes, a page saying the bilaga is not PDF/A (so neither is the archive), the bilaga's two pages.
    expect(archive.headers['samverkan-pdfa']).toBe('none');
    expect(await pages(archive.rawPayload)).toBe((await pages(minutesPdf.rawPayload)) + 1 + 2);
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/attachments/${uploaded.json().attachments[0].id}`,
      headers: { cookie: await ctx.cookie('reporter') },
    });
    expect(download.rawPayload.equals(data)).toBe(true);
    meeting = uploaded.json();
  });

  it('sends the minutes for justering; adjusters comment and approve only their own', async () => {
    const sent = await as('secretary', 'POST', `/api/meetings/${meeting.id}/send-for-review`);
    expect(sent.body.status).toBe('in_review');
    const target = meeting.items.find((i) => i.title === 'Vaccinationsläget')!;
    expect(
      (await as('secretary', 'PATCH', `/api/agenda-items/${target.id}`, { revision: 99, notes: 'x' })).status,
    ).toBe(409);
    const comment = await as('reporter', 'POST', `/api/meetings/${meeting.id}/comments`, {
      agendaItemId: target.id,
      text: 'Skriv ut att leveranserna är osäkra.',
    });
    expect(comment.body.comments).toEqual([
      expect.objectContaining({ userName: 'User reporter', agendaItemId: target.id }),
    ]);
    expect((await as('coordinator', 'POST', `/api/meetings/${meeting.id}/approve`)).status).toBe(403);
    const first = await as('reporter', 'POST', `/api/meetings/${meeting.id}/approve`);
    expect(first.body.status).toBe('in_review');
    expect((await as('reporter', 'POST', `/api/meetings/${meeting.id}/approve`)).status).toBe(409);
    // Hidden for a reason the person is told: not published yet, or not their forum at all.
    expect(await as('reader', 'GET', `/api/meetings/${meeting.id}`)).toMatchObject({
      status: 403,
      body: { code: 'meetings.not_published' },
    });
    expect(await as('outsider', 'GET', `/api/meetings/${meeting.id}`)).toMatchObject({
      status: 403,
      body: { code: 'meetings.not_forum_member', detail: expect.stringContaining('inte med i forumet') },
    });
    const second = await as('reporter2', 'POST', `/api/meetings/${meeting.id}/approve`);
    expect(second.body.status).toBe('approved');
    expect(second.body.adjusters.every((a: { approvedAt: string | null }) => a.approvedAt)).toBe(true);
    const versions = await ctx.database.db
      .selectFrom('minutesVersions')
      .select(['version'])
      .where('meetingId', '=', meeting.id)
      .execute();
    expect(versions).toEqual([{ version: 1 }]);
    expect(
      (await as('secretary', 'PATCH', `/api/agenda-items/${target.id}`, { revision: 2, notes: 'ändrat' })).status,
    ).toBe(409);
  });

  it('generates the minutes as DOCX and PDF with title, Dnr, decisions, uppdrag and signatures', async () => {
    const mammoth = await import('mammoth');
    const { extractText } = await import('unpdf');
    const docx = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/minutes.docx`,
      headers: { cookie: await ctx.cookie('coordinator') },
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    const pdf = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/minutes.pdf`,
      headers: { cookie: await ctx.cookie('coordinator') },
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pdfText = (await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true })).text;
    for (const content of [text, pdfText]) {
      for (const expected of [
        'Välfärdsrådets möte den 25 mars 2021',
        'Välfärdsrådet beslutade',
        'att ge förvaltningscheferna i uppdrag att planera vaccinationen av hemtjänstens brukare',
        'Återkomma med en plan för vaccination i hemtjänsten',
        'Org B',
        'Olle Ersättare',
        'Vid anteckningarna',
        'User secretary',
        'Ordförande',
        'Karin Ordförande',
        'Justerare',
        'User reporter2',
      ]) {
        expect(content.replace(/\s+/g, ' '), expected).toContain(expected);
      }
    }
    expect(pdfText).toContain('VR21/00001');
    expect(pdfText).toMatch(/Sida 1 \(\d+\)/);
    const archive = await ctx.app.inject({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/archive.pdf`,
      headers: { cookie: await ctx.cookie('coordinator') },
    });
    expect(archive.statusCode).toBe(200);
  });

  it('publishes to members and readers', async () => {
    expect((await as('secretary', 'POST', `/api/meetings/${meeting.id}/publish`)).status).toBe(403);
    const published = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/publish`);
    expect(published.body.status).toBe('published');
    const read = await as('reader', 'GET', `/api/meetings/${meeting.id}`);
    expect(read.status).toBe(200);
    expect(read.body.permissions).toMatchObject({ canEdit: false, canApprove: false });
  });

  it('finds the decisions in the register by text and Dnr', async () => {
    const byText = await as('reader', 'GET', '/api/decisions?q=hemtjänstens');
    expect(byText.body.total).toBe(1);
    expect(byText.body.items[0]).toMatchObject({
      forumName: 'Välfärdsrådet',
      diaryNumber: 'VR21/00001',
      meetingDate: '2021-03-25',
      itemTitle: 'Vaccinationsläget',
      itemNumber: '4',
    });
    // The two written under Vaccinationsläget, and the formal clauses written in when the meeting was held.
    expect((await as('coordinator', 'GET', '/api/decisions?q=VR21/00001')).body.total).toBe(6);
  });

  it('follows up open uppdrag at the next meeting; the owner updates status from the lägesrapport', async () => {
    const next = await as('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Välfärdsrådets möte den 8 april 2021',
      meetingDate: '2021-04-08',
      assignDiaryNumber: true,
    });
    expect(next.body.followUps.map((a: { task: string }) => a.task)).toEqual([
      'Återkomma med en plan för vaccination i hemtjänsten',
      'Skicka ut leveransprognosen',
    ]);
    const [mine, other] = next.body.followUps;
    expect((await as('reporter2', 'PATCH', `/api/actions/${mine.id}`, { status: 'done' })).status).toBe(403);
    const byOwner = await as('reporter', 'PATCH', `/api/actions/${mine.id}`, {
      status: 'in_progress',
      comment: 'Plan klar i april.',
    });
    expect(byOwner.body).toMatchObject({
      status: 'in_progress',
      statusComment: 'Plan klar i april.',
      lastUpdate: { byName: 'User reporter', source: 'direct' },
    });
    expect((await as('reporter', 'PATCH', `/api/actions/${mine.id}`, { task: 'Något annat' })).status).toBe(403);
    const atMeeting = await as('coordinator', 'PATCH', `/api/actions/${other.id}`, {
      status: 'done',
      comment: 'Skickad.',
      meetingId: next.body.id,
    });
    expect(atMeeting.body.lastUpdate.source).toBe('meeting');
    const after = await as('coordinator', 'GET', `/api/meetings/${next.body.id}`);
    expect(after.body.followUps.map((a: { status: string }) => a.status)).toEqual(['in_progress', 'done']);
    const mineList = await as('reporter', 'GET', '/api/me/actions');
    expect(mineList.body.map((a: { id: string }) => a.id)).toEqual([mine.id]);
  });

  it('lists uppdrag on the board, filterable by organisation, status and overdue', async () => {
    const all = await as('coordinator', 'GET', `/api/actions?forumId=${forum()}`);
    expect(all.body).toMatchObject({ total: 2, items: [{}, {}] });
    const ofB = await as('coordinator', 'GET', `/api/actions?organizationId=${ctx.fixture.org.B}`);
    expect(ofB.body).toMatchObject({ total: 1, items: [{ ownerOrganizationId: ctx.fixture.org.B }] });
    expect((await as('coordinator', 'GET', '/api/actions?status=done')).body.items).toHaveLength(1);
    const overdue = await as('coordinator', 'GET', '/api/actions?overdue=true');
    expect(overdue.body).toEqual({ items: [], total: 0 });
  });

  it('pages the board in its order, with the total of every page', async () => {
    const all = (await as('coordinator', 'GET', `/api/actions?forumId=${forum()}`)).body;
    const first = await as('coordinator', 'GET', `/api/actions?forumId=${forum()}&limit=1`);
    const second = await as('coordinator', 'GET', `/api/actions?forumId=${forum()}&limit=1&offset=1`);
    const beyond = await as('coordinator', 'GET', `/api/actions?forumId=${forum()}&limit=1&offset=2`);
    expect([first.body.total, second.body.total, beyond.body.total]).toEqual([2, 2, 2]);
    expect([...first.body.items, ...second.body.items]).toEqual(all.items);
    expect(beyond.body.items).toEqual([]);
    expect((await as('coordinator', 'GET', '/api/actions?limit=0')).status).toBe(400);
    expect((await as('coordinator', 'GET', '/api/actions?limit=201')).status).toBe(400);
  });

  it("offers the owner organisations of the uppdrag a user sees for the board's filter", async () => {
    const owners = await as('coordinator', 'GET', '/api/actions/owners');
    expect(owners.body).toContainEqual({ id: ctx.fixture.org.B, name: expect.any(String) });
    const all = (await as('coordinator', 'GET', '/api/actions?limit=200')).body.items;
    const ownerIds = new Set(all.flatMap((a: { ownerOrganizationId: string | null }) => a.ownerOrganizationId ?? []));
    expect(owners.body.map((o: { id: string }) => o.id).sort()).toEqual([...ownerIds].sort());
  });

  it("lists a round's uppdrag by the round alone, for a lägesrapport that has not loaded yet", async () => {
    const round = await as('coordinator', 'POST', `/api/forums/${forum()}/rounds`, {
      title: 'Vecka 14',
      periodStart: '2021-04-05',
      periodEnd: '2021-04-11',
      deadlineDate: '2099-04-06',
      deadlineTime: '12:00',
    });
    const byForum = await as('coordinator', 'GET', `/api/actions?forumId=${forum()}`);
    const byRound = await as('coordinator', 'GET', `/api/actions?roundId=${round.body.id}`);
    expect(byRound.body.items).toHaveLength(2);
    expect(byRound.body.items.map((a: { id: string }) => a.id)).toEqual(
      byForum.body.items.map((a: { id: string }) => a.id),
    );
    const unknown = await as('coordinator', 'GET', `/api/actions?roundId=${crypto.randomUUID()}`);
    expect(unknown.body).toEqual({ items: [], total: 0 });
  });

  it('corrects justerade minutes as a new, audited version', async () => {
    const corrected = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/correct`);
    expect(corrected.body).toMatchObject({ status: 'held', minutesVersion: 2 });
    expect(corrected.body.adjusters.every((a: { approvedAt: string | null }) => a.approvedAt === null)).toBe(true);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', meeting.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['create', 'hold', 'send_for_review', 'approve', 'publish', 'correct']),
    );
  });
});
