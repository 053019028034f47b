import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPglite, openDatabase, wrapPglite } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string;
    postgresAdminUrl: string;
  }
}

/**
 * Migrates once per run, then every test file gets a cheap copy: a PGlite data dump it loads
 * (about 0.4 s instead of 3 s for initdb), or with DATABASE_URL a PostgreSQL database created
 * from a migrated template.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The PGlite template exists in both modes: backup tests move data between the two kinds.
  const teardownPglite = await setupPglite(project);
  project.provide('postgresTemplate', '');
  project.provide('postgresAdminUrl', '');
  const teardownPostgres = process.env.DATABASE_URL
    ? await setupPostgres(project, process.env.DATABASE_URL)
    : async () => {};
  return async () => {
    await teardownPostgres();
    await teardownPglite();
  };
}

async function setupPglite(project: TestProject): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-test-'));
  const database = wrapPglite(await createPglite());
  await migrateToLatest(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  const templatePath = path.join(dir, 'template.tar');
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplatePath', templatePath);
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject, url: string): Promise<() => Promise<void>> {
  const template = `samverkan_tpl_${process.pid}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  await sql`drop database if exists ${sql.id(template)}`.execute(admin);
  await sql`create database ${sql.id(template)}`.execute(admin);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${template}`;
  const templateDb = await openDatabase({ kind: 'postgres', url: templateUrl.href });
  await migrateToLatest(templateDb.db);
  await templateDb.close();
  project.provide('postgresTemplate', template);
  project.provide('postgresAdminUrl', url);
  return async () => {
    const rows = await sql<{
      datname: string;
    }>`select datname from pg_database where datname like ${`samverkan_t_${process.pid}_%`} or datname = ${template}`.execute(
      admin,
    );
    for (const row of rows.rows) await sql`drop database if exists ${sql.id(row.datname)} with (force)`.execute(admin);
    await admin.destroy();
  };
}
