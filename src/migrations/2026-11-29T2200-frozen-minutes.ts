import { sql, type Kysely } from 'kysely';

// Justerade minutes become a record: each version keeps a checksum of its frozen snapshot and when
// it was published (readers may download a published version even while a correction is under way),
// bilagor keep the SHA-256 of their bytes so a snapshot can name exactly which files it includes,
// and rendered documents of a version are kept so a repeated download costs no rendering.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('minutes_versions')
    .addColumn('checksum', 'text')
    .addColumn('published_at', 'timestamptz')
    .execute();

  await db.schema.alterTable('attachments').addColumn('sha256', 'text').execute();
  await sql`update attachments set sha256 = encode(sha256(data), 'hex')`.execute(db);
  await db.schema
    .alterTable('attachments')
    .alterColumn('sha256', (c) => c.setNotNull())
    .execute();

  await db.schema
    .createTable('minutes_renderings')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('body', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('minutes_renderings_pkey', ['meeting_id', 'version', 'format', 'checksum'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('minutes_renderings').execute();
  await db.schema.alterTable('attachments').dropColumn('sha256').execute();
  await db.schema.alterTable('minutes_versions').dropColumn('checksum').dropColumn('published_at').execute();
}
