import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicators')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forums.id'))
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[a-z][a-z0-9_]{0,62}$'`))
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('integer','decimal','percent','days','capacity')`))
    .addColumn('min_value', 'numeric')
    .addColumn('max_value', 'numeric')
    // Empty means every kind of organisation reports it.
    .addColumn('organization_kinds', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('higher_is', 'text', (c) => c.notNull().check(sql`higher_is in ('worse','better')`))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('indicators_forum_key_key', ['forum_id', 'key'])
    .execute();

  await db.schema
    .createTable('round_schedules')
    .addColumn('forum_id', 'uuid', (c) => c.primaryKey().references('forums.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('deadline_time', 'text', (c) =>
      c.notNull().check(sql`deadline_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    )
    .addColumn('open_days_before', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(3)
        .check(sql`open_days_before between 0 and 13`),
    )
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('rounds')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forums.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('meeting_at', 'timestamptz')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open','closed')`),
    )
    .addColumn('closed_at', 'timestamptz')
    .addColumn('is_published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary_updated_at', 'timestamptz')
    .addColumn('summary_updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('is_scheduled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('rounds_period_check', sql`period_end >= period_start`)
    .addUniqueConstraint('rounds_forum_period_key', ['forum_id', 'period_start'])
    .execute();

  // The working copy of one organisation's report in one round. Submitted versions are frozen in
  // report_versions; the lägesbild reads the latest of those.
  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('rounds.id'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('current_situation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('challenges', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('input', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('strain_level', 'text', (c) =>
      c.check(sql`strain_level in ('normal','strained','very_strained','critical')`),
    )
    .addColumn('values', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_revision', 'integer')
    .addUniqueConstraint('reports_round_organization_key', ['round_id', 'organization_id'])
    .execute();

  await db.schema
    .createTable('report_versions')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('reports.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('rounds.id'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('current_situation', 'text', (c) => c.notNull())
    .addColumn('challenges', 'text', (c) => c.notNull())
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('strain_level', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('on_behalf', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_latest', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('report_versions_pkey', ['report_id', 'version'])
    .execute();
  await sql`create index report_versions_latest_idx on report_versions (round_id, organization_id) where is_latest`.execute(
    db,
  );

  // Indicator values of each submitted version, one row each: "not reported" is a missing row, 0 a value.
  await db.schema
    .createTable('report_values')
    .addColumn('report_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('rounds.id'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('indicators.id'))
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('capacity', 'numeric')
    .addColumn('is_latest', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('report_values_pkey', ['report_id', 'version', 'indicator_id'])
    .addForeignKeyConstraint('report_values_version_fkey', ['report_id', 'version'], 'report_versions', [
      'report_id',
      'version',
    ])
    .execute();
  await sql`create index report_values_latest_idx on report_values (round_id, indicator_id) where is_latest`.execute(
    db,
  );

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_email', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('forum_id', 'uuid', (c) => c.references('forums.id'))
    .addColumn('round_id', 'uuid', (c) => c.references('rounds.id'))
    .addColumn('organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('outbox_round_idx').on('outbox').column('round_id').execute();
  await sql`create index outbox_unsent_idx on outbox (created_at) where sent_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'outbox',
    'report_values',
    'report_versions',
    'reports',
    'rounds',
    'round_schedules',
    'indicators',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
