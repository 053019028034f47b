import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db.ts';
import { migrateToLatest } from '../../src/platform/migrate.ts';
import { seedFixture, standardSpec, TEST_PASSWORD, type Fixture } from '../app.ts';
import {
  signIn,
  sleep,
  startAppServer,
  startPostgresCluster,
  waitUntil,
  type AppServer,
  type PostgresCluster,
} from './support.ts';

// Issue 15 point 4b: PostgreSQL restarts under load. A throwaway cluster of this file's own: the
// shared one is never restarted.
const WORKERS = 16;

let cluster: PostgresCluster;
let database: Database;
let fixture: Fixture;
let server: AppServer;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const url = await cluster.createDatabase('samverkan');
  database = await openDatabase({ kind: 'postgres', url });
  await migrateToLatest(database.db);
  fixture = await seedFixture(database, standardSpec);
  await database.close();
  server = await startAppServer({ DATABASE_URL: url, SAMVERKAN_LOGIN_RATE_PER_MINUTE: '100000' });
});
afterAll(() => server?.stop());

interface Answer {
  at: number;
  status: number;
  type: string | null;
  retryAfter: string | null;
  code?: string;
  detail?: string;
}

async function record(response: Response): Promise<Answer> {
  const body = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
  return {
    at: Date.now(),
    status: response.status,
    type: response.headers.get('content-type'),
    retryAfter: response.headers.get('retry-after'),
    code: body.code,
    detail: body.detail,
  };
}

describe('PostgreSQL restarted under load', () => {
  it('answers 503 problem+json with Retry-After while it is away, and recovers by itself', async () => {
    const admin = await signIn(server.base, fixture.user.admin!.email, TEST_PASSWORD);
    const answers: Answer[] = [];
    let running = true;
    let created = 0;
    // Readers and writers: each request needs the database for its session, the writes for more.
    const worker = async (w: number) => {
      while (running) {
        const response = await (
          w % 2 === 0
            ? fetch(`${server.base}/api/auth/me`, { headers: admin.headers })
            : fetch(`${server.base}/api/organizations`, {
                method: 'POST',
                headers: admin.headers,
                body: JSON.stringify({ name: `Kommun ${w}-${created++}`, kind: 'kommun' }),
              })
        ).catch(() => undefined);
        // No answer at all (the server died) is recorded as status 0.
        answers.push(response ? await record(response) : { at: Date.now(), status: 0, type: null, retryAfter: null });
        if (!response) await sleep(100);
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    await waitUntil(() => answers.filter((a) => a.status < 300).length >= 50, 'answers before the restart');

    const stoppedAt = Date.now();
    cluster.stop();
    await sleep(3000);
    await cluster.start();
    const startedAt = Date.now();
    // The same server process, not restarted, serves again.
    await waitUntil(
      () => answers.some((a) => a.at > startedAt && a.status < 300),
      'a successful answer after PostgreSQL came back',
      60_000,
    );
    const recoveredAt = Date.now();
    await sleep(2000);
    running = false;
    await load;

    expect(server.child.exitCode, server.output()).toBeNull();
    const unexpected = answers.filter((a) => ![200, 201, 503].includes(a.status));
    expect(unexpected).toEqual([]);
    const unavailable = answers.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const a of unavailable) {
      expect(a).toMatchObject({
        type: expect.stringContaining('application/problem+json'),
        retryAfter: '5',
        code: 'db.unavailable',
        detail: expect.stringContaining('Databasen går inte att nå just nu'),
      });
    }
    expect(Math.min(...unavailable.map((a) => a.at))).toBeGreaterThanOrEqual(stoppedAt);
    // Once it answers again, everything does: the pool replaced its dead connections.
    const afterRecovery = answers.filter((a) => a.at > recoveredAt + 500);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((a) => a.status >= 300)).toEqual([]);
    expect(server.output()).not.toMatch(/unhandled error|"statusCode":500/);
  });
});
