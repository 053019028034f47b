import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// Who was a member of a forum, and when: reporting rates and trends count an organisation as
// expected only in the rounds whose deadline fell while it was a member. joined_at null means a
// founding member (or one from before this history was kept): expected from the forum's first round.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('membership_periods')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forums.id'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('joined_at', 'timestamptz')
    .addColumn('left_at', 'timestamptz')
    .addCheckConstraint('membership_periods_order', sql`left_at is null or joined_at is null or left_at >= joined_at`)
    .execute();
  await db.schema
    .createIndex('membership_periods_forum_idx')
    .on('membership_periods')
    .columns(['forum_id', 'organization_id'])
    .execute();
  // At most one open period per organisation and forum.
  await sql`create unique index membership_periods_open_idx on membership_periods (forum_id, organization_id)
    where left_at is null`.execute(db);
  await sql`insert into membership_periods (forum_id, organization_id)
    select forum_id, organization_id from forum_members`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('membership_periods').execute();
}
