import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';

/**
 * Every figure filed in the rounds, as of each report's latest version, with when the organisation
 * first reported in the round. Organisations come in the forum's order, then by name.
 */
export async function listFiledValues(db: DbOrTrx, forumId: string, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  const rows = await db
    .selectFrom('reportValues as rv')
    .innerJoin('indicators as i', 'i.id', 'rv.indicatorId')
    .innerJoin('organizations as o', 'o.id', 'rv.organizationId')
    // The report keeps when it was first filed (set by the submit itself), so no aggregate over versions.
    .innerJoin('reports as r', 'r.id', 'rv.reportId')
    .leftJoin('forumMembers as fm', (join) =>
      join.onRef('fm.organizationId', '=', 'o.id').on('fm.forumId', '=', forumId),
    )
    .select([
      'rv.roundId',
      'rv.organizationId',
      'o.name as organizationName',
      'o.municipalityCode',
      'rv.indicatorId',
      'i.key as indicatorKey',
      'i.nameSv',
      'i.nameEn',
      'i.unit',
      'rv.value',
      'rv.capacity',
      'r.firstSubmittedAt',
    ])
    .where('rv.isLatest', '=', true)
    .where('r.firstSubmittedAt', 'is not', null)
    .where('rv.roundId', 'in', roundIds)
    .orderBy(sql`fm.position is null`)
    .orderBy('fm.position')
    .orderBy('o.name')
    .orderBy('i.position')
    .orderBy('i.key')
    .execute();
  return rows.map((r) => ({
    ...r,
    value: Number(r.value),
    capacity: r.capacity === null ? null : Number(r.capacity),
    firstSubmittedAt: new Date(r.firstSubmittedAt!),
  }));
}

export function listMunicipalityCodes(db: DbOrTrx, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('organizations').select(['id', 'municipalityCode']).where('id', 'in', organizationIds).execute();
}
