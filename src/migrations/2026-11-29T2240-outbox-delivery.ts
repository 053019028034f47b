import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    // queued: waiting (or between retries); sending: claimed by one sender until next_attempt_at;
    // sent; failed: the server refused it for good; held: no SMTP is configured, so it was kept here.
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(sql`status in ('queued','sending','sent','failed','held')`),
    )
    .addColumn('html_body', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('sv'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_error', 'text')
    .execute();
  await sql`update outbox set status = 'sent' where sent_at is not null`.execute(db);
  await sql`drop index outbox_unsent_idx`.execute(db);
  await sql`create index outbox_due_idx on outbox (next_attempt_at) where status in ('queued','sending')`.execute(db);
  await db.schema.createIndex('outbox_created_idx').on('outbox').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index outbox_created_idx`.execute(db);
  await sql`drop index outbox_due_idx`.execute(db);
  await sql`create index outbox_unsent_idx on outbox (created_at) where sent_at is null`.execute(db);
  await db.schema
    .alterTable('outbox')
    .dropColumn('last_error')
    .dropColumn('next_attempt_at')
    .dropColumn('attempts')
    .dropColumn('locale')
    .dropColumn('html_body')
    .dropColumn('status')
    .execute();
}
