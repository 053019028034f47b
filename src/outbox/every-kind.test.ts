import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { roundDueIn, useTestApp } from '../../test/app.ts';
import { deliverQueued, type ReceivedMail } from '../../test/smtp.ts';
import { sendDueActionNotices } from '../actions/notices.ts';
import { addDays, instantToStockholm, isoWeek, isoWeekday } from '../platform/time.ts';
import { sendDueReminders } from '../rounds/notices.ts';
import { mailKinds, type MailKind } from './schema.ts';

// Issue 12 point 2 in one file: every kind of mail the app sends, caused through the API (or the
// job's own sweep), delivered to a real SMTP server and read back: recipients, subject, language,
// text and HTML parts with the link, the calendar part, and each user's setting per kind.
const appUrl = 'https://samverkan.test.example';
const ctx = useTestApp(
  {
    organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'E' }, { key: 'D', kind: 'myndighet' }],
    forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B', 'E'] }],
    users: [
      { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
      { key: 'coordinatorEn', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
      { key: 'quietCoordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
      { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'quiet', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'english', organization: 'E', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'reader', organization: 'D', roles: [{ forum: 'F', role: 'reader' }] },
    ],
  },
  { SAMVERKAN_PUBLIC_URL: appUrl, SAMVERKAN_MAIL_FROM: 'Samverkan <samverkan@test.example>' },
);

const { as } = ctx;

const deliver = () => deliverQueued(ctx.database.db, ctx.config.mail);
const email = (key: string) => `${key}@test.example`;
const recipients = (received: ReceivedMail[]) => received.map((r) => r.to.join(',').split('@')[0]).sort();

/** The one mail to `key` in `received`, checked for what every mail has: both parts in the language, with the link. */
function mailTo(
  received: ReceivedMail[],
  key: string,
  expected: { subject: string; lang: 'sv' | 'en'; link: { url: string; label: string } },
) {
  const found = received.filter((r) => r.to.includes(email(key)));
  expect(found.map((r) => r.mail.subject)).toEqual([expected.subject]);
  const { mail } = found[0]!;
  expect(mail.from?.value[0]?.address).toBe('samverkan@test.example');
  expect(mail.html).toContain(`<html lang="${expected.lang}">`);
  expect(mail.html).toContain(`<a href="${expected.link.url}">${expected.link.label}</a>`);
  expect(mail.text).toContain(`${expected.link.label}: ${expected.link.url}`);
  expect(mail.text).toMatch(expected.lang === 'en' ? /^Hello / : /^Hej /);
  return mail;
}
const link = (url: string, label: string) => ({ url, label });

function calendarOf(mail: ReceivedMail['mail']) {
  expect(mail.attachments.some((a) => a.contentType === 'text/calendar')).toBe(true);
  const part = mail.attachments.find((a) => a.contentType === 'application/ics')!;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    tzid: event.getFirstProperty('dtstart')!.getParameter('tzid'),
    vtimezone: calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'),
  };
}

const hours = (n: number) => n * 3_600_000;
const today = instantToStockholm(new Date()).date;
const monday = addDays(today, 1 - isoWeekday(today));
const weekOf = (date: string) => isoWeek(date);

beforeAll(async () => {
  for (const key of ['english', 'coordinatorEn']) {
    await ctx.database.db.updateTable('users').set({ locale: 'en' }).where('email', '=', email(key)).execute();
  }
  // Two users have turned every kind of mail off.
  for (const key of ['quiet', 'quietCoordinator']) {
    const off = await as(key, 'PUT', '/api/me/mail-preferences', {
      items: mailKinds.map((kind) => ({ kind, isEnabled: false })),
    });
    expect(off.status).toBe(200);
  }
});

/** A round of forum F over the week of `periodStart`, due `deadlineIn` from now, opened (by its creation) 3 days ago. */
const createRound = (periodStart: string, deadlineIn: number) => roundDueIn(ctx, deadlineIn, periodStart);

describe('every kind of mail', () => {
  it('reaches whom issue 12 names, in their language, as text and HTML with a link, and respects each user’s settings', async () => {
    const F = ctx.fixture.forum.F!;
    const reportUrl = (roundId: string, org: string) =>
      `${appUrl}/avstamningar/${roundId}/rapport/${ctx.fixture.org[org]}`;
    expect(
      (await as('coordinator', 'PUT', `/api/forums/${F}/reminder-settings`, { hoursBefore: 24, hoursAfter: 2 })).status,
    ).toBe(200);

    // round_opened: to the reporters of every member.
    const round = await createRound(monday, hours(12));
    const { week, year } = weekOf(monday);
    expect(round.title).toBe(`v. ${week} ${year}`);
    let received = await deliver();
    expect(recipients(received)).toEqual(['english', 'reporter']);
    expect(
      mailTo(received, 'reporter', {
        subject: `Ny avstämning: ${round.title}, Välfärdsrådet`,
        lang: 'sv',
        link: link(reportUrl(round.id, 'B'), 'Lämna lägesrapporten'),
      }).text,
    ).toContain(`Lämna lägesrapporten för Org B senast ${round.deadline.date} kl. ${round.deadline.time}.`);
    mailTo(received, 'english', {
      subject: `New round: Week ${week} ${year}, Välfärdsrådet`,
      lang: 'en',
      link: link(reportUrl(round.id, 'E'), 'Submit the report'),
    });

    // report_reminder before the deadline: only to members that have not reported. B has.
    const draft = await as('reporter', 'PUT', `/api/rounds/${round.id}/reports/${ctx.fixture.org.B}`, {
      revision: 0,
      currentSituation: 'HEMLIGT läge hos B',
      challenges: 'HEMLIG utmaning',
      input: '',
      strainLevel: 'strained',
      values: [],
    });
    expect(draft.status).toBe(200);
    const submitted = await as('reporter', 'POST', `/api/rounds/${round.id}/reports/${ctx.fixture.org.B}/submit`, {
      revision: draft.body.revision,
    });
    expect(submitted.status).toBe(200);
    // The first run queues E's reminder; a second run (another server, a replay) queues nothing.
    expect(await sendDueReminders({ db: ctx.database.db, now: new Date(), appUrl })).toBe(1);
    expect(await sendDueReminders({ db: ctx.database.db, now: new Date(), appUrl })).toBe(0);
    received = await deliver();
    expect(recipients(received)).toEqual(['english']);
    mailTo(received, 'english', {
      subject: `Reminder: situation report Week ${week} ${year}, Välfärdsrådet`,
      lang: 'en',
      link: link(reportUrl(round.id, 'E'), 'Submit the report'),
    });

    // report_reminder after the deadline, in a round of the week before nobody reported in.
    const late = await createRound(addDays(monday, -7), -hours(3));
    await deliver();
    // B's two reporters (one has turned reminders off) and E's.
    expect(await sendDueReminders({ db: ctx.database.db, now: new Date(), appUrl })).toBe(3);
    received = await deliver();
    expect(recipients(received)).toEqual(['english', 'reporter']);
    expect(
      mailTo(received, 'reporter', {
        subject: `Försenad: lägesrapport ${late.title}, Välfärdsrådet`,
        lang: 'sv',
        link: link(reportUrl(late.id, 'B'), 'Lämna lägesrapporten'),
      }).text,
    ).toContain('och Org B har inte lämnat sin');

    // round_closed: to the coordinators, with who is missing.
    expect((await as('coordinator', 'PATCH', `/api/rounds/${round.id}`, { status: 'closed' })).status).toBe(200);
    received = await deliver();
    expect(recipients(received)).toEqual(['coordinator', 'coordinatorEn']);
    const closed = mailTo(received, 'coordinator', {
      subject: `Avstämningen är stängd: ${round.title}, Välfärdsrådet`,
      lang: 'sv',
      link: link(`${appUrl}/avstamningar/${round.id}`, 'Öppna lägesbilden'),
    });
    expect(closed.text).toContain('1 av 3 organisationer lämnade lägesrapport.');
    expect(closed.text).toContain('Saknas:\nOrg A\nOrg E');
    expect(
      mailTo(received, 'coordinatorEn', {
        subject: `Round closed: Week ${week} ${year}, Välfärdsrådet`,
        lang: 'en',
        link: link(`${appUrl}/avstamningar/${round.id}`, 'Open the situation overview'),
      }).text,
    ).toContain('Org A\nOrg E');

    // The coordinators see each mail about the round and how it fared, on the round's page.
    const roundMail = await as('coordinator', 'GET', `/api/rounds/${round.id}/reminders`);
    expect(
      (roundMail.body as { kind: string; toEmail: string; status: string }[])
        .map((m) => `${m.kind} ${m.toEmail.split('@')[0]} ${m.status}`)
        .sort(),
    ).toEqual([
      'report_reminder english sent',
      'round_closed coordinator sent',
      'round_closed coordinatorEn sent',
      'round_closed quietCoordinator opted_out',
      'round_opened english sent',
      'round_opened quiet opted_out',
      'round_opened reporter sent',
    ]);
    expect((await as('reporter', 'GET', `/api/rounds/${round.id}/reminders`)).status).toBe(403);

    // meeting_invitation: the kallelse with its calendar invitation, to the invitees.
    const meeting = await as('coordinator', 'POST', `/api/forums/${F}/meetings`, {
      title: 'Månadsmöte',
      meetingDate: '2031-03-06',
      startTime: '09:00',
      endTime: '11:00',
      adjusters: [{ userId: ctx.fixture.user.english!.id }, { userId: ctx.fixture.user.quiet!.id }],
    });
    expect(meeting.status).toBe(201);
    const meetingId = meeting.body.id as string;
    const meetingUrl = `${appUrl}/moten/${meetingId}`;
    expect((await as('coordinator', 'POST', `/api/meetings/${meetingId}/invitations`)).status).toBe(200);
    received = await deliver();
    expect(recipients(received)).toEqual(['coordinator', 'coordinatorEn', 'english', 'reporter']);
    const invitation = mailTo(received, 'reporter', {
      subject: 'Kallelse: Månadsmöte, Välfärdsrådet, 2031-03-06',
      lang: 'sv',
      link: link(meetingUrl, 'Öppna mötet'),
    });
    const first = calendarOf(invitation);
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, tzid: 'Europe/Stockholm' });
    expect(first.vtimezone).toBe('Europe/Stockholm');
    expect(
      calendarOf(
        mailTo(received, 'english', {
          subject: 'Invitation: Månadsmöte, Välfärdsrådet, 2031-03-06',
          lang: 'en',
          link: link(meetingUrl, 'Open the meeting'),
        }),
      ),
    ).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 0 });
    // A new time is an update of the same event.
    expect((await as('coordinator', 'PATCH', `/api/meetings/${meetingId}`, { startTime: '10:00' })).status).toBe(200);
    received = await deliver();
    expect(
      calendarOf(
        mailTo(received, 'reporter', {
          subject: 'Ändrad kallelse: Månadsmöte, Välfärdsrådet, 2031-03-06',
          lang: 'sv',
          link: link(meetingUrl, 'Öppna mötet'),
        }),
      ),
    ).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 1 });

    // A cancelled meeting's invitees get a CANCEL of the same event.
    const cancelled = await as('coordinator', 'POST', `/api/forums/${F}/meetings`, {
      title: 'Extramöte',
      meetingDate: '2031-03-20',
      startTime: '13:00',
    });
    await as('coordinator', 'POST', `/api/meetings/${cancelled.body.id}/invitations`);
    const planned = calendarOf(
      mailTo(await deliver(), 'english', {
        subject: 'Invitation: Extramöte, Välfärdsrådet, 2031-03-20',
        lang: 'en',
        link: link(`${appUrl}/moten/${cancelled.body.id}`, 'Open the meeting'),
      }),
    );
    expect((await as('coordinator', 'POST', `/api/meetings/${cancelled.body.id}/cancel`)).status).toBe(200);
    received = await deliver();
    expect(recipients(received)).toEqual(['coordinator', 'coordinatorEn', 'english', 'reporter']);
    const cancel = received.find((r) => r.to.includes(email('english')))!.mail;
    expect(calendarOf(cancel)).toMatchObject({ method: 'CANCEL', uid: planned.uid, sequence: 1 });

    // action_assigned: to the person named, or the reporters of the organisation.
    expect((await as('coordinator', 'POST', `/api/meetings/${meetingId}/hold`)).status).toBe(200);
    const item = meeting.body.items[0].id as string;
    const give = async (
      owner: { ownerUserId: string } | { ownerOrganizationId: string },
      task: string,
      dueDate: string,
    ) => {
      const given = await as('coordinator', 'POST', `/api/agenda-items/${item}/actions`, {
        ...owner,
        task,
        dueDate,
        dueNextMeeting: false,
      });
      expect(given.status).toBe(200);
    };
    await give({ ownerOrganizationId: ctx.fixture.org.B! }, 'Sammanställ läget i hemtjänsten', addDays(today, 1));
    await give({ ownerOrganizationId: ctx.fixture.org.B! }, 'Rapportera vårdplatserna', addDays(today, -1));
    await give({ ownerUserId: ctx.fixture.user.english!.id }, 'Check the staffing figures', addDays(today, 2));
    received = await deliver();
    expect(recipients(received)).toEqual(['english', 'reporter', 'reporter']);
    mailTo(received, 'english', {
      subject: 'New task: Månadsmöte, Välfärdsrådet',
      lang: 'en',
      link: link(meetingUrl, 'See the task'),
    });

    // action_due and action_overdue, from the daily sweep.
    // B's two uppdrag to both its reporters (one kept as opted out), and English's own.
    expect(await sendDueActionNotices({ db: ctx.database.db, now: new Date(), appUrl })).toBe(5);
    received = await deliver();
    expect(recipients(received)).toEqual(['english', 'reporter', 'reporter']);
    mailTo(received, 'english', {
      subject: `Task due ${addDays(today, 2)}, Välfärdsrådet`,
      lang: 'en',
      link: link(`${appUrl}/uppdrag`, 'Update the task'),
    });
    const toReporter = received.filter((r) => r.to.includes(email('reporter'))).map((r) => r.mail);
    expect(toReporter.map((m) => m.subject).sort()).toEqual([
      'Försenat uppdrag, Välfärdsrådet',
      `Uppdrag att slutföra senast ${addDays(today, 1)}, Välfärdsrådet`,
    ]);
    expect(toReporter.find((m) => m.subject!.startsWith('Försenat'))!.text).toContain(
      `Uppdraget till Org B från Månadsmöte i Välfärdsrådet skulle ha varit klart ${addDays(today, -1)}`,
    );

    // minutes_review: to the adjusters.
    expect((await as('coordinator', 'POST', `/api/meetings/${meetingId}/send-for-review`)).status).toBe(200);
    received = await deliver();
    expect(recipients(received)).toEqual(['english']);
    mailTo(received, 'english', {
      subject: 'To approve: minutes of Månadsmöte, Välfärdsrådet, 2031-03-06',
      lang: 'en',
      link: link(meetingUrl, 'Read and approve the minutes'),
    });

    // minutes_published: to the members and readers of the forum.
    for (const adjuster of ['english', 'quiet']) {
      expect((await as(adjuster, 'POST', `/api/meetings/${meetingId}/approve`)).status).toBe(200);
    }
    expect((await as('coordinator', 'POST', `/api/meetings/${meetingId}/publish`)).status).toBe(200);
    received = await deliver();
    expect(recipients(received)).toEqual(['coordinator', 'coordinatorEn', 'english', 'reader', 'reporter']);
    mailTo(received, 'reader', {
      subject: 'Publicerat: Månadsmöte, Välfärdsrådet, 2031-03-06',
      lang: 'sv',
      link: link(meetingUrl, 'Läs anteckningarna'),
    });
    mailTo(received, 'english', {
      subject: 'Published: minutes of Månadsmöte, Välfärdsrådet, 2031-03-06',
      lang: 'en',
      link: link(meetingUrl, 'Read the minutes'),
    });

    // Nothing went to the two who turned every kind off; each of their messages is kept, marked so.
    const kept = await ctx.database.db
      .selectFrom('outbox')
      .select(['kind', 'toEmail', 'status'])
      .where('toEmail', 'in', [email('quiet'), email('quietCoordinator')])
      .execute();
    expect(kept.every((m) => m.status === 'opted_out')).toBe(true);
    expect(new Set(kept.map((m) => m.kind as MailKind))).toEqual(new Set(mailKinds));
    // Every kind went out to someone, and no mail carried the text of a report.
    const sent = await ctx.database.db
      .selectFrom('outbox')
      .select(['kind', 'body', 'htmlBody'])
      .where('status', '=', 'sent')
      .execute();
    expect(new Set(sent.map((m) => m.kind as MailKind))).toEqual(new Set(mailKinds));
    expect(sent.filter((m) => /HEMLIG/.test(`${m.body}${m.htmlBody}`))).toEqual([]);
  });
});
