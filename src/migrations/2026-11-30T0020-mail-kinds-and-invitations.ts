import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// Each user may turn each kind of mail off (a row with is_enabled = false; no row means on).
// The outbox remembers the recipient user and the meeting a mail is about, so a coordinator sees the
// status of the kallelse on the meeting page, and carries the calendar part of a kallelse. A mail a
// recipient has turned off is kept as opted_out rather than dropped, so its sender can see why.
// A meeting keeps the SEQUENCE of the last calendar invitation sent and a fingerprint of what it
// said (time, place, agenda), so a change after the kallelse is seen and sent as an update.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_preferences')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('is_enabled', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('mail_preferences_pkey', ['user_id', 'kind'])
    .execute();

  await db.schema
    .alterTable('outbox')
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('meeting_id', 'uuid', (c) => c.references('meetings.id'))
    .addColumn('calendar', 'text')
    .addColumn('calendar_method', 'text', (c) => c.check(sql`calendar_method in ('REQUEST','CANCEL')`))
    .execute();
  await sql`alter table outbox drop constraint outbox_status_check`.execute(db);
  await sql`alter table outbox add constraint outbox_status_check
    check (status in ('queued','sending','sent','failed','held','opted_out'))`.execute(db);
  await db.schema.createIndex('outbox_meeting_idx').on('outbox').column('meeting_id').execute();

  await db.schema
    .alterTable('meetings')
    .addColumn('invitation_sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invitation_sent_at', 'timestamptz')
    .addColumn('invitation_fingerprint', 'text')
    .execute();
  await sql`alter table meetings drop constraint meetings_status_check`.execute(db);
  await sql`alter table meetings add constraint meetings_status_check
    check (status in ('planned','held','in_review','approved','published','imported','cancelled'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table meetings drop constraint meetings_status_check`.execute(db);
  await sql`alter table meetings add constraint meetings_status_check
    check (status in ('planned','held','in_review','approved','published','imported'))`.execute(db);
  await db.schema
    .alterTable('meetings')
    .dropColumn('invitation_fingerprint')
    .dropColumn('invitation_sent_at')
    .dropColumn('invitation_sequence')
    .execute();
  await sql`drop index outbox_meeting_idx`.execute(db);
  await sql`alter table outbox drop constraint outbox_status_check`.execute(db);
  await sql`alter table outbox add constraint outbox_status_check
    check (status in ('queued','sending','sent','failed','held'))`.execute(db);
  await db.schema
    .alterTable('outbox')
    .dropColumn('calendar_method')
    .dropColumn('calendar')
    .dropColumn('meeting_id')
    .dropColumn('user_id')
    .execute();
  await db.schema.dropTable('mail_preferences').execute();
}
