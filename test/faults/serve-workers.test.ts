import fs from 'node:fs';
import http from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, seedFixture, standardSpec, type Fixture } from '../app.ts';
import { openDatabase } from '../../src/platform/db.ts';
import { migrateToLatest } from '../../src/platform/migrate.ts';
import { startAppServer, startPostgresCluster, waitUntil, type AppServer } from './support.ts';

// `samverkan serve --workers 2`: two app-server processes on one port, on PostgreSQL.
let url: string;
let fixture: Fixture;

beforeAll(async () => {
  const cluster = await startPostgresCluster();
  url = await cluster.createDatabase('samverkan');
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await migrateToLatest(database.db);
    fixture = await seedFixture(database, standardSpec);
  } finally {
    await database.close();
  }
});

const startWorkers = () => startAppServer({ DATABASE_URL: url, SAMVERKAN_LOG_LEVEL: 'info' }, ['--workers', '2']);

/** The processes the primary started (its workers; esbuild's service too, which is no node process). */
function workerPids(server: AppServer): number[] {
  const pid = server.child.pid!;
  return fs
    .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((child) => fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('samverkan.js'));
}

const isGone = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
  } catch {
    return true;
  }
};

/** A request on a connection of its own: the primary hands each new connection to the next worker. */
function request(
  server: AppServer,
  path: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; cookie?: string }>((resolve, reject) => {
    const req = http.request(
      `${server.base}${path}`,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode!, body, cookie: response.headers['set-cookie']?.[0]?.split(';')[0] }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`${path}: no answer within 30 s`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Which process logged the request for `path` (pino's `pid` on Fastify's "incoming request" line). */
async function servedBy(server: AppServer, path: string): Promise<number> {
  const find = () =>
    server
      .log()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { pid: number; msg?: string; req?: { url?: string } })
      .find((entry) => entry.msg === 'incoming request' && entry.req?.url === path)?.pid;
  // The log reaches the pipe a moment after the answer.
  await waitUntil(() => find() !== undefined, `the log line of ${path}`, 10_000);
  return find()!;
}

describe('samverkan serve --workers 2 on PostgreSQL', () => {
  it('answers on one port from both workers, and a session made through one works on the other', async () => {
    const server = await startWorkers();
    try {
      const pids = workerPids(server);
      expect(pids).toHaveLength(2);
      expect(server.log()).toContain('2 workers');
      const login = await request(server, '/api/auth/login?probe=login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'samverkan-client': 'faults' },
        body: JSON.stringify({ email: fixture.user.reporter!.email, password: TEST_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const servedLogin = await servedBy(server, '/api/auth/login?probe=login');
      const served = new Set<number>();
      for (let i = 0; i < 6; i++) {
        const me = await request(server, `/api/auth/me?probe=${i}`, { headers: { cookie: login.cookie } });
        expect(me.status).toBe(200);
        expect((JSON.parse(me.body) as { email: string }).email).toBe(fixture.user.reporter!.email);
        served.add(await servedBy(server, `/api/auth/me?probe=${i}`));
      }
      expect([...served].sort()).toEqual([...pids].sort());
      expect(pids).toContain(servedLogin);
    } finally {
      await server.stop();
    }
  });

  it('replaces a worker killed with -9, with a line in the log, and the port keeps answering', async () => {
    const server = await startWorkers();
    try {
      const [killed, kept] = workerPids(server) as [number, number];
      process.kill(killed, 'SIGKILL');
      await waitUntil(
        () => server.output().includes(`worker ${killed} ended unexpectedly (signal SIGKILL); starting another`),
        'the primary to see the worker end',
      );
      // A connection handed to the worker in the moment it died is lost (Node's round-robin); once the
      // primary has seen the end, the other worker takes every connection until the new one serves.
      for (let i = 0; i < 4; i++) expect((await request(server, '/api/health')).status).toBe(200);
      await waitUntil(() => workerPids(server).length === 2 && server.output().includes('started'), 'a new worker');
      const [replacement] = workerPids(server).filter((pid) => pid !== kept);
      expect(replacement).not.toBe(killed);
      expect(server.output()).toContain(`worker ${replacement} started`);
      const served = new Set<number>();
      for (let i = 0; i < 4; i++) {
        expect((await request(server, `/api/health?after=${i}`)).status).toBe(200);
        served.add(await servedBy(server, `/api/health?after=${i}`));
      }
      expect([...served].sort()).toEqual([kept, replacement].sort());
    } finally {
      await server.stop();
    }
  });

  it('ends every worker on SIGTERM to the primary, which exits 0', async () => {
    const server = await startWorkers();
    const pids = workerPids(server);
    await server.stop();
    expect(server.child.exitCode).toBe(0);
    expect(pids.filter((pid) => !isGone(pid))).toEqual([]);
  });

  it('stops with exit status 1 when its workers keep dying', async () => {
    const server = await startWorkers();
    const killed = new Set<number>();
    await waitUntil(() => {
      if (server.child.exitCode !== null) return true;
      for (const pid of workerPids(server)) {
        if (killed.has(pid)) continue;
        killed.add(pid);
        process.kill(pid, 'SIGKILL');
      }
      return false;
    }, 'the primary to give up');
    expect(server.child.exitCode).toBe(1);
    expect(server.output()).toMatch(/the 6th within 60 s; the server stops/);
    expect([...killed].filter((pid) => !isGone(pid))).toEqual([]);
  });
});
