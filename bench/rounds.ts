import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { resolveSession } from '../src/auth/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { getOverview } from '../src/rounds/service.ts';
import { getIndicatorTrend, getReporting } from '../src/trends/service.ts';
import { BENCH_PASSWORD, generateForum } from './rounds-data.ts';
import {
  bareRunner,
  captureSql,
  getOk,
  openBenchDatabase,
  percentile,
  timeBesideSql,
  writeResults,
} from './support.ts';

const SIZE = { organizations: 300, indicators: 20, rounds: 52, reporters: 50 };

export async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'samverkan-client': 'bench' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in failed for ${email}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

async function submissions(base: string, roundId: string, organizationIds: string[], seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const worker = async (index: number) => {
    const cookie = await signIn(base, `reporter${index + 1}@bench.example`);
    const url = `${base}/api/rounds/${roundId}/reports/${organizationIds[index]}`;
    const headers = { cookie, 'content-type': 'application/json', 'samverkan-client': 'bench' };
    let revision = 0;
    let n = 0;
    while (Date.now() < deadline) {
      const started = performance.now();
      const draft = await fetch(url, {
        method: 'PUT',
        headers,
        body: JSON.stringify({
          revision,
          currentSituation: `Läget vecka ${n++}: ansträngt men hanterbart.`,
          challenges: 'Bemanning.',
          input: '',
          strainLevel: 'strained',
          values: [],
        }),
      });
      if (draft.status !== 200) {
        errors++;
        revision = (await (await fetch(url, { headers })).json()).revision;
        continue;
      }
      revision = (await draft.json()).revision;
      const submit = await fetch(`${url}/submit`, { method: 'POST', headers, body: JSON.stringify({ revision }) });
      if (submit.status !== 200) {
        errors++;
        await submit.text();
        continue;
      }
      await submit.json();
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(organizationIds.map((_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    concurrentReporters: organizationIds.length,
    submissionsPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    submissions: latencies.length,
    errors,
    note: 'one submission = save draft (PUT) + submit (POST), both timed together',
  };
}

async function benchOne(kind: 'pglite' | 'postgres', seconds: number, adminUrl?: string) {
  const { database, url, cleanup } = await openBenchDatabase('rounds', kind === 'postgres' ? adminUrl : undefined);
  try {
    await migrateToLatest(database.db);
    const generated = performance.now();
    const { forumId, latestRoundId, openRoundId } = await generateForum(database.db, SIZE);
    const generateSeconds = Math.round((performance.now() - generated) / 100) / 10;
    const counts = await sql<{
      reports: number;
      values: number;
    }>`select (select count(*) from report_versions)::int as reports, (select coalesce(sum(cardinality(indicator_ids)), 0) from report_versions)::int as values`.execute(
      database.db.withoutPlugins(),
    );

    const config = loadConfig({
      NODE_ENV: 'production',
      SAMVERKAN_LOG_LEVEL: 'silent',
      SAMVERKAN_COOKIE_SECURE: 'false',
      SAMVERKAN_LOGIN_RATE_PER_MINUTE: '1000',
    });
    const app = await buildApp({ config, database, logger: false, serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const cookie = await signIn(base, 'coordinator@bench.example');
      const overviewUrl = `${base}/api/rounds/${latestRoundId}/overview`;
      const sample = await (await fetch(overviewUrl, { headers: { cookie } })).json();
      const actor = (await resolveSession({
        db: database.db,
        config,
        token: decodeURIComponent(cookie.split('=')[1]!),
      }))!.actor;
      const capture = captureSql(database);
      await getOverview(capture.db, actor, latestRoundId);
      const runner = await bareRunner(database, url);
      const overview = await timeBesideSql({
        samples: 200,
        warmup: 10,
        request: () => getOk(overviewUrl, { cookie }),
        statements: capture.captured,
        runner,
      });
      // Issue 13: the trend of one indicator and the reporting rates over all 52 rounds.
      const indicator = await database.db
        .selectFrom('indicators')
        .select('id')
        .where('forumId', '=', forumId)
        .orderBy('position')
        .executeTakeFirstOrThrow();
      const overRounds: Record<string, unknown> = {};
      for (const read of [
        {
          name: 'trend of one indicator',
          url: `/api/forums/${forumId}/trends?indicatorId=${indicator.id}`,
          run: (db: typeof capture.db) => getIndicatorTrend(db, actor, forumId, { indicatorId: indicator.id }),
        },
        {
          name: 'reporting rates',
          url: `/api/forums/${forumId}/reporting`,
          run: (db: typeof capture.db) => getReporting(db, actor, forumId, {}),
        },
      ]) {
        const captured = captureSql(database);
        await read.run(captured.db);
        overRounds[read.name] = await timeBesideSql({
          samples: 100,
          warmup: 5,
          request: () => getOk(`${base}${read.url}`, { cookie }),
          statements: captured.captured,
          runner,
        });
      }
      await runner.close();

      const organizationIds = (
        await database.db
          .selectFrom('forumMembers')
          .select('organizationId')
          .where('forumId', '=', forumId)
          .orderBy('position')
          .limit(SIZE.reporters)
          .execute()
      ).map((r) => r.organizationId);
      const submit = await submissions(base, openRoundId, organizationIds, seconds);
      return {
        database: kind,
        data: {
          ...SIZE,
          reportVersions: counts.rows[0]!.reports,
          indicatorValues: counts.rows[0]!.values,
          generateSeconds,
        },
        overview: {
          ...overview,
          responseKb: Math.round(JSON.stringify(sample).length / 1024),
          note: "endpoint = real HTTP incl. session lookup and JSON; ownSql = the use case's statements run one after another on a raw connection",
        },
        trends: overRounds,
        submit,
        rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
      };
    } finally {
      await app.close();
    }
  } finally {
    await cleanup();
  }
}

/** Issue 4: the lägesbild of a 300-member forum with 52 rounds, and report submissions under load. */
export async function benchRounds(options: { seconds: number }) {
  const results = [await benchOne('pglite', options.seconds)];
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (adminUrl) results.push(await benchOne('postgres', options.seconds, adminUrl));
  else
    results.push({
      database: 'postgres',
      skipped: 'set DATABASE_URL (an admin connection; a scratch database is created and dropped)',
    } as never);
  writeResults('rounds', results);
  return results;
}
