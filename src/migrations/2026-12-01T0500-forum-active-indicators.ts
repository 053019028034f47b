import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// Every read and write of a report reads its forum's active indicators, as JSON, in the session
// lookup's statement: a draft save and a submit each built the same list of about 20 indicators
// from their rows again (json_agg over 13 columns: about 0.3 ms of database CPU a time, the largest
// part of those statements). The forum now keeps the list as it reads, built by the same query, and
// triggers on indicators build it again in the statement that inserts or updates an indicator (an
// indicator is never deleted), so it cannot be out of date. The list is `json` (the text as built:
// its keys in the columns' order, nothing parsed on the way out).
const LIST = sql`coalesce((
    select json_agg(agg) from (
      select i.id, i.forum_id, i.key, i.name_sv, i.name_en, i.unit, i.kind, i.min_value, i.max_value,
        i.organization_kinds, i.higher_is, i.position, i.is_active
      from indicators i where i.forum_id = f.id and i.is_active
      order by i.position, i.key
    ) as agg
  ), '[]'::json)`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table forums add column active_indicators json not null default '[]'::json`.execute(db);
  await sql`update forums f set active_indicators = ${LIST}`.execute(db);
  await sql`
    create function forums_list_active_indicators() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        update forums f set active_indicators = ${LIST}
        where f.id in (select forum_id from new_indicators);
      else
        update forums f set active_indicators = ${LIST}
        where f.id in (select forum_id from new_indicators union select forum_id from old_indicators);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger indicators_listed_on_insert after insert on indicators
    referencing new table as new_indicators
    for each statement execute function forums_list_active_indicators()`.execute(db);
  await sql`
    create trigger indicators_listed_on_update after update on indicators
    referencing old table as old_indicators new table as new_indicators
    for each statement execute function forums_list_active_indicators()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger indicators_listed_on_update on indicators`.execute(db);
  await sql`drop trigger indicators_listed_on_insert on indicators`.execute(db);
  await sql`drop function forums_list_active_indicators()`.execute(db);
  await sql`alter table forums drop column active_indicators`.execute(db);
}
