import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { asWebClient, login, roundDueIn, useTestApp } from '../test/app.ts';
import { createTestDatabase, openSecondConnection } from '../test/database.ts';
import { startSmtp, type ReceivedMail } from '../test/smtp.ts';
import { sendDueActionNotices } from './actions/notices.ts';
import { buildApp } from './app.ts';
import { createMailSender } from './outbox/service.ts';
import { roundTitleLabel } from './platform/labels.ts';
import type { JobRunner } from './platform/jobs.ts';
import { addDays, instantToStockholm } from './platform/time.ts';
import { startScheduledJobs } from './scheduled-jobs.ts';

const appUrl = 'https://samverkan.test.example';
const ctx = useTestApp(
  {
    organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'E' }],
    forums: [
      { key: 'F', owner: 'A', members: ['A', 'B', 'E'] },
      { key: 'S', name: 'Schemaforum', owner: 'A', members: ['A', 'B'] },
    ],
    users: [
      { key: 'admin', organization: 'A', isAdmin: true },
      {
        key: 'coordinator',
        organization: 'A',
        roles: [
          { forum: 'F', role: 'coordinator' },
          { forum: 'S', role: 'coordinator' },
        ],
      },
      {
        key: 'reporter',
        organization: 'B',
        roles: [
          { forum: 'F', role: 'reporter' },
          { forum: 'S', role: 'reporter' },
        ],
      },
      { key: 'english', organization: 'E', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'reader', organization: 'A', roles: [{ forum: 'F', role: 'reader' }] },
    ],
  },
  { SAMVERKAN_PUBLIC_URL: appUrl },
);

beforeAll(async () => {
  await ctx.database.db
    .updateTable('users')
    .set({ locale: 'en' })
    .where('email', '=', 'english@test.example')
    .execute();
});

const { as } = ctx;

const hours = (n: number) => n * 3_600_000;
const inEnglish = (title: string) => roundTitleLabel(title, 'en');
const stockholm = (msFromNow: number) => instantToStockholm(new Date(Date.now() + msFromNow));

const roundDue = (deadlineIn: number, periodStart: string) => roundDueIn(ctx, deadlineIn, periodStart);

async function waitFor<T>(read: () => Promise<T> | T, isDone: (value: T) => boolean, what: string): Promise<T> {
  const giveUpAt = Date.now() + 90_000;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const outboxStatuses = async () =>
  (await ctx.database.db.selectFrom('outbox').select(['kind', 'toEmail', 'status']).execute()).map(
    (m) => `${m.kind} ${m.toEmail} ${m.status}`,
  );

/** Sends everything in the outbox to a new SMTP server, as the outbox job does. */
async function deliverAll() {
  const smtp = await startSmtp();
  const sender = createMailSender({ db: ctx.database.db, mail: { ...ctx.config.mail, smtpUrl: smtp.url } });
  try {
    while ((await sender.runOnce()) > 0);
  } finally {
    sender.close();
  }
  return smtp;
}

function mailTo(received: ReceivedMail[], email: string, subject: string) {
  const found = received.filter((r) => r.to.includes(email) && r.mail.subject === subject);
  expect(found, `${email}: ${subject}`).toHaveLength(1);
  return found[0]!.mail;
}

/**
 * The job runners of two app servers on one database, mailing to a new SMTP server. On PostgreSQL
 * the second has its own connections; PGlite serves one process, so there both runners share it
 * and only the queue keeps them apart.
 */
async function startTwoServers(pollingIntervalSeconds?: number) {
  const smtp = await startSmtp();
  const config = { ...ctx.config, mail: { ...ctx.config.mail, smtpUrl: smtp.url } };
  const second = await openSecondConnection(ctx.database);
  const runners: JobRunner[] = [];
  const errors: unknown[] = [];
  const stop = async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await second?.close();
  };
  try {
    for (const database of [ctx.database, second ?? ctx.database]) {
      runners.push(
        await startScheduledJobs({ database, config, onError: (error) => errors.push(error), pollingIntervalSeconds }),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { smtp, config, runners, errors, stop };
}

describe('scheduled work through the job queue', () => {
  it('does at start what fell due while no server ran, once, with two servers on one database', async () => {
    const forumF = ctx.fixture.forum.F!;
    const saved = await as('coordinator', 'PUT', `/api/forums/${forumF}/reminder-settings`, {
      hoursBefore: 24,
      hoursAfter: 2,
    });
    expect(saved).toEqual({ status: 200, body: { hoursBefore: 24, hoursAfter: 2 } });
    expect((await as('reporter', 'PUT', `/api/forums/${forumF}/reminder-settings`, saved.body)).status).toBe(403);

    const today = stockholm(0).date;
    // Due in 12 hours: the reminder 24 hours before fell due while nothing ran.
    const soon = await roundDue(hours(12), addDays(today, -1));
    // Deadline 3 hours ago: the reminder 2 hours after it fell due too. B has reported in it.
    const late = await roundDue(-hours(3), addDays(today, -15));
    const draft = await as('reporter', 'PUT', `/api/rounds/${late.id}/reports/${ctx.fixture.org.B}`, {
      revision: 0,
      currentSituation: 'HEMLIGT läge hos B',
      challenges: '',
      input: '',
      strainLevel: 'normal',
      values: [],
    });
    expect(draft.status).toBe(200);
    const submitted = await as('reporter', 'POST', `/api/rounds/${late.id}/reports/${ctx.fixture.org.B}/submit`, {
      revision: draft.body.revision,
    });
    expect(submitted.status).toBe(200);
    // Forum S opens its rounds by a schedule whose opening day came while nothing ran.
    const forumS = ctx.fixture.forum.S!;
    const schedule = { weekday: 3, deadlineTime: '12:00', openDaysBefore: 13, isActive: false };
    expect((await as('coordinator', 'PUT', `/api/forums/${forumS}/round-schedule`, schedule)).status).toBe(200);
    await ctx.database.db.updateTable('roundSchedules').set({ isActive: true }).where('forumId', '=', forumS).execute();

    const servers = await startTwoServers(0.5);
    const { smtp, errors } = servers;
    try {
      // 2 + 2 opening mails of the rounds made above, 2 reminders before and 1 after (B reported),
      // and the scheduled round's opening mail to B's reporter.
      await waitFor(
        () => smtp.received.length,
        (n) => n >= 8,
        'eight mails',
      );
      await waitFor(outboxStatuses, (s) => s.every((m) => m.endsWith(' sent')), 'every message sent');
      // Both servers go on polling for a while: nothing more goes out.
      await new Promise((resolve) => setTimeout(resolve, 3000));
    } finally {
      await servers.stop();
    }
    expect(errors).toEqual([]);
    expect(smtp.received).toHaveLength(8);

    const reminderLink = (roundId: string, org: string) =>
      `${appUrl}/avstamningar/${roundId}/rapport/${ctx.fixture.org[org]}`;
    const before = mailTo(smtp.received, 'reporter@test.example', `Påminnelse: lägesrapport ${soon.title}, Forum F`);
    expect(before.text).toContain('Hej User reporter,');
    expect(before.text).toContain(`Org B har ännu inte lämnat sin lägesrapport för ${soon.title} i Forum F.`);
    expect(before.text).toContain('Det här är en automatisk påminnelse från Samverkan.');
    expect(before.text).toContain(`Lämna lägesrapporten: ${reminderLink(soon.id, 'B')}`);
    expect(before.html).toContain('<html lang="sv">');
    expect(before.html).toContain(`<a href="${reminderLink(soon.id, 'B')}">Lämna lägesrapporten</a>`);
    mailTo(smtp.received, 'english@test.example', `Reminder: situation report ${inEnglish(soon.title)}, Forum F`);

    const after = mailTo(
      smtp.received,
      'english@test.example',
      `Overdue: situation report ${inEnglish(late.title)}, Forum F`,
    );
    expect(after.text).toContain('Hello User english,');
    expect(after.text).toContain('Org E has not submitted its report. The round is still open');
    expect(after.text).not.toMatch(/Hej|Påminnelse/);
    expect(after.html).toContain('<html lang="en">');
    expect(after.html).toContain(`<a href="${reminderLink(late.id, 'E')}">Submit the report</a>`);
    // B reported, so B is not reminded after the deadline, and no mail carries report text.
    expect(smtp.received.filter((r) => r.mail.subject?.startsWith('Försenad'))).toEqual([]);
    expect(smtp.received.every((r) => !`${r.mail.text}${r.mail.html}`.includes('HEMLIGT'))).toBe(true);

    const scheduled = await ctx.database.db
      .selectFrom('rounds')
      .select(['id', 'title', 'deadline'])
      .where('forumId', '=', forumS)
      .execute();
    expect(scheduled).toHaveLength(1);
    const deadline = instantToStockholm(new Date(scheduled[0]!.deadline));
    const opened = mailTo(smtp.received, 'reporter@test.example', `Ny avstämning: ${scheduled[0]!.title}, Schemaforum`);
    expect(opened.text).toContain(
      `Avstämningen ${scheduled[0]!.title} i Schemaforum är öppen. Lämna lägesrapporten för Org B senast ${deadline.date} kl. 12:00.`,
    );
    expect(opened.html).toContain(`href="${appUrl}/avstamningar/${scheduled[0]!.id}/rapport/${ctx.fixture.org.B}"`);
    const openedEn = mailTo(smtp.received, 'english@test.example', `New round: ${inEnglish(soon.title)}, Forum F`);
    expect(openedEn.text).toContain(`The round ${inEnglish(soon.title)} in Forum F is open.`);
    expect(openedEn.html).toContain('<html lang="en">');

    expect(
      await ctx.database.db.selectFrom('roundNotices').select(['roundId', 'kind']).orderBy('kind').execute(),
    ).toEqual([
      { roundId: late.id, kind: 'reminder_after' },
      { roundId: soon.id, kind: 'reminder_before' },
    ]);
  });

  it('tells the coordinator who is missing when a round is closed', async () => {
    const round = await roundDue(hours(30), '2030-03-04');
    const closed = await as('coordinator', 'PATCH', `/api/rounds/${round.id}`, { status: 'closed' });
    expect(closed.status).toBe(200);
    const smtp = await deliverAll();
    const mail = mailTo(smtp.received, 'coordinator@test.example', `Avstämningen är stängd: ${round.title}, Forum F`);
    expect(smtp.received.filter((r) => r.to.includes('coordinator@test.example'))).toHaveLength(1);
    expect(mail.text).toContain(
      `Avstämningen ${round.title} i Forum F är stängd. 0 av 3 organisationer lämnade lägesrapport.`,
    );
    expect(mail.text).toContain('Saknas:\nOrg A\nOrg B\nOrg E');
    expect(mail.text).toContain(`Öppna lägesbilden: ${appUrl}/avstamningar/${round.id}`);
    expect(mail.html).toContain('Saknas:<br>Org A<br>Org B<br>Org E');
  });
});

describe('uppdrag reminders', () => {
  it('mails the owner once two days before the due date and once when overdue, only what they can see', async () => {
    const forumF = ctx.fixture.forum.F!;
    const meeting = await as('coordinator', 'POST', `/api/forums/${forumF}/meetings`, {
      title: 'Samverkansmöte',
      meetingDate: '2030-01-10',
    });
    expect(meeting.status).toBe(201);
    const item = (
      await as('coordinator', 'POST', `/api/meetings/${meeting.body.id}/items`, { title: 'Läget i länet' })
    ).body.items.at(-1) as { id: string };
    const today = stockholm(0).date;
    const give = async (owner: string, task: string, dueDate: string) => {
      const response = await as('coordinator', 'POST', `/api/agenda-items/${item.id}/actions`, {
        ...(owner.startsWith('org:')
          ? { ownerOrganizationId: ctx.fixture.org[owner.slice(4)], dueNextMeeting: false }
          : { ownerUserId: ctx.fixture.user[owner]!.id }),
        task,
        dueDate,
      });
      expect(response.status).toBe(200);
    };
    await give('coordinator', 'Sammanställa bemanningsläget', addDays(today, 2));
    await give('coordinator', 'Kontakta länsstyrelsen', addDays(today, -1));
    await give('coordinator', 'Boka nästa möte', addDays(today, 5));
    await give('reporter', 'Rapportera vårdplatserna', addDays(today, 1));
    // An organisation's uppdrag reminds its reporters (here the English one of E).
    await give('org:E', 'Report the staffing figures', addDays(today, 1));
    // The meeting is not published, so a reader may not see the uppdrag in the app yet.
    await give('reader', 'HEMLIGT uppdrag till läsaren', addDays(today, 1));

    const now = new Date();
    const [first, second] = await Promise.all([
      sendDueActionNotices({ db: ctx.database.db, now, appUrl }),
      sendDueActionNotices({ db: ctx.database.db, now, appUrl }),
    ]);
    expect(first + second).toBe(4);
    expect(await sendDueActionNotices({ db: ctx.database.db, now, appUrl })).toBe(0);

    const smtp = await deliverAll();
    // Giving the uppdrag mailed their owners too (action_assigned); these are the reminders.
    const uppdrag = smtp.received.filter((r) =>
      /^(Uppdrag att slutföra|Försenat uppdrag|Task due)/.test(r.mail.subject ?? ''),
    );
    expect(uppdrag.map((r) => r.to[0]).sort()).toEqual([
      'coordinator@test.example',
      'coordinator@test.example',
      'english@test.example',
      'reporter@test.example',
    ]);
    const dueSoon = mailTo(
      smtp.received,
      'coordinator@test.example',
      `Uppdrag att slutföra senast ${addDays(today, 2)}, Forum F`,
    );
    expect(dueSoon.text).toContain(
      `Ditt uppdrag från Samverkansmöte i Forum F ska vara klart ${addDays(today, 2)}:\n\nSammanställa bemanningsläget`,
    );
    expect(dueSoon.html).toContain(`<a href="${appUrl}/uppdrag">Uppdatera uppdraget</a>`);
    const overdue = mailTo(smtp.received, 'coordinator@test.example', 'Försenat uppdrag, Forum F');
    expect(overdue.text).toContain(`skulle ha varit klart ${addDays(today, -1)}`);
    expect(overdue.text).toContain('Kontakta länsstyrelsen');
    expect(
      mailTo(smtp.received, 'reporter@test.example', `Uppdrag att slutföra senast ${addDays(today, 1)}, Forum F`).text,
    ).toContain('Rapportera vårdplatserna');
    const organizations = mailTo(smtp.received, 'english@test.example', `Task due ${addDays(today, 1)}, Forum F`);
    expect(organizations.text).toContain(
      `Hello User english,\n\nThe task given to Org E at Samverkansmöte in Forum F is due on ${addDays(today, 1)}:\n\nReport the staffing figures`,
    );
    expect(organizations.html).toContain('<html lang="en">');
    expect(organizations.html).toContain(`<a href="${appUrl}/uppdrag">Update the task</a>`);
    // Each reminder is listed on the meeting's page, with how it fared.
    const onMeeting = await as('coordinator', 'GET', `/api/meetings/${meeting.body.id}/mail`);
    expect(
      onMeeting.body
        .filter((m: { kind: string }) => m.kind === 'action_due' || m.kind === 'action_overdue')
        .map((m: { kind: string; toEmail: string; status: string }) => `${m.kind} ${m.toEmail} ${m.status}`)
        .sort(),
    ).toEqual([
      'action_due coordinator@test.example sent',
      'action_due english@test.example sent',
      'action_due reporter@test.example sent',
      'action_overdue coordinator@test.example sent',
    ]);
    expect(smtp.received.some((r) => r.to.includes('reader@test.example'))).toBe(false);
    expect(smtp.received.every((r) => !`${r.mail.text}${r.mail.html}`.includes('HEMLIGT'))).toBe(true);
  });
});

describe('mail queued by a request', () => {
  it('goes out as soon as the request has answered, not at the next minute, and once with two servers', async () => {
    const servers = await startTwoServers();
    const { smtp, config, runners, errors } = servers;
    try {
      // The sender's minute timer out of the way: from here only the request's wake-up sends mail.
      await sql`delete from pgboss.schedule where name = 'outbox.send'`.execute(ctx.database.db);
      await waitFor(outboxStatuses, (s) => !s.some((m) => m.endsWith(' queued')), 'the send runs at start');
      // The first server's app, wired to its job runner as src/server.ts wires it.
      const app = asWebClient(
        await buildApp({
          config,
          database: ctx.database,
          logger: false,
          serveWeb: false,
          onMailQueued: () => void runners[0]!.trigger('outbox.send').catch((error) => errors.push(error)),
        }),
      );
      try {
        const cookie = await login(app, ctx.fixture.user.coordinator!.email);
        const request = async (method: 'POST' | 'PATCH', url: string, payload?: object, as = cookie) => {
          const response = await app.inject({ method, url, headers: { cookie: as }, payload });
          expect(response.statusCode, response.body).toBeLessThan(300);
          return response.json() as { id: string };
        };
        const meeting = await request('POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
          title: 'Väckningsmöte',
          meetingDate: '2031-09-10',
          startTime: '10:00',
          endTime: '11:00',
        });
        /** Who the request mailed, as the outbox recorded it, and who got such a mail over SMTP. */
        const queuedTo = async (subject: RegExp) =>
          (
            await ctx.database.db
              .selectFrom('outbox')
              .select(['toEmail', 'subject'])
              .where('meetingId', '=', meeting.id)
              .where('status', '!=', 'opted_out')
              .execute()
          )
            .filter((m) => subject.test(m.subject))
            .map((m) => m.toEmail)
            .sort();
        const receivedBy = (subject: RegExp) =>
          smtp.received
            .filter((r) => subject.test(r.mail.subject ?? ''))
            .flatMap((r) => r.to)
            .sort();
        const kallelse = /^(Kallelse|Invitation): Väckningsmöte/;
        const update = /^(Ändrad kallelse|Updated invitation): Väckningsmöte/;

        await request('POST', `/api/meetings/${meeting.id}/invitations`);
        const invited = await queuedTo(kallelse);
        expect(invited.length).toBeGreaterThan(1);
        await waitFor(
          () => receivedBy(kallelse),
          (to) => to.length >= invited.length,
          'the kallelse',
        );
        // A request with a body (read outside the handler's scope) wakes the sender as well.
        await request('PATCH', `/api/meetings/${meeting.id}`, { startTime: '13:00', endTime: '14:00' });
        expect(await queuedTo(update)).toEqual(invited);
        await waitFor(
          () => receivedBy(update),
          (to) => to.length >= invited.length,
          'the updated kallelse',
        );
        // Mail an administrator sends again goes out at once too (here: as if the server had refused it).
        const refused = await ctx.database.db
          .updateTable('outbox')
          .set({ status: 'failed', lastError: '550 No such user here' })
          .where('meetingId', '=', meeting.id)
          .where((eb) => eb.or([eb('subject', 'like', 'Kallelse: %'), eb('subject', 'like', 'Invitation: %')]))
          .returning('id')
          .execute();
        const admin = await login(app, ctx.fixture.user.admin!.email);
        await request('POST', '/api/outbox/resend', { ids: refused.map((r) => r.id) }, admin);
        await waitFor(
          () => receivedBy(kallelse),
          (to) => to.length >= 2 * invited.length,
          'the kallelse sent again',
        );
        // Both servers poll on for a while: nothing goes out twice.
        await new Promise((resolve) => setTimeout(resolve, 6000));
        expect(receivedBy(kallelse)).toEqual(invited.flatMap((address) => [address, address]));
        expect(receivedBy(update)).toEqual(invited);
      } finally {
        await app.close();
      }
    } finally {
      await servers.stop();
    }
    expect(errors).toEqual([]);
  }, 150_000);
});

describe('servers starting at the same moment', () => {
  it('on a new database each creates the job queues or finds them there (on PostgreSQL two deadlocked)', async () => {
    const database = await createTestDatabase();
    const second = await openSecondConnection(database);
    const errors: unknown[] = [];
    try {
      const start = (on: typeof database) =>
        startScheduledJobs({ database: on, config: ctx.config, onError: (error) => errors.push(error) });
      // PGlite serves one process, whose one runner starts once: there the second starts after the first.
      const started = second
        ? await Promise.allSettled([start(database), start(second)])
        : [...(await Promise.allSettled([start(database)])), ...(await Promise.allSettled([start(database)]))];
      for (const runner of started) if (runner.status === 'fulfilled') await runner.value.stop();
      expect(started.map((s) => (s.status === 'fulfilled' ? 'started' : String(s.reason)))).toEqual([
        'started',
        'started',
      ]);
      const { rows } = await sql<{
        name: string;
      }>`select name from pgboss.queue where name not like '\_\_pgboss%' order by name`.execute(database.db);
      expect(rows.map((r) => r.name)).toEqual([
        'actions.remind',
        // Embedded PGlite has no autovacuum: the app does its work (platform/pglite-maintenance.ts).
        ...(database.kind === 'pglite' ? ['database.maintain'] : []),
        'outbox.send',
        'rate-limits.prune',
        'rounds.open-scheduled',
        'rounds.remind',
      ]);
      expect(errors).toEqual([]);
    } finally {
      await second?.close();
      await database.close();
    }
  });
});
