import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { fetchInBatches } from '../src/platform/backup.ts';
import { openDatabase, type Database } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { generateNational } from '../src/seed/national.ts';
import { benchDatabaseName, loadAverage, recreateDatabase, repoRoot, writeResults } from './support.ts';

const run = promisify(execFile);

/** Row JSON as the app reads it; binary columns as base64 so node-pg's Buffer and PGlite's Uint8Array agree. */
function rowText(row: Record<string, unknown>): string {
  return JSON.stringify(row, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (original instanceof Date) return original.toISOString();
    if (original instanceof Uint8Array) return Buffer.from(original).toString('base64');
    return value;
  });
}

/**
 * Each table's row count and an order-independent digest of its rows (the sum of a hash of each
 * row as JSON), read through a cursor so that two national databases can be compared row for row
 * without holding either in memory.
 */
async function tableDigests(database: Database, tables: string[]) {
  const digests: Record<string, { rows: number; digest: string }> = {};
  await database.db.transaction().execute(async (trx) => {
    for (const table of tables) {
      let rows = 0;
      let sum = 0n;
      for await (const batch of fetchInBatches(trx.withoutPlugins(), sql`select * from ${sql.table(table)}`)) {
        for (const row of batch) {
          sum = (sum + createHash('sha256').update(rowText(row)).digest().readBigUInt64BE(0)) % 2n ** 64n;
        }
        rows += batch.length;
      }
      digests[table] = { rows, digest: sum.toString(16) };
    }
  });
  return digests;
}

/** The header line of a backup, which may be far larger than a string can hold. */
function firstLine(file: string): string {
  const buffer = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    const length = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8').split('\n')[0]!;
  } finally {
    fs.closeSync(fd);
  }
}

const seconds = (started: number) => Math.round((performance.now() - started) / 100) / 10;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: seconds(started) };
}

/**
 * One `samverkan backup|restore` in a process of its own, as an operator runs it, under
 * /usr/bin/time for the process's peak resident memory.
 */
async function cliStep(args: string[], database: { url: string } | { dataDir: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKAN_LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if ('url' in database) env.DATABASE_URL = database.url;
  else env.SAMVERKAN_DATA_DIR = database.dataDir;
  const step = await timed(() =>
    run(
      '/usr/bin/time',
      ['-f', 'peak-rss-kb %M', process.execPath, path.join(repoRoot, 'bin', 'samverkan.js'), ...args],
      {
        env,
        cwd: repoRoot,
        maxBuffer: 1 << 20,
      },
    ),
  );
  const peakKb = Number(/peak-rss-kb (\d+)/.exec(step.value.stderr)?.[1] ?? NaN);
  const result = { seconds: step.seconds, peakRssMb: Math.round(peakKb / 1024), said: step.value.stdout.trim() };
  // A national run takes most of an hour: each step is reported as it ends.
  process.stderr.write(`${args[0]} ${'url' in database ? 'PostgreSQL' : 'PGlite'}: ${JSON.stringify(result)}\n`);
  return result;
}

/**
 * Issue 15 point 4: `npm run bench -- backup [--scale F]`. The national data generated on PGlite,
 * backed up and restored into PostgreSQL, backed up there and restored into a fresh PGlite, each
 * step by the CLI in its own process (time and peak RSS), and every table compared by row count
 * and digest.
 */
export async function benchBackup(options: { scale?: number }) {
  const scale = options.scale ?? 0.1;
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) return { skipped: 'set DATABASE_URL (an admin connection; a database is created and dropped)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-backup-'));
  const name = benchDatabaseName(adminUrl, 'backup');
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const source = { dataDir: path.join(dir, 'source') };
  const target = { dataDir: path.join(dir, 'target') };
  const postgres = { url: url.href };
  const withDatabase = async <T>(config: Parameters<typeof openDatabase>[0], work: (d: Database) => Promise<T>) => {
    const database = await openDatabase(config);
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  };
  try {
    await recreateDatabase(adminUrl, name);
    const generated = await timed(() =>
      withDatabase({ kind: 'pglite', ...source }, async (database) => {
        await migrateToLatest(database.db);
        await generateNational(database.db, scale);
      }),
    );
    process.stderr.write(`generated on PGlite in ${generated.seconds} s\n`);
    const firstFile = path.join(dir, 'from-pglite.ndjson');
    const backupPglite = await cliStep(['backup', firstFile], source);
    const header = JSON.parse(firstLine(firstFile)) as { tables: { name: string }[] };
    const tables = header.tables.map((t) => t.name);
    const original = await withDatabase({ kind: 'pglite', ...source }, (d) => tableDigests(d, tables));
    const restorePostgres = await cliStep(['restore', firstFile], postgres);
    const onPostgres = await withDatabase({ kind: 'postgres', url: postgres.url }, (d) => tableDigests(d, tables));
    const secondFile = path.join(dir, 'from-postgres.ndjson');
    const backupPostgres = await cliStep(['backup', secondFile], postgres);
    const restorePglite = await cliStep(['restore', secondFile], target);
    // Baselines for the peak RSS: the CLI opening each database and doing nothing (PGlite's own
    // memory grows with the data it has touched and is not given back).
    const baseline = {
      openPglite: await cliStep(['migrate'], target),
      openPostgres: await cliStep(['migrate'], postgres),
    };
    const back = await withDatabase({ kind: 'pglite', ...target }, (d) => tableDigests(d, tables));
    const differing = tables.filter(
      (t) =>
        JSON.stringify(original[t]) !== JSON.stringify(onPostgres[t]) ||
        JSON.stringify(original[t]) !== JSON.stringify(back[t]),
    );
    const result = {
      scale,
      load: loadAverage(),
      rows: Object.values(original).reduce((n, t) => n + t.rows, 0),
      tables: tables.length,
      backupMb: Math.round(fs.statSync(firstFile).size / 1048576),
      generateOnPgliteSeconds: generated.seconds,
      steps: { backupPglite, restorePostgres, backupPostgres, restorePglite },
      baseline,
      benchProcessPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      everyRowEqual: differing.length === 0,
      differing,
      largestTables: Object.entries(original)
        .sort((a, b) => b[1].rows - a[1].rows)
        .slice(0, 6)
        .map(([table, t]) => `${table} ${t.rows}`),
    };
    writeResults(`backup-scale-${scale}`, result);
    return result;
  } finally {
    await recreateDatabase(adminUrl, name, false);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
