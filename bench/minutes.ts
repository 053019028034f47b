import fs from 'node:fs';
import path from 'node:path';
import { systemAdmin } from '../src/auth/service.ts';
import { createForum } from '../src/forums/service.ts';
import { importMinutesFile } from '../src/minutes-import/import.ts';
import { parseMinutesFile } from '../src/minutes-import/parse-file.ts';
import { createOrganization } from '../src/organizations/service.ts';
import type { Database } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { openBenchDatabase, percentile, repoRoot, writeResults } from './support.ts';

const samplesDir = path.resolve(repoRoot, '..', 'shared', 'samples');

async function parseTimings() {
  const files = fs.existsSync(samplesDir) ? fs.readdirSync(samplesDir).sort() : [];
  const results: Record<string, { medianMs: number; p95Ms: number }> = {};
  for (const file of files) {
    const data = fs.readFileSync(path.join(samplesDir, file));
    for (let i = 0; i < 10; i++) await parseMinutesFile(data, file);
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await parseMinutesFile(data, file);
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    results[file] = {
      medianMs: Math.round(percentile(samples, 50) * 100) / 100,
      p95Ms: Math.round(percentile(samples, 95) * 100) / 100,
    };
  }
  // Baseline: reading the same bytes as UTF-8 text, the least any parser must do.
  const baseline: number[] = [];
  for (const file of files) {
    const data = fs.readFileSync(path.join(samplesDir, file));
    const started = performance.now();
    for (let i = 0; i < 50; i++)
      data
        .toString('utf8')
        .split('\n')
        .map((l) => l.trim());
    baseline.push((performance.now() - started) / 50);
  }
  return {
    perSample: results,
    baselineSplitLinesMs:
      Math.round((baseline.reduce((a, b) => a + b, 0) / Math.max(1, baseline.length)) * 1000) / 1000,
  };
}

/** Varied copies of the samples: another date and diary number each, so every file is new to the importer. */
function generatedMinutes(count: number): { name: string; data: Buffer }[] {
  const files = fs.readdirSync(samplesDir).sort();
  return Array.from({ length: count }, (_, i) => {
    const text = fs.readFileSync(path.join(samplesDir, files[i % files.length]!), 'utf8');
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const varied =
      text.replace(/\b20\d\d-\d\d-\d\d\b/, day).replace(/Dnr[:\s]+\S+/, `Dnr BENCH-${i}`) + `\n<!-- ${i} -->\n`;
    return { name: `generated-${i}.txt`, data: Buffer.from(varied) };
  });
}

async function importTiming(database: Database, count: number) {
  const { db } = database;
  await migrateToLatest(db);
  const owner = await createOrganization({ db, actor: systemAdmin, input: { name: 'Bänkregion', kind: 'region' } });
  const forum = await createForum({
    db,
    actor: systemAdmin,
    input: { name: 'Bänkforum', ownerOrganizationId: owner.id },
  });
  const files = generatedMinutes(count);
  const started = performance.now();
  for (const file of files) {
    // Some samples give their date in words, which the copies keep: they are imported as a
    // coordinator would after the preview named the meeting already on that date. Any other
    // refusal ends the bench, so that every timing is of an import that happened.
    await importMinutesFile({
      db,
      actor: systemAdmin,
      forumId: forum.id,
      forumName: forum.name,
      filename: file.name,
      data: file.data,
      allowSameDate: true,
    }).catch((error: unknown) => {
      throw new Error(`importing ${file.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  const meetings = await db
    .selectFrom('meetings')
    .where('forumId', '=', forum.id)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(meetings.n) !== count)
    throw new Error(`${count} minutes imported, but the forum has ${meetings.n} meetings`);
  return {
    minutes: count,
    seconds: Math.round(seconds * 10) / 10,
    perMinutesMs: Math.round((seconds * 1000) / count),
  };
}

/** Issue 6: parsing speed per sample, and importing 1,000 generated minutes. */
export async function benchMinutes() {
  const parse = await parseTimings();
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  let postgres: unknown = {
    skipped: 'set DATABASE_URL (an admin connection; a scratch database is created and dropped)',
  };
  if (url) {
    const scratch = await openBenchDatabase('import', url);
    try {
      postgres = await importTiming(scratch.database, 1000);
    } finally {
      await scratch.cleanup();
    }
  }
  const pglite = await openBenchDatabase('import');
  let pgliteResult: unknown;
  try {
    pgliteResult = await importTiming(pglite.database, 200);
  } finally {
    await pglite.cleanup();
  }
  const results = { parse, importPostgres: postgres, importPglite200: pgliteResult };
  writeResults('minutes', results);
  return results;
}
