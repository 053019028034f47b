import { sql, type Expression, type RawBuilder } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import type { mapIndicator } from '../indicators/service.ts';
import { compiledOnce, type DbOrTrx } from '../platform/db.ts';

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
const WRITTEN_COLUMNS = sql.raw(`reports.id, reports.current_situation, reports.challenges, reports.input,
  reports.strain_level, reports."values", reports.revision, reports.updated_at, reports.submitted_version,
  reports.submitted_revision`);

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
 * Reads, in one statement, everything a submit and its answer need: the row, its versions, whether
 * the previous round has a report to copy, and whether the latest version was late (an amendment
 * keeps that). Nothing is locked: the submit's write files only if the row is still as read.
 */
export async function findReportForSubmit(
  db: DbOrTrx,
  at: { roundId: string; organizationId: string; forumId: string; periodStart: string },
): Promise<SubmitRow | undefined> {
  const [row] = await reportForSubmit(db, at.roundId, at.organizationId, at.forumId, at.periodStart);
  return row && submitRow(row);
}

type SubmitColumns = Awaited<ReturnType<typeof reportForSubmit>>[number];
export type SubmitRow = Omit<SubmitColumns, 'reportId'> & { id: string };

/** The report's columns of a row that holds them (null all through when there is no report). */
function submitRow(row: { [K in keyof SubmitColumns]: SubmitColumns[K] | null }): SubmitRow | undefined {
  if (row.reportId === null) return undefined;
  const r = row as SubmitColumns;
  return {
    id: r.reportId,
    currentSituation: r.currentSituation,
    challenges: r.challenges,
    input: r.input,
    strainLevel: r.strainLevel,
    values: r.values,
    revision: r.revision,
    updatedAt: r.updatedAt,
    updatedByName: r.updatedByName,
    submittedVersion: r.submittedVersion,
    submittedRevision: r.submittedRevision,
    versions: r.versions,
    latestIsLate: r.latestIsLate,
    previous: r.previous,
  };
}

/** What a submit reads of the report (see findReportForSubmit); the round's columns may be references. */
function submitColumns(
  db: DbOrTrx,
  at: { forumId: ValueOrRef<string>; periodStart: ValueOrRef<string>; organizationId: ValueOrRef<string> },
) {
  return [
    'reports.id as reportId',
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
    versionsOf(sql`reports.id`).as('versions'),
    sql<boolean | null>`(select v.is_late from report_versions v where v.report_id = reports.id and v.is_latest)`.as(
      'latestIsLate',
    ),
    previousOf(db, at).as('previous'),
  ] as const;
}

// The re-read after a submit lost a race: compiled once.
const reportForSubmit = compiledOnce(
  (db, roundId: string, organizationId: string, forumId: string, periodStart: string) =>
    db
      .selectFrom('reports')
      .select(submitColumns(db, { forumId, periodStart, organizationId }))
      .where('reports.roundId', '=', roundId)
      .where('reports.organizationId', '=', organizationId),
);

/** The versions of the report `reportId` names, oldest first, as JSON. */
function versionsOf(reportId: RawBuilder<string>) {
  return sql<VersionSummary[]>`coalesce((
    select json_agg(json_build_object('version', v.version, 'submittedAt', v.submitted_at, 'submittedByName', u.name,
      'onBehalf', v.on_behalf, 'isLate', v.is_late) order by v.version)
    from report_versions v join users u on u.id = v.submitted_by where v.report_id = ${reportId}
  ), '[]'::json)`;
}

/** The report "Inget nytt" would copy, as JSON. */
function previousOf(
  db: DbOrTrx,
  at: { forumId: ValueOrRef<string>; periodStart: ValueOrRef<string>; organizationId: ValueOrRef<string> },
) {
  return previousSubmitted(db, at.forumId, at.periodStart, at.organizationId)
    .select(
      sql<PreviousReport>`json_build_object('title', pr.title, 'version', v.version, 'submittedAt', v.submitted_at)`.as(
        'previous',
      ),
    )
    .orderBy('pr.periodStart', 'desc')
    .limit(1);
}

/** A draft save's own statement, as SQL its audit entry is written in. */
export interface DraftWrite {
  /** The report's id once written; null when the save was refused. */
  reportId: RawBuilder<string | null>;
  /** The working copy before and after the save, as the audit log shows it. */
  before: RawBuilder<unknown>;
  after: RawBuilder<unknown>;
  /** True when nobody submitted the report between the start of the statement and the save. */
  isSubmittedAsSeen: RawBuilder<boolean>;
}

const workingCopy = (alias: string) =>
  sql.raw(`jsonb_build_object('currentSituation', ${alias}.current_situation, 'challenges', ${alias}.challenges,
    'input', ${alias}.input, 'strainLevel', ${alias}.strain_level, 'values', ${alias}."values", 'revision', ${alias}.revision)`);

/** Who and what a draft save's audit entry names: values of the statement, like the draft's own. */
export interface DraftAuditEntry {
  actorUserId: string | null;
  actorName: string;
  entityLabel: string;
  forumId: string;
}

/**
 * Builds a draft save's audit entry over its statement. The statement is compiled once for each
 * such function (see saveDraft), so it may use `write` and `entry` only as they are, never the
 * values of one save: a function defined once, at the top of a module.
 */
export type DraftAudit = (write: DraftWrite, entry: DraftAuditEntry) => RawBuilder<unknown>;

/** Which report a draft save writes, at which revision, by whom. */
interface DraftScope {
  roundId: string;
  organizationId: string;
  forumId: string;
  periodStart: string;
  revision: number;
  updatedBy: string;
}

/**
 * Saves the working copy in one statement when `revision` is still current (0: there is none yet)
 * and records it with `audit`, which the caller builds over this statement (see DraftWrite). A
 * single statement is atomic, so the save and its entry need no transaction around them; a
 * concurrent save of the same revision waits for the row and then finds the revision gone.
 * Returns the row as written, with its versions and the previous round's report, or nothing when
 * the revision was not current. Autosaves are the most frequent writes there are: the statement is
 * built and compiled once per `audit` function (compiledOnce), not on every save.
 */
export async function saveDraft(
  db: DbOrTrx,
  draft: DraftScope & {
    fields: DraftFields;
    entry: Omit<DraftAuditEntry, 'forumId'>;
    audit: DraftAudit;
    /** The entry of a save at revision 0, which can only create the report (see firstSave). */
    firstAudit: DraftAudit;
  },
) {
  const first = draft.revision === 0;
  const audit = first ? draft.firstAudit : draft.audit;
  const saves = first ? firstDraftSaves : draftSaves;
  let save = saves.get(audit);
  if (!save) saves.set(audit, (save = draftSaveOnce(audit, first)));
  const { fields: f, entry } = draft;
  const [row] = await save(
    db,
    draft.roundId,
    draft.organizationId,
    draft.forumId,
    draft.periodStart,
    draft.revision,
    draft.updatedBy,
    f.currentSituation,
    f.challenges,
    f.input,
    f.strainLevel,
    JSON.stringify(f.values),
    entry.actorUserId,
    entry.actorName,
    entry.entityLabel,
  );
  return row;
}

type WrittenDraft = Omit<ReportRow, 'updatedByName'> & { versions: VersionSummary[]; previous: PreviousReport | null };

const draftSaves = new WeakMap<DraftAudit, ReturnType<typeof draftSaveOnce>>();
const firstDraftSaves = new WeakMap<DraftAudit, ReturnType<typeof draftSaveOnce>>();

/**
 * The save at revision 0, which may only create the report: the statement of draftSaveOnce without
 * what an existing report needs (its row before, the update, the editing session to extend, its
 * versions), which the database would otherwise set up on every run. A report that exists already
 * makes the insert do nothing, so the save returns nothing (a conflict), as the full statement does
 * at revision 0. Every report's first save runs it: at the deadline, a forum's whole burst of reporters.
 */
function firstSave(
  db: DbOrTrx,
  buildAudit: DraftAudit,
  v: DraftScope & Omit<DraftFields, 'values'> & { valuesJson: string; entry: DraftAuditEntry },
) {
  const audit = buildAudit(
    {
      reportId: sql`(select id from inserted)`,
      before: sql`null`,
      after: sql`(select ${workingCopy('inserted')} from inserted)`,
      isSubmittedAsSeen: sql`true`,
    },
    v.entry,
  );
  return sql<WrittenDraft>`
    with inserted as (
      insert into reports (round_id, organization_id, current_situation, challenges, input, strain_level, "values", updated_by)
      select ${v.roundId}, ${v.organizationId}, ${v.currentSituation}::text, ${v.challenges}::text, ${v.input}::text,
        ${v.strainLevel}::text, ${v.valuesJson}::jsonb, ${v.updatedBy}::uuid
      where ${v.revision}::int = 0
      on conflict (round_id, organization_id) do nothing
      returning ${WRITTEN_COLUMNS}
    ), ${audit}
    select inserted.*, '[]'::json as versions, (${previousOf(db, v)}) as previous
    from inserted
  `;
}

/** The statement of a draft save, or of a report's first one (isFirst: firstSave), compiled once. */
function draftSaveOnce(buildAudit: DraftAudit, isFirst: boolean) {
  return compiledOnce(
    (
      db,
      roundId: string,
      organizationId: string,
      forumId: string,
      periodStart: string,
      revision: number,
      updatedBy: string,
      currentSituation: string,
      challenges: string,
      input: string,
      strainLevel: string | null,
      valuesJson: string,
      actorUserId: string | null,
      actorName: string,
      entityLabel: string,
    ) => {
      if (isFirst) {
        const entry = { actorUserId, actorName, entityLabel, forumId };
        const statement = firstSave(db, buildAudit, {
          ...{ roundId, organizationId, forumId, periodStart, revision, updatedBy },
          ...{ currentSituation, challenges, input, strainLevel, valuesJson, entry },
        });
        return { compile: () => statement.compile(db) };
      }
      const audit = buildAudit(
        {
          reportId: sql`(select id from written)`,
          before: sql`(select ${workingCopy('before')} from before)`,
          after: sql`(select ${workingCopy('written')} from written)`,
          isSubmittedAsSeen: sql`(select submitted_version from written) = (select submitted_version from before)`,
        },
        { actorUserId, actorName, entityLabel, forumId },
      );
      const statement = sql<WrittenDraft>`
    with draft as (
      select ${currentSituation}::text as current_situation, ${challenges}::text as challenges,
        ${input}::text as input, ${strainLevel}::text as strain_level, ${valuesJson}::jsonb as "values",
        ${updatedBy}::uuid as updated_by
    ), before as (
      select id, current_situation, challenges, input, strain_level, "values", revision, submitted_version
      from reports where round_id = ${roundId} and organization_id = ${organizationId}
    ), updated as (
      update reports set current_situation = draft.current_situation, challenges = draft.challenges,
        input = draft.input, strain_level = draft.strain_level, "values" = draft."values",
        updated_by = draft.updated_by, revision = reports.revision + 1, updated_at = now()
      from draft
      where reports.id = (select id from before) and reports.revision = ${revision}
      returning ${WRITTEN_COLUMNS}
    ), inserted as (
      insert into reports (round_id, organization_id, current_situation, challenges, input, strain_level, "values", updated_by)
      select ${roundId}, ${organizationId}, draft.* from draft
      where ${revision}::int = 0 and not exists (select 1 from before)
      on conflict (round_id, organization_id) do nothing
      returning ${WRITTEN_COLUMNS}
    ), written as (
      select * from updated union all select * from inserted
    ), ${audit}
    select written.*, ${versionsOf(sql`written.id`)} as versions, (${previousOf(db, { forumId, periodStart, organizationId })}) as previous
    from written
  `;
      return { compile: () => statement.compile(db) };
    },
  );
}

export interface DraftFields {
  currentSituation: string;
  challenges: string;
  input: string;
  strainLevel: string | null;
  values: Record<string, StoredValue>;
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

/** A version's values, one entry per reported indicator. */
export async function findVersionValues(db: DbOrTrx, reportId: string, version: number) {
  const result = await sql<{ indicatorId: string; value: number; capacity: number | null }>`
    select u.indicator_id, u.value, u.capacity
    from report_versions v
    cross join lateral unnest(v.indicator_ids, v.indicator_values, v.indicator_capacities) as u(indicator_id, value, capacity)
    where v.report_id = ${reportId} and v.version = ${version}`.execute(db);
  return result.rows;
}

/**
 * Files a version in one statement, when the working copy is still at `revision` and its latest
 * submitted version is `version - 1` (as the caller read it): the previous latest version steps back
 * (found by its version through the primary key), the new version goes in with its values as three
 * arrays (indicators, values, capacities: see migration 2026-12-01T0100), the working copy
 * records what was submitted, and `audit` (built over the WITH item `filed`, which holds the report's
 * id when the version was filed) records it. A single statement is atomic, so none of it needs a
 * transaction around it; a concurrent submit or save waits for the row and then finds it changed.
 * The database refuses values of an indicator that is not one of the round's forum (a trigger, at the
 * end of the statement). Returns when it was filed, or nothing when the report had changed.
 */
export async function fileVersion(
  db: DbOrTrx,
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
    audit: (filedReportId: RawBuilder<string | null>) => RawBuilder<unknown>;
  },
): Promise<Date | undefined> {
  const v = version;
  const submittedAt = new Date();
  // As array literals: the ids are the forum's indicators' and the figures numbers, nothing to quote.
  const arrayOf = (items: (string | number | null)[]) => `{${items.map((x) => x ?? 'NULL').join(',')}}`;
  const indicatorIds = arrayOf(v.values.map((x) => x.indicatorId));
  const figures = arrayOf(v.values.map((x) => x.value));
  const capacities = arrayOf(v.values.map((x) => x.capacity));
  // A first submission has no earlier version to step back, and its statement says so: with the
  // step-back in it, PostgreSQL could see that the generic plan would update rows where a plan for
  // version 0 updates none, and plan the statement anew on every submit. An amendment keeps the
  // step-back, in a statement (and prepared plan) of its own.
  const stepBack =
    v.version > 1
      ? sql`previous_version as (
      update report_versions set is_latest = false
      where report_id = (select id from filed) and version = ${v.version - 1} and is_latest
    ),`
      : sql``;
  const result = await sql`
    with filed as (
      update reports set submitted_version = ${v.version}, submitted_revision = revision,
        first_submitted_at = coalesce(first_submitted_at, ${submittedAt}), submitted_strain_level = ${v.strainLevel}
      where id = ${v.reportId} and revision = ${v.revision} and submitted_version = ${v.version - 1}
      returning id
    ), ${stepBack} new_version as (
      insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges, input,
        strain_level, submitted_at, submitted_by, on_behalf, is_late, is_latest, indicator_ids, indicator_values,
        indicator_capacities)
      select filed.id, ${v.version}, ${v.roundId}, ${v.organizationId}, ${v.currentSituation}, ${v.challenges},
        ${v.input}, ${v.strainLevel}, ${submittedAt}, ${v.submittedBy}, ${v.onBehalf}, ${v.isLate}, true,
        ${indicatorIds}::uuid[], ${figures}::numeric[], ${capacities}::numeric[]
      from filed
    ), ${v.audit(sql`(select id from filed)`)}
    select id from filed
  `.execute(db);
  return result.rows.length > 0 ? submittedAt : undefined;
}

/** Submitted versions of the organisation's reports in the forum's rounds before this one. */
/** A value, or a column of an enclosing query (the earlier rounds are `pr`, so they do not hide it). */
type ValueOrRef<T> = T | Expression<T>;

function previousSubmitted(
  db: DbOrTrx,
  forumId: ValueOrRef<string>,
  periodStart: ValueOrRef<string>,
  organizationId: ValueOrRef<string>,
) {
  return db
    .selectFrom('reportVersions as v')
    .innerJoin('rounds as pr', 'pr.id', 'v.roundId')
    .where('pr.forumId', '=', forumId)
    .where('pr.periodStart', '<', periodStart)
    .where('v.organizationId', '=', organizationId)
    .where('v.isLatest', '=', sql.lit(true));
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
      'pr.title',
    ])
    .orderBy('pr.periodStart', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Everything a report's use cases need before they touch the report, in one statement: the round,
 * the organisation when it is a member of the round's forum, and the forum's active indicators.
 */
export async function findReportContext(
  db: DbOrTrx,
  roundId: string,
  organizationId: string,
  read?: ContextRow | null,
) {
  return read === undefined ? (await reportContext(db, roundId, organizationId))[0] : (read ?? undefined);
}

export type ContextRow = Awaited<ReturnType<typeof reportContext>>[number];

// Every read and write of a report runs it: compiled once.
const reportContext = compiledOnce((db, roundId: string, organizationId: string) =>
  contextQuery(db, roundId, organizationId),
);

/**
 * The context and, in the same statement, the report as a submit reads it (findReportForSubmit):
 * a submit is then this read and its one write. The report's columns are null when there is none.
 */
export async function findSubmitContext(
  db: DbOrTrx,
  roundId: string,
  organizationId: string,
  read?: SubmitContextRow | null,
) {
  const row = read === undefined ? (await submitContext(db, roundId, organizationId))[0] : (read ?? undefined);
  return row && { context: row, report: submitRow(row) };
}

type SubmitContextRow = Awaited<ReturnType<typeof submitContext>>[number];

/**
 * The report's context (findReportContext), and the context with the report as a submit reads it
 * (findSubmitContext), as one JSON value each: read in the session lookup's statement
 * (auth.SessionCompanion), so a draft save and a submit each need one round trip fewer. Dates come
 * back as text rather than Date, which the service reads either way.
 */
export const contextJson = (db: DbOrTrx, [roundId, organizationId]: string[]) =>
  jsonObjectFrom(contextQuery(db, roundId!, organizationId!));
export const submitContextJson = (db: DbOrTrx, [roundId, organizationId]: string[]) =>
  jsonObjectFrom(submitContextQuery(db, roundId!, organizationId!));

const submitContext = compiledOnce((db, roundId: string, organizationId: string) =>
  submitContextQuery(db, roundId, organizationId),
);

function submitContextQuery(db: DbOrTrx, roundId: string, organizationId: string) {
  return contextQuery(db, roundId, organizationId)
    .leftJoin('reports', (join) =>
      join.onRef('reports.roundId', '=', 'rounds.id').on('reports.organizationId', '=', organizationId),
    )
    .select(
      submitColumns(db, {
        forumId: sql.ref('rounds.forumId'),
        periodStart: sql.ref('rounds.periodStart'),
        organizationId,
      }),
    );
}

function contextQuery(db: DbOrTrx, roundId: string, organizationId: string) {
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
      // The forum keeps its active indicators as a list (migration 2026-12-01T0500), the same as
      // jsonArrayFrom over them ordered by position and key would build on every read.
      sql<IndicatorListRow[]>`(select f.active_indicators from forums f where f.id = rounds.forum_id)`.as('indicators'),
    ])
    .where('rounds.id', '=', roundId);
}

/** An indicator as the forum's list holds it (Kysely camel-cases its keys like those of a row). */
type IndicatorListRow = Parameters<typeof mapIndicator>[0];

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
