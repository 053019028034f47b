import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { backupDatabase, restoreDatabase } from '../src/platform/backup.ts';
import { openDatabase, type Database } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { generateNational } from '../src/seed/national.ts';
import { benchDatabaseName, recreateDatabase } from './submissions.ts';
import { loadAverage, writeResults } from './support.ts';

/**
 * Each table's row count and an order-independent digest of its rows (the sum of a hash of each
 * row as JSON), so two databases can be compared row for row without holding both in memory.
 */
async function tableDigests(database: Database, tables: string[]) {
  const raw = database.db.withoutPlugins();
  const digests: Record<string, { rows: number; digest: string }> = {};
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(raw)).rows;
    let sum = 0n;
    for (const row of rows) {
      const text = JSON.stringify(row, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value));
      sum = (sum + createHash('sha256').update(text).digest().readBigUInt64BE(0)) % 2n ** 64n;
    }
    digests[table] = { rows: rows.length, digest: sum.toString(16) };
  }
  return digests;
}

const seconds = (started: number) => Math.round((performance.now() - started) / 100) / 10;

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: seconds(started) };
}

/**
 * Issue 15 point 4: `npm run bench -- backup [--scale F]`. The national data on PGlite, backed up
 * and restored into PostgreSQL, backed up there and restored into a fresh PGlite, with the time of
 * each step and every table compared by row count and digest.
 */
export async function benchBackup(options: { scale?: number }) {
  const scale = options.scale ?? 0.1;
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) return { skipped: 'set DATABASE_URL (an admin connection; a database is created and dropped)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-backup-'));
  const name = benchDatabaseName(adminUrl, 'backup');
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened: Database[] = [];
  const open = async (config: Parameters<typeof openDatabase>[0]) => {
    const database = await openDatabase(config);
    opened.push(database);
    await migrateToLatest(database.db);
    return database;
  };
  try {
    await recreateDatabase(adminUrl, name);
    const source = await open({ kind: 'pglite', dataDir: path.join(dir, 'source') });
    const generated = await timed(() => generateNational(source.db, scale));
    const firstFile = path.join(dir, 'from-pglite.ndjson');
    const backup1 = await timed(() => backupDatabase(source.db, firstFile));
    const tables = backup1.value.tables.map((t) => t.name);
    const original = await tableDigests(source, tables);
    const postgres = await open({ kind: 'postgres', url: url.href });
    const restore1 = await timed(() => restoreDatabase(postgres.db, firstFile));
    const onPostgres = await tableDigests(postgres, tables);
    const secondFile = path.join(dir, 'from-postgres.ndjson');
    const backup2 = await timed(() => backupDatabase(postgres.db, secondFile));
    const target = await open({ kind: 'pglite', dataDir: path.join(dir, 'target') });
    const restore2 = await timed(() => restoreDatabase(target.db, secondFile));
    const back = await tableDigests(target, tables);
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
      seconds: {
        generateOnPglite: generated.seconds,
        backupPglite: backup1.seconds,
        restorePostgres: restore1.seconds,
        backupPostgres: backup2.seconds,
        restorePglite: restore2.seconds,
      },
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
    for (const database of opened.reverse()) await database.close();
    await recreateDatabase(adminUrl, name, false);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
