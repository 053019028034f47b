import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// A submitted version's indicator values move from one row each in report_values into three arrays
// of the version, element by element: the indicator, its value and its capacity (null: none). "Not
// reported" is an indicator that is not there; 0 a value. A submit wrote about 20 value rows, each
// with two index entries (its key and the latest-values index) and checked by a trigger, and an
// amendment stepped back the previous version's 20 rows as well: in pgbench the submit statement took
// 1.31–1.36 ms with the rows and 0.68–0.75 ms without. Every reader reads the latest versions of a
// round or of a few rounds, which the version's own partial index on (round_id, organization_id)
// finds. Arrays rather than one jsonb object: 20 values as jsonb (the indicator's id as text keys)
// took about 1.5 kB, which made a version row long enough for PostgreSQL to compress it, and the
// lägesbild and the trends then spent most of their time decompressing (a three-year trend 2 → 90 ms
// at national scale 0.1); as arrays they take about 550 bytes.
//
// report_values goes (nothing else reads it), and with it the key that only its foreign key needed
// (report_versions_scope_key). What its keys and triggers held is held here: a check that the arrays
// are of one length with a value in each place, a statement trigger that refuses a version any of
// whose indicators is not one of its round's forum (stronger than before: the indicator must be of
// that forum) or comes twice, and a filed version's values never change.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table report_versions
    add column indicator_ids uuid[] not null default '{}',
    add column indicator_values numeric[] not null default '{}',
    add column indicator_capacities numeric[] not null default '{}'`.execute(db);
  await sql`
    update report_versions v
    set indicator_ids = x.ids, indicator_values = x.figures, indicator_capacities = x.capacities
    from (
      select report_id, version, array_agg(indicator_id order by indicator_id) as ids,
        array_agg(value order by indicator_id) as figures, array_agg(capacity order by indicator_id) as capacities
      from report_values group by report_id, version
    ) x
    where x.report_id = v.report_id and x.version = v.version`.execute(db);
  await sql`alter table report_versions add constraint report_versions_values_check check (
    cardinality(indicator_values) = cardinality(indicator_ids)
    and cardinality(indicator_capacities) = cardinality(indicator_ids)
    and array_position(indicator_values, null) is null)`.execute(db);
  await sql`drop table report_values`.execute(db);
  await sql`drop function report_values_check_indicators()`.execute(db);
  await sql`drop function report_values_keep_indicator()`.execute(db);
  await sql`alter table report_versions drop constraint report_versions_scope_key`.execute(db);

  await sql`
    create function report_versions_check_indicators() returns trigger language plpgsql as $$
    begin
      if exists (
        select 1 from inserted_versions v
        where (select count(distinct x) from unnest(v.indicator_ids) x) <> cardinality(v.indicator_ids)
          or exists (
            select 1 from unnest(v.indicator_ids) x
            where not exists (
              select 1 from indicators i join rounds r on r.forum_id = i.forum_id where i.id = x and r.id = v.round_id))
      ) then
        raise foreign_key_violation using message = 'report_versions: an indicator is not one of the round''s forum, or comes twice';
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger report_versions_check_indicators after insert on report_versions
    referencing new table as inserted_versions
    for each statement execute function report_versions_check_indicators()`.execute(db);
  await sql`
    create function report_versions_keep_values() returns trigger language plpgsql as $$
    begin
      raise restrict_violation using message = 'a submitted version keeps its values';
    end
    $$`.execute(db);
  await sql`
    create trigger report_versions_keep_values before update of indicator_ids, indicator_values, indicator_capacities
    on report_versions for each row
    when ((old.indicator_ids, old.indicator_values, old.indicator_capacities)
      is distinct from (new.indicator_ids, new.indicator_values, new.indicator_capacities))
    execute function report_versions_keep_values()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_versions_keep_values on report_versions`.execute(db);
  await sql`drop function report_versions_keep_values()`.execute(db);
  await sql`drop trigger report_versions_check_indicators on report_versions`.execute(db);
  await sql`drop function report_versions_check_indicators()`.execute(db);
  await sql`alter table report_versions
    add constraint report_versions_scope_key unique (report_id, version, round_id, organization_id)`.execute(db);
  await sql`
    create table report_values (
      report_id uuid not null,
      version integer not null,
      round_id uuid not null,
      organization_id uuid not null,
      indicator_id uuid not null,
      value numeric not null,
      capacity numeric,
      is_latest boolean not null default true,
      constraint report_values_pkey primary key (report_id, version, indicator_id),
      constraint report_values_version_scope_fkey foreign key (report_id, version, round_id, organization_id)
        references report_versions (report_id, version, round_id, organization_id)
    )`.execute(db);
  await sql`create index report_values_latest_idx on report_values (round_id, indicator_id) where is_latest`.execute(
    db,
  );
  await sql`
    insert into report_values (report_id, version, round_id, organization_id, indicator_id, value, capacity, is_latest)
    select v.report_id, v.version, v.round_id, v.organization_id, u.indicator_id, u.value, u.capacity, v.is_latest
    from report_versions v
    cross join lateral unnest(v.indicator_ids, v.indicator_values, v.indicator_capacities) as u(indicator_id, value, capacity)`.execute(
    db,
  );
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
  await sql`alter table report_versions
    drop constraint report_versions_values_check,
    drop column indicator_ids,
    drop column indicator_values,
    drop column indicator_capacities`.execute(db);
}
