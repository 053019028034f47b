import { describe, expect, it } from 'vitest';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { PLAN_FOR_VALUES, statementName } from './db.ts';

const inList = (n: number) =>
  `select id from report_values where round_id in (${Array.from({ length: n }, (_, i) => `$${i + 2}`).join(', ')}) and indicator_id = $1`;

describe('which statements are prepared on PostgreSQL', () => {
  it('names a data statement once and keeps its name', () => {
    const name = statementName('select id from rounds where forum_id = $1');
    expect(name).toMatch(/^samverkan_\d+$/);
    expect(statementName('select id from rounds where forum_id = $1')).toBe(name);
    expect(statementName(inList(15))).toMatch(/^samverkan_\d+$/);
  });

  it('plans a statement with a long in list for its values each time (no name, so no generic plan)', () => {
    expect(statementName(inList(16))).toBeUndefined();
    expect(statementName(inList(157))).toBeUndefined();
    expect(statementName('set session_replication_role = replica')).toBeUndefined();
  });

  it('never prepares a statement led by PLAN_FOR_VALUES', () => {
    const compiler = new Kysely<never>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    const compiled = sql`${PLAN_FOR_VALUES} select id from rounds where forum_id = ${'f'}`.compile(compiler);
    expect(compiled.sql).toMatch(/^\/\* planned for its values \*\/ select/);
    expect(statementName(compiled.sql)).toBeUndefined();
  });
});
