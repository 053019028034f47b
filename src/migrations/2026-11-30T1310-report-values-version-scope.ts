import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// A submit writes a value row per indicator, and each row was checked against three tables besides
// its indicator: its version, its round and its organisation (80 lookups for 20 values). The
// version already names the round and the organisation, so one key over all four columns checks
// them in one lookup, and also that a value's round and organisation are those of its version.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table report_versions
    add constraint report_versions_scope_key unique (report_id, version, round_id, organization_id)`.execute(db);
  await sql`alter table report_values
    add constraint report_values_version_scope_fkey foreign key (report_id, version, round_id, organization_id)
      references report_versions (report_id, version, round_id, organization_id),
    drop constraint report_values_version_fkey,
    drop constraint report_values_round_id_fkey,
    drop constraint report_values_organization_id_fkey`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table report_values
    add constraint report_values_version_fkey foreign key (report_id, version) references report_versions (report_id, version),
    add constraint report_values_round_id_fkey foreign key (round_id) references rounds (id),
    add constraint report_values_organization_id_fkey foreign key (organization_id) references organizations (id),
    drop constraint report_values_version_scope_fkey`.execute(db);
  await sql`alter table report_versions drop constraint report_versions_scope_key`.execute(db);
}
