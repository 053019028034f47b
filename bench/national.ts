import type { CompiledQuery } from 'kysely';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { generateNational, NATIONAL_PASSWORD, type NationalData } from '../src/seed/national.ts';
import { openBackend, serverEnv, signIn, submissions, type Backend } from './submissions.ts';
import {
  bareRunner,
  benchDatabaseName,
  captureSql,
  cpuMilliseconds,
  getOk,
  loadAverage,
  peakRssMegabytes,
  postgresRunner,
  recreateDatabase,
  rssMegabytes,
  spawnNode,
  stop,
  timeBesideSql,
  timeIt,
  waitFor,
  writeResults,
} from './support.ts';

const ADMIN = 'admin@national.example';

const open = openBackend;

/** The reads a coordinator and an administrator make while a meeting runs, as the browser asks for them. */
function reads(data: NationalData) {
  const list: { name: string; url: string }[] = [
    { name: 'lägesbild (round overview)', url: `/api/rounds/${data.latestRoundId}/overview` },
    {
      name: 'trend of one indicator, three years',
      url: `/api/forums/${data.forumId}/trends?indicatorId=${data.indicatorId}`,
    },
    { name: 'reporting discipline, three years', url: `/api/forums/${data.forumId}/reporting` },
    { name: "uppdrag board, the forum's", url: `/api/actions?forumId=${data.forumId}` },
    { name: 'uppdrag board, every forum', url: '/api/actions' },
    { name: 'decision register, first page', url: '/api/decisions' },
    { name: "decision register, words in one forum's", url: `/api/decisions?forumId=${data.forumId}&q=bemanning` },
  ];
  if (fs.existsSync(path.join(import.meta.dirname, '..', 'src', 'search')))
    list.push({ name: 'search, every forum', url: '/api/search?q=bemanning' });
  return list;
}

/**
 * Each read's own SQL: the statements the endpoint runs (session lookup included: until 2026-11-30
 * 13:20 it was not, being compiled once, so each read's SQL lacked one statement), captured through
 * the app in this process. On PGlite they are also timed here, on a bare connection, since its
 * directory takes one process at a time and the server must not be running; on PostgreSQL they are
 * timed beside the endpoint, sample by sample.
 */
async function captureReads(backend: Backend, data: NationalData, samples: number) {
  const database = await open(backend);
  const capture = captureSql(database);
  const config = loadConfig({ NODE_ENV: 'development', SAMVERKAN_LOG_LEVEL: 'silent', SAMVERKAN_SEED_DEMO: 'false' });
  const app = await buildApp({
    config,
    database: { ...database, db: capture.db } as Database,
    logger: false,
    serveWeb: false,
  });
  const results: Record<string, { statements: CompiledQuery[]; pglite?: Awaited<ReturnType<typeof timeIt>> }> = {};
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'samverkan-client': 'bench' },
      payload: { email: ADMIN, password: NATIONAL_PASSWORD },
    });
    const cookie = login.headers['set-cookie']!.toString().split(';')[0]!;
    for (const read of reads(data)) {
      // The first request compiles what is compiled once (see captureSql); the second one counts.
      for (const _ of [1, 2]) {
        capture.captured.length = 0;
        const response = await app.inject({ method: 'GET', url: read.url, headers: { cookie } });
        if (response.statusCode !== 200)
          throw new Error(`${read.url} answered ${response.statusCode}: ${response.body}`);
      }
      const statements = [...capture.captured];
      results[read.name] = { statements };
      if (database.pglite) {
        const runner = await bareRunner(database);
        results[read.name]!.pglite = await timeIt(
          samples,
          async () => {
            for (const query of statements) await runner.run(query);
          },
          3,
        );
      }
    }
  } finally {
    await app.close();
    await database.close();
  }
  return results;
}

async function serve(backend: Backend, tree?: string) {
  const port = 43000 + Math.floor(Math.random() * 2000);
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server, as in the submissions bench.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawnNode([...nodeArgs, 'bin/samverkan.js', 'serve'], serverEnv(backend, port), tree);
  child.stderr!.on('data', (chunk) => process.stderr.write(chunk));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, 180_000);
  return { child, base };
}

async function benchOne(
  backend: Backend,
  options: { scale: number; seconds: number; samples: number; keptSeed?: string },
) {
  const loadAtStart = loadAverage();
  const started = performance.now();
  const { keptSeed } = options;
  const data = (keptSeed && readKeptSeed(keptSeed)) || (await generate(backend, options.scale, keptSeed));
  const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
  const captured = await captureReads(backend, data, options.samples);
  // The older code's server goes first through the same reads, documents and submissions.
  const compared = compareTree
    ? { tree: compareTree, ...(await serverRun(backend, data, captured, options, compareTree)) }
    : undefined;
  const now = await serverRun(backend, data, captured, options);
  return {
    database: backend.kind,
    scale: options.scale,
    rows: data.rows,
    generateSeconds,
    ...now,
    ...(compared ? { compared } : {}),
    load: { atStart: loadAtStart, atEnd: loadAverage() },
    note: 'reads as an administrator over real HTTP from this process (the server in its own), sequential; ownSql = the statements the endpoint ran, on a bare connection: on PostgreSQL taking turns with the endpoint sample by sample, on PGlite before the server started',
  };
}

/** The national data generated into a fresh database; with `keptAs`, its description saved for the next run. */
async function generate(backend: Backend, scale: number, keptAs?: string): Promise<NationalData> {
  const database = await open(backend);
  try {
    await migrateToLatest(database.db);
    const data = await generateNational(database.db, scale);
    if (keptAs) fs.writeFileSync(keptAs, JSON.stringify(data));
    return data;
  } finally {
    await database.close();
  }
}

const readKeptSeed = (file: string): NationalData | undefined =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as NationalData) : undefined;

// BENCH_NATIONAL_KEEP=1: the PostgreSQL database of the national data is kept after the run (named
// after the admin database and the scale) and used as it is by the next run with the same
// setting, instead of generating it anew (minutes at scale 1). Each run's submissions stay in it.
const keepSeed = process.env.BENCH_NATIONAL_KEEP === '1';

// BENCH_COMPARE_TREE=<another checkout, e.g. a worktree of an older commit>: its server is measured
// first on the same data (it must know the same migrations), for a before and after in one run.
const compareTree = process.env.BENCH_COMPARE_TREE;

/** One server (this code's, or the one in `tree`) through the reads, the minutes documents and the submissions. */
async function serverRun(
  backend: Backend,
  data: NationalData,
  captured: Awaited<ReturnType<typeof captureReads>>,
  options: { seconds: number; samples: number },
  tree?: string,
) {
  const { child, base } = await serve(backend, tree);
  try {
    const cookie = await signIn(base, ADMIN, NATIONAL_PASSWORD);
    const endpoints: Record<string, Record<string, unknown>> = {};
    const runner = backend.kind === 'postgres' ? await postgresRunner(backend.url) : undefined;
    try {
      for (const read of reads(data)) {
        const request = () => getOk(`${base}${read.url}`, { cookie });
        const { statements, pglite } = captured[read.name]!;
        // The server's CPU per request (its process only, from /proc), which the load of the
        // shared machine moves far less than the times: what a change to the server's work saves
        // (on PGlite it includes the database, which runs in the server's process).
        const cpuBefore = cpuMilliseconds(child.pid!);
        if (runner) {
          endpoints[read.name] = await timeBesideSql({
            samples: options.samples,
            warmup: 3,
            request,
            statements,
            runner,
          });
        } else {
          const endpoint = await timeIt(options.samples, request, 3);
          endpoints[read.name] = {
            endpoint,
            ownSql: { ...pglite!, statements: statements.length },
            ratioP95: Math.round((endpoint.p95Ms / pglite!.p95Ms) * 100) / 100,
          };
        }
        const cpuMsEach = (cpuMilliseconds(child.pid!) - cpuBefore) / (options.samples + 3);
        endpoints[read.name]!.serverCpuMsEach = Math.round(cpuMsEach * 100) / 100;
      }
    } finally {
      await runner?.close();
    }
    const documents: Record<string, unknown> = {};
    for (const format of ['minutes.docx', 'minutes.pdf']) {
      documents[format] = await timeIt(
        Math.max(3, Math.round(options.samples / 10)),
        async () => {
          const response = await fetch(`${base}/api/meetings/${data.meetingId}/${format}`, { headers: { cookie } });
          if (response.status !== 200) throw new Error(`${format} answered ${response.status}`);
          await response.arrayBuffer();
        },
        1,
      );
    }
    const rssAfterReads = rssMegabytes(child.pid!);
    const concurrent = Math.min(200, data.reporters.length);
    const seats = data.reporters
      .slice(0, concurrent)
      .map(({ roundId, ...r }) => ({ ...r, roundIds: [roundId], password: NATIONAL_PASSWORD }));
    const filed = await submissions(base, seats, options.seconds);
    return {
      reads: endpoints,
      minutesDocuments: documents,
      submissions: filed,
      serverRssMb: {
        afterReads: rssAfterReads,
        afterSubmissions: rssMegabytes(child.pid!),
        peak: peakRssMegabytes(child.pid!),
      },
    };
  } finally {
    await stop(child);
  }
}

/**
 * Issue 15 point 2: `npm run bench -- --seed national [--scale F] [--only pglite|postgres]`. The
 * national data set (scale 1: 21 regions, 290 kommuner, 1,000 units, 50 forums, three years of
 * weekly rounds, 2,000 meetings), its reads beside their own SQL, minutes documents, submissions at
 * 200 concurrent reporters, and the server's memory.
 */
export async function benchNational(options: { seconds: number; only?: string; scale?: number }) {
  const scale = options.scale ?? 1;
  const samples = 40;
  const results: unknown[] = [];
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (options.only !== 'pglite' && adminUrl) {
    const name = keepSeed
      ? benchDatabaseName(adminUrl, 'national').replace(/_\d+$/, `_kept_${String(scale).replace('.', '_')}`)
      : benchDatabaseName(adminUrl, 'national');
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const keptSeed = keepSeed ? path.join(os.tmpdir(), `samverkan-bench-${name}.json`) : undefined;
    if (!keptSeed || !fs.existsSync(keptSeed)) await recreateDatabase(adminUrl, name);
    try {
      results.push(
        await benchOne({ kind: 'postgres', adminUrl, url: url.href }, { ...options, scale, samples, keptSeed }),
      );
    } finally {
      if (!keptSeed) await recreateDatabase(adminUrl, name, false);
    }
  } else if (options.only !== 'pglite') {
    results.push({ database: 'postgres', skipped: 'set DATABASE_URL (an admin connection)' });
  }
  if (options.only !== 'postgres') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-national-'));
    try {
      results.push(await benchOne({ kind: 'pglite', dataDir }, { ...options, scale, samples }));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  writeResults(`national-scale-${scale}`, results);
  for (const result of results) process.stdout.write(table(result as Result));
  return results;
}

type Timing = { p50Ms: number; p95Ms: number };
interface Result {
  database: string;
  reads?: Record<string, { endpoint: Timing; ownSql: Timing; ratioP95: number; serverCpuMsEach: number }>;
  minutesDocuments?: Record<string, Timing>;
  submissions?: { concurrentReporters: number; submissionsPerSecond: number; p99Ms: number; errors: number };
  serverRssMb?: { afterReads: number; afterSubmissions: number; peak: number };
  compared?: {
    tree: string;
    reads: NonNullable<Result['reads']>;
    serverRssMb: { afterReads: number; afterSubmissions: number; peak: number };
  };
  load?: { atStart: string; atEnd: string };
}

/** The figures as the README's table, printed after the JSON so a run can be pasted as it is. */
function table(result: Result): string {
  if (!result.reads) return '';
  const ms = (value: number) => Math.round(value).toLocaleString('en');
  const rss = (mb: NonNullable<Result['serverRssMb']>) =>
    `${mb.afterReads} MB after the reads, ${mb.afterSubmissions} MB after the submissions, peak ${mb.peak} MB`;
  const lines = [
    '',
    `| read, ${result.database} (ms) | endpoint p50 | p95 | its SQL p50 | p95 | ratio p95 | server CPU each |` +
      (result.compared ? ' compared: ratio p95 | server CPU each |' : ''),
    '| --- | --- | --- | --- | --- | --- | --- |' + (result.compared ? ' --- | --- |' : ''),
    ...Object.entries(result.reads).map(([name, r]) => {
      const older = result.compared?.reads[name];
      return (
        `| ${name} | ${ms(r.endpoint.p50Ms)} | ${ms(r.endpoint.p95Ms)} | ${ms(r.ownSql.p50Ms)} | ${ms(r.ownSql.p95Ms)} | ${r.ratioP95} | ${r.serverCpuMsEach} |` +
        (older ? ` ${older.ratioP95} | ${older.serverCpuMsEach} |` : '')
      );
    }),
    '',
    `minutes DOCX p50 ${ms(result.minutesDocuments!['minutes.docx']!.p50Ms)} ms, PDF p50 ${ms(result.minutesDocuments!['minutes.pdf']!.p50Ms)} ms; ` +
      `${result.submissions!.concurrentReporters} reporters: ${result.submissions!.submissionsPerSecond} submissions/s, p99 ${ms(result.submissions!.p99Ms)} ms, ${result.submissions!.errors} errors; ` +
      `server RSS ${rss(result.serverRssMb!)}; ` +
      (result.compared ? `the code in ${result.compared.tree}: ${rss(result.compared.serverRssMb)}; ` : '') +
      `load ${result.load!.atStart} at the start, ${result.load!.atEnd} at the end`,
    '',
  ];
  return lines.join('\n');
}
