import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  // The HSA-id (Inera's catalogue identifier, e.g. SE2321000016-1003) by which a provider such as
  // Inera's IdP names a person; it stays when their e-mail address changes.
  await db.schema.alterTable('users').addColumn('hsa_id', 'text').execute();
  await sql`create unique index users_hsa_id_key on users (upper(hsa_id)) where hsa_id is not null`.execute(db);

  await db.schema
    .alterTable('sessions')
    .addColumn('method', 'text', (c) =>
      c
        .notNull()
        .defaultTo('password')
        .check(sql`method in ('password','oidc')`),
    )
    // Sent back to the provider as id_token_hint when the user signs out, so it ends its session too.
    .addColumn('id_token', 'text')
    .execute();

  // At most one row: settings an administrator changes in the app rather than in the environment.
  // None until the first change, so a freshly migrated database stays empty (restore needs that).
  await db.schema
    .createTable('system_settings')
    .addColumn('id', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn('password_sign_in', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('oidc_create_users', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('oidc_new_user_organization_id', 'uuid', (c) => c.references('organizations.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A sign-in through the provider between leaving for it and coming back. Kept here rather than in
  // the app server's memory, so the callback may reach any server; the browser holds only the key.
  await db.schema
    .createTable('oidc_sign_ins')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_sign_ins_expires_idx').on('oidc_sign_ins').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oidc_sign_ins').execute();
  await db.schema.dropTable('system_settings').execute();
  await db.schema.alterTable('sessions').dropColumn('id_token').dropColumn('method').execute();
  await sql`drop index users_hsa_id_key`.execute(db);
  await db.schema.alterTable('users').dropColumn('hsa_id').execute();
}
