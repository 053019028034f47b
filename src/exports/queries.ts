import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';

/**
 * Every figure filed in the rounds, as of each report's latest version, with when the organisation
 * first reported in the round. Organisations come in the forum's order, then by name.
 */
export async function listFiledValues(db: DbOrTrx, forumId: string, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  // The report keeps when it was first filed (set by the submit itself), so no aggregate over versions.
  const result = await sql<{
    roundId: string;
    organizationId: string;
    organizationName: string;
    municipalityCode: string | null;
    indicatorId: string;
    indicatorKey: string;
    nameSv: string;
    nameEn: string;
    unit: string;
    value: number;
    capacity: number | null;
    firstSubmittedAt: Date | string;
  }>`
    select v.round_id, v.organization_id, o.name as organization_name, o.municipality_code, i.id as indicator_id,
      i.key as indicator_key, i.name_sv, i.name_en, i.unit, u.value, u.capacity, r.first_submitted_at
    from report_versions v
    cross join lateral unnest(v.indicator_ids, v.indicator_values, v.indicator_capacities) as u(indicator_id, value, capacity)
    join indicators i on i.id = u.indicator_id
    join organizations o on o.id = v.organization_id
    join reports r on r.id = v.report_id
    left join forum_members fm on fm.organization_id = o.id and fm.forum_id = ${forumId}
    where v.is_latest and r.first_submitted_at is not null and v.round_id in (${sql.join(roundIds)})
    order by fm.position is null, fm.position, o.name, i.position, i.key`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    value: Number(r.value),
    capacity: r.capacity === null ? null : Number(r.capacity),
    firstSubmittedAt: new Date(r.firstSubmittedAt),
  }));
}

export function listMunicipalityCodes(db: DbOrTrx, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('organizations').select(['id', 'municipalityCode']).where('id', 'in', organizationIds).execute();
}
