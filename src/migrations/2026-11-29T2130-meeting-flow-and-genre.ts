import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  // Nämnder number their § over the whole year; a forum chooses it for its protokoll.
  await db.schema
    .alterTable('forums')
    .addColumn('continuous_section_numbering', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .alterTable('meeting_attendees')
    // Who sat in for an invited person marked as replaced: the substitute's own name.
    .addColumn('substitute_name', 'text')
    // The minutes list ledamöter, ersättare and tjänstepersoner apart.
    .addColumn('category', 'text', (c) => c.check(sql`category in ('ledamot','ersattare','tjansteperson')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meeting_attendees').dropColumn('category').dropColumn('substitute_name').execute();
  await db.schema.alterTable('forums').dropColumn('continuous_section_numbering').execute();
}
