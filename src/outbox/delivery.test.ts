import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { openSecondConnection } from '../../test/database.ts';
import { startSmtp } from '../../test/smtp.ts';
import { createMailSender, queueMail, type RetryPolicy } from './service.ts';

const ctx = useTestApp(
  {
    organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }, { key: 'E' }],
    forums: [{ key: 'F', owner: 'A', members: ['A', 'B', 'E'] }],
    users: [
      { key: 'admin', organization: 'A', isAdmin: true },
      { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
      { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
      { key: 'english', organization: 'E', roles: [{ forum: 'F', role: 'reporter' }] },
    ],
  },
  { SAMVERKAN_PUBLIC_URL: 'https://samverkan.test.example' },
);

const fastRetry: RetryPolicy = { maxAttempts: 3, baseDelayMs: 60_000, leaseMs: 60_000 };
const senders: { close(): void }[] = [];
afterEach(() => senders.splice(0).forEach((s) => s.close()));

function sender(smtpUrl: string | undefined, db = ctx.database.db) {
  const created = createMailSender({
    db,
    mail: { ...ctx.config.mail, smtpUrl, from: 'Samverkan <samverkan@test.example>' },
    retry: fastRetry,
    batchSize: 5,
  });
  senders.push(created);
  return created;
}

const { as } = ctx;

let week = 0;
/** A new round in forum F with reminders queued to both missing reporters. */
async function queueReminders() {
  week++;
  const start = new Date(Date.UTC(2030, 0, 7 + 7 * week));
  const day = (offset: number) => new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const round = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/rounds`, {
    periodStart: day(0),
    periodEnd: day(6),
    deadlineDate: day(1),
    deadlineTime: '12:00',
  });
  expect(round.status).toBe(201);
  // Opening the round told its reporters; this file follows the reminders alone.
  await ctx.database.db.deleteFrom('outbox').where('roundId', '=', round.body.id).execute();
  const sent = await as('coordinator', 'POST', `/api/rounds/${round.body.id}/reminders`, {
    message: 'Vi behöver siffrorna före mötet.',
  });
  expect(sent.body.queued).toBe(2);
  return round.body as { id: string; title: string };
}

const remindersOf = async (roundId: string) =>
  (await as('coordinator', 'GET', `/api/rounds/${roundId}/reminders`)).body as {
    toEmail: string;
    status: string;
    attempts: number;
    lastError: string | null;
    sentAt: string | null;
    nextAttemptAt: string | null;
  }[];

/** Seconds until the round's reminders are tried again, by the database's clock (the one the sender uses). */
async function waitSeconds(roundId: string) {
  const row = await ctx.database.db
    .selectFrom('outbox')
    .select(sql<number>`max(extract(epoch from next_attempt_at - now()))::float8`.as('wait'))
    .where('roundId', '=', roundId)
    .executeTakeFirstOrThrow();
  return Number(row.wait);
}

/** Moves the round's next attempts to now instead of waiting out the backoff. */
async function makeDue(roundId: string) {
  await ctx.database.db
    .updateTable('outbox')
    .set({ nextAttemptAt: sql<Date>`now()` })
    .where('roundId', '=', roundId)
    .execute();
}

describe('mail delivery over SMTP', () => {
  it('sends each reminder in its recipient’s language, as text and HTML with a link into the app', async () => {
    await ctx.database.db
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', ctx.fixture.user.english!.id)
      .execute();
    const smtp = await startSmtp();
    const round = await queueReminders();
    expect((await remindersOf(round.id)).map((r) => r.status)).toEqual(['queued', 'queued']);

    expect(await sender(smtp.url).runOnce()).toBe(2);

    expect(smtp.received).toHaveLength(2);
    const reportLink = (org: string) =>
      `https://samverkan.test.example/avstamningar/${round.id}/rapport/${ctx.fixture.org[org]}`;
    const swedish = smtp.received.find((r) => r.to.includes('reporter@test.example'))!;
    expect(swedish.to).toEqual(['reporter@test.example']);
    expect(swedish.from).toBe('samverkan@test.example');
    expect(swedish.mail.subject).toBe(`Påminnelse: lägesrapport ${round.title}, Forum F`);
    expect(swedish.mail.text).toContain('Hej User reporter,');
    expect(swedish.mail.text).toContain('Org B har ännu inte lämnat sin lägesrapport');
    expect(swedish.mail.text).toContain('Vi behöver siffrorna före mötet.');
    expect(swedish.mail.text).toContain(`Lämna lägesrapporten: ${reportLink('B')}`);
    expect(swedish.mail.html).toContain('<html lang="sv">');
    expect(swedish.mail.html).toContain(`<a href="${reportLink('B')}">Lämna lägesrapporten</a>`);

    const english = smtp.received.find((r) => r.to.includes('english@test.example'))!;
    // The default title "v. 2 2030" is a Swedish week label; in English it reads "Week 2 2030".
    expect(round.title).toMatch(/^v\. \d+ \d{4}$/);
    expect(english.mail.subject).toBe(`Reminder: situation report ${round.title.replace(/^v\. /, 'Week ')}, Forum F`);
    expect(english.mail.text).toContain('Hello User english,');
    expect(english.mail.text).toContain('Org E has not yet submitted its situation report');
    expect(english.mail.text).not.toContain('Påminnelse');
    expect(english.mail.html).toContain('<html lang="en">');
    expect(english.mail.html).toContain(`<a href="${reportLink('E')}">Submit the report</a>`);

    const after = await remindersOf(round.id);
    expect(after.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(after.every((r) => r.sentAt !== null && r.attempts === 1 && r.lastError === null)).toBe(true);
    expect(await sender(smtp.url).runOnce()).toBe(0);
  });

  it('retries a temporary refusal with growing waits, then marks it failed with the server’s answer', async () => {
    const smtp = await startSmtp({ refuse: { code: 451, message: 'Mailbox busy, try again later' } });
    const round = await queueReminders();
    const mailer = sender(smtp.url);

    expect(await mailer.runOnce()).toBe(2);
    let reminders = await remindersOf(round.id);
    expect(reminders.map((r) => [r.status, r.attempts])).toEqual([
      ['queued', 1],
      ['queued', 1],
    ]);
    expect(reminders[0]!.lastError).toContain('451');
    expect(reminders[0]!.lastError).toContain('Mailbox busy, try again later');
    expect(await waitSeconds(round.id)).toBeGreaterThan(fastRetry.baseDelayMs / 1000 - 10);
    expect(await waitSeconds(round.id)).toBeLessThanOrEqual(fastRetry.baseDelayMs / 1000);
    expect(await mailer.runOnce()).toBe(0);

    await makeDue(round.id);
    expect(await mailer.runOnce()).toBe(2);
    reminders = await remindersOf(round.id);
    expect(reminders.map((r) => [r.status, r.attempts])).toEqual([
      ['queued', 2],
      ['queued', 2],
    ]);
    // The second wait is twice the first.
    expect(await waitSeconds(round.id)).toBeGreaterThan((2 * fastRetry.baseDelayMs) / 1000 - 10);
    expect(await waitSeconds(round.id)).toBeLessThanOrEqual((2 * fastRetry.baseDelayMs) / 1000);
    expect(await mailer.runOnce()).toBe(0);

    await makeDue(round.id);
    expect(await mailer.runOnce()).toBe(2);
    reminders = await remindersOf(round.id);
    expect(reminders.map((r) => [r.status, r.attempts, r.sentAt, r.nextAttemptAt])).toEqual([
      ['failed', 3, null, null],
      ['failed', 3, null, null],
    ]);
    expect(reminders[0]!.lastError).toMatch(/^451 .*Mailbox busy, try again later/);
    expect(smtp.rcptAttempts()).toBe(6);
    expect(smtp.received).toHaveLength(0);
    await makeDue(round.id);
    expect(await mailer.runOnce()).toBe(0);
  });

  it('gives up at once when the server refuses for good (5xx)', async () => {
    const smtp = await startSmtp({ refuse: { code: 550, message: 'No such user here' } });
    const round = await queueReminders();
    expect(await sender(smtp.url).runOnce()).toBe(2);
    const reminders = await remindersOf(round.id);
    expect(reminders.map((r) => [r.status, r.attempts])).toEqual([
      ['failed', 1],
      ['failed', 1],
    ]);
    expect(reminders[0]!.lastError).toMatch(/^550 .*No such user here/);
  });

  it('sends each message once when two servers share the database', async () => {
    // A slow server keeps the first sender busy long enough for the second to claim its share.
    const smtp = await startSmtp({ delayMs: 30 });
    await ctx.database.db.transaction().execute((trx) =>
      queueMail(
        trx,
        Array.from({ length: 30 }, (_, i) => ({
          kind: 'report_reminder' as const,
          toEmail: `person${i}@test.example`,
          toName: `Person ${i}`,
          locale: 'sv' as const,
          content: { subject: `Meddelande ${i}`, text: `Text ${i}`, html: `<p>Text ${i}</p>` },
          forumId: null,
          roundId: null,
          organizationId: null,
          createdBy: null,
        })),
      ),
    );
    // On PostgreSQL the second server has its own connections; PGlite has one process by design.
    const second = await openSecondConnection(ctx.database);
    try {
      const senders = [sender(smtp.url), sender(smtp.url, second?.db)];
      const drain = async (s: (typeof senders)[number]) => {
        let handled = 0;
        for (let n = await s.runOnce(); n > 0; n = await s.runOnce()) handled += n;
        return handled;
      };
      const handled = await Promise.all(senders.map(drain));
      expect(handled[0]! + handled[1]!).toBe(30);
      if (second) expect(handled.every((n) => n > 0)).toBe(true);
    } finally {
      await second?.close();
    }
    const subjects = smtp.received.map((r) => r.mail.subject).sort();
    expect(subjects).toHaveLength(30);
    expect(new Set(subjects).size).toBe(30);
  });
});

describe('without an SMTP server', () => {
  it('keeps every message as held, visible on the outbox page, and sends nothing', async () => {
    const round = await queueReminders();
    expect(await sender(undefined).runOnce()).toBe(2);
    expect((await remindersOf(round.id)).map((r) => r.status)).toEqual(['held', 'held']);
    const page = await as('admin', 'GET', '/api/outbox?status=held');
    expect(page.status).toBe(200);
    expect(page.body.isDeliveryConfigured).toBe(false);
    expect(page.body.total).toBe(2);
    expect(page.body.items[0]).toMatchObject({
      kind: 'report_reminder',
      status: 'held',
      sentAt: null,
      forumName: 'Forum F',
    });
    expect(page.body.items.map((m: { toEmail: string }) => m.toEmail).sort()).toEqual([
      'english@test.example',
      'reporter@test.example',
    ]);
  });
});

describe('the outbox page’s filters', () => {
  it('lists one kind of mail, with a status, and refuses a kind it does not know', async () => {
    const forum = ctx.fixture.forum.F;
    const created = await as('coordinator', 'POST', `/api/forums/${forum}/rounds`, {
      title: 'Filtrets avstämning',
      periodStart: '2031-02-03',
      periodEnd: '2031-02-09',
      deadlineDate: '2031-02-05',
      deadlineTime: '12:00',
    });
    expect(created.status).toBe(201);
    const reminded = await as('coordinator', 'POST', `/api/rounds/${created.body.id}/reminders`, { message: '' });
    expect(reminded.body.queued).toBe(2);
    const list = async (query: string) => {
      const page = await as('admin', 'GET', `/api/outbox?q=Filtrets&${query}`);
      expect(page.status).toBe(200);
      return (page.body.items as { kind: string; status: string }[]).map((m) => `${m.kind} ${m.status}`);
    };
    expect((await list('')).sort()).toEqual([
      'report_reminder queued',
      'report_reminder queued',
      'round_opened queued',
      'round_opened queued',
    ]);
    expect(await list('kind=round_opened')).toEqual(['round_opened queued', 'round_opened queued']);
    expect(await list('kind=report_reminder&status=queued')).toEqual([
      'report_reminder queued',
      'report_reminder queued',
    ]);
    expect(await list('kind=report_reminder&status=sent')).toEqual([]);
    expect(await list('kind=meeting_invitation')).toEqual([]);

    const unknown = await as('admin', 'GET', '/api/outbox?kind=newsletter');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      {
        path: 'querystring.kind',
        message: expect.stringMatching(/^Ogiltigt val: förväntade en av .*"meeting_invitation"/),
      },
    ]);
    // The other tests here count what a sender finds due.
    await ctx.database.db.deleteFrom('outbox').where('roundId', '=', created.body.id).execute();
  });
});

describe('held mail once a mail server is set', () => {
  it('goes out only when an administrator sends it again, audited, and then as any new message', async () => {
    const round = await queueReminders();
    expect(await sender(undefined).runOnce()).toBe(2);
    // A server set later does not send what was held: it may be long out of date.
    const smtp = await startSmtp();
    expect(await sender(smtp.url).runOnce()).toBe(0);
    const held = await remindersOf(round.id);
    expect(held.map((r) => r.status)).toEqual(['held', 'held']);
    const ids = (
      await ctx.database.db
        .selectFrom('outbox')
        .select('id')
        .where('roundId', '=', round.id)
        .orderBy('toEmail')
        .execute()
    ).map((r) => r.id);

    expect((await as('coordinator', 'POST', '/api/outbox/resend', { ids })).status).toBe(403);
    expect((await as('admin', 'POST', '/api/outbox/resend', { ids: [] })).status).toBe(400);
    expect((await as('admin', 'POST', '/api/outbox/resend', { ids: [ids[0], ids[0]] })).status).toBe(400);
    const unknown = await as('admin', 'POST', '/api/outbox/resend', { ids: [ids[0], crypto.randomUUID()] });
    expect(unknown.status).toBe(404);

    const resent = await as('admin', 'POST', '/api/outbox/resend', { ids });
    expect(resent).toEqual({ status: 200, body: { requeued: 2 } });
    expect(await sender(smtp.url).runOnce()).toBe(2);
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(['english@test.example', 'reporter@test.example']);
    const after = await remindersOf(round.id);
    expect(after.map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
    ]);

    // Sent mail is not sent twice.
    const again = await as('admin', 'POST', '/api/outbox/resend', { ids: [ids[0]] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('outbox.not_resendable');
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select(['entityType', 'entityId', 'before', 'after'])
      .where('action', '=', 'resend_mail')
      .orderBy('entityId')
      .execute();
    expect(audit).toEqual(
      [...ids].sort().map((id) => ({
        entityType: 'mail',
        entityId: id,
        before: { status: 'held' },
        after: { status: 'queued' },
      })),
    );
  });

  it('sends a message the server refused for good again once the address is fixed on its side', async () => {
    const refusing = await startSmtp({ refuse: { code: 550, message: 'No such user here' } });
    const round = await queueReminders();
    expect(await sender(refusing.url).runOnce()).toBe(2);
    const ids = (await ctx.database.db.selectFrom('outbox').select('id').where('roundId', '=', round.id).execute()).map(
      (r) => r.id,
    );
    expect((await as('admin', 'POST', '/api/outbox/resend', { ids })).body).toEqual({ requeued: 2 });
    const smtp = await startSmtp();
    expect(await sender(smtp.url).runOnce()).toBe(2);
    expect((await remindersOf(round.id)).map((r) => [r.status, r.lastError])).toEqual([
      ['sent', null],
      ['sent', null],
    ]);
  });
});

describe('mail settings', () => {
  it('lists every kind as on until the user turns one off', async () => {
    const before = await as('reporter', 'GET', '/api/me/mail-preferences');
    expect(before.status).toBe(200);
    expect(before.body.items).toContainEqual({ kind: 'report_reminder', isEnabled: true });
    expect(before.body.items.every((i: { isEnabled: boolean }) => i.isEnabled)).toBe(true);
  });

  it('refuses an unknown kind and a kind listed twice with 400', async () => {
    const unknown = await as('reporter', 'PUT', '/api/me/mail-preferences', {
      items: [{ kind: 'newsletter', isEnabled: false }],
    });
    expect(unknown.status).toBe(400);
    const twice = await as('reporter', 'PUT', '/api/me/mail-preferences', {
      items: [
        { kind: 'round_opened', isEnabled: false },
        { kind: 'round_opened', isEnabled: true },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0].message).toBe('Samma val finns med två gånger.');
  });

  it('sends no reminder to a user who turned reminders off, and shows the sender why', async () => {
    const off = await as('reporter', 'PUT', '/api/me/mail-preferences', {
      items: [{ kind: 'report_reminder', isEnabled: false }],
    });
    expect(off.status).toBe(200);
    expect(off.body.items).toContainEqual({ kind: 'report_reminder', isEnabled: false });
    expect(off.body.items).toContainEqual({ kind: 'round_opened', isEnabled: true });
    const audit = await ctx.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'update_mail_preferences')
      .execute();
    expect(audit).toHaveLength(1);

    const smtp = await startSmtp();
    const round = await queueReminders();
    const statuses = Object.fromEntries((await remindersOf(round.id)).map((r) => [r.toEmail, r.status]));
    expect(statuses).toEqual({ 'reporter@test.example': 'opted_out', 'english@test.example': 'queued' });
    expect(await sender(smtp.url).runOnce()).toBe(1);
    expect(smtp.received.map((r) => r.to)).toEqual([['english@test.example']]);
    expect((await remindersOf(round.id)).find((r) => r.toEmail === 'reporter@test.example')!.status).toBe('opted_out');

    await as('reporter', 'PUT', '/api/me/mail-preferences', { items: [{ kind: 'report_reminder', isEnabled: true }] });
  });
});
