import { sql } from 'kysely';
import type { Database } from './db.ts';

export interface MaintainedTable {
  table: string;
  vacuumed: boolean;
  analyzed: boolean;
}

/**
 * What PostgreSQL's autovacuum does, for embedded PGlite, which runs no background workers: without it
 * no table is ever analysed (a statement prepared while a table was small keeps its sequential scan as the
 * table grows: the draft save's audit lookup did), dead rows are never vacuumed away, and transaction
 * ids are never frozen. Each table is vacuumed and/or analysed by autovacuum's own thresholds (the
 * server's `autovacuum_*` settings), so a run where little changed does nothing; tables never analysed
 * are analysed once they hold rows. One table at a time: PGlite has one connection, and requests wait
 * meanwhile. Does nothing on PostgreSQL, whose autovacuum does this.
 */
export async function maintainPglite(database: Database): Promise<MaintainedTable[]> {
  const { pglite } = database;
  if (!pglite) return [];
  const { rows } = await sql<{ schema: string; table: string; vacuum: boolean; analyze: boolean }>`
    select s.schemaname as schema, s.relname as table,
      (s.n_dead_tup > current_setting('autovacuum_vacuum_threshold')::float8
          + current_setting('autovacuum_vacuum_scale_factor')::float8 * greatest(c.reltuples, 0)
        or s.n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8
          + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * greatest(c.reltuples, 0)
        or age(c.relfrozenxid) > current_setting('autovacuum_freeze_max_age')::float8) as vacuum,
      (s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8
          + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0)
        or (c.reltuples < 0 and s.n_live_tup > 0)) as analyze
    from pg_stat_user_tables s
    join pg_class c on c.oid = s.relid
    order by s.schemaname, s.relname
  `.execute(database.db);
  const done: MaintainedTable[] = [];
  for (const row of rows) {
    if (!row.vacuum && !row.analyze) continue;
    const name = `${quote(row.schema)}.${quote(row.table)}`;
    // VACUUM runs outside a transaction: as one plain statement on the connection, held meanwhile.
    const statement = row.vacuum ? `VACUUM (ANALYZE) ${name}` : `ANALYZE ${name}`;
    await database.db.connection().execute(() => pglite.exec(statement));
    done.push({ table: `${row.schema}.${row.table}`, vacuumed: row.vacuum, analyzed: true });
  }
  return done;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
