import fs from 'node:fs';
import readline from 'node:readline';
import { type Kysely, NO_MIGRATIONS, sql } from 'kysely';
import type { Db } from './db.ts';
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

function orderTree(rows: Record<string, unknown>[], column: string): Record<string, unknown>[] {
  const written = new Set<unknown>();
  const ordered: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((row) => row[column] === null || written.has(row[column]));
    if (ready.length === 0) throw new Error(`Cyclic ${column} references; cannot order the rows`);
    for (const row of ready) {
      ordered.push(row);
      written.add(row.id);
    }
    pending = pending.filter((row) => !ready.includes(row));
  }
  return ordered;
}

function encodeValue(value: unknown, type: string): unknown {
  if (value instanceof Date) return value.toISOString();
  if (type === 'bytea' && value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

function decodeValue(value: unknown, type: string): unknown {
  if (value === null) return null;
  if (type === 'jsonb' || type === 'json') return JSON.stringify(value);
  if (type === 'bytea') return Buffer.from(value as string, 'base64');
  return value;
}

export async function backupDatabase(db: Db, file: string): Promise<Header> {
  return db.transaction().execute(async (trx) => {
    // One snapshot for the whole dump, so rows written meanwhile cannot break references.
    await sql`set transaction isolation level repeatable read`.execute(trx).catch(() => undefined);
    const tables = await describeTables(trx as unknown as Db);
    const raw = trx.withoutPlugins();
    const lines: string[] = [];
    const counts: Header['tables'] = [];
    for (const table of tables) {
      let rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(raw)).rows;
      if (table.selfReference) rows = orderTree(rows, table.selfReference);
      for (const row of rows) {
        const encoded = Object.fromEntries(table.columns.map((c) => [c.name, encodeValue(row[c.name], c.type)]));
        lines.push(JSON.stringify({ t: table.name, r: encoded }));
      }
      counts.push({ name: table.name, rows: rows.length });
    }
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migration: (await latestMigrationName(trx as unknown as Db)) ?? null,
      tables: counts,
    };
    fs.writeFileSync(file, [JSON.stringify(header), ...lines].join('\n') + '\n');
    return header;
  });
}

export class RestoreError extends Error {}

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
  const input = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
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
    const raw = trx.withoutPlugins() as unknown as Kysely<Record<string, Record<string, unknown>>>;
    let batch: { table: TableInfo; rows: Record<string, unknown>[] } | undefined;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      await raw.insertInto(batch.table.name).values(batch.rows).execute();
      batch = undefined;
    };
    for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
      if (!line.trim()) continue;
      const { t, r } = JSON.parse(line) as { t: string; r: Record<string, unknown> };
      const table = byName.get(t);
      if (!table) throw new RestoreError(`The backup has a table this schema lacks: ${t}`);
      const row = Object.fromEntries(
        table.columns.filter((c) => c.name in r).map((c) => [c.name, decodeValue(r[c.name], c.type)]),
      );
      if (batch && batch.table !== table) await flush();
      batch ??= { table, rows: [] };
      batch.rows.push(row);
      if (batch.rows.length >= 500) await flush();
    }
    await flush();
  });
  await migrateToLatest(db);
  return header;
}
