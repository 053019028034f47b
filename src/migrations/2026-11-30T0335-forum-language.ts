import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// A forum's working language: the standard agenda's titles are offered in it. Existing forums are Swedish.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('forums')
    .addColumn('language', 'text', (c) =>
      c
        .notNull()
        .defaultTo('sv')
        .check(sql`language in ('sv', 'en')`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('forums').dropColumn('language').execute();
}
