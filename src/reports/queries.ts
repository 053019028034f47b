import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DbOrTrx, Trx } from '../platform/db.ts';

export interface StoredValue {
  value: number | null;
  capacity: number | null;
}

export function findReport(db: DbOrTrx, roundId: string, organizationId: string) {
  return db
    .selectFrom('reports')
    .leftJoin('users', 'users.id', 'reports.updatedBy')
    .select([
      'reports.id',
      'reports.currentSituation',
      'reports.challenges',
      'reports.input',
      'reports.strainLevel',
      sql<Record<string, StoredValue>>`reports.values`.as('values'),
      'reports.revision',
      'reports.updatedAt',
      'users.name as updatedByName',
      'reports.submittedVersion',
      'reports.submittedRevision',
    ])
    .where('reports.roundId', '=', roundId)
    .where('reports.organizationId', '=', organizationId)
    .executeTakeFirst();
}

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** The columns a write returns, so it need not read the row again. */
const writtenColumns = [
  'id',
  'currentSituation',
  'challenges',
  'input',
  'strainLevel',
  sql<Record<string, StoredValue>>`values`.as('values'),
  'revision',
  'updatedAt',
  'submittedVersion',
  'submittedRevision',
] as const;

/** The report "Inget nytt" would copy. */
export interface PreviousReport {
  title: string;
  version: number;
  submittedAt: Date | string;
}

export interface VersionSummary {
  version: number;
  submittedAt: Date | string;
  submittedByName: string;
  onBehalf: boolean;
  isLate: boolean;
}

/**
 * Locks the report for a write and reads, in the same statement, everything the write and its
 * answer need: the row, its versions, whether the previous round has a report to copy, and whether
 * the latest version was late (an amendment keeps that).
 */
export function lockReportForWrite(
  trx: Trx,
  at: { roundId: string; organizationId: string; forumId: string; periodStart: string },
) {
  return trx
    .selectFrom('reports')
    .select([
      'reports.id',
      'reports.currentSituation',
      'reports.challenges',
      'reports.input',
      'reports.strainLevel',
      sql<Record<string, StoredValue>>`reports.values`.as('values'),
      'reports.revision',
      'reports.updatedAt',
      sql<string | null>`(select u.name from users u where u.id = reports.updated_by)`.as('updatedByName'),
      'reports.submittedVersion',
      'reports.submittedRevision',
      sql<VersionSummary[]>`coalesce((
        select json_agg(json_build_object('version', v.version, 'submittedAt', v.submitted_at, 'submittedByName', u.name,
          'onBehalf', v.on_behalf, 'isLate', v.is_late) order by v.version)
        from report_versions v join users u on u.id = v.submitted_by where v.report_id = reports.id
      ), '[]'::json)`.as('versions'),
      sql<boolean | null>`(select v.is_late from report_versions v where v.report_id = reports.id and v.is_latest)`.as(
        'latestIsLate',
      ),
      previousSubmitted(trx, at.forumId, at.periodStart, at.organizationId)
        .select(
          sql<PreviousReport>`json_build_object('title', rounds.title, 'version', v.version, 'submittedAt', v.submitted_at)`.as(
            'previous',
          ),
        )
        .orderBy('rounds.periodStart', 'desc')
        .limit(1)
        .as('previous'),
    ])
    .where('reports.roundId', '=', at.roundId)
    .where('reports.organizationId', '=', at.organizationId)
    .forUpdate()
    .executeTakeFirst();
}

export interface DraftFields {
  currentSituation: string;
  challenges: string;
  input: string;
  strainLevel: string | null;
  values: Record<string, StoredValue>;
}

export function insertReport(
  db: DbOrTrx,
  values: DraftFields & { roundId: string; organizationId: string; updatedBy: string },
) {
  return db
    .insertInto('reports')
    .values({ ...values, values: JSON.stringify(values.values) })
    .onConflict((oc) => oc.columns(['roundId', 'organizationId']).doNothing())
    .returning(writtenColumns)
    .executeTakeFirst();
}

/** Writes only if nobody saved since `revision` was read; returns the row written, if it was. */
export function updateReportIfRevision(
  db: DbOrTrx,
  id: string,
  revision: number,
  fields: DraftFields & { updatedBy: string },
) {
  return db
    .updateTable('reports')
    .set({ ...fields, values: JSON.stringify(fields.values), revision: revision + 1, updatedAt: new Date() })
    .where('id', '=', id)
    .where('revision', '=', revision)
    .returning(writtenColumns)
    .executeTakeFirst();
}

export function listVersions(db: DbOrTrx, reportId: string) {
  return db
    .selectFrom('reportVersions')
    .innerJoin('users', 'users.id', 'reportVersions.submittedBy')
    .select(['version', 'submittedAt', 'users.name as submittedByName', 'onBehalf', 'isLate'])
    .where('reportId', '=', reportId)
    .orderBy('version')
    .execute();
}

export function findVersion(db: DbOrTrx, reportId: string, version: number) {
  return db
    .selectFrom('reportVersions')
    .select(['version', 'currentSituation', 'challenges', 'input', 'strainLevel', 'isLate'])
    .where('reportId', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export function findVersionValues(db: DbOrTrx, reportId: string, version: number) {
  return db
    .selectFrom('reportValues')
    .select(['indicatorId', 'value', 'capacity'])
    .where('reportId', '=', reportId)
    .where('version', '=', version)
    .execute();
}

/**
 * Files a version in one statement: the previous latest version and its values step back, the new
 * version and its values go in, and the working copy records what was submitted. The values travel
 * as one JSON parameter so the statement text is the same for any number of them (and is prepared
 * once). Foreign keys are checked at the end of the statement, after the version row exists.
 */
export async function insertVersion(
  trx: Trx,
  version: {
    reportId: string;
    version: number;
    revision: number;
    roundId: string;
    organizationId: string;
    currentSituation: string;
    challenges: string;
    input: string;
    strainLevel: string;
    submittedBy: string;
    onBehalf: boolean;
    isLate: boolean;
    values: { indicatorId: string; value: number; capacity: number | null }[];
  },
): Promise<Date> {
  const v = version;
  const submittedAt = new Date();
  const values = JSON.stringify(
    v.values.map((x) => ({ indicator_id: x.indicatorId, value: x.value, capacity: x.capacity })),
  );
  await sql`
    with previous_version as (
      update report_versions set is_latest = false where report_id = ${v.reportId} and is_latest
    ), previous_values as (
      update report_values set is_latest = false where report_id = ${v.reportId} and is_latest
    ), new_values as (
      insert into report_values (report_id, version, round_id, organization_id, indicator_id, value, capacity, is_latest)
      select ${v.reportId}, ${v.version}, ${v.roundId}, ${v.organizationId}, x.indicator_id, x.value, x.capacity, true
      from jsonb_to_recordset(${values}::jsonb) as x(indicator_id uuid, value numeric, capacity numeric)
    ), submitted as (
      update reports set submitted_version = ${v.version}, submitted_revision = ${v.revision},
        first_submitted_at = coalesce(first_submitted_at, ${submittedAt}), submitted_strain_level = ${v.strainLevel}
      where id = ${v.reportId}
    )
    insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges, input,
      strain_level, submitted_at, submitted_by, on_behalf, is_late, is_latest)
    values (${v.reportId}, ${v.version}, ${v.roundId}, ${v.organizationId}, ${v.currentSituation}, ${v.challenges},
      ${v.input}, ${v.strainLevel}, ${submittedAt}, ${v.submittedBy}, ${v.onBehalf}, ${v.isLate}, true)
  `.execute(trx);
  return submittedAt;
}

/** Submitted versions of the organisation's reports in the forum's rounds before this one. */
function previousSubmitted(db: DbOrTrx, forumId: string, periodStart: string, organizationId: string) {
  return db
    .selectFrom('reportVersions as v')
    .innerJoin('rounds', 'rounds.id', 'v.roundId')
    .where('rounds.forumId', '=', forumId)
    .where('rounds.periodStart', '<', periodStart)
    .where('v.organizationId', '=', organizationId)
    .where('v.isLatest', '=', true);
}

/** The latest submitted version of the organisation's report in the forum's round before this one. */
export function findPreviousSubmitted(db: DbOrTrx, forumId: string, periodStart: string, organizationId: string) {
  return previousSubmitted(db, forumId, periodStart, organizationId)
    .select([
      'v.reportId',
      'v.version',
      'v.currentSituation',
      'v.challenges',
      'v.input',
      'v.strainLevel',
      'v.submittedAt',
      'rounds.title',
    ])
    .orderBy('rounds.periodStart', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Everything a report's use cases need before they touch the report, in one statement: the round,
 * the organisation when it is a member of the round's forum, and the forum's active indicators.
 */
export function findReportContext(db: DbOrTrx, roundId: string, organizationId: string) {
  return db
    .selectFrom('rounds')
    .select((eb) => [
      'rounds.id',
      'rounds.forumId',
      'rounds.title',
      'rounds.periodStart',
      'rounds.deadline',
      'rounds.status',
      'rounds.isPublished',
      jsonObjectFrom(
        eb
          .selectFrom('forumMembers')
          .innerJoin('organizations', 'organizations.id', 'forumMembers.organizationId')
          .select(['organizations.id', 'organizations.name', 'organizations.kind'])
          .whereRef('forumMembers.forumId', '=', 'rounds.forumId')
          .where('forumMembers.organizationId', '=', organizationId),
      ).as('organization'),
      jsonArrayFrom(
        eb
          .selectFrom('indicators')
          .select([
            'indicators.id',
            'indicators.forumId',
            'indicators.key',
            'indicators.nameSv',
            'indicators.nameEn',
            'indicators.unit',
            'indicators.kind',
            'indicators.minValue',
            'indicators.maxValue',
            'indicators.organizationKinds',
            'indicators.higherIs',
            'indicators.position',
            'indicators.isActive',
          ])
          .whereRef('indicators.forumId', '=', 'rounds.forumId')
          .where('indicators.isActive', '=', true)
          .orderBy('indicators.position')
          .orderBy('indicators.key'),
      ).as('indicators'),
    ])
    .where('rounds.id', '=', roundId)
    .executeTakeFirst();
}

export function listOpenReportingRounds(db: DbOrTrx, userOrganizationId: string, forumIds: string[]) {
  if (forumIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('rounds')
    .innerJoin('forums', 'forums.id', 'rounds.forumId')
    .innerJoin('forumMembers', (join) =>
      join
        .onRef('forumMembers.forumId', '=', 'rounds.forumId')
        .on('forumMembers.organizationId', '=', userOrganizationId),
    )
    .leftJoin('reports', (join) =>
      join.onRef('reports.roundId', '=', 'rounds.id').on('reports.organizationId', '=', userOrganizationId),
    )
    .select([
      'rounds.id as roundId',
      'rounds.title',
      'rounds.deadline',
      'forums.id as forumId',
      'forums.name as forumName',
      'reports.submittedVersion',
      'reports.revision',
      'reports.submittedRevision',
    ])
    .where('rounds.forumId', 'in', forumIds)
    .where('rounds.status', '=', 'open')
    .orderBy('rounds.deadline')
    .execute();
}
