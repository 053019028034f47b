import { Migrator, type MigrationProvider, type MigrationResult } from 'kysely';
import { migrations } from '../migrations/index.ts';
import type { Db } from './db.ts';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export function createMigrator(db: Db): Migrator {
  return new Migrator({ db, provider });
}

/** Brings the schema up to date; running it on an up-to-date database changes nothing. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}

export async function latestMigrationName(db: Db): Promise<string | undefined> {
  const all = await createMigrator(db).getMigrations();
  return all.filter((m) => m.executedAt).at(-1)?.name;
}
