import fs from 'node:fs';
import { NO_MIGRATIONS, type RawBuilder, sql } from 'kysely';
import type { Db, Trx } from './db.ts';
import { createMigrator, latestMigrationName, migrateToLatest } from './migrate.ts';

// A backup is newline-delimited JSON: one header line, then one line per row, tables in an order
// that satisfies their foreign keys. Plain JSON restores into PGlite and PostgreSQL alike.
// Sessions, half-finished sign-ins and rate-limit counters are left out on purpose: a restored
// system starts with everyone signed out.
const SKIPPED_TABLES = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'sessions',
  'oidc_sign_ins',
  'rate_limit_hits',
]);
const FORMAT = 'samverkan-backup';

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migration: string | null;
  tables: { name: string; rows: number }[];
}

interface ColumnInfo {
  name: string;
  type: string;
}

interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  /** A column referencing the same table (a tree), whose parents must be written first. */
  selfReference?: string;
}

async function describeTables(db: Db): Promise<TableInfo[]> {
  const raw = db.withoutPlugins();
  // Generated columns (the search vectors) are left out: PostgreSQL computes them on restore and refuses a value.
  const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select table_name, column_name, data_type from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`.execute(raw);
  const references = await sql<{ table_name: string; column_name: string; referenced: string }>`
    select tc.table_name, kcu.column_name, ccu.table_name as referenced
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`.execute(raw);
  const tables = new Map<string, TableInfo>();
  for (const c of columns.rows) {
    if (SKIPPED_TABLES.has(c.table_name)) continue;
    if (!tables.has(c.table_name)) tables.set(c.table_name, { name: c.table_name, columns: [] });
    tables.get(c.table_name)!.columns.push({ name: c.column_name, type: c.data_type });
  }
  const dependsOn = new Map<string, Set<string>>([...tables.keys()].map((t) => [t, new Set<string>()]));
  for (const r of references.rows) {
    const table = tables.get(r.table_name);
    if (!table) continue;
    if (r.referenced === r.table_name) table.selfReference = r.column_name;
    else if (tables.has(r.referenced)) dependsOn.get(r.table_name)!.add(r.referenced);
  }
  return topologicalOrder(dependsOn).map((name) => tables.get(name)!);
}

function topologicalOrder(dependsOn: Map<string, Set<string>>): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const dependency of [...dependsOn.get(name)!].sort()) visit(dependency);
    ordered.push(name);
  };
  for (const name of [...dependsOn.keys()].sort()) visit(name);
  return ordered;
}

function encodeValue(value: unknown, type: string): unknown {
  if (value instanceof Date) return value.toISOString();
  if (type === 'bytea' && value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

/** A backup row as json_populate_recordset reads it: bytea, base64 in the file, as PostgreSQL's hex input. */
function restorableRow(row: Record<string, unknown>, table: TableInfo): string {
  for (const column of table.columns) {
    const value = row[column.name];
    if (column.type === 'bytea' && typeof value === 'string')
      row[column.name] = `\\x${Buffer.from(value, 'base64').toString('hex')}`;
  }
  return JSON.stringify(row);
}

// Rows are read through a cursor and written as they come, so a backup of any size needs memory
// for one batch only (issue 15: 8.8 million indicator values at national scale).
const FETCH_ROWS = 2000;

/**
 * A table's rows in an order that restores: a table referencing itself (a tree) lists parents
 * before their children, level by level. Rows in a cycle would be left out; the count check in
 * `backupDatabase` turns that into an error rather than a short backup.
 */
function selectRows(table: TableInfo) {
  const name = sql.table(table.name);
  if (!table.selfReference) return sql`select * from ${name}`;
  const parent = sql.ref(table.selfReference);
  return sql`with recursive tree as (
      select t.*, 0 as backup_depth from ${name} t where ${parent} is null
      union all
      select child.*, tree.backup_depth + 1 from ${name} child join tree on child.${parent} = tree.id
    ) select * from tree order by backup_depth`;
}

let cursors = 0;

/**
 * Yields the rows of a query in batches through a server-side cursor of the open transaction (the
 * bench compares national databases with it, too).
 */
export async function* fetchInBatches(trx: Trx, query: RawBuilder<unknown>) {
  const cursor = sql.raw(`backup_cursor_${++cursors}`);
  await sql`declare ${cursor} no scroll cursor for ${query}`.execute(trx);
  try {
    for (;;) {
      const { rows } = await sql<
        Record<string, unknown>
      >`fetch forward ${sql.raw(String(FETCH_ROWS))} from ${cursor}`.execute(trx);
      if (rows.length === 0) return;
      yield rows;
    }
  } finally {
    await sql`close ${cursor}`.execute(trx);
  }
}

export async function backupDatabase(db: Db, file: string): Promise<Header> {
  // Written beside the target and renamed at the end, so a failed backup never leaves a short file
  // under the name asked for.
  const partial = `${file}.partial`;
  const out = await fs.promises.open(partial, 'w');
  try {
    const header = await db.transaction().execute(async (trx) => {
      // One snapshot for the whole dump, so rows written meanwhile cannot break references.
      await sql`set transaction isolation level repeatable read`.execute(trx).catch(() => undefined);
      const tables = await describeTables(trx as unknown as Db);
      const raw = trx.withoutPlugins();
      // The header comes first and carries each table's row count: counted in the same snapshot.
      const counts: Header['tables'] = [];
      for (const table of tables) {
        const { rows } = await sql<{
          rows: number;
        }>`select count(*)::int as rows from ${sql.table(table.name)}`.execute(raw);
        counts.push({ name: table.name, rows: rows[0]!.rows });
      }
      const header: Header = {
        format: FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migration: (await latestMigrationName(trx as unknown as Db)) ?? null,
        tables: counts,
      };
      await out.write(JSON.stringify(header) + '\n');
      for (const [index, table] of tables.entries()) {
        let written = 0;
        for await (const rows of fetchInBatches(raw, selectRows(table))) {
          const lines = rows.map((row) => {
            const encoded = Object.fromEntries(table.columns.map((c) => [c.name, encodeValue(row[c.name], c.type)]));
            return JSON.stringify({ t: table.name, r: encoded }) + '\n';
          });
          await out.write(lines.join(''));
          written += rows.length;
        }
        if (written !== counts[index]!.rows)
          throw new Error(
            `${table.name}: wrote ${written} rows of ${counts[index]!.rows} (cyclic ${table.selfReference} references?)`,
          );
      }
      return header;
    });
    await out.close();
    await fs.promises.rename(partial, file);
    return header;
  } catch (error) {
    await out.close().catch(() => undefined);
    await fs.promises.rm(partial, { force: true });
    throw error;
  }
}

export class RestoreError extends Error {}

// A batch is one insert of a JSON array of rows, which the database turns into the table's row
// type itself (json_populate_recordset): one parameter however many rows, and no statement to
// build per row. The rows of one batch hold about this many characters of JSON.
const BATCH_CHARACTERS = 4_000_000;
// The line "backup" writes for a row; a table whose rows need no conversion is restored from the
// line's text without parsing it.
const ROW_LINE = /^\{"t":"([a-z0-9_]+)","r":(.*)\}$/;

/**
 * The file's lines, read a chunk at a time: the stream waits while the caller inserts, so a
 * restore holds one chunk and one batch however large the file (readline's iterator does not
 * reliably wait).
 */
async function* readLines(file: string): AsyncGenerator<string, void, undefined> {
  let rest = '';
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  if (rest) yield rest;
}

/** A row line's table and its row, as the line's own JSON text when it has the form "backup" writes. */
function parseRowLine(line: string): { name: string; row: string | Record<string, unknown> } {
  const match = ROW_LINE.exec(line);
  if (match) return { name: match[1]!, row: match[2]! };
  const { t, r } = JSON.parse(line) as { t: string; r: Record<string, unknown> };
  return { name: t, row: r };
}

async function hasData(db: Db, tables: TableInfo[]): Promise<boolean> {
  for (const table of tables) {
    const row = await sql<{ found: boolean }>`select exists (select 1 from ${sql.table(table.name)}) as found`.execute(
      db.withoutPlugins(),
    );
    if (row.rows[0]?.found) return true;
  }
  return false;
}

/**
 * Restores a backup into an empty database (or, with `replace`, one whose rows are wiped first),
 * in one transaction: either every row is restored or none is.
 */
export async function restoreDatabase(db: Db, file: string, options: { replace?: boolean } = {}): Promise<Header> {
  if (!fs.existsSync(file)) throw new RestoreError(`No such file: ${file}`);
  const iterator = readLines(file);
  try {
    return await restoreLines(db, file, iterator, options);
  } finally {
    await iterator.return();
  }
}

async function restoreLines(
  db: Db,
  file: string,
  iterator: AsyncGenerator<string, void, undefined>,
  options: { replace?: boolean },
): Promise<Header> {
  const first = await iterator.next();
  let header: Header;
  try {
    header = JSON.parse(first.value ?? '') as Header;
  } catch {
    throw new RestoreError(`${file} is not a Samverkan backup (the first line is not JSON).`);
  }
  if (header.format !== FORMAT || header.version !== 1) throw new RestoreError(`${file} is not a Samverkan backup.`);
  const migrator = createMigrator(db);
  const known = (await migrator.getMigrations()).map((m) => m.name);
  if (header.migration && !known.includes(header.migration)) {
    throw new RestoreError(`The backup comes from a newer Samverkan (migration ${header.migration}); upgrade first.`);
  }
  const existing = await describeTables(db);
  if (await hasData(db, existing)) {
    if (!options.replace)
      throw new RestoreError(
        'The database is not empty. Restore into an empty database, or pass --replace to wipe it first.',
      );
    await sql`truncate ${sql.join(existing.map((t) => sql.table(t.name)))} cascade`.execute(db.withoutPlugins());
  }
  // Bring the (now empty) schema to the backup's version, load the rows, then migrate on to the latest.
  const target = await migrator.migrateTo(header.migration ?? NO_MIGRATIONS);
  if (target.error) throw target.error instanceof Error ? target.error : new Error(String(target.error));
  const tables = await describeTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  await db.transaction().execute(async (trx) => {
    const raw = trx.withoutPlugins();
    let batch: { table: TableInfo; rows: string[]; characters: number } | undefined;
    const flush = async () => {
      if (!batch) return;
      const { table, rows } = batch;
      batch = undefined;
      const columns = sql.join(table.columns.map((c) => sql.ref(c.name)));
      await sql`insert into ${sql.table(table.name)} (${columns})
        select ${columns} from json_populate_recordset(null::${sql.table(table.name)}, ${`[${rows.join(',')}]`}::json)`.execute(
        raw,
      );
    };
    const restored = new Map<string, number>();
    for await (const line of iterator) {
      if (!line.trim()) continue;
      const { name, row } = parseRowLine(line);
      const table = byName.get(name);
      if (!table) throw new RestoreError(`The backup has a table this schema lacks: ${name}`);
      const text =
        typeof row === 'string' && !table.columns.some((c) => c.type === 'bytea')
          ? row
          : restorableRow(typeof row === 'string' ? (JSON.parse(row) as Record<string, unknown>) : row, table);
      if (batch && batch.table !== table) await flush();
      batch ??= { table, rows: [], characters: 0 };
      batch.rows.push(text);
      batch.characters += text.length;
      restored.set(name, (restored.get(name) ?? 0) + 1);
      if (batch.characters >= BATCH_CHARACTERS) await flush();
    }
    await flush();
    // A file cut short (a full disk, an interrupted copy) still parses line by line: the header's
    // counts tell, and the transaction then leaves nothing restored.
    const short = header.tables.filter((t) => (restored.get(t.name) ?? 0) !== t.rows);
    if (short.length > 0)
      throw new RestoreError(
        `The backup is incomplete: ${short.map((t) => `${t.name} has ${restored.get(t.name) ?? 0} of ${t.rows} rows`).join(', ')}.`,
      );
  });
  await migrateToLatest(db);
  return header;
}
