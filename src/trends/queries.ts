import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';
import type { StrainLevel } from '../rounds/schema.ts';
import type { CellStatus, TrendQuery } from './schema.ts';

export function listRounds(db: DbOrTrx, forumId: string, query: TrendQuery) {
  let select = db
    .selectFrom('rounds')
    .select(['id', 'title', 'periodStart', 'periodEnd', 'deadline', 'isPublished', 'status'])
    .where('forumId', '=', forumId);
  if (query.from) select = select.where('periodStart', '>=', query.from);
  if (query.to) select = select.where('periodStart', '<=', query.to);
  return select.orderBy('periodStart').execute();
}

/**
 * Every organisation that was a member when any of the rounds closed for reports, or that filed in
 * one, with its status in each of those rounds (not a member, missing, submitted on time or late:
 * judged by its first submission against the deadline) and the strain of its latest submitted
 * version. Membership is judged at the deadline. One row per organisation with its cells as three
 * JSON arrays of one length (the round's place in `roundIds` from 0, the status, the strain): three years
 * of a large forum are about 10,000 cells, and one JSON document per organisation parses far faster
 * than as many rows (as in the lägesbild's figures). The round is named by its place, not its id,
 * and no cell is an array of its own: json_build_array per cell and 10,000 uuids as text took about
 * half of the statement at national scale 1.
 */
export async function listExpectations(db: DbOrTrx, forumId: string, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  const result = await sql<{
    organizationId: string;
    rounds: number[];
    statuses: CellStatus[];
    strainLevels: (StrainLevel | null)[];
  }>`
    with chosen as (
      select r.id, r.forum_id, r.deadline, c.at
      from unnest(${uuidArray(roundIds)}::uuid[]) with ordinality as c(id, at)
      join rounds r on r.id = c.id
    ),
    cells as (
      select distinct r.id as round_id, mp.organization_id
      from chosen r
      join membership_periods mp on mp.forum_id = r.forum_id
        and (mp.joined_at is null or mp.joined_at <= r.deadline)
        and (mp.left_at is null or mp.left_at > r.deadline)
    ),
    filed as (
      select round_id, organization_id, first_submitted_at, submitted_strain_level
      from reports
      where round_id = any(${uuidArray(roundIds)}::uuid[]) and first_submitted_at is not null
    ),
    statuses as (
      select r.at, coalesce(c.organization_id, f.organization_id) as organization_id,
        case when c.round_id is null then 'not_member'
          when f.first_submitted_at is null then 'missing'
          when f.first_submitted_at <= r.deadline then 'submitted'
          else 'late' end as status,
        f.submitted_strain_level as strain_level
      from cells c full join filed f on f.round_id = c.round_id and f.organization_id = c.organization_id
      join chosen r on r.id = coalesce(c.round_id, f.round_id)
    )
    select organization_id, json_agg(at - 1) as rounds, json_agg(status) as statuses, json_agg(strain_level) as strain_levels
    from statuses group by organization_id`.execute(db);
  return result.rows;
}

/** Organisations named in the series: current members in the forum's order first, then the rest by name. */
export function listOrganizations(db: DbOrTrx, forumId: string, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organizations as o')
    .leftJoin('forumMembers as fm', (join) =>
      join.onRef('fm.organizationId', '=', 'o.id').on('fm.forumId', '=', forumId),
    )
    .select(['o.id', 'o.name', 'o.kind', 'fm.position'])
    .where('o.id', 'in', organizationIds)
    .orderBy(sql`fm.position is null`)
    .orderBy('fm.position')
    .orderBy('o.name')
    .execute();
}

/**
 * The latest figures of an indicator in the rounds: one row per organisation, its figures as three
 * JSON arrays of one length (the round's place in `roundIds` from 0, the value, the capacity), for the
 * reason `listExpectations` gives. A version keeps its values as arrays (indicators, values,
 * capacities), so each round's latest versions are read round by round from the index that holds
 * their values (report_versions_latest_values_idx: no page of the table is read), and the few with
 * more indicators than it takes through their own ("offset 0" keeps PostgreSQL from merging the
 * rounds into one scan of every version, which at national scale 0.1 took 7 ms against 3 ms).
 */
export async function listValues(db: DbOrTrx, indicatorId: string, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  const result = await sql<{
    organizationId: string;
    rounds: number[];
    values: number[];
    capacities: (number | null)[];
  }>`
    select v.organization_id, json_agg(r.at - 1) as rounds, json_agg(v.indicator_values[v.at]) as values,
      json_agg(v.indicator_capacities[v.at]) as capacities
    from unnest(${uuidArray(roundIds)}::uuid[]) with ordinality as r(id, at)
    cross join lateral (
      select organization_id, indicator_values, indicator_capacities,
        array_position(indicator_ids, ${indicatorId}::uuid) as at
      from report_versions where round_id = r.id and is_latest and cardinality(indicator_ids) <= 40
      union all
      select organization_id, indicator_values, indicator_capacities,
        array_position(indicator_ids, ${indicatorId}::uuid) as at
      from report_versions where round_id = r.id and is_latest and cardinality(indicator_ids) > 40
      offset 0
    ) v
    where v.at is not null
    group by v.organization_id`.execute(db);
  return result.rows;
}

/** Ids as one array literal: one parameter, however many rounds three years hold. */
const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;
