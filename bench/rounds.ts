import { PostgresQueryCompiler, sql, type CompiledQuery, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { resolveSession } from '../src/auth/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { getOverview } from '../src/rounds/service.ts';
import { BENCH_PASSWORD, generateForum } from './rounds-data.ts';
import { openBenchDatabase, percentile, timeIt, writeResults } from './support.ts';

const SIZE = { organizations: 300, indicators: 20, rounds: 52, reporters: 50 };

/** Records the SQL a use case runs, so the same statements can be timed without the app around them. */
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
  return { db: database.db.withPlugin(plugin), captured };
}

export async function bareRunner(database: Database, adminUrl?: string, name = 'samverkan_bench') {
  if (database.pglite) {
    const pglite = database.pglite;
    return { run: async (q: CompiledQuery) => pglite.query(q.sql, [...q.parameters]), close: async () => {} };
  }
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  return { run: async (q: CompiledQuery) => client.query(q.sql, [...q.parameters]), close: () => client.end() };
}

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
  const { database, cleanup } = await openBenchDatabase('samverkan_bench', kind === 'postgres' ? adminUrl : undefined);
  try {
    await migrateToLatest(database.db);
    const generated = performance.now();
    const { forumId, latestRoundId, openRoundId } = await generateForum(database.db, SIZE);
    const generateSeconds = Math.round((performance.now() - generated) / 100) / 10;
    const counts = await sql<{
      reports: number;
      values: number;
    }>`select (select count(*) from report_versions)::int as reports, (select count(*) from report_values)::int as values`.execute(
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
      const endpoint = await timeIt(200, async () => {
        const response = await fetch(overviewUrl, { headers: { cookie } });
        if (response.status !== 200) throw new Error(`overview answered ${response.status}`);
        await response.arrayBuffer();
      });

      const actor = (await resolveSession({
        db: database.db,
        config,
        token: decodeURIComponent(cookie.split('=')[1]!),
      }))!.actor;
      const capture = captureSql(database);
      await getOverview(capture.db, actor, latestRoundId);
      const runner = await bareRunner(database, adminUrl);
      const bare = await timeIt(200, async () => {
        for (const query of capture.captured) await runner.run(query);
      });
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
          endpoint,
          bareSql: { ...bare, statements: capture.captured.length },
          ratioP50: Math.round((endpoint.p50Ms / bare.p50Ms) * 100) / 100,
          ratioP95: Math.round((endpoint.p95Ms / bare.p95Ms) * 100) / 100,
          responseKb: Math.round(JSON.stringify(sample).length / 1024),
          note: 'endpoint = real HTTP incl. session lookup and JSON; bare SQL = the same statements run one after another on a raw connection',
        },
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
      skipped: 'set DATABASE_URL (an admin connection; a samverkan_bench database is created and dropped)',
    } as never);
  writeResults('rounds', results);
  return results;
}
