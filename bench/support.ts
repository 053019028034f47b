import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { isCompilable, PostgresQueryCompiler, type CompiledQuery, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import {
  createPglite,
  openDatabase,
  preparingPglite,
  statementName,
  wrapPglite,
  type Database,
} from '../src/platform/db.ts';

export const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The machine's load average over the last 1, 5 and 15 minutes, to print beside figures measured on a shared machine. */
export function loadAverage(): string {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function statusMegabytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
}

export const rssMegabytes = (pid: number) => statusMegabytes(pid, 'VmRSS');

/** The highest RSS the process has had (VmHWM): what the machine had to hold for it at once. */
export const peakRssMegabytes = (pid: number) => statusMegabytes(pid, 'VmHWM');

/** CPU time (user + system) a process has used so far, from /proc: what a load costs, however busy the machine. */
export function cpuMilliseconds(pid: number, options: { withReapedChildren?: boolean } = {}): number {
  try {
    // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th,
    // cutime and cstime (children it has waited for) the 14th and 15th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const reaped = options.withReapedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return ((Number(fields[11]) + Number(fields[12]) + reaped) * 1000) / 100;
  } catch {
    return 0; // the process has ended
  }
}

/** Polls `url` until it answers 200; gives up at the deadline, or at once when `gaveUp` says so. */
export async function waitFor(
  url: string,
  deadlineMs: number,
  init?: RequestInit,
  gaveUp: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline && !gaveUp()) {
    try {
      if ((await fetch(url, init)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(
    gaveUp() ? `${url}: its server ended before answering` : `${url} did not answer 200 within ${deadlineMs} ms`,
  );
}

export function spawnNode(args: string[], env: NodeJS.ProcessEnv, cwd = repoRoot): ChildProcess {
  return spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
) {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * The floor of this machine at this moment: a bare Fastify hello-world under the same load, with
 * the CPU it costs per request, so a figure measured in the same run can be given as a ratio to it.
 */
export async function helloBaseline(seconds: number, connections = 50) {
  const hello = spawnNode(['--import', 'tsx', 'bench/hello-server.ts'], process.env);
  const port = await new Promise<number>((resolve) =>
    hello.stdout!.on('data', (chunk) => resolve(Number(/listening (\d+)/.exec(String(chunk))?.[1]))),
  );
  try {
    const cpuBefore = cpuMilliseconds(hello.pid!);
    const result = await load(`http://127.0.0.1:${port}/hello`, { connections, seconds });
    const cpuMsEach = (cpuMilliseconds(hello.pid!) - cpuBefore) / result.requests;
    return { ...result, cpuMsEach: Math.round(cpuMsEach * 1000) / 1000 };
  } finally {
    await stop(hello);
  }
}

/** p50 and p95 of `times` sequential runs of `fn`, after `warmup` untimed ones. */
export async function timeIt(times: number, fn: () => Promise<unknown>, warmup = 10) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 100) / 100;
  return { p50Ms: r(percentile(samples, 50)), p95Ms: r(percentile(samples, 95)), samples: times };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function writeResults(name: string, results: unknown) {
  const dir = path.join(repoRoot, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
}

/**
 * The scratch database of one bench suite: beside the admin connection's own and suffixed with this
 * process's id, so benches run at once (by several people on one server) never drop each other's.
 */
export function benchDatabaseName(adminUrl: string, suite: string) {
  const own = decodeURIComponent(new URL(adminUrl).pathname.slice(1)) || 'postgres';
  return `${own.replace(/[^a-z0-9_]/gi, '_')}_bench_${suite}_${process.pid}`;
}

export async function recreateDatabase(adminUrl: string, name: string, create = true) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    if (create) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

/** Without adminUrl a fresh PGlite; with it, the suite's scratch database created (and dropped after) on that server. */
export async function openBenchDatabase(
  suite: string,
  adminUrl?: string,
): Promise<{ database: Database; url?: string; cleanup: () => Promise<void> }> {
  if (!adminUrl) {
    const database = wrapPglite(await createPglite());
    return { database, cleanup: () => database.close() };
  }
  const name = benchDatabaseName(adminUrl, suite);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.href });
  return {
    database,
    url: url.href,
    cleanup: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Records the SQL run through the returned db (or an app built on it), so the same statements can be
 * timed bare. A built query is recorded as it is compiled; a statement compiled once (compiledOnce in
 * platform/db.ts, e.g. the session lookup every signed-in request makes) reaches `executeQuery`
 * already compiled, and is recorded there. Its first call compiles it with placeholders for values:
 * record a request once before the one whose statements count.
 */
export function captureSql(database: Database) {
  const compiler = new PostgresQueryCompiler();
  const captured: CompiledQuery[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      captured.push(compiler.compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const withPlugin = database.db.withPlugin(plugin);
  const db = new Proxy(withPlugin, {
    get(target, key) {
      if (key === 'executeQuery')
        return (query: Parameters<typeof target.executeQuery>[0]) => {
          if (!isCompilable(query)) captured.push(query);
          return target.executeQuery(query);
        };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, captured };
}

/**
 * A raw connection to run captured statements on: PGlite's own, or a new client of `url` on
 * PostgreSQL. Each statement runs as the server runs it: prepared under a name where the server
 * names it (platform/db.ts statementName), else unnamed, so the baseline is planned as often as
 * the endpoint's statements are (until 2026-11-30 19:00 every statement ran unnamed here, parsed
 * and planned on every run: 10–20 % slower than the server's own statements on the national reads).
 */
export async function bareRunner(database: Database, url?: string) {
  if (database.pglite) {
    const pglite = preparingPglite(database.pglite);
    return { run: (q: CompiledQuery) => pglite.query(q.sql, [...q.parameters]), close: async () => {} };
  }
  return postgresRunner(url!);
}

export async function postgresRunner(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    run: (q: CompiledQuery) => client.query({ name: statementName(q.sql), text: q.sql, values: [...q.parameters] }),
    close: () => client.end(),
  };
}

/**
 * A read's endpoint beside its own SQL in the same run: `request` (real HTTP, session lookup,
 * serialisation) and `statements` (what the endpoint runs, one after another on the bare
 * connection) take turns, sample by sample, so both meet the same load on a shared machine; then
 * p50/p95 of each and the ratios. Issues 13 and 15 ask for p95 ≤ 2× the SQL.
 */
export async function timeBesideSql(options: {
  samples: number;
  warmup?: number;
  request: () => Promise<unknown>;
  statements: CompiledQuery[];
  runner: { run: (q: CompiledQuery) => Promise<unknown> };
}) {
  const runSql = async () => {
    for (const query of options.statements) await options.runner.run(query);
  };
  for (let i = 0; i < (options.warmup ?? 10); i++) {
    await options.request();
    await runSql();
  }
  const endpoint: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    const started = performance.now();
    await options.request();
    const between = performance.now();
    await runSql();
    endpoint.push(between - started);
    own.push(performance.now() - between);
  }
  const summary = (samples: number[]) => {
    const sorted = samples.sort((a, b) => a - b);
    const r = (n: number) => Math.round(n * 100) / 100;
    return { p50Ms: r(percentile(sorted, 50)), p95Ms: r(percentile(sorted, 95)), samples: sorted.length };
  };
  const e = summary(endpoint);
  const o = summary(own);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    endpoint: e,
    ownSql: { ...o, statements: options.statements.length },
    ratioP50: ratio(e.p50Ms, o.p50Ms),
    ratioP95: ratio(e.p95Ms, o.p95Ms),
  };
}

/**
 * The benches' HTTP client. fetch (undici) cost about 0.6 ms of this process's CPU per request,
 * a quarter of all the CPU a submission cost on the 2 cores it shares with the server, and 1.5–3 ms
 * of a national read's time (one forum's uppdrag board, the lägesbild); real users sit on other
 * machines, so the benches use node:http over kept-alive connections instead (about a tenth of
 * that). It asks for compressed answers as fetch does, so the server does the same work.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export async function send(
  url: string,
  options: { method?: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; json: () => unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        agent,
        method: options.method ?? 'GET',
        headers: { 'accept-encoding': 'gzip, deflate', ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const body =
            encoding === 'br'
              ? zlib.brotliDecompressSync(raw)
              : encoding === 'gzip'
                ? zlib.gunzipSync(raw)
                : encoding === 'deflate'
                  ? zlib.inflateSync(raw)
                  : raw;
          resolve({ status: response.statusCode!, json: () => JSON.parse(body.toString('utf8')) as unknown });
        });
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/**
 * GETs `url` with `headers` and reads the whole body; anything but 200 is an error. It asks for the
 * encodings a browser asks for (brotli first, which the server then uses), since the reads are the
 * web app's; until 2026-11-30 19:40 it asked for gzip and deflate only, as fetch does.
 */
export async function getOk(url: string, headers: Record<string, string>) {
  const response = await send(url, { headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
}
