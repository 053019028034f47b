import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// A trend reads one indicator of every latest version of a forum's rounds: at national scale 1 about
// 9,000 versions over three years, each on a heap page of its own (versions of one round arrive over
// the week among every other forum's), so the statement read some 9,400 pages. This index holds the
// values of the latest versions beside their round and organisation, so the trend reads them from
// the index alone, about 1,350 pages. An index row must fit in a third of a page (2,704 bytes): 40
// indicators take at most about 2,400 (16 bytes an id, at most about 20 a value or capacity as a
// JavaScript number gives them, array headers), so versions with more indicators are left out of it
// and found through the second index (none at all in the data seen so far, so it costs nothing).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index report_versions_latest_values_idx on report_versions (round_id, organization_id)
    include (indicator_ids, indicator_values, indicator_capacities)
    where is_latest and cardinality(indicator_ids) <= 40`.execute(db);
  await sql`create index report_versions_latest_many_values_idx on report_versions (round_id)
    where is_latest and cardinality(indicator_ids) > 40`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index report_versions_latest_many_values_idx`.execute(db);
  await sql`drop index report_versions_latest_values_idx`.execute(db);
}
