import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { createTestDatabase, createTestPglite } from '../../test/database.ts';
import { compiledOnce, PLAN_FOR_VALUES, statementName, type Database } from './db.ts';

const inList = (n: number) =>
  `select report_id from report_versions where round_id in (${Array.from({ length: n }, (_, i) => `$${i + 2}`).join(', ')}) and organization_id = $1`;

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

describe('a query compiled once', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db
      .insertInto('organizations')
      .values([
        { name: 'Region Dalarna', kind: 'region' },
        { name: 'Falu kommun', kind: 'kommun' },
      ])
      .execute();
  }, 60_000);
  afterAll(() => database.close());

  it("runs with each call's own values and camel-cased rows", async () => {
    let builds = 0;
    const byKind = compiledOnce((db, kind: string, name: string) => {
      builds++;
      return db
        .selectFrom('organizations')
        .select(['name', 'createdAt'])
        .where('kind', '=', kind)
        .where('name', '<>', name)
        .where('name', 'is not', null);
    });
    expect((await byKind(database.db, 'region', 'x')).map((r) => r.name)).toEqual(['Region Dalarna']);
    expect((await byKind(database.db, 'kommun', 'x')).map((r) => r.name)).toEqual(['Falu kommun']);
    expect(await byKind(database.db, 'kommun', 'Falu kommun')).toEqual([]);
    const [row] = await database.db.transaction().execute((trx) => byKind(trx, 'region', ''));
    expect(Object.keys(row!)).toEqual(['name', 'createdAt']);
    expect(builds).toBe(1);
  });

  it('refuses a query whose values would be frozen at the first call, or that drops an argument', async () => {
    const frozenTime = compiledOnce((db, kind: string) =>
      db.selectFrom('organizations').select('name').where('kind', '=', kind).where('createdAt', '<', new Date()),
    );
    await expect(frozenTime(database.db, 'region')).rejects.toThrow(/nothing else may vary/);
    const unused = compiledOnce((db, _kind: string) => db.selectFrom('organizations').select('name'));
    await expect(unused(database.db, 'region')).rejects.toThrow(/every argument/);
  });

  it('refuses a constant true or false as a parameter, and takes it as a literal', async () => {
    const asParameter = compiledOnce((db, kind: string) =>
      db.selectFrom('organizations').select('name').where('kind', '=', kind).where('isActive', '=', true),
    );
    await expect(asParameter(database.db, 'region')).rejects.toThrow(/sql\.lit/);
    const asLiteral = compiledOnce((db, kind: string) =>
      db.selectFrom('organizations').select('name').where('kind', '=', kind).where('isActive', '=', sql.lit(true)),
    );
    expect((await asLiteral(database.db, 'region')).map((r) => r.name)).toEqual(['Region Dalarna']);
  });
});

describe('statements on PGlite', () => {
  it('prepares a data statement once and runs it with its values as quoted literals', async () => {
    const database = await createTestPglite();
    try {
      const { db } = database;
      const insert = (name: string) =>
        db.insertInto('organizations').values({ name, kind: 'kommun' }).returning(['name', 'isActive']).execute();
      expect(await insert("O'Hara kommun \\ 1")).toEqual([{ name: "O'Hara kommun \\ 1", isActive: true }]);
      const hostile = "x\\'); delete from organizations; --";
      expect(await insert(hostile)).toEqual([{ name: hostile, isActive: true }]);
      await database.pglite!.query('set standard_conforming_strings = off');
      expect(await insert('Gagnef \\ kommun')).toEqual([{ name: 'Gagnef \\ kommun', isActive: true }]);
      await database.pglite!.query('set standard_conforming_strings = on');
      expect(await insert('Borlänge kommun')).toEqual([{ name: 'Borlänge kommun', isActive: true }]);
      const updated = await db
        .updateTable('organizations')
        .set({ isActive: false })
        .where('kind', '=', 'kommun')
        .executeTakeFirstOrThrow();
      expect(updated.numUpdatedRows).toBe(4n);
      const { rows } = await database.pglite!.query<{ statement: string }>(
        `select statement from pg_prepared_statements where statement like '%into "organizations"%'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.statement).toMatch(/^prepare samverkan_\d+ as insert/);
    } finally {
      await database.close();
    }
  });

  it('plans for a database read from memory: a row of a small table is found by its key, not by reading the table', async () => {
    const database = await createTestPglite();
    try {
      const pglite = database.pglite!;
      // As the bench's forum (300 organisations, a few pages): with a disk's random_page_cost (4),
      // PostgreSQL reads the whole table for one of its rows.
      await pglite.exec(`insert into organizations (name, kind) select 'Kommun ' || n, 'kommun' from generate_series(1, 300) n;
        analyze organizations`);
      const plan = async () =>
        (
          await pglite.query<{ 'QUERY PLAN': string }>(
            `explain select name from organizations where id = '00000000-0000-0000-0000-000000000000'`,
          )
        ).rows[0]!['QUERY PLAN'];
      expect(await plan()).toMatch(/^Index Scan using organizations_pkey/);
      await pglite.exec('set random_page_cost = 4');
      expect(await plan()).toMatch(/^Seq Scan on organizations/);
    } finally {
      await database.close();
    }
  });

  it("fails a prepared statement with PostgreSQL's error and the statement it ran, and rolls its transaction back", async () => {
    const database = await createTestPglite();
    try {
      const { db } = database;
      const insert = (name: string) => db.insertInto('organizations').values({ name, kind: 'kommun' }).execute();
      await insert('Leksands kommun');
      const failed = db.transaction().execute(async (trx) => {
        await trx.insertInto('organizations').values({ name: 'Rättviks kommun', kind: 'kommun' }).execute();
        await trx.insertInto('organizations').values({ name: 'LEKSANDS KOMMUN', kind: 'kommun' }).execute();
      });
      await expect(failed).rejects.toMatchObject({
        code: '23505',
        constraint: 'organizations_name_key',
        query: expect.stringMatching(/^execute samverkan_\d+\(E'LEKSANDS KOMMUN', E'kommun'\)$/),
      });
      const names = await db.selectFrom('organizations').select('name').where('kind', '=', 'kommun').execute();
      expect(names.map((r) => r.name)).toEqual(['Leksands kommun']);
      await insert('Rättviks kommun');
    } finally {
      await database.close();
    }
  });
});
