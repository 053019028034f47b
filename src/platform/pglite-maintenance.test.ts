import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPglite } from '../../test/database.ts';
import type { Database } from './db.ts';
import { maintainPglite } from './pglite-maintenance.ts';

// Embedded PGlite runs no autovacuum: this is the app's stand-in, so it is tested on PGlite whatever the suite's
// database (on PostgreSQL the function does nothing; the scheduled jobs' test checks it is not scheduled there).
let database: Database;

beforeAll(async () => {
  database = await createTestPglite();
});

afterAll(async () => {
  await database.close();
});

const statsOf = async (table: string) =>
  (
    await sql<{ lastVacuum: Date | null; lastAnalyze: Date | null; reltuples: number; deadRows: number }>`
      select s.last_vacuum as "lastVacuum", s.last_analyze as "lastAnalyze", c.reltuples, s.n_dead_tup as "deadRows"
      from pg_stat_user_tables s join pg_class c on c.oid = s.relid where s.relname = ${table}
    `.execute(database.db)
  ).rows[0]!;

/** The statistics of this connection's changes reach the shared counters at most once a second. */
const flushStatistics = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  await sql`select 1`.execute(database.db);
};

describe('the PGlite stand-in for autovacuum', () => {
  it('analyses a table that filled up and vacuums away its dead rows, then has nothing to do', async () => {
    await sql`create table maintenance_probe (id int primary key, state text not null)`.execute(database.db);
    await sql`insert into maintenance_probe select g, 'draft' from generate_series(1, 2000) g`.execute(database.db);
    await sql`update maintenance_probe set state = 'submitted' where id <= 1000`.execute(database.db);
    await flushStatistics();
    expect(await statsOf('maintenance_probe')).toMatchObject({ lastVacuum: null, lastAnalyze: null, reltuples: -1 });

    const done = await maintainPglite(database);
    expect(done).toContainEqual({ table: 'public.maintenance_probe', vacuumed: true, analyzed: true });
    const after = await statsOf('maintenance_probe');
    expect(after.lastVacuum).toBeInstanceOf(Date);
    expect(after.lastAnalyze).toBeInstanceOf(Date);
    expect(after.reltuples).toBe(2000);
    expect(after.deadRows).toBe(0);

    await flushStatistics();
    expect((await maintainPglite(database)).map((t) => t.table)).not.toContain('public.maintenance_probe');
  });

  it('analyses again once a tenth of a table changed, without vacuuming what has no dead rows', async () => {
    await sql`insert into maintenance_probe select g, 'draft' from generate_series(2001, 2400) g`.execute(database.db);
    await flushStatistics();
    expect(await maintainPglite(database)).toContainEqual({
      table: 'public.maintenance_probe',
      vacuumed: false,
      analyzed: true,
    });
    expect((await statsOf('maintenance_probe')).reltuples).toBe(2400);
  });

  it('keeps serving statements beside it, on the one connection', async () => {
    await sql`update maintenance_probe set state = 'amended'`.execute(database.db);
    await flushStatistics();
    const [done, count] = await Promise.all([
      maintainPglite(database),
      sql<{ n: number }>`select count(*)::int as n from maintenance_probe where state = 'amended'`.execute(database.db),
    ]);
    expect(done.map((t) => t.table)).toContain('public.maintenance_probe');
    expect(count.rows[0]!.n).toBe(2400);
  });
});
