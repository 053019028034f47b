import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMigrationProvider, Migrator, type MigrationResult } from 'kysely';
import type { Db } from './db.ts';

const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export function createMigrator(db: Db): Migrator {
  return new Migrator({ db, provider: new FileMigrationProvider({ fs, path, migrationFolder }) });
}

/** Brings the schema up to date; running it on an up-to-date database changes nothing. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}

export async function latestMigrationName(db: Db): Promise<string | undefined> {
  const migrations = await createMigrator(db).getMigrations();
  return migrations.filter((m) => m.executedAt).at(-1)?.name;
}
