import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('forums')
    .addColumn('diary_prefix', 'text', (c) => c.check(sql`diary_prefix ~ '^[A-ZÅÄÖ]{1,8}$'`))
    .addColumn('agenda_template', 'jsonb')
    .execute();

  // Running numbers per forum and year for assigned diary numbers ("RD21/00042").
  await db.schema
    .createTable('diary_counters')
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forums.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('diary_counters_pkey', ['forum_id', 'year'])
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forums.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_type', 'text', (c) =>
      c
        .notNull()
        .defaultTo('minnesanteckningar')
        .check(sql`document_type in ('minnesanteckningar','protokoll')`),
    )
    .addColumn('meeting_date', 'date', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('diary_number', 'text')
    .addColumn('chair_role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('ordforande')
        .check(sql`chair_role in ('ordforande','motesledare','sammankallande')`),
    )
    .addColumn('chair_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('chair_name', 'text')
    .addColumn('secretary_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('secretary_name', 'text')
    .addColumn('round_id', 'uuid', (c) => c.references('rounds.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('planned')
        .check(sql`status in ('planned','held','in_review','approved','published','imported')`),
    )
    .addColumn('minutes_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('source_hash', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index meetings_diary_number_key on meetings (forum_id, diary_number) where diary_number is not null`.execute(
    db,
  );
  await sql`create unique index meetings_source_hash_key on meetings (forum_id, source_hash) where source_hash is not null`.execute(
    db,
  );
  await db.schema.createIndex('meetings_forum_date_idx').on('meetings').columns(['forum_id', 'meeting_date']).execute();

  await db.schema
    .createTable('meeting_adjusters')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz')
    .addPrimaryKeyConstraint('meeting_adjusters_pkey', ['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('organization_name', 'text')
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('invited')
        .check(sql`status in ('invited','present','absent','substitute')`),
    )
    .addColumn('substitute_for', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_attendees_meeting_idx').on('meeting_attendees').column('meeting_id').execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('number_label', 'text')
    .addColumn('kind', 'text', (c) => c.check(sql`kind in ('beslut','information','rapport','ovrigt')`))
    .addColumn('role', 'text', (c) =>
      c.check(
        sql`role in ('opening','agenda','adjusters','previous_minutes','action_follow_up','situation','other_questions','closing')`,
      ),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('presenters', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('agenda_items_meeting_idx')
    .on('agenda_items')
    .columns(['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agenda_item_id', 'uuid', (c) => c.notNull().references('agenda_items.id'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('decisions_meeting_idx').on('decisions').column('meeting_id').execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forums.id'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('agenda_item_id', 'uuid', (c) => c.references('agenda_items.id'))
    .addColumn('owner_organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('owner_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('due_date', 'date')
    .addColumn('due_next_meeting', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open','in_progress','done','cancelled')`),
    )
    .addColumn('status_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('actions_forum_status_idx').on('actions').columns(['forum_id', 'status']).execute();
  await db.schema.createIndex('actions_owner_org_idx').on('actions').column('owner_organization_id').execute();

  // Every status change of an uppdrag, wherever it was made: at a meeting or in a lägesrapport.
  await db.schema
    .createTable('action_updates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('action_id', 'uuid', (c) => c.notNull().references('actions.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('meeting_id', 'uuid', (c) => c.references('meetings.id'))
    .addColumn('round_id', 'uuid', (c) => c.references('rounds.id'))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('action_updates_action_idx').on('action_updates').column('action_id').execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('agenda_item_id', 'uuid', (c) => c.references('agenda_items.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('is_source', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('uploaded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('attachments_meeting_number_key', ['meeting_id', 'number'])
    .execute();

  await db.schema
    .createTable('minutes_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('agenda_item_id', 'uuid', (c) => c.references('agenda_items.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Each justerad version is frozen here; a correction starts a new version.
  await db.schema
    .createTable('minutes_versions')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('minutes_versions_pkey', ['meeting_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'minutes_versions',
    'minutes_comments',
    'attachments',
    'action_updates',
    'actions',
    'decisions',
    'agenda_items',
    'meeting_attendees',
    'meeting_adjusters',
    'meetings',
    'diary_counters',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('forums').dropColumn('diary_prefix').dropColumn('agenda_template').execute();
}
