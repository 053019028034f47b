import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_PASSWORD, generateForum } from '../../bench/rounds-data.ts';
import { openDatabase, type Database } from '../../src/platform/db.ts';
import { migrateToLatest } from '../../src/platform/migrate.ts';
import { signIn, startAppServer, startPostgresCluster, type AppServer } from './support.ts';

// Issue 15 point 4a: kill -9 an app server during 1,000 concurrent submissions on PostgreSQL.
const ORGANIZATIONS = 50;
const ROUNDS = 20;
const KILL_AFTER_ACKNOWLEDGED = 200;

interface Submission {
  roundId: string;
  organizationId: string;
  text: string;
}

let database: Database;
let url: string;
let server: AppServer;
let roundIds: string[];
let indicatorIds: string[];
let reporters: { organizationId: string; headers: Record<string, string> }[];

beforeAll(async () => {
  const cluster = await startPostgresCluster();
  url = await cluster.createDatabase('samverkan');
  database = await openDatabase({ kind: 'postgres', url });
  await migrateToLatest(database.db);
  const { forumId } = await generateForum(database.db, {
    organizations: ORGANIZATIONS,
    indicators: 3,
    rounds: 1,
    reporters: ORGANIZATIONS,
  });
  // generateForum leaves one open round; 19 more make 1,000 reports to file, 50 per round.
  await sql`insert into rounds (forum_id, title, period_start, period_end, deadline)
    select ${forumId}, 'Öppen vecka ' || g, date '2031-01-06' + g * 7, date '2031-01-06' + g * 7 + 6,
      (date '2031-01-06' + g * 7 + 1)::timestamptz + interval '11 hours'
    from generate_series(1, ${ROUNDS - 1}) g`.execute(database.db);
  roundIds = (
    await database.db.selectFrom('rounds').select('id').where('status', '=', 'open').orderBy('periodStart').execute()
  ).map((r) => r.id);
  expect(roundIds).toHaveLength(ROUNDS);
  indicatorIds = (await database.db.selectFrom('indicators').select('id').where('forumId', '=', forumId).execute()).map(
    (r) => r.id,
  );
  server = await startAppServer({ DATABASE_URL: url, SAMVERKAN_LOGIN_RATE_PER_MINUTE: '100000' });
  const users = await database.db
    .selectFrom('users')
    .select(['email', 'organizationId'])
    .where('email', 'like', 'reporter%@bench.example')
    .execute();
  reporters = await Promise.all(
    users.map(async (u) => ({
      organizationId: u.organizationId,
      headers: (await signIn(server.base, u.email, BENCH_PASSWORD)).headers,
    })),
  );
  expect(reporters).toHaveLength(ORGANIZATIONS);
});
afterAll(() => database.close());

/** Draft save and submit; true once the submit was answered 200. */
async function file(base: string, headers: Record<string, string>, submission: Submission): Promise<boolean> {
  const reportUrl = `${base}/api/rounds/${submission.roundId}/reports/${submission.organizationId}`;
  const saved = await fetch(reportUrl, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      revision: 0,
      currentSituation: submission.text,
      challenges: 'Bemanning.',
      input: '',
      strainLevel: 'strained',
      values: indicatorIds.map((indicatorId, i) => ({ indicatorId, value: i + 1 })),
    }),
  });
  if (saved.status !== 200) return false;
  const { revision } = (await saved.json()) as { revision: number };
  const submitted = await fetch(`${reportUrl}/submit`, { method: 'POST', headers, body: JSON.stringify({ revision }) });
  await submitted.arrayBuffer();
  return submitted.status === 200;
}

/** Every report in the open rounds agrees with its versions, values and audit rows. */
async function inconsistencies(): Promise<unknown[]> {
  const { rows } = await sql<{ problem: string; report_id: string }>`
    with open_reports as (
      select r.* from reports r join rounds ro on ro.id = r.round_id where ro.status = 'open'
    ), versions as (
      select report_id, count(*)::int as n, max(version) as latest from report_versions group by report_id
    ), submit_audits as (
      select entity_id, count(*)::int as n from audit_log
      where entity_type = 'report' and action in ('submit', 'amend') group by entity_id
    ), draft_audits as (
      select distinct entity_id from audit_log where entity_type = 'report' and action = 'save_draft'
    )
    select 'submitted_version does not match the versions' as problem, r.id as report_id
      from open_reports r left join versions v on v.report_id = r.id
      where r.submitted_version <> coalesce(v.latest, 0)
    union all
    select 'a version without its audit row, or an audit row without its version', r.id
      from open_reports r left join versions v on v.report_id = r.id left join submit_audits a on a.entity_id = r.id::text
      where coalesce(v.n, 0) <> coalesce(a.n, 0)
    union all
    select 'a report written without its audit row', r.id
      from open_reports r left join draft_audits d on d.entity_id = r.id::text where d.entity_id is null
    union all
    select 'a version without all its values', v.report_id
      from report_versions v
      where cardinality(v.indicator_ids) <> ${indicatorIds.length}`.execute(database.db.withoutPlugins());
  return rows;
}

describe('an app server killed with -9 during 1,000 concurrent submissions', () => {
  it('keeps every acknowledged submission complete and leaves nothing half-written', async () => {
    const submissions = roundIds.flatMap((roundId, r) =>
      reporters.map((person, p) => ({
        person,
        submission: { roundId, organizationId: person.organizationId, text: `Läget, avstämning ${r}, rapportör ${p}.` },
      })),
    );
    expect(submissions).toHaveLength(ORGANIZATIONS * ROUNDS);
    const acknowledged: Submission[] = [];
    let killed: Promise<void> | undefined;
    const outcomes = await Promise.allSettled(
      submissions.map(async ({ person, submission }) => {
        if (!(await file(server.base, person.headers, submission))) return;
        acknowledged.push(submission);
        if (acknowledged.length === KILL_AFTER_ACKNOWLEDGED) killed = server.kill();
      }),
    );
    await killed;
    expect(server.child.signalCode).toBe('SIGKILL');
    // The kill came in the middle: many were cut off.
    const cutOff = outcomes.filter((o) => o.status === 'rejected').length;
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(cutOff).toBeGreaterThan(100);

    const stored = await database.db
      .selectFrom('reports')
      .innerJoin('reportVersions', (join) =>
        join.onRef('reportVersions.reportId', '=', 'reports.id').on('reportVersions.version', '=', 1),
      )
      .select(['reports.roundId', 'reports.organizationId', 'reportVersions.currentSituation'])
      .execute();
    const storedText = new Map(stored.map((s) => [`${s.roundId} ${s.organizationId}`, s.currentSituation]));
    for (const a of acknowledged) expect(storedText.get(`${a.roundId} ${a.organizationId}`)).toBe(a.text);
    expect(await inconsistencies()).toEqual([]);

    // A new server on the same database lets the others finish what was cut off.
    const restarted = await startAppServer({ DATABASE_URL: url, SAMVERKAN_LOGIN_RATE_PER_MINUTE: '100000' });
    const done = new Set(stored.map((s) => `${s.roundId} ${s.organizationId}`));
    const unfinished = submissions.filter((s) => !done.has(`${s.submission.roundId} ${s.submission.organizationId}`));
    const sample = unfinished.slice(0, 20);
    expect(sample.length).toBeGreaterThan(0);
    // Sessions live in the database: the reporters stay signed in across the crash.
    for (const { person, submission } of sample) {
      const { headers } = person;
      const reportUrl = `${restarted.base}/api/rounds/${submission.roundId}/reports/${submission.organizationId}`;
      const current = await fetch(reportUrl, { headers });
      expect(current.status).toBe(200);
      const { revision } = (await current.json()) as { revision: number };
      const submitted =
        revision === 0
          ? await file(restarted.base, headers, submission)
          : (await fetch(`${reportUrl}/submit`, { method: 'POST', headers, body: JSON.stringify({ revision }) }))
              .status === 200;
      expect(submitted, `${submission.text} after the restart`).toBe(true);
    }
    expect(await inconsistencies()).toEqual([]);
  });
});
