import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// A foreign-key check locks the row it finds (FOR KEY SHARE). A submit's 20 value rows each locked
// their indicator, and its version locked its round and its organisation: rows every reporter of the
// forum shares, on a few pages. With 50 reporters filing at once each such lock found the row
// locked by others, so it made a multixact (a lock shared by several transactions) and logged it:
// half of a submit's own time in PostgreSQL went to these checks (auto_explain, 0.7 of 1.2 ms).
//
// A version now names its report together with the report's round and organisation: one check, on
// the report row the submit has just updated (its own lock), that also holds the version to its
// report's round and organisation. The report row's own keys check the round and the organisation.
//
// A value's indicator is checked once per statement, without a lock: a trigger over the rows the
// statement inserted refuses any whose indicator does not exist. The lock a key check takes only
// keeps the indicator from being deleted or renumbered before the commit; indicators are never
// deleted (they are deactivated), and now the database refuses to delete one or change its id.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table reports add constraint reports_scope_key unique (id, round_id, organization_id)`.execute(db);
  await sql`alter table report_versions
    add constraint report_versions_report_scope_fkey foreign key (report_id, round_id, organization_id)
      references reports (id, round_id, organization_id),
    drop constraint report_versions_report_id_fkey,
    drop constraint report_versions_round_id_fkey,
    drop constraint report_versions_organization_id_fkey`.execute(db);

  await sql`
    create function report_values_check_indicators() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from inserted_values v where not exists (select 1 from indicators i where i.id = v.indicator_id)) then
        raise foreign_key_violation using message = 'report_values: indicator does not exist';
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger report_values_indicators after insert on report_values
    referencing new table as inserted_values
    for each statement execute function report_values_check_indicators()`.execute(db);
  // A value is a record: nothing changes its indicator (a statement trigger with a column list
  // cannot see the rows it changed, so such an update is refused rather than checked).
  await sql`
    create function report_values_keep_indicator() returns trigger language plpgsql as $$
    begin
      raise restrict_violation using message = 'a report value keeps its indicator';
    end
    $$`.execute(db);
  await sql`
    create trigger report_values_keep_indicator before update of indicator_id on report_values
    for each row when (old.indicator_id is distinct from new.indicator_id)
    execute function report_values_keep_indicator()`.execute(db);
  await sql`
    create function indicators_keep() returns trigger language plpgsql as $$
    begin
      raise restrict_violation using message = 'indicators are deactivated, never deleted or given another id';
    end
    $$`.execute(db);
  await sql`
    create trigger indicators_keep before delete on indicators for each row execute function indicators_keep()`.execute(
    db,
  );
  await sql`
    create trigger indicators_keep_id before update of id on indicators
    for each row when (old.id is distinct from new.id) execute function indicators_keep()`.execute(db);
  await sql`alter table report_values drop constraint report_values_indicator_id_fkey`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table report_values
    add constraint report_values_indicator_id_fkey foreign key (indicator_id) references indicators (id)`.execute(db);
  await sql`drop trigger indicators_keep_id on indicators`.execute(db);
  await sql`drop trigger indicators_keep on indicators`.execute(db);
  await sql`drop function indicators_keep()`.execute(db);
  await sql`drop trigger report_values_keep_indicator on report_values`.execute(db);
  await sql`drop function report_values_keep_indicator()`.execute(db);
  await sql`drop trigger report_values_indicators on report_values`.execute(db);
  await sql`drop function report_values_check_indicators()`.execute(db);
  await sql`alter table report_versions
    add constraint report_versions_report_id_fkey foreign key (report_id) references reports (id),
    add constraint report_versions_round_id_fkey foreign key (round_id) references rounds (id),
    add constraint report_versions_organization_id_fkey foreign key (organization_id) references organizations (id),
    drop constraint report_versions_report_scope_fkey`.execute(db);
  await sql`alter table reports drop constraint reports_scope_key`.execute(db);
}
