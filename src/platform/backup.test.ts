import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestPglite } from '../../test/database.ts';
import { seedFixture, standardSpec } from '../../test/app.ts';
import { backupDatabase, restoreDatabase, RestoreError } from './backup.ts';
import type { Database } from './db.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-backup-'));
const opened: Database[] = [];
afterAll(async () => {
  for (const database of opened) await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function freshPglite(): Promise<Database> {
  const database = await createTestPglite();
  opened.push(database);
  return database;
}

/** Every row of every table, in a stable order, as plain JSON. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const raw = database.db.withoutPlugins();
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%' and table_name <> 'sessions'
    order by table_name`.execute(raw);
  const result: Record<string, string[]> = {};
  for (const { table_name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(raw);
    result[table_name] = rows.rows
      .map((row) => JSON.stringify(row, (_k, v) => (v instanceof Date ? v.toISOString() : v)))
      .sort();
  }
  return result;
}

describe('backup and restore', () => {
  it('moves every row from PGlite to the test database kind and back, intact', async () => {
    const source = await freshPglite();
    await seedFixture(source, standardSpec);
    await source.db.updateTable('organizations').set({ isActive: false }).where('name', '=', 'Org D').execute();
    const original = await snapshot(source);
    expect(original.organizations).toHaveLength(4);
    expect(original.audit_log!.length).toBeGreaterThan(5);

    const first = path.join(dir, 'first.ndjson');
    const header = await backupDatabase(source.db, first);
    expect(header.tables.find((t) => t.name === 'users')?.rows).toBe(5);

    const target = await createTestDatabase();
    opened.push(target);
    await restoreDatabase(target.db, first);
    expect(await snapshot(target)).toEqual(original);

    const second = path.join(dir, 'second.ndjson');
    await backupDatabase(target.db, second);
    const back = await freshPglite();
    await restoreDatabase(back.db, second);
    expect(await snapshot(back)).toEqual(original);
  });

  it('refuses to restore over existing data unless asked to replace it', async () => {
    const source = await freshPglite();
    await seedFixture(source, { organizations: [{ key: 'X' }] });
    const file = path.join(dir, 'small.ndjson');
    await backupDatabase(source.db, file);
    const target = await freshPglite();
    await seedFixture(target, { organizations: [{ key: 'Y' }, { key: 'Z' }] });
    await expect(restoreDatabase(target.db, file)).rejects.toThrow(RestoreError);
    expect((await snapshot(target)).organizations).toHaveLength(2);
    await restoreDatabase(target.db, file, { replace: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('refuses a file that is not a backup', async () => {
    const file = path.join(dir, 'garbage.ndjson');
    fs.writeFileSync(file, 'hello\n');
    await expect(restoreDatabase((await freshPglite()).db, file)).rejects.toThrow(/not a Samverkan backup/);
  });
});
