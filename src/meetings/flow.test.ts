import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'D', kind: 'myndighet' }],
  forums: [
    { key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B'] },
    { key: 'N', name: 'Nätverket utan serie', owner: 'A', members: ['A'] },
  ],
  users: [
    {
      key: 'coordinator',
      organization: 'A',
      roles: [
        { forum: 'F', role: 'coordinator' },
        { forum: 'N', role: 'coordinator' },
      ],
    },
    { key: 'adjuster', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'adjuster2', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
  ],
});

const { as } = ctx;

const forum = () => ctx.fixture.forum.F!;
const user = (key: string) => ctx.fixture.user[key]!.id;

interface Attendee {
  userId: string | null;
  name: string;
  organizationId: string | null;
  status: string;
  substituteName: string | null;
}

async function plan(title: string, meetingDate: string, extra: object = {}) {
  const created = await as('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
    title,
    meetingDate,
    adjusters: [{ userId: user('adjuster') }, { userId: user('adjuster2') }],
    ...extra,
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; diaryNumber: string | null; attendees: Attendee[] };
}

/** Every invited user marked present, except the changes given by user key; typed people as given. */
async function setAttendance(meetingId: string, attendees: Attendee[], changes: Record<string, Partial<Attendee>>) {
  const keyOf = (a: Attendee) => Object.keys(ctx.fixture.user).find((key) => user(key) === a.userId);
  return as('coordinator', 'PUT', `/api/meetings/${meetingId}/attendees`, {
    attendees: attendees.map((a) => (a.userId ? { ...a, status: 'present', ...changes[keyOf(a) ?? ''] } : a)),
  });
}

describe('the Dnr is assigned from the forum series by default', () => {
  it('numbers a new meeting when the forum has a series and no Dnr is typed', async () => {
    await as('coordinator', 'PUT', `/api/forums/${forum()}/meeting-settings`, {
      diaryPrefix: 'VR',
      agendaTemplate: null,
    });
    const first = await plan('Möte med nummer', '2021-01-14');
    expect(first.diaryNumber).toBe('VR21/00001');
    const typed = await plan('Möte med eget nummer', '2021-01-21', { diaryNumber: 'RD21/01391' });
    expect(typed.diaryNumber).toBe('RD21/01391');
    const declined = await plan('Möte utan nummer', '2021-01-28', { assignDiaryNumber: false });
    expect(declined.diaryNumber).toBeNull();
    expect((await plan('Nästa möte med nummer', '2021-02-04')).diaryNumber).toBe('VR21/00002');
  });

  it('leaves the Dnr empty in a forum without a series, and refuses an explicit request there', async () => {
    const created = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.N}/meetings`, {
      title: 'Nätverksträff',
      meetingDate: '2021-01-14',
    });
    expect(created.status).toBe(201);
    expect(created.body.diaryNumber).toBeNull();
    const asked = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.N}/meetings`, {
      title: 'Nätverksträff',
      meetingDate: '2021-01-21',
      assignDiaryNumber: true,
    });
    expect(asked.status).toBe(422);
    expect(asked.body.code).toBe('meetings.no_diary_prefix');
  });
});

describe('an absent person cannot be justerare', () => {
  it('refuses to mark an adjuster absent, or replaced by a substitute, with a clear message', async () => {
    const meeting = await plan('Närvaromöte', '2021-03-04');
    const absent = await setAttendance(meeting.id, meeting.attendees, { adjuster: { status: 'absent' } });
    expect(absent.status).toBe(422);
    expect(absent.body.code).toBe('meetings.adjuster_absent');
    expect(absent.body.detail).toBe(
      'User adjuster är frånvarande från mötet och kan inte vara justerare. Välj en justerare som var med, eller rätta närvaron.',
    );
    const index = meeting.attendees.findIndex((a) => a.userId === user('adjuster'));
    expect(absent.body.errors[0].path).toBe(`body.attendees.${index}`);
    const replaced = await setAttendance(meeting.id, meeting.attendees, {
      adjuster: { status: 'substitute', substituteName: 'Bertil Ersättare' },
    });
    expect(replaced.status).toBe(422);
    const unchanged = await as('coordinator', 'GET', `/api/meetings/${meeting.id}`);
    expect(unchanged.body.attendees.every((a: Attendee) => a.status === 'invited')).toBe(true);
  });

  it('refuses an absent person as adjuster, and records a substitute by name', async () => {
    const meeting = await plan('Ersättarmöte', '2021-03-11', { adjusters: [{ userId: user('adjuster2') }] });
    const saved = await setAttendance(meeting.id, meeting.attendees, {
      adjuster: { status: 'substitute', substituteName: 'Bertil Ersättare' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.attendees.find((a: Attendee) => a.userId === user('adjuster'))).toMatchObject({
      status: 'substitute',
      substituteName: 'Bertil Ersättare',
    });
    const appointed = await as('coordinator', 'PATCH', `/api/meetings/${meeting.id}`, {
      adjusters: [{ userId: user('adjuster2') }, { userId: user('adjuster') }],
    });
    expect(appointed.status).toBe(422);
    expect(appointed.body.errors[0].path).toBe('body.adjusters.1');
    expect(appointed.body.code).toBe('meetings.adjuster_absent');
    const byName = await setAttendance(
      meeting.id,
      [
        ...meeting.attendees,
        { userId: null, name: 'Karin Extern', organizationId: null, status: 'absent', substituteName: null },
      ],
      {},
    );
    expect(byName.status).toBe(200);
    const typed = await as('coordinator', 'PATCH', `/api/meetings/${meeting.id}`, {
      adjusters: [{ name: 'karin extern' }],
    });
    expect(typed.status).toBe(422);
  });
});

describe('pulling minutes back from justering', () => {
  let meetingId: string;

  it('pulls back with a reason: editable again, approvals reset, audited and shown', async () => {
    const meeting = await plan('Möte som tas tillbaka', '2021-04-01');
    meetingId = meeting.id;
    expect((await setAttendance(meetingId, meeting.attendees, {})).status).toBe(200);
    await as('coordinator', 'POST', `/api/meetings/${meetingId}/hold`);
    const sent = await as('coordinator', 'POST', `/api/meetings/${meetingId}/send-for-review`);
    expect(sent.body.permissions.canWithdraw).toBe(true);
    const approved = await as('adjuster', 'POST', `/api/meetings/${meetingId}/approve`);
    expect(approved.body.adjusters.filter((a: { approvedAt: string | null }) => a.approvedAt)).toHaveLength(1);

    expect((await as('coordinator', 'POST', `/api/meetings/${meetingId}/withdraw`, {})).status).toBe(400);
    expect(
      (await as('adjuster', 'POST', `/api/meetings/${meetingId}/withdraw`, { reason: 'Jag vill ändra' })).status,
    ).toBe(403);
    const withdrawn = await as('coordinator', 'POST', `/api/meetings/${meetingId}/withdraw`, {
      reason: 'Beslutet under punkt 4 saknas.',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'held',
      minutesVersion: 1,
      withdrawal: { reason: 'Beslutet under punkt 4 saknas.', byName: 'User coordinator' },
      permissions: { canEdit: true, canWithdraw: false },
    });
    expect(withdrawn.body.adjusters.every((a: { approvedAt: string | null }) => a.approvedAt === null)).toBe(true);
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('entityId', '=', meetingId)
      .where('action', '=', 'withdraw')
      .execute();
    expect(audit).toEqual([
      { action: 'withdraw', after: { status: 'held', reason: 'Beslutet under punkt 4 saknas.', version: 1 } },
    ]);
    const again = await as('coordinator', 'POST', `/api/meetings/${meetingId}/withdraw`, { reason: 'Igen' });
    expect(again.status).toBe(409);
  });

  it('sends again for justering; the reason is gone and every adjuster approves anew', async () => {
    const resent = await as('coordinator', 'POST', `/api/meetings/${meetingId}/send-for-review`);
    expect(resent.body).toMatchObject({ status: 'in_review', withdrawal: null });
    expect((await as('adjuster', 'POST', `/api/meetings/${meetingId}/approve`)).body.status).toBe('in_review');
    expect((await as('adjuster2', 'POST', `/api/meetings/${meetingId}/approve`)).body.status).toBe('approved');
  });
});

describe('the start page lists meetings to justera, minutes in progress and the next meeting', () => {
  it('shows an adjuster what they have to justera, until they have', async () => {
    const meeting = await plan('Möte att justera', '2021-05-06');
    await setAttendance(meeting.id, meeting.attendees, {});
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/hold`);
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/send-for-review`);
    const mine = await as('adjuster', 'GET', '/api/me/meetings');
    expect(mine.status).toBe(200);
    expect(mine.body.toApprove.map((m: { title: string }) => m.title)).toEqual(['Möte att justera']);
    expect(mine.body.inProgress).toEqual([]);
    await as('adjuster', 'POST', `/api/meetings/${meeting.id}/approve`);
    expect((await as('adjuster', 'GET', '/api/me/meetings')).body.toApprove).toEqual([]);
    expect(
      (await as('adjuster2', 'GET', '/api/me/meetings')).body.toApprove.map((m: { title: string }) => m.title),
    ).toEqual(['Möte att justera']);
  });

  it("shows the coordinator their minutes in progress and each forum's next planned meeting", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const nextYear = String(Number(today.slice(0, 4)) + 1);
    await plan('Nästa möte', `${nextYear}-01-15`);
    await plan('Mötet därefter', `${nextYear}-02-15`);
    const mine = await as('coordinator', 'GET', '/api/me/meetings');
    expect(mine.body.inProgress.map((m: { title: string; status: string }) => [m.title, m.status])).toEqual([
      ['Möte som tas tillbaka', 'approved'],
      ['Möte att justera', 'in_review'],
    ]);
    expect(mine.body.upcoming.map((m: { title: string; forumName: string }) => [m.title, m.forumName])).toEqual([
      ['Nästa möte', 'Välfärdsrådet'],
    ]);
  });

  it('shows a reader nothing and asks an anonymous caller to sign in', async () => {
    expect((await as('reader', 'GET', '/api/me/meetings')).body).toEqual({
      toApprove: [],
      inProgress: [],
      upcoming: [],
    });
    expect((await as(null, 'GET', '/api/me/meetings')).status).toBe(401);
  });
});

describe('"till nästa möte" uppdrag', () => {
  it('become overdue once the next meeting is held', async () => {
    const given = await plan('Mötet som ger uppdraget', '2022-03-03');
    await as('coordinator', 'POST', `/api/meetings/${given.id}/hold`);
    const meeting = (await as('coordinator', 'GET', `/api/meetings/${given.id}`)).body;
    const item = meeting.items.find((i: { role: string | null }) => i.role === 'other_questions');
    const withAction = await as('coordinator', 'POST', `/api/agenda-items/${item.id}/actions`, {
      ownerOrganizationId: ctx.fixture.org.B,
      task: 'Återkomma om bemanningen till nästa möte',
      dueNextMeeting: true,
    });
    const actionId = withAction.body.items.find((i: { id: string }) => i.id === item.id).actions[0].id;
    const overdueIds = async () =>
      (await as('coordinator', 'GET', `/api/actions?forumId=${forum()}&overdue=true`)).body.items.map(
        (a: { id: string }) => a.id,
      );
    const next = await plan('Nästa möte i mars', '2022-03-17');
    expect((await as('adjuster', 'GET', '/api/me/actions')).body).toContainEqual(
      expect.objectContaining({ id: actionId, isOverdue: false }),
    );
    expect(await overdueIds()).not.toContain(actionId);
    await as('coordinator', 'POST', `/api/meetings/${next.id}/hold`);
    expect((await as('adjuster', 'GET', '/api/me/actions')).body).toContainEqual(
      expect.objectContaining({ id: actionId, isOverdue: true }),
    );
    expect(await overdueIds()).toContain(actionId);
    await as('adjuster', 'PATCH', `/api/actions/${actionId}`, { status: 'done', comment: 'Klart.' });
    expect(await overdueIds()).not.toContain(actionId);
  });
});

describe('§ numbering of a protokoll', () => {
  const numbers = (meeting: { items: { number: string }[] }) => meeting.items.map((i) => i.number);
  const planIn = async (title: string, meetingDate: string, documentType: string) => {
    const created = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.N}/meetings`, {
      title,
      meetingDate,
      documentType,
    });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('numbers a protokoll § 1, § 2 … and minnesanteckningar 1, 2 …', async () => {
    const protokoll = await planIn('Protokoll i januari', '2023-01-12', 'protokoll');
    expect(numbers(protokoll)).toEqual(['§ 1', '§ 2', '§ 3', '§ 4', '§ 5', '§ 6', '§ 7', '§ 8']);
    const notes = await planIn('Anteckningar i januari', '2023-01-19', 'minnesanteckningar');
    expect(numbers(notes).slice(0, 2)).toEqual(['1', '2']);
    expect(numbers(await planIn('Protokoll i februari', '2023-02-09', 'protokoll'))[0]).toBe('§ 1');
  });

  it('continues the numbering over the year when the forum numbers its § that way', async () => {
    const settings = await as('coordinator', 'PUT', `/api/forums/${ctx.fixture.forum.N}/meeting-settings`, {
      diaryPrefix: null,
      agendaTemplate: null,
      continuousSectionNumbering: true,
    });
    expect(settings.body.continuousSectionNumbering).toBe(true);
    expect(
      (await as('coordinator', 'GET', `/api/forums/${ctx.fixture.forum.N}/meeting-settings`)).body
        .continuousSectionNumbering,
    ).toBe(true);
    const march = await planIn('Protokoll i mars', '2023-03-09', 'protokoll');
    // January's and February's protokoll used § 1–16; minnesanteckningar do not count.
    expect(numbers(march)[0]).toBe('§ 17');
    expect(numbers(march).at(-1)).toBe('§ 24');
    const nextYear = await planIn('Protokoll nästa år', '2024-01-11', 'protokoll');
    expect(numbers(nextYear)[0]).toBe('§ 1');
    const added = await as('coordinator', 'POST', `/api/meetings/${march.id}/items`, { title: 'Extra ärende' });
    expect(numbers(added.body).at(-1)).toBe('§ 25');
  });

  it('keeps the § of justerade protokoll when an earlier protokoll is planned afterwards', async () => {
    const april = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.N}/meetings`, {
      title: 'Protokoll i april',
      meetingDate: '2023-04-13',
      documentType: 'protokoll',
      adjusters: [{ userId: user('coordinator') }],
    });
    expect(numbers(april.body)[0]).toBe('§ 26');
    for (const step of ['hold', 'send-for-review', 'approve']) {
      const done = await as('coordinator', 'POST', `/api/meetings/${april.body.id}/${step}`);
      expect(done.status, `${step}: ${JSON.stringify(done.body)}`).toBe(200);
    }
    // Eight more § before April: live numbering would now start April at § 34.
    await planIn('Extra protokoll i mars', '2023-03-30', 'protokoll');
    const after = await as('coordinator', 'GET', `/api/meetings/${april.body.id}`);
    expect(numbers(after.body)).toEqual(numbers(april.body));
    const pdf = await ctx.app.inject({
      url: `/api/meetings/${april.body.id}/minutes.pdf`,
      headers: { cookie: await ctx.cookie('coordinator') },
    });
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toContain(`§ 26 ${april.body.items[0].title}`);
  });
});

describe('default att-clauses for the formal items', () => {
  it('writes the usual clauses in when the meeting is held, keeping what the secretary wrote', async () => {
    const meeting = await as('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Protokollfört möte',
      meetingDate: '2023-05-04',
      documentType: 'protokoll',
      chairRole: 'ordforande',
      adjusters: [{ userId: user('adjuster') }, { name: 'Karin Extern' }],
    });
    const agenda = meeting.body.items.find((i: { role: string | null }) => i.role === 'agenda');
    await as('coordinator', 'PATCH', `/api/agenda-items/${agenda.id}`, {
      revision: agenda.revision,
      decisions: ['att godkänna dagordningen med tillägg av punkt 9'],
    });
    const held = await as('coordinator', 'POST', `/api/meetings/${meeting.body.id}/hold`);
    const clauses = Object.fromEntries(
      held.body.items.map((i: { role: string | null; decisions: { text: string }[] }) => [
        i.role ?? 'other',
        i.decisions.map((d) => d.text),
      ]),
    );
    expect(clauses).toMatchObject({
      opening: ['att förklara mötet öppnat'],
      agenda: ['att godkänna dagordningen med tillägg av punkt 9'],
      adjusters: ['att utse User adjuster och Karin Extern att jämte ordföranden justera protokollet'],
      previous_minutes: [],
      closing: ['att förklara mötet avslutat'],
    });
  });
});
