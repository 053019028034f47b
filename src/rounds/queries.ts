import { sql } from 'kysely';
import { compiledOnce, type DbOrTrx } from '../platform/db.ts';

export function selectRounds(db: DbOrTrx) {
  return db
    .selectFrom('rounds')
    .innerJoin('forums', 'forums.id', 'rounds.forumId')
    .leftJoin('users as summaryAuthor', 'summaryAuthor.id', 'rounds.summaryUpdatedBy')
    .select([
      'rounds.id',
      'rounds.forumId',
      'forums.name as forumName',
      'rounds.title',
      'rounds.periodStart',
      'rounds.periodEnd',
      'rounds.deadline',
      'rounds.meetingAt',
      'rounds.status',
      'rounds.closedAt',
      'rounds.isPublished',
      'rounds.summary',
      'rounds.summaryUpdatedAt',
      'summaryAuthor.name as summaryUpdatedByName',
      'rounds.isScheduled',
      sql<number>`(select count(*) from forum_members fm where fm.forum_id = rounds.forum_id)`.as('members'),
      sql<number>`(select count(*) from report_versions v join forum_members fm on fm.organization_id = v.organization_id and fm.forum_id = rounds.forum_id
        where v.round_id = rounds.id and v.is_latest)`.as('submitted'),
      sql<number>`(select count(*) from report_versions v join forum_members fm on fm.organization_id = v.organization_id and fm.forum_id = rounds.forum_id
        where v.round_id = rounds.id and v.is_latest and v.is_late)`.as('late'),
    ]);
}

export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

// Every read of a round (and the lägesbild) runs it: built and compiled once.
const roundById = compiledOnce((db, id: string) => selectRounds(db).where('rounds.id', '=', id));

export async function findRound(db: DbOrTrx, id: string) {
  return (await roundById(db, id))[0];
}

export function listRounds(db: DbOrTrx, forumId: string, status?: 'open' | 'closed') {
  let query = selectRounds(db).where('rounds.forumId', '=', forumId);
  if (status) query = query.where('rounds.status', '=', status);
  return query.orderBy('rounds.periodStart', 'desc').execute();
}

/** The round without its counts or summary, for a write that only needs to know which round it is. */
export function findRoundForUpdate(db: DbOrTrx, id: string) {
  return db
    .selectFrom('rounds')
    .select(['id', 'forumId', 'status', 'deadline', 'summaryUpdatedAt'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findRoundByPeriod(db: DbOrTrx, forumId: string, periodStart: string) {
  return db
    .selectFrom('rounds')
    .select('id')
    .where('forumId', '=', forumId)
    .where('periodStart', '=', periodStart)
    .executeTakeFirst();
}

export async function insertRound(
  db: DbOrTrx,
  values: {
    forumId: string;
    title: string;
    periodStart: string;
    periodEnd: string;
    deadline: Date;
    meetingAt: Date | null;
    isScheduled: boolean;
  },
): Promise<string | undefined> {
  const row = await db
    .insertInto('rounds')
    .values(values)
    .onConflict((oc) => oc.columns(['forumId', 'periodStart']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function updateRound(db: DbOrTrx, id: string, values: Record<string, unknown>) {
  return db.updateTable('rounds').set(values).where('id', '=', id).execute();
}

const previousRound = compiledOnce((db, forumId: string, periodStart: string) =>
  db
    .selectFrom('rounds')
    .select(['id', 'title', 'periodStart', 'periodEnd'])
    .where('forumId', '=', forumId)
    .where('periodStart', '<', periodStart)
    .orderBy('periodStart', 'desc')
    .limit(1),
);

export async function findPreviousRound(db: DbOrTrx, forumId: string, periodStart: string) {
  return (await previousRound(db, forumId, periodStart))[0];
}

/**
 * The lägesbild's rows: every member in the forum's order with its latest submitted version. The
 * latest is asked for with a constant true: as a parameter it hid the partial index on the latest
 * versions from the prepared statement's generic plan, so PostgreSQL planned the statement anew on
 * every run (3.2 ms of planning against 0.8 ms of execution, twice per lägesbild at national scale).
 */
function selectOverviewRows(db: DbOrTrx, roundId: string, forumId: string) {
  return db
    .selectFrom('forumMembers as fm')
    .innerJoin('organizations as o', 'o.id', 'fm.organizationId')
    .leftJoin('reportVersions as v', (join) =>
      join.onRef('v.organizationId', '=', 'o.id').on('v.roundId', '=', roundId).on('v.isLatest', '=', sql.lit(true)),
    )
    .leftJoin('users as u', 'u.id', 'v.submittedBy')
    .leftJoin('reports as r', (join) => join.onRef('r.organizationId', '=', 'o.id').on('r.roundId', '=', roundId))
    .select([
      'o.id as organizationId',
      'o.name as organizationName',
      'o.shortName',
      'o.kind as organizationKind',
      'v.version',
      'v.strainLevel',
      'v.currentSituation',
      'v.challenges',
      'v.input',
      'v.submittedAt',
      'u.name as submittedByName',
      'v.onBehalf',
      'v.isLate',
      sql<boolean>`(r.id is not null and r.submitted_revision is distinct from r.revision)`.as('hasDraft'),
    ])
    .where('fm.forumId', '=', forumId)
    .orderBy('fm.position');
}

export function listOverviewRows(db: DbOrTrx, roundId: string, forumId: string) {
  return selectOverviewRows(db, roundId, forumId).execute();
}

/** The forum's round before the one starting on `periodStart`, as a subquery of its id. */
const previousRoundId = (forumId: string, periodStart: string) =>
  sql<string>`(select pr.id from rounds pr where pr.forum_id = ${forumId} and pr.period_start < ${periodStart}
    order by pr.period_start desc limit 1)`;

/**
 * The lägesbild's rows with, in the same statement, each member's latest version in the previous
 * round (findPreviousRound's): one statement instead of finding that round first and then reading
 * its rows (at national scale each statement costs the app server 1.5–3 ms of CPU, mostly in
 * sending it and waking for its answer).
 */
export function listOverviewRowsWithPrevious(db: DbOrTrx, round: { id: string; forumId: string; periodStart: string }) {
  return overviewRowsWithPrevious(db, round.id, round.forumId, round.periodStart);
}

// Built and compiled once: building, camel-casing and compiling it in Kysely cost the lägesbild
// about as much CPU as parsing its rows.
const overviewRowsWithPrevious = compiledOnce((db, roundId: string, forumId: string, periodStart: string) =>
  selectOverviewRows(db, roundId, forumId)
    .leftJoin('reportVersions as pv', (join) =>
      join
        .onRef('pv.organizationId', '=', 'o.id')
        .on('pv.roundId', '=', previousRoundId(forumId, periodStart))
        .on('pv.isLatest', '=', sql.lit(true)),
    )
    .select(['pv.version as previousVersion', 'pv.strainLevel as previousStrainLevel', 'pv.isLate as previousIsLate']),
);

/**
 * The latest filed figures of a round, one row per indicator with its values as one JSON array:
 * a large forum has thousands of figures, and one JSON document parses far faster than as many rows.
 */
export type LatestValues = { indicatorId: string; entries: [string, number, number | null][] }[];

const latestValuesOf = (roundId: ReturnType<typeof sql>) => sql`
    select u.indicator_id, json_agg(json_build_array(v.organization_id, u.value, u.capacity)) as entries
    from report_versions v
    cross join lateral unnest(v.indicator_ids, v.indicator_values, v.indicator_capacities) as u(indicator_id, value, capacity)
    where v.round_id = ${roundId} and v.is_latest
    group by u.indicator_id`;

/**
 * The latest figures of a round and of the round before it (findPreviousRound's) in one statement:
 * one round trip instead of two after finding that round.
 */
export async function listLatestValuesWithPrevious(
  db: DbOrTrx,
  round: { id: string; forumId: string; periodStart: string },
): Promise<{ current: LatestValues; previous: LatestValues }> {
  const result = await sql<LatestValues[number] & { isPrevious: boolean }>`
    select false as is_previous, * from (${latestValuesOf(sql`${round.id}`)}) this_round
    union all
    select true, * from (${latestValuesOf(previousRoundId(round.forumId, round.periodStart))}) previous_round`.execute(
    db,
  );
  const current: LatestValues = [];
  const previous: LatestValues = [];
  for (const { isPrevious, indicatorId, entries } of result.rows)
    (isPrevious ? previous : current).push({ indicatorId, entries });
  return { current, previous };
}

export function findSchedule(db: DbOrTrx, forumId: string) {
  return db
    .selectFrom('roundSchedules')
    .select(['forumId', 'weekday', 'deadlineTime', 'openDaysBefore', 'isActive'])
    .where('forumId', '=', forumId)
    .executeTakeFirst();
}

export function listActiveSchedules(db: DbOrTrx) {
  return db
    .selectFrom('roundSchedules')
    .innerJoin('forums', 'forums.id', 'roundSchedules.forumId')
    .select(['roundSchedules.forumId', 'weekday', 'deadlineTime', 'openDaysBefore'])
    .where('roundSchedules.isActive', '=', true)
    .where('forums.isActive', '=', true)
    .execute();
}

export function upsertSchedule(
  db: DbOrTrx,
  values: { forumId: string; weekday: number; deadlineTime: string; openDaysBefore: number; isActive: boolean },
) {
  return db
    .insertInto('roundSchedules')
    .values(values)
    .onConflict((oc) => oc.column('forumId').doUpdateSet({ ...values, updatedAt: new Date() }))
    .execute();
}

export function listReporterRecipients(db: DbOrTrx, forumId: string, organizationIds: string[]) {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('forumRoles')
    .innerJoin('users', 'users.id', 'forumRoles.userId')
    .innerJoin('organizations', 'organizations.id', 'users.organizationId')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.locale',
      'users.organizationId',
      'organizations.name as organizationName',
    ])
    .where('forumRoles.forumId', '=', forumId)
    .where('forumRoles.role', '=', 'reporter')
    .where('users.isActive', '=', true)
    .where('users.organizationId', 'in', organizationIds)
    .execute();
}

/** Every mail about the round: its opening, the reminders (by hand and automatic) and its closing. */
export function listOutbox(db: DbOrTrx, roundId: string) {
  return db
    .selectFrom('outbox')
    .leftJoin('organizations', 'organizations.id', 'outbox.organizationId')
    .select([
      'outbox.id',
      'outbox.kind',
      'toEmail',
      'toName',
      'subject',
      'body',
      'outbox.organizationId',
      'organizations.name as organizationName',
      'outbox.createdAt',
      'outbox.status',
      'outbox.attempts',
      'outbox.nextAttemptAt',
      'outbox.lastError',
      'outbox.sentAt',
    ])
    .where('roundId', '=', roundId)
    .orderBy('outbox.createdAt', 'desc')
    .orderBy('toName')
    .execute();
}

export function listCoordinatorRecipients(db: DbOrTrx, forumId: string) {
  return db
    .selectFrom('forumRoles')
    .innerJoin('users', 'users.id', 'forumRoles.userId')
    .select(['users.id', 'users.email', 'users.name', 'users.locale'])
    .where('forumRoles.forumId', '=', forumId)
    .where('forumRoles.role', '=', 'coordinator')
    .where('users.isActive', '=', true)
    .execute();
}

export function findReminderSettings(db: DbOrTrx, forumId: string) {
  return db
    .selectFrom('roundReminderSettings')
    .select(['hoursBefore', 'hoursAfter'])
    .where('forumId', '=', forumId)
    .executeTakeFirst();
}

export function upsertReminderSettings(
  db: DbOrTrx,
  values: { forumId: string; hoursBefore: number | null; hoursAfter: number | null },
) {
  return db
    .insertInto('roundReminderSettings')
    .values(values)
    .onConflict((oc) => oc.column('forumId').doUpdateSet({ ...values, updatedAt: new Date() }))
    .execute();
}

export type ReminderKind = 'reminder_before' | 'reminder_after';

/**
 * Open rounds whose automatic reminder has fallen due and not gone out. A reminder before the
 * deadline is skipped once the deadline has passed, and when the round opened inside its window
 * (the opening mail said the same a moment ago).
 */
export async function listDueReminders(db: DbOrTrx, now: Date) {
  const result = await sql<{ roundId: string; kind: ReminderKind }>`
    select r.id as round_id, 'reminder_before' as kind
    from rounds r
    join round_reminder_settings s on s.forum_id = r.forum_id
    join forums f on f.id = r.forum_id and f.is_active
    where r.status = 'open' and s.hours_before is not null
      and ${now} >= r.deadline - s.hours_before * interval '1 hour' and ${now} < r.deadline
      and r.created_at < r.deadline - s.hours_before * interval '1 hour'
      and not exists (select 1 from round_notices n where n.round_id = r.id and n.kind = 'reminder_before')
    union all
    select r.id, 'reminder_after'
    from rounds r
    join round_reminder_settings s on s.forum_id = r.forum_id
    join forums f on f.id = r.forum_id and f.is_active
    where r.status = 'open' and s.hours_after is not null
      and ${now} >= r.deadline + s.hours_after * interval '1 hour'
      and not exists (select 1 from round_notices n where n.round_id = r.id and n.kind = 'reminder_after')`.execute(db);
  return result.rows;
}

/** Records the notice; false when another run recorded it first, so its mail is not queued twice. */
export async function insertRoundNotice(db: DbOrTrx, roundId: string, kind: ReminderKind): Promise<boolean> {
  const row = await db
    .insertInto('roundNotices')
    .values({ roundId, kind })
    .onConflict((oc) => oc.columns(['roundId', 'kind']).doNothing())
    .returning('roundId')
    .executeTakeFirst();
  return row !== undefined;
}
