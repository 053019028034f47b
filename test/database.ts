import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { createPglite, openDatabase, wrapPglite, type Database } from '../src/platform/db.ts';

/** A fresh, migrated database for one test file: PGlite by default, PostgreSQL with DATABASE_URL. */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('postgresTemplate');
  if (template) return clonePostgres(inject('postgresAdminUrl'), template);
  return createTestPglite();
}

/** A fresh, migrated PGlite whatever the test database kind. */
export async function createTestPglite(): Promise<Database> {
  const dump = fs.readFileSync(inject('pgliteTemplatePath'));
  return wrapPglite(await createPglite({ loadDataDir: new Blob([dump]) }));
}

async function clonePostgres(adminUrl: string, template: string): Promise<Database> {
  // The global setup's pid prefixes the name so its teardown finds every copy.
  const name = `samverkan_t_${template.split('_').at(-1)}_${randomBytes(4).toString('hex')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 1 }) }),
  });
  await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin);
  await admin.destroy();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.href });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new Kysely<unknown>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 1 }) }),
      });
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(cleanup);
      await cleanup.destroy();
    },
  };
}

/**
 * A second connection pool to the same PostgreSQL database, as a second app server has; undefined
 * on PGlite, which serves one process by design.
 */
export async function openSecondConnection(database: Database): Promise<Database | undefined> {
  if (!inject('postgresTemplate')) return undefined;
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
  const url = new URL(inject('postgresAdminUrl'));
  url.pathname = `/${rows[0]!.name}`;
  const second = await openDatabase({ kind: 'postgres', url: url.href });
  // Connected before any race starts, so the second server does not start late.
  await sql`select 1`.execute(second.db);
  return second;
}
