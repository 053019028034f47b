import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.ts';
import type { Database } from '../platform/db.ts';
import { generateNational, nationalSize, type NationalData } from './national.ts';

describe('the national data set for the benchmark', () => {
  let database: Database;
  let data: NationalData;
  beforeAll(async () => {
    database = await createTestDatabase();
    data = await generateNational(database.db, 0.02);
  }, 120_000);
  afterAll(() => database.close());

  it('is the size the scale asks for', () => {
    expect(nationalSize(1)).toEqual({
      regions: 21,
      kommuner: 290,
      units: 1000,
      forums: 50,
      weeks: 156,
      indicators: 20,
      meetings: 2000,
    });
    const size = nationalSize(0.02);
    expect(data.rows.organizations).toBe(size.regions + size.kommuner + size.units);
    expect(data.rows.forums).toBe(size.forums);
    expect(data.rows.rounds).toBe(size.forums * (size.weeks + 1));
    expect(data.rows.meetings).toBe(size.meetings);
    expect(data.rows.agendaItems).toBe(size.meetings * 8);
    expect(data.rows.decisions).toBe(size.meetings * 3);
    expect(data.rows.actions).toBe(size.meetings * 3);
    expect(data.rows.reportValues).toBe(data.rows.reportVersions! * size.indicators);
  });

  it('holds consistent rows: every foreign key finds its row though they were not checked while generating', async () => {
    const raw = database.db.withoutPlugins();
    const orphans = await sql<{ n: number }>`select
      (select count(*) from report_versions v cross join lateral unnest(v.indicator_ids) k
        left join indicators i on i.id = k join rounds r on r.id = v.round_id where i.forum_id is distinct from r.forum_id)
      + (select count(*) from forum_members fm left join organizations o on o.id = fm.organization_id where o.id is null)
      + (select count(*) from actions a left join agenda_items i on i.id = a.agenda_item_id where i.id is null)
      + (select count(*) from decisions d left join meetings m on m.id = d.meeting_id where m.id is null) as n`.execute(
      raw,
    );
    expect(Number(orphans.rows[0]!.n)).toBe(0);
    // Kept by triggers, which do not run while generating: each forum's list must still be complete.
    const lists = await sql<{ forums: number; listed: number; active: number }>`select count(*)::int as forums,
      sum(json_array_length(f.active_indicators))::int as listed,
      (select count(*)::int from indicators where is_active) as active from forums f`.execute(raw);
    expect(lists.rows[0]!.forums).toBeGreaterThan(0);
    expect(lists.rows[0]!.active).toBeGreaterThan(0);
    expect(lists.rows[0]!.listed).toBe(lists.rows[0]!.active);
    const role = await sql<{ role: string }>`select current_setting('session_replication_role') as role`.execute(raw);
    expect(role.rows[0]!.role).toBe('origin');
  });

  it('gives every reporter an open round of a forum their organisation is a member of', async () => {
    const members = await sql<{ n: number }>`select count(distinct fm.organization_id)::int as n
      from forum_members fm join organizations o on o.id = fm.organization_id where o.kind <> 'region'`.execute(
      database.db.withoutPlugins(),
    );
    expect(data.reporters.length).toBe(members.rows[0]!.n);
    for (const reporter of data.reporters.slice(0, 5)) {
      const open = await database.db
        .selectFrom('rounds')
        .innerJoin('forumMembers', 'forumMembers.forumId', 'rounds.forumId')
        .innerJoin('users', 'users.organizationId', 'forumMembers.organizationId')
        .select('rounds.status')
        .where('rounds.id', '=', reporter.roundId)
        .where('forumMembers.organizationId', '=', reporter.organizationId)
        .where('users.email', '=', reporter.email)
        .executeTakeFirstOrThrow();
      expect(open.status).toBe('open');
    }
  });
});
