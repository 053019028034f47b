import type { AddressInfo } from 'node:net';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asWebClient, useTestApp } from '../../test/app.ts';
import { openSecondConnection } from '../../test/database.ts';
import { buildApp } from '../app.ts';
import type { App } from '../platform/http.ts';
import { MAX_STREAMS_PER_USER } from './routes.ts';
import type { LiveChange } from './schema.ts';

const ctx = useTestApp();
const WAIT_MS = 15_000;

interface Received {
  event: string;
  data: LiveChange | Record<string, never>;
}

/** A real EventSource client over HTTP, as the browser has, that records what it receives. */
class Listener {
  readonly received: Received[] = [];
  private readonly source: EventSource;
  private waiters: (() => void)[] = [];
  readonly opened: Promise<void>;

  constructor(baseUrl: string, cookie: string) {
    this.source = new EventSource(`${baseUrl}/api/events`, {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, cookie } }),
    });
    for (const event of ['change', 'resync'])
      this.source.addEventListener(event, (message) => {
        this.received.push({ event, data: JSON.parse(message.data) as LiveChange });
        for (const wake of this.waiters.splice(0)) wake();
      });
    this.opened = new Promise((resolve, reject) => {
      this.source.onopen = () => resolve();
      this.source.onerror = (error) => reject(new Error(`stream failed: ${error.message ?? error.code}`));
    });
  }

  /** The first received event that matches, waiting for it to arrive. */
  async next(matches: (r: Received) => boolean): Promise<Received> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = this.received.find(matches);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such event; received ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
  }

  close() {
    this.source.close();
  }
}

async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function as(role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) {
  const response = await ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: { cookie: await ctx.cookie(role) },
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

let baseUrl: string;
const listeners: Listener[] = [];
async function open(role: string, url = baseUrl): Promise<Listener> {
  const listener = new Listener(url, await ctx.cookie(role));
  listeners.push(listener);
  await listener.opened;
  return listener;
}

let weekCounter = 0;
async function openRound(forum: string): Promise<string> {
  const start = new Date(Date.UTC(2026, 0, 5 + 7 * weekCounter++));
  const day = (offset: number) => new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const round = await as(
    forum === 'F' ? 'coordinator' : 'otherCoordinator',
    'POST',
    `/api/forums/${ctx.fixture.forum[forum]}/rounds`,
    {
      periodStart: day(0),
      periodEnd: day(6),
      deadlineDate: day(30),
      deadlineTime: '12:00',
    },
  );
  return round.id as string;
}

async function fileReport(roundId: string) {
  const url = `/api/rounds/${roundId}/reports/${ctx.fixture.org.B}`;
  const saved = await as('reporter', 'PUT', url, {
    revision: 0,
    currentSituation: 'Ansträngt på akuten.',
    challenges: '',
    input: '',
    strainLevel: 'strained',
    values: [],
  });
  await as('reporter', 'POST', `${url}/submit`, { revision: saved.revision });
}

beforeAll(async () => {
  baseUrl = await listen(ctx.app);
});

afterAll(() => {
  for (const listener of listeners) listener.close();
});

describe('GET /api/events', () => {
  it('requires a session', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/events' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('streams uncompressed with the security headers, so events are not held back', async () => {
    const response = await fetch(`${baseUrl}/api/events`, {
      headers: { cookie: await ctx.cookie('reader'), 'accept-encoding': 'br, gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe('retry: 2000\n\n');
    await reader.cancel();
  });

  it('tells the coordinator and reporters of a submitted report at once, and a reader of an unpublished round nothing', async () => {
    const roundId = await openRound('F');
    const coordinator = await open('coordinator');
    const reader = await open('reader');
    const otherForum = await open('otherCoordinator');
    await fileReport(roundId);
    const report = { kind: 'report', forumId: ctx.fixture.forum.F, roundId, organizationId: ctx.fixture.org.B };
    expect((await coordinator.next((r) => r.data.kind === 'report')).data).toEqual(report);

    // Changes each of them may see come after it; the report must not come before them.
    await as('coordinator', 'PATCH', `/api/rounds/${roundId}`, { isPublished: true });
    expect((await reader.next(() => true)).data).toEqual({ kind: 'round', forumId: ctx.fixture.forum.F, roundId });
    const roundOfG = await openRound('G');
    expect((await otherForum.next(() => true)).data).toMatchObject({ kind: 'round', roundId: roundOfG });
    expect(otherForum.received.filter((r) => r.data.kind !== 'round' || r.data.roundId !== roundOfG)).toEqual([]);
  });

  it('tells of a saved summering and of a decision written', async () => {
    const roundId = await openRound('F');
    const reporter = await open('reporter');
    await as('coordinator', 'PUT', `/api/rounds/${roundId}/summary`, {
      summary: 'Läget är ansträngt.',
      expectedUpdatedAt: null,
    });
    expect((await reporter.next((r) => r.data.kind === 'round' && r.data.roundId === roundId)).event).toBe('change');

    const coordinator = await open('coordinator');
    const meeting = await as('coordinator', 'POST', `/api/forums/${ctx.fixture.forum.F}/meetings`, {
      title: 'Samverkansmöte',
      meetingDate: '2026-03-03',
    });
    const withItem = await as('coordinator', 'POST', `/api/meetings/${meeting.id}/items`, { title: 'Läget' });
    const item = withItem.items[0];
    const before = coordinator.received.length;
    await as('coordinator', 'PATCH', `/api/agenda-items/${item.id}`, {
      revision: item.revision,
      decisions: ['Regionen samordnar provtagningen.'],
    });
    await coordinator.next((r) => coordinator.received.indexOf(r) >= before);
    expect(coordinator.received.slice(before)[0]!.data).toEqual({
      kind: 'meeting',
      forumId: ctx.fixture.forum.F,
      meetingId: meeting.id,
    });
  });

  it(`refuses a user's stream beyond ${MAX_STREAMS_PER_USER} with 429`, async () => {
    const streams = await Promise.all(Array.from({ length: MAX_STREAMS_PER_USER }, () => open('admin')));
    const refused = await fetch(`${baseUrl}/api/events`, { headers: { cookie: await ctx.cookie('admin') } });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { code: string }).code).toBe('live.too_many_streams');
    for (const stream of streams) stream.close();
  });

  it('reaches a viewer on another app server over the same database', async () => {
    // On PostgreSQL the second server has its own pool and LISTEN connection; PGlite serves one process.
    const second = await openSecondConnection(ctx.database);
    const otherApp = asWebClient(
      await buildApp({ config: ctx.config, database: second ?? ctx.database, logger: false, serveWeb: false }),
    );
    try {
      const viewer = await open('coordinator', await listen(otherApp));
      const roundId = await openRound('F');
      await fileReport(roundId);
      expect((await viewer.next((r) => r.data.kind === 'report')).data).toMatchObject({ kind: 'report', roundId });
      viewer.close();
    } finally {
      await otherApp.close();
      await second?.close();
    }
  });
});
