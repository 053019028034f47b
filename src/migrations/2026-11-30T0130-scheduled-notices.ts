import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  // When the automatic reminders of a forum's rounds go out; null turns that reminder off.
  await db.schema
    .createTable('round_reminder_settings')
    .addColumn('forum_id', 'uuid', (c) => c.primaryKey().references('forums.id').onDelete('cascade'))
    .addColumn('hours_before', 'integer', (c) => c.check(sql`hours_before between 1 and 336`))
    .addColumn('hours_after', 'integer', (c) => c.check(sql`hours_after between 0 and 336`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One row per notice a scheduled job has queued: the primary key makes a second run (or a second
  // server) find it done, in the same transaction as the mail it queued.
  await db.schema
    .createTable('round_notices')
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('reminder_before','reminder_after')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('round_notices_pkey', ['round_id', 'kind'])
    .execute();
  // Keyed by the due date too: an uppdrag given a new date is due (and overdue) again.
  await db.schema
    .createTable('action_notices')
    .addColumn('action_id', 'uuid', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('due_soon','overdue')`))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('action_notices_pkey', ['action_id', 'kind', 'due_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('action_notices').execute();
  await db.schema.dropTable('round_notices').execute();
  await db.schema.dropTable('round_reminder_settings').execute();
}
