import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { deliverQueued, type ReceivedMail } from '../../test/smtp.ts';

const ctx = useTestApp(
  {
    organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'E' }, { key: 'D', kind: 'myndighet' }],
    forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B', 'E'] }],
    users: [
      { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
      { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'english', organization: 'E', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
    ],
  },
  { SAMVERKAN_PUBLIC_URL: 'https://samverkan.test.example', SAMVERKAN_MAIL_FROM: 'Samverkan <samverkan@test.example>' },
);

const { as } = ctx;

const deliver = () => deliverQueued(ctx.database.db, ctx.config.mail);

const to = (received: ReceivedMail[], key: string) => received.find((r) => r.to.includes(`${key}@test.example`));

/** The calendar part of a mail, parsed back with ical.js. */
function calendarOf(mail: ReceivedMail) {
  const part = mail.mail.attachments.find((a) => a.contentType === 'application/ics');
  expect(part?.filename).toBe('invite.ics');
  const calendar = new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent')!;
  const start = event.getFirstProperty('dtstart')!;
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
  const startTime = start.getFirstValue() as ICAL.Time;
  startTime.zone = zone;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    tzid: start.getParameter('tzid'),
    vtimezone: zone.tzid,
    startUtc: startTime.toJSDate().toISOString(),
    endTzid: event.getFirstProperty('dtend')?.getParameter('tzid'),
    location: event.getFirstPropertyValue('location'),
    description: String(event.getFirstPropertyValue('description')),
    organizer: String(event.getFirstPropertyValue('organizer')).replace(/^mailto:/i, ''),
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).replace(/^mailto:/i, '')),
  };
}

async function planMeeting(title: string) {
  const created = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
    title,
    meetingDate: '2031-06-12',
    startTime: '10:00',
    endTime: '12:00',
    location: 'Falun, Stadshuset',
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; items: { title: string }[]; attendees: { userId: string | null }[] };
}

describe('the kallelse with a calendar invitation', () => {
  it('mails every invitee the agenda in their language with an invitation calendars accept', async () => {
    await ctx.database.db
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', ctx.fixture.user.english!.id)
      .execute();
    const meeting = await planMeeting('Beredningsmöte');
    const sent = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`);
    expect(sent.status).toBe(200);
    expect(sent.body.invitation).toMatchObject({ sequence: 0, isOutdated: false });

    const received = await deliver();
    expect(received.map((r) => r.to[0]).sort()).toEqual([
      'coordinator@test.example',
      'english@test.example',
      'reporter@test.example',
    ]);
    const swedish = to(received, 'reporter')!;
    expect(swedish.mail.subject).toBe('Kallelse: Beredningsmöte, Välfärdsrådet, 2031-06-12');
    expect(swedish.mail.text).toContain('Du kallas till Beredningsmöte i Välfärdsrådet.');
    expect(swedish.mail.text).toContain('Tid: 2031-06-12 kl. 10:00–12:00');
    expect(swedish.mail.text).toContain('Plats: Falun, Stadshuset');
    expect(swedish.mail.text).toContain(`Dagordning\n1. ${meeting.items[0]!.title}`);
    expect(swedish.mail.text).toContain(`Öppna mötet: https://samverkan.test.example/moten/${meeting.id}`);
    expect(swedish.mail.html).toContain('<html lang="sv">');
    expect(swedish.mail.html).toContain(`<a href="https://samverkan.test.example/moten/${meeting.id}">Öppna mötet</a>`);
    const english = to(received, 'english')!;
    expect(english.mail.subject).toBe('Invitation: Beredningsmöte, Välfärdsrådet, 2031-06-12');
    expect(english.mail.text).toContain('When: 2031-06-12, 10:00–12:00 (Swedish time)');
    expect(english.mail.text).toContain(`Agenda\n1. ${meeting.items[0]!.title}`);
    expect(english.mail.html).toContain('<html lang="en">');

    const ics = calendarOf(swedish);
    expect(ics).toMatchObject({
      method: 'REQUEST',
      uid: `meeting-${meeting.id}@samverkan.test.example`,
      sequence: 0,
      status: 'CONFIRMED',
      tzid: 'Europe/Stockholm',
      vtimezone: 'Europe/Stockholm',
      endTzid: 'Europe/Stockholm',
      location: 'Falun, Stadshuset',
      organizer: 'samverkan@test.example',
    });
    // 10:00 in Stockholm in June is 08:00 UTC (summer time).
    expect(ics.startUtc).toBe('2031-06-12T08:00:00.000Z');
    expect(ics.attendees.sort()).toEqual(['coordinator@test.example', 'english@test.example', 'reporter@test.example']);
    expect(ics.description).toContain(meeting.items[0]!.title);
    // Outlook and Google Calendar act on the text/calendar alternative with its METHOD.
    expect(swedish.mail.attachments.some((a) => a.contentType === 'text/calendar')).toBe(true);

    const mail = await as('coordinator', 'GET', `/api/meetings/${meeting.id}/mail`);
    expect(mail.status).toBe(200);
    expect(mail.body).toHaveLength(3);
    expect(mail.body[0]).toMatchObject({ kind: 'meeting_invitation', calendarMethod: 'REQUEST', status: 'sent' });
    expect((await as('reporter', 'GET', `/api/meetings/${meeting.id}/mail`)).status).toBe(403);
    expect((await as('reporter', 'POST', `/api/meetings/${meeting.id}/invitations`)).status).toBe(403);
  });

  it('sends a new time or place at once as an update with the same UID and a raised SEQUENCE', async () => {
    const meeting = await planMeeting('Uppföljningsmöte');
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`);
    const first = calendarOf(to(await deliver(), 'reporter')!);

    const moved = await as('coordinator', 'PATCH', `/api/meetings/${meeting.id}`, {
      startTime: '13:00',
      endTime: '15:00',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.invitation).toMatchObject({ sequence: 1, isOutdated: false });
    const update = to(await deliver(), 'reporter')!;
    expect(update.mail.subject).toBe('Ändrad kallelse: Uppföljningsmöte, Välfärdsrådet, 2031-06-12');
    expect(update.mail.text).toContain('Den här kallelsen ersätter den tidigare.');
    const second = calendarOf(update);
    expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 1 });
    expect(second.startUtc).toBe('2031-06-12T11:00:00.000Z');

    // A change that says nothing a calendar shows sends nothing.
    await as('coordinator', 'PATCH', `/api/meetings/${meeting.id}`, { chairRole: 'motesledare' });
    expect(await deliver()).toHaveLength(0);
  });

  it('marks the kallelse outdated when the agenda changes, and sends it again on request', async () => {
    const meeting = await planMeeting('Dagordningsmöte');
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`);
    await deliver();
    const added = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/items`, {
      title: 'Vaccinationsläget',
      kind: 'information',
    });
    expect(added.status).toBe(200);
    expect(added.body.invitation).toMatchObject({ sequence: 0, isOutdated: true });
    const again = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`);
    expect(again.body.invitation).toMatchObject({ sequence: 1, isOutdated: false });
    const update = to(await deliver(), 'reporter')!;
    expect(update.mail.text).toContain('Vaccinationsläget');
    expect(calendarOf(update)).toMatchObject({ method: 'REQUEST', sequence: 1 });
  });

  it('sends a CANCEL with a raised SEQUENCE when the meeting is cancelled', async () => {
    const meeting = await planMeeting('Inställt möte');
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`);
    const first = calendarOf(to(await deliver(), 'reporter')!);
    expect((await as('reporter', 'POST', `/api/meetings/${meeting.id}/cancel`)).status).toBe(403);
    const cancelled = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const received = await deliver();
    expect(received).toHaveLength(3);
    const mail = to(received, 'reporter')!;
    expect(mail.mail.subject).toBe('Inställt: Inställt möte, Välfärdsrådet, 2031-06-12');
    expect(mail.mail.text).not.toContain('Dagordning');
    expect(calendarOf(mail)).toMatchObject({ method: 'CANCEL', uid: first.uid, sequence: 1, status: 'CANCELLED' });
    const twice = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/cancel`);
    expect(twice.status).toBe(409);
    expect((await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`)).status).toBe(409);
  });

  it('leaves the agenda out for an invitee who may not read the meeting yet', async () => {
    const meeting = await planMeeting('Möte med läsare');
    const current = await as('coordinator', 'GET', `/api/meetings/${meeting.id}`);
    const reader = ctx.fixture.user.reader!;
    const saved = await as('coordinator', 'PUT', `/api/meetings/${meeting.id}/attendees`, {
      attendees: [
        ...current.body.attendees,
        { userId: reader.id, name: 'User reader', organizationId: null, status: 'invited' },
      ],
    });
    expect(saved.status).toBe(200);
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`);
    const received = await deliver();
    const toReader = to(received, 'reader')!;
    expect(toReader.mail.text).toContain('Du kallas till Möte med läsare');
    expect(toReader.mail.text).not.toContain('Dagordning');
    expect(toReader.mail.text).not.toContain(meeting.items[0]!.title);
    expect(calendarOf(toReader).description).not.toContain(meeting.items[0]!.title);
    expect(to(received, 'reporter')!.mail.text).toContain('Dagordning');
  });

  it('sends no kallelse to an invitee who turned kallelser off, and says so on the meeting', async () => {
    await as('reporter', 'PUT', '/api/me/mail-preferences', {
      items: [{ kind: 'meeting_invitation', isEnabled: false }],
    });
    const meeting = await planMeeting('Möte utan kallelse till B');
    await as('coordinator', 'POST', `/api/meetings/${meeting.id}/invitations`);
    const received = await deliver();
    expect(to(received, 'reporter')).toBeUndefined();
    expect(received).toHaveLength(2);
    const mail = await as('coordinator', 'GET', `/api/meetings/${meeting.id}/mail`);
    const statuses = Object.fromEntries(
      mail.body.map((m: { toEmail: string; status: string }) => [m.toEmail, m.status]),
    );
    expect(statuses['reporter@test.example']).toBe('opted_out');
    await as('reporter', 'PUT', '/api/me/mail-preferences', {
      items: [{ kind: 'meeting_invitation', isEnabled: true }],
    });
  });
});
