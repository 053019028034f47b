import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// Full-text search with Swedish stemming ("smittspårningen" finds "smittspårning"). Each searchable
// text gets a stored, generated tsvector, so ranking reads the vector instead of parsing the text
// again for every hit, and a GIN index over it. Titles weigh more (A) than bodies (B). The regconfig
// is written out ('swedish'::regconfig) because only then is to_tsvector immutable, as a generated
// column requires. Every part is weighted, because an unweighted lexeme counts as D (0.1) and would
// rank a lägesrapport far below an agenda item's title. PGlite's build carries the same snowball
// dictionary as PostgreSQL.
const vectors: { table: string; expression: string; where?: string }[] = [
  {
    table: 'report_versions',
    expression: `setweight(to_tsvector('swedish'::regconfig, current_situation || ' ' || challenges || ' ' || input), 'B')`,
    // Only the latest submitted version is what the lägesbild shows, and what search finds.
    where: 'is_latest',
  },
  { table: 'rounds', expression: `setweight(to_tsvector('swedish'::regconfig, summary), 'B')`, where: `summary <> ''` },
  {
    table: 'agenda_items',
    expression: `setweight(to_tsvector('swedish'::regconfig, title), 'A') || setweight(to_tsvector('swedish'::regconfig, notes), 'B')`,
  },
  { table: 'decisions', expression: `setweight(to_tsvector('swedish'::regconfig, text), 'A')` },
  {
    table: 'actions',
    expression: `setweight(to_tsvector('swedish'::regconfig, task), 'A') || setweight(to_tsvector('swedish'::regconfig, owner_name || ' ' || status_comment), 'B')`,
  },
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const { table, expression, where } of vectors) {
    await sql
      .raw(`alter table ${table} add column search_vector tsvector generated always as (${expression}) stored`)
      .execute(db);
    await sql
      .raw(`create index ${table}_search_idx on ${table} using gin (search_vector)${where ? ` where ${where}` : ''}`)
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const { table } of vectors) {
    await sql.raw(`alter table ${table} drop column search_vector`).execute(db);
  }
}
