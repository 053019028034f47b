import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.ts';
import type { Database } from '../platform/db.ts';
import { createMigrator, migrateToLatest } from '../platform/migrate.ts';

const BEFORE = '2026-11-30T1910-reports-announced-after-commit';

describe('migration 2026-12-01T0100: a version keeps its values as arrays', { timeout: 120_000 }, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  afterAll(() => database.close());

  const valuesOf = async () =>
    (
      await sql<{ version: number; key: string; value: number; capacity: number | null }>`
        select v.version, i.key, u.value::float8 as value, u.capacity::float8 as capacity
        from report_versions v
        cross join lateral unnest(v.indicator_ids, v.indicator_values, v.indicator_capacities) as u(indicator_id, value, capacity)
        join indicators i on i.id = u.indicator_id
        order by v.version, i.key`.execute(database.db.withoutPlugins())
    ).rows;

  it('moves every value row into its version, and back down again', async () => {
    const raw = database.db.withoutPlugins();
    const { error } = await createMigrator(database.db).migrateTo(BEFORE);
    expect(error).toBeUndefined();
    await sql`
      with org as (insert into organizations (name, kind) values ('Region X', 'region') returning id),
      author as (
        insert into users (email, name, organization_id) select 'a@example.se', 'A', id from org returning id, organization_id
      ), forum as (
        insert into forums (name, owner_organization_id) select 'Forum X', id from org returning id
      ), beds as (
        insert into indicators (forum_id, key, name_sv, name_en, kind, higher_is)
        select id, 'beds', 'Platser', 'Beds', 'integer', 'worse' from forum returning id
      ), tests as (
        insert into indicators (forum_id, key, name_sv, name_en, kind, higher_is)
        select id, 'tests', 'Prover', 'Tests', 'capacity', 'better' from forum returning id
      ), round as (
        insert into rounds (forum_id, title, period_start, period_end, deadline)
        select id, 'Vecka 10', '2026-03-02', '2026-03-08', '2026-03-03T11:00Z' from forum returning id
      ), report as (
        insert into reports (round_id, organization_id, updated_by, submitted_version)
        select round.id, author.organization_id, author.id, 2 from round, author
        returning id, round_id, organization_id, updated_by
      ), versions as (
        insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges, input,
          strain_level, submitted_at, submitted_by, is_latest)
        select id, g, round_id, organization_id, 'Lugnt', '', '', 'normal', now(), updated_by, g = 2
        from report, generate_series(1, 3) g
        returning report_id, version, round_id, organization_id, is_latest
      )
      insert into report_values (report_id, version, round_id, organization_id, indicator_id, value, capacity, is_latest)
      select v.report_id, v.version, v.round_id, v.organization_id, beds.id, 7 + v.version, null, v.is_latest
      from versions v, beds where v.version <= 2
      union all
      select v.report_id, v.version, v.round_id, v.organization_id, tests.id, 1200.5, 1500, v.is_latest
      from versions v, tests where v.version = 2`.execute(raw);

    await migrateToLatest(database.db);
    expect(await valuesOf()).toEqual([
      { version: 1, key: 'beds', value: 8, capacity: null },
      { version: 2, key: 'beds', value: 9, capacity: null },
      { version: 2, key: 'tests', value: 1200.5, capacity: 1500 },
    ]);
    const third = await sql<{
      n: number;
    }>`select cardinality(indicator_ids) as n from report_versions where version = 3`.execute(raw);
    expect(third.rows).toEqual([{ n: 0 }]);

    const down = await createMigrator(database.db).migrateTo(BEFORE);
    expect(down.error).toBeUndefined();
    const rows = await sql`select version, value::float8 as value, capacity::float8 as capacity, is_latest
      from report_values order by version, value`.execute(raw);
    expect(rows.rows).toEqual([
      { version: 1, value: 8, capacity: null, is_latest: false },
      { version: 2, value: 9, capacity: null, is_latest: true },
      { version: 2, value: 1200.5, capacity: 1500, is_latest: true },
    ]);
    await migrateToLatest(database.db);
    expect(await valuesOf()).toHaveLength(3);
  });
});
