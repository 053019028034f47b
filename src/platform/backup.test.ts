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

/** Dates as ISO text and bytes as base64, so that node-pg's Buffer and PGlite's Uint8Array compare equal. */
function comparable(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  if (original instanceof Date) return original.toISOString();
  if (original instanceof Uint8Array) return Buffer.from(original).toString('base64');
  return value;
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
    result[table_name] = rows.rows.map((row) => JSON.stringify(row, comparable)).sort();
  }
  return result;
}

// Each test opens two or three databases and moves every row twice: slow on a loaded machine.
describe('backup and restore', { timeout: 120_000 }, () => {
  it('moves every row from PGlite to the test database kind and back, intact', async () => {
    const source = await freshPglite();
    await seedFixture(source, standardSpec);
    await source.db.updateTable('organizations').set({ isActive: false }).where('name', '=', 'Org D').execute();
    // Every byte value, a jsonb string and a text array with a comma and a quote: the kinds of
    // value a JSON round trip could bend.
    await sql`
      with meeting as (
        insert into meetings (forum_id, title, meeting_date)
        select id, 'Möte "ett", två', '2026-03-09' from forums limit 1 returning id
      )
      insert into minutes_renderings (meeting_id, version, format, checksum, body)
      select id, 1, 'pdf', 'x', decode(${Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('hex')}, 'hex') from meeting`.execute(
      source.db,
    );
    await sql`update forums set agenda_template = '"bara text"'::jsonb`.execute(source.db);
    await sql`insert into agenda_items (meeting_id, position, title, presenters)
      select id, 1, 'Punkt', array['Per, Holm', 'Eva "E" Strand'] from meetings`.execute(source.db);
    // A filed report with a value: a version is restored after its indicators (a trigger, not a
    // foreign key, checks that its values are of indicators of its round's forum).
    await sql`
      with forum as (select id from forums limit 1), author as (select id, organization_id from users limit 1),
      indicator as (
        insert into indicators (forum_id, key, name_sv, name_en, kind, higher_is)
        select id, 'platser', 'Platser', 'Beds', 'integer', 'worse' from forum returning id
      ), round as (
        insert into rounds (forum_id, title, period_start, period_end, deadline)
        select id, 'Vecka 10', '2026-03-02', '2026-03-08', '2026-03-03T11:00Z' from forum returning id
      ), report as (
        insert into reports (round_id, organization_id, updated_by, submitted_version)
        select round.id, author.organization_id, author.id, 1 from round, author returning id, round_id, organization_id, updated_by
      ), version as (
        insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges, input,
          strain_level, submitted_at, submitted_by, indicator_ids, indicator_values, indicator_capacities)
        select report.id, 1, round_id, organization_id, 'Lugnt', '', '', 'normal', now(), updated_by, array[indicator.id],
          array[7], array[null::numeric]
        from report, indicator
        returning report_id
      )
      select report_id from version`.execute(source.db);
    const original = await snapshot(source);
    expect(original.organizations).toHaveLength(4);
    expect(original.report_versions).toHaveLength(1);
    expect(original.report_versions![0]).toMatch(/"indicator_values":\["?7"?\],"indicator_capacities":\[null\]/);
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

  it('streams more rows than one read holds, parents of a tree before their children', async () => {
    const source = await freshPglite();
    // A chain of 4,500 organisations (more than two reads of the cursor), each the parent of the
    // next, stored children first so that the table's own order is the wrong one to restore.
    await sql`
      with recursive chain(n, id, parent_id) as (
        select 1, gen_random_uuid(), null::uuid
        union all select n + 1, gen_random_uuid(), id from chain where n < 4500
      )
      insert into organizations (id, name, kind, parent_id)
      select id, 'Org ' || n, 'kommun', parent_id from chain order by n desc`.execute(source.db);
    const file = path.join(dir, 'chain.ndjson');
    const header = await backupDatabase(source.db, file);
    expect(header.tables.find((t) => t.name === 'organizations')?.rows).toBe(4500);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const target = await createTestDatabase();
    opened.push(target);
    await restoreDatabase(target.db, file);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('refuses a backup cut short and restores nothing from it', async () => {
    const source = await freshPglite();
    await seedFixture(source, standardSpec);
    const file = path.join(dir, 'whole.ndjson');
    await backupDatabase(source.db, file);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.ndjson');
    fs.writeFileSync(cut, lines.slice(0, -3).join('\n') + '\n');
    const target = await freshPglite();
    await expect(restoreDatabase(target.db, cut)).rejects.toThrow(/incomplete/);
    const counts = await snapshot(target);
    expect(Object.values(counts).every((rows) => rows.length === 0)).toBe(true);
  });

  it('refuses a file that is not a backup', async () => {
    const file = path.join(dir, 'garbage.ndjson');
    fs.writeFileSync(file, 'hello\n');
    await expect(restoreDatabase((await freshPglite()).db, file)).rejects.toThrow(/not a Samverkan backup/);
  });
});
