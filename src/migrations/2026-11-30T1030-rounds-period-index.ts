import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// Search ranks the newest hits of a common word (decision 014): walking the rounds newest first
// reads a few hundred reports instead of every one that holds the word.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index rounds_period_start_idx on rounds (period_start)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index rounds_period_start_idx`.execute(db);
}
