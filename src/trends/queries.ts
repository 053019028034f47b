import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';
import type { TrendQuery } from './schema.ts';

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
 * Every organisation that was a member when any of the rounds closed for reports, with the rounds
 * it was expected in and its first and latest report there. Membership is judged at the deadline.
 */
export async function listExpectations(db: DbOrTrx, forumId: string, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  const result = await sql<{
    roundId: string;
    organizationId: string;
    isMember: boolean;
    firstSubmittedAt: Date | null;
    strainLevel: string | null;
  }>`
    with cells as (
      select distinct r.id as round_id, mp.organization_id
      from rounds r
      join membership_periods mp on mp.forum_id = r.forum_id
        and (mp.joined_at is null or mp.joined_at <= r.deadline)
        and (mp.left_at is null or mp.left_at > r.deadline)
      where r.id in (${sql.join(roundIds)})
    ),
    filed as (
      select v.round_id, v.organization_id, min(v.submitted_at) as first_submitted_at,
             max(v.strain_level) filter (where v.is_latest) as strain_level
      from report_versions v
      where v.round_id in (${sql.join(roundIds)})
      group by v.round_id, v.organization_id
    )
    select coalesce(c.round_id, f.round_id) as round_id, coalesce(c.organization_id, f.organization_id) as organization_id,
           c.round_id is not null as is_member, f.first_submitted_at, f.strain_level
    from cells c full join filed f on f.round_id = c.round_id and f.organization_id = c.organization_id`.execute(db);
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

export async function listValues(db: DbOrTrx, indicatorId: string, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  const rows = await db
    .selectFrom('reportValues')
    .select(['roundId', 'organizationId', 'value', 'capacity'])
    .where('indicatorId', '=', indicatorId)
    .where('isLatest', '=', true)
    .where('roundId', 'in', roundIds)
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value), capacity: r.capacity === null ? null : Number(r.capacity) }));
}
