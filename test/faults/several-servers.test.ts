import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { openDatabase, type Database } from '../../src/platform/db.ts';
import { migrateToLatest } from '../../src/platform/migrate.ts';
import { addDays, instantToStockholm } from '../../src/platform/time.ts';
import { asWebClient, login, seedFixture, standardSpec, testConfig, TEST_PASSWORD, type Fixture } from '../app.ts';
import { startSmtp } from '../smtp.ts';
import {
  signIn,
  sleep,
  startAppServer,
  startNginx,
  startPostgresCluster,
  waitUntil,
  type AppServer,
} from './support.ts';

// Issue 15 point 3: two app servers on one PostgreSQL behind Debian's nginx behave as one.
const RATE_PER_MINUTE = 6;
let database: Database;
let fixture: Fixture;
let servers: AppServer[];
let proxy: string;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let roundTitle: string;
let roundId: string;

/** A round in forum F due in 12 hours whose 24-hours-before reminder fell due while no server ran. */
async function prepareDueReminder() {
  const app = asWebClient(await buildApp({ config: testConfig(), database, logger: false, serveWeb: false }));
  try {
    const cookie = await login(app, fixture.user.coordinator!.email);
    const deadline = instantToStockholm(new Date(Date.now() + 12 * 3_600_000));
    const periodStart = addDays(instantToStockholm(new Date()).date, -1);
    const created = await app.inject({
      method: 'POST',
      url: `/api/forums/${fixture.forum.F}/rounds`,
      headers: { cookie },
      payload: {
        periodStart,
        periodEnd: addDays(periodStart, 6),
        deadlineDate: deadline.date,
        deadlineTime: deadline.time,
      },
    });
    expect(created.statusCode).toBe(201);
    roundTitle = created.json().title;
    roundId = created.json().id;
    await database.db
      .updateTable('rounds')
      .set({ createdAt: new Date(Date.now() - 72 * 3_600_000) })
      .where('id', '=', created.json().id)
      .execute();
    const settings = await app.inject({
      method: 'PUT',
      url: `/api/forums/${fixture.forum.F}/reminder-settings`,
      headers: { cookie },
      payload: { hoursBefore: 24, hoursAfter: null },
    });
    expect(settings.statusCode).toBe(200);
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  const cluster = await startPostgresCluster();
  const url = await cluster.createDatabase('samverkan');
  database = await openDatabase({ kind: 'postgres', url });
  await migrateToLatest(database.db);
  fixture = await seedFixture(database, standardSpec);
  await prepareDueReminder();
  smtp = await startSmtp();
  const env = {
    DATABASE_URL: url,
    // nginx on this host is the one proxy allowed to say who the client is.
    SAMVERKAN_TRUST_PROXY: '127.0.0.1',
    SAMVERKAN_LOGIN_RATE_PER_MINUTE: String(RATE_PER_MINUTE),
    SAMVERKAN_SMTP_URL: smtp.url,
    SAMVERKAN_MAIL_FROM: 'Samverkan <samverkan@test.example>',
  };
  servers = [];
  for (let i = 0; i < 2; i++) servers.push(await startAppServer(env));
  proxy = (await startNginx(servers.map((s) => s.port))).base;
});
// Before the cluster stops (support.ts stops it after every hook of this file).
afterAll(() => database.close());

const upstreamOf = (response: Response) => response.headers.get('x-upstream');

describe('two app servers behind nginx', () => {
  it('share sessions: signed in through one server, served by the other', async () => {
    const session = await signIn(proxy, fixture.user.reporter!.email, TEST_PASSWORD);
    expect(session.upstream).toMatch(/^127\.0\.0\.1:\d+$/);
    const seen = new Map<string, number>();
    for (let i = 0; i < 6; i++) {
      const me = await fetch(`${proxy}/api/auth/me`, { headers: session.headers });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe(fixture.user.reporter!.email);
      seen.set(upstreamOf(me)!, (seen.get(upstreamOf(me)!) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(servers.map((s) => `127.0.0.1:${s.port}`).sort());
    // Signing out through either ends the session on both.
    const out = await fetch(`${proxy}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'samverkan-client': 'faults' },
    });
    expect(out.status).toBe(200);
    for (const server of servers) {
      expect((await fetch(`${server.base}/api/auth/me`, { headers: session.headers })).status).toBe(401);
    }
  });

  it('count the sign-in rate limit per client address across both servers', async () => {
    // A client address of its own (nginx appends it to X-Forwarded-For; the servers trust nginx).
    const client = { 'x-forwarded-for': '203.0.113.77' };
    const answers: { status: number; upstream: string | null }[] = [];
    for (let i = 0; i < RATE_PER_MINUTE * 2; i++) {
      const response = await fetch(`${proxy}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'samverkan-client': 'faults', ...client },
        body: JSON.stringify({ email: fixture.user.reader!.email, password: TEST_PASSWORD }),
      });
      await response.arrayBuffer();
      answers.push({ status: response.status, upstream: upstreamOf(response) });
    }
    expect(new Set(answers.map((a) => a.upstream)).size).toBe(2);
    // Counted in each process, two servers would let twice the limit through.
    expect(answers.map((a) => a.status)).toEqual([
      ...Array<number>(RATE_PER_MINUTE).fill(200),
      ...Array<number>(RATE_PER_MINUTE).fill(429),
    ]);
    // Another address is not affected.
    const other = await signIn(proxy, fixture.user.reader!.email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.78' });
    expect(other.cookie).toMatch(/^samverkan_session=/);
  });

  it('run scheduled work once, not once per server', async () => {
    const reminder = `Påminnelse: lägesrapport ${roundTitle}, Forum F`;
    await waitUntil(
      () => smtp.received.some((m) => m.mail.subject === reminder),
      'the reminder that fell due while no server ran',
    );
    // Both servers poll the queue every 5 s and queue every job each minute: give them time to repeat it.
    await sleep(15_000);
    const subjects = smtp.received.map((m) => `${m.to.join(',')}: ${m.mail.subject}`).sort();
    expect(subjects).toEqual([...new Set(subjects)]);
    expect(subjects.filter((s) => s.endsWith(reminder))).toEqual([`${fixture.user.reporter!.email}: ${reminder}`]);
    const outbox = await database.db.selectFrom('outbox').select(['status']).execute();
    expect(outbox.map((m) => m.status)).toEqual(outbox.map(() => 'sent'));
    expect(smtp.received).toHaveLength(outbox.length);
    for (const server of servers) expect(server.output()).not.toMatch(/scheduled job failed/);
  });

  it('send the mail a request queued at once, not at the next minute, and once', async () => {
    // The send job's minute timer out of the way: only the request's wake-up can send the kallelse.
    await sql`delete from pgboss.schedule where name = 'outbox.send'`.execute(database.db);
    const coordinator = await signIn(proxy, fixture.user.coordinator!.email, TEST_PASSWORD);
    const planned = await fetch(`${proxy}/api/forums/${fixture.forum.F}/meetings`, {
      method: 'POST',
      headers: coordinator.headers,
      body: JSON.stringify({ title: 'Väckningsmöte', meetingDate: '2031-09-10', startTime: '10:00', endTime: '11:00' }),
    });
    expect(planned.status).toBe(201);
    const meetingId = ((await planned.json()) as { id: string }).id;
    const queuedTo = async (subject: string) =>
      (
        await database.db
          .selectFrom('outbox')
          .select(['toEmail', 'subject'])
          .where('meetingId', '=', meetingId)
          .execute()
      )
        .filter((m) => m.subject.startsWith(subject))
        .map((m) => m.toEmail)
        .sort();
    const receivedBy = (subject: string) =>
      smtp.received
        .filter((m) => m.mail.subject?.startsWith(subject))
        .flatMap((m) => m.to)
        .sort();

    const invited = await fetch(`${proxy}/api/meetings/${meetingId}/invitations`, {
      method: 'POST',
      headers: { cookie: coordinator.cookie, 'samverkan-client': 'faults' },
    });
    expect(invited.status).toBe(200);
    const invitees = await queuedTo('Kallelse: Väckningsmöte');
    expect(invitees.length).toBeGreaterThan(1);
    await waitUntil(async () => receivedBy('Kallelse: Väckningsmöte').length >= invitees.length, 'the kallelse');
    // Through the other server, with a body: the changed time goes out at once as well.
    const changed = await fetch(`${proxy}/api/meetings/${meetingId}`, {
      method: 'PATCH',
      headers: coordinator.headers,
      body: JSON.stringify({ startTime: '13:00', endTime: '14:00' }),
    });
    expect(changed.status).toBe(200);
    expect(upstreamOf(changed)).not.toBe(upstreamOf(invited));
    expect(await queuedTo('Ändrad kallelse: Väckningsmöte')).toEqual(invitees);
    await waitUntil(
      async () => receivedBy('Ändrad kallelse: Väckningsmöte').length >= invitees.length,
      'the changed kallelse',
    );
    await sleep(10_000);
    expect(receivedBy('Kallelse: Väckningsmöte')).toEqual(invitees);
    expect(receivedBy('Ändrad kallelse: Väckningsmöte')).toEqual(invitees);
    for (const server of servers)
      expect(server.output()).not.toMatch(/could not wake the mail sender|scheduled job failed/);
  });

  // Last: the report filed here would stop the reminder the test above waits for.
  it('carry a change written through one server to an SSE client of the other, through nginx', async () => {
    const coordinator = await signIn(proxy, fixture.user.coordinator!.email, TEST_PASSWORD);
    const abort = new AbortController();
    const stream = await fetch(`${proxy}/api/events`, {
      headers: { cookie: coordinator.cookie },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const writer = servers.find((s) => `127.0.0.1:${s.port}` !== upstreamOf(stream))!;
    const reportChange = new RegExp(`event: change\ndata: \\{[^\\n]*"kind":"report"[^\\n]*"roundId":"${roundId}"`);
    const arrived = (async () => {
      const reader = stream.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      while (!reportChange.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended: ${text}`);
        text += decoder.decode(value, { stream: true });
      }
    })();
    try {
      const reporter = await signIn(writer.base, fixture.user.reporter!.email, TEST_PASSWORD);
      const reportUrl = `${writer.base}/api/rounds/${roundId}/reports/${fixture.org.B}`;
      const saved = await fetch(reportUrl, {
        method: 'PUT',
        headers: reporter.headers,
        body: JSON.stringify({
          revision: 0,
          currentSituation: 'Läget är ansträngt.',
          challenges: '',
          input: '',
          strainLevel: 'strained',
          values: [],
        }),
      });
      expect(saved.status).toBe(200);
      const { revision } = (await saved.json()) as { revision: number };
      const submitted = await fetch(`${reportUrl}/submit`, {
        method: 'POST',
        headers: reporter.headers,
        body: JSON.stringify({ revision }),
      });
      expect(submitted.status).toBe(200);
      await Promise.race([arrived, sleep(30_000).then(() => Promise.reject(new Error('no change event within 30 s')))]);
    } finally {
      abort.abort();
      await arrived.catch(() => undefined);
    }
  });
});
