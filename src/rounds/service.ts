import { recordAudit, type AuditAction } from '../audit/service.ts';
import { authorId, systemAdmin, type Actor } from '../auth/service.ts';
import { forumErrors } from '../forums/errors.ts';
import { getVisibleForum } from '../forums/service.ts';
import type { Indicator } from '../indicators/schema.ts';
import { appliesTo, listIndicators } from '../indicators/service.ts';
import { renderOverviewPdf, toOverviewDocument } from '../meetings/documents/index.ts';
import type { OrganizationKind } from '../organizations/schema.ts';
import type { Db, DbOrTrx } from '../platform/db.ts';
import type { MailKind, MailStatus } from '../outbox/schema.ts';
import { queueMail } from '../outbox/service.ts';
import { can, permissionsOf } from '../policy/policy.ts';
import { addDays, instantToStockholm, isoWeekday, stockholmToInstant, weekTitle } from '../platform/time.ts';
import { aggregateMethod, compare, median, sum } from './aggregate.ts';
import { roundErrors as errors } from './errors.ts';
import { reminderMail } from './mail.ts';
import { queueRoundClosed, queueRoundOpened } from './notices.ts';
import * as queries from './queries.ts';
import {
  strainLevels,
  type Overview,
  type Round,
  type RoundCreate,
  type RoundRecord,
  type RoundUpdate,
  type Schedule,
  type StrainLevel,
} from './schema.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function mapRound(row: queries.RoundRow): RoundRecord {
  const members = Number(row.members);
  const submitted = Number(row.submitted);
  return {
    id: row.id,
    forumId: row.forumId,
    forumName: row.forumName,
    title: row.title,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    deadline: iso(row.deadline)!,
    meetingAt: iso(row.meetingAt),
    status: row.status as Round['status'],
    closedAt: iso(row.closedAt),
    isPublished: row.isPublished,
    summary: row.summary,
    summaryUpdatedAt: iso(row.summaryUpdatedAt),
    summaryUpdatedByName: row.summaryUpdatedByName,
    isScheduled: row.isScheduled,
    counts: { members, submitted, late: Number(row.late), missing: Math.max(0, members - submitted) },
  };
}

export async function getRound(db: DbOrTrx, id: string): Promise<RoundRecord> {
  const row = await queries.findRound(db, id);
  if (!row) throw errors.notFound();
  return mapRound(row);
}

/** What a report needs of its round: a lägesrapport is written without the round's counts. */
export interface RoundHeader {
  id: string;
  forumId: string;
  title: string;
  periodStart: string;
  deadline: string;
  status: Round['status'];
  isPublished: boolean;
}

/**
 * The round as getVisibleRound checks it, from the columns of a round another domain read in a
 * statement of its own (a report reads its round together with everything else it needs).
 */
export function visibleRoundHeader(
  actor: Actor,
  row: Omit<RoundHeader, 'deadline' | 'status'> & { deadline: Date | string; status: string },
): RoundHeader {
  const round: RoundHeader = {
    id: row.id,
    forumId: row.forumId,
    title: row.title,
    periodStart: row.periodStart,
    deadline: iso(row.deadline)!,
    status: row.status as Round['status'],
    isPublished: row.isPublished,
  };
  if (!can(actor, 'round.view', round)) throw forumErrors.forbiddenView();
  return round;
}

/** The round as the actor may see it: a reader gets the summering only once the round is published. */
function presentRound(actor: Actor, round: RoundRecord): Round {
  const permissions = permissionsOf.round(actor, round);
  if (can(actor, 'round.viewSummary', round)) return { ...round, permissions };
  return { ...round, summary: '', summaryUpdatedAt: null, summaryUpdatedByName: null, permissions };
}

export async function getVisibleRound(db: DbOrTrx, actor: Actor, id: string): Promise<Round> {
  const round = await getRound(db, id);
  if (!can(actor, 'round.view', round)) throw forumErrors.forbiddenView();
  return presentRound(actor, round);
}

export async function listRounds(db: Db, actor: Actor, forumId: string, status?: 'open' | 'closed'): Promise<Round[]> {
  await getVisibleForum(db, actor, forumId);
  return (await queries.listRounds(db, forumId, status)).map((row) => presentRound(actor, mapRound(row)));
}

function assertManager(actor: Actor, forumId: string) {
  if (!can(actor, 'round.manage', { forumId })) throw errors.forbiddenManage();
}

export async function createRound(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  input: RoundCreate;
  /** Where the app is reached, for the links in the mail to the reporters. */
  appUrl: string;
}): Promise<Round> {
  const { db, actor, forumId, input } = options;
  await getVisibleForum(db, actor, forumId);
  assertManager(actor, forumId);
  return db.transaction().execute(async (trx) => {
    const title = input.title || weekTitle(input.periodStart);
    const id = await queries.insertRound(trx, {
      forumId,
      title,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      deadline: stockholmToInstant(input.deadlineDate, input.deadlineTime),
      meetingAt: input.meetingAt ? new Date(input.meetingAt) : null,
      isScheduled: false,
    });
    if (!id) throw errors.periodTaken(title);
    const created = await getRound(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'round',
      entityId: id,
      entityLabel: `${created.forumName} ${title}`,
      forumId,
      after: created,
    });
    await queueRoundOpened(trx, created, options.appUrl);
    return presentRound(actor, created);
  });
}

function describeUpdate(input: RoundUpdate, before: RoundRecord): AuditAction {
  if (input.status === 'closed' && before.status === 'open') return 'close';
  if (input.status === 'open' && before.status === 'closed') return 'reopen';
  if (input.isPublished === true && !before.isPublished) return 'publish';
  if (input.isPublished === false && before.isPublished) return 'unpublish';
  return 'update';
}

export async function updateRound(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: RoundUpdate;
  /** Where the app is reached, for the link in the mail to the coordinators when the round closes. */
  appUrl: string;
}): Promise<Round> {
  const { db, actor, id, input } = options;
  return db.transaction().execute(async (trx) => {
    const before = await getRound(trx, id);
    assertManager(actor, before.forumId);
    const values: Record<string, unknown> = {};
    if (input.title !== undefined) values.title = input.title;
    if (input.deadlineDate && input.deadlineTime)
      values.deadline = stockholmToInstant(input.deadlineDate, input.deadlineTime);
    if (input.meetingAt !== undefined) values.meetingAt = input.meetingAt ? new Date(input.meetingAt) : null;
    if (input.isPublished !== undefined) values.isPublished = input.isPublished;
    if (input.status !== undefined && input.status !== before.status) {
      values.status = input.status;
      values.closedAt = input.status === 'closed' ? new Date() : null;
    }
    if (Object.keys(values).length > 0) await queries.updateRound(trx, id, values);
    const after = await getRound(trx, id);
    if (after.status === 'closed' && before.status === 'open') await queueRoundClosed(trx, after, options.appUrl);
    await recordAudit(trx, {
      actor,
      action: describeUpdate(input, before),
      entityType: 'round',
      entityId: id,
      entityLabel: `${after.forumName} ${after.title}`,
      forumId: after.forumId,
      before,
      after,
    });
    return presentRound(actor, after);
  });
}

export async function updateSummary(options: {
  db: Db;
  actor: Actor;
  id: string;
  summary: string;
  expectedUpdatedAt: string | null;
}): Promise<Round> {
  const { db, actor, id } = options;
  return db.transaction().execute(async (trx) => {
    const locked = await queries.findRoundForUpdate(trx, id);
    if (!locked) throw errors.notFound();
    assertManager(actor, locked.forumId);
    const before = await getRound(trx, id);
    if (before.summaryUpdatedAt !== options.expectedUpdatedAt) {
      const at = before.summaryUpdatedAt ? instantToStockholm(new Date(before.summaryUpdatedAt)) : null;
      throw errors.summaryConflict(before.summaryUpdatedByName, at ? `${at.date} ${at.time}` : null);
    }
    await queries.updateRound(trx, id, {
      summary: options.summary,
      summaryUpdatedAt: new Date(),
      summaryUpdatedBy: authorId(actor),
    });
    const after = await getRound(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'update_summary',
      entityType: 'round',
      entityId: id,
      entityLabel: `${after.forumName} ${after.title}`,
      forumId: after.forumId,
      before: { summary: before.summary },
      after: { summary: after.summary },
    });
    return presentRound(actor, after);
  });
}

/** Sums and medians of decimals pick up float noise (16.700000000000003); three decimals is plenty. */
const round3 = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

type Aggregate = Overview['indicators'][number]['total'];

/** One indicator's figures in a round, one entry per row of the lägesbild (null = not reported). */
interface RowFigures {
  values: (number | null)[];
  capacities: (number | null)[];
}

/**
 * A total or median of one group of organisations (`group`: their rows). The change is like for
 * like: it compares only the organisations that reported the figure in both rounds, so a median
 * over one of six kommuner is never set against one over five. One pass over the group's rows, in
 * their order (sums of decimals depend on it): a large forum's lägesbild has tens of groups.
 */
function buildAggregate(options: {
  indicator: Indicator;
  group: number[];
  current: RowFigures;
  previous: RowFigures | null;
}): Aggregate {
  const { indicator, group, current, previous } = options;
  const method = aggregateMethod(indicator.kind);
  const combine = (numbers: number[]) => round3(method === 'sum' ? sum(numbers) : median(numbers));
  const now: number[] = [];
  const capacities: number[] = [];
  const before: number[] = [];
  const bothNow: number[] = [];
  const bothBefore: number[] = [];
  for (const row of group) {
    const value = current.values[row]!;
    if (value !== null) {
      now.push(value);
      const capacity = current.capacities[row]!;
      if (capacity !== null) capacities.push(capacity);
    }
    const earlier = previous ? previous.values[row]! : null;
    if (earlier === null) continue;
    before.push(earlier);
    if (value === null) continue;
    bothNow.push(value);
    bothBefore.push(earlier);
  }
  const comparison =
    bothNow.length > 0
      ? compare(combine(bothNow), combine(bothBefore), indicator.higherIs)
      : compare(null, null, indicator.higherIs);
  return {
    method,
    value: combine(now),
    capacity: indicator.kind === 'capacity' ? sum(capacities) : null,
    reported: now.length,
    expected: group.length,
    previousValue: previous ? combine(before) : null,
    comparedOver: bothNow.length,
    ...comparison,
  };
}

export async function getOverview(db: Db, actor: Actor, id: string): Promise<Overview> {
  const round = await getVisibleRound(db, actor, id);
  if (!can(actor, 'round.viewOverview', round)) throw errors.notPublished();
  return buildOverview(db, round);
}

/** The lägesbild as an A4 PDF, for whoever may read it; rendered off the request thread like the minutes. */
export async function renderOverview(db: Db, actor: Actor, id: string): Promise<{ body: Buffer; filename: string }> {
  const overview = await getOverview(db, actor, id);
  const body = await renderOverviewPdf(toOverviewDocument(overview, new Date()));
  const filename = `Lägesbild ${overview.round.forumName} ${overview.round.title}.pdf`.replace(/[/\\:*?"<>|]/g, '-');
  return { body, filename };
}

/**
 * The lägesbild without a permission check. Minutes carry the lägesbild their meeting discussed as
 * part of the record, so whoever may read the minutes reads it there (see meetings/snapshot.ts).
 */
export async function getOverviewForMinutes(db: DbOrTrx, roundId: string): Promise<Overview> {
  return buildOverview(db, presentRound(systemAdmin, await getRound(db, roundId)));
}

const strainOrder = (level: string | null) => (level === null ? null : strainLevels.indexOf(level as StrainLevel));
const reportStatus = (row: { version: number | null; isLate: boolean | null }) =>
  row.version === null ? ('missing' as const) : row.isLate ? ('late' as const) : ('submitted' as const);

/** Each indicator's figures, lined up with the lägesbild's rows (`rowOf`: an organisation's row); a non-member has none. */
function figuresByRow(values: queries.LatestValues, rowOf: Map<string, number>): Map<string, RowFigures> {
  const byIndicator = new Map<string, RowFigures>();
  for (const { indicatorId, entries } of values) {
    let figures = byIndicator.get(indicatorId);
    if (!figures) byIndicator.set(indicatorId, (figures = noFigures(rowOf.size)));
    for (const [organizationId, value, capacity] of entries) {
      const row = rowOf.get(organizationId);
      if (row === undefined) continue;
      figures.values[row] = Number(value);
      figures.capacities[row] = capacity === null ? null : Number(capacity);
    }
  }
  return byIndicator;
}

const noFigures = (rows: number): RowFigures => ({
  values: new Array<number | null>(rows).fill(null),
  capacities: new Array<number | null>(rows).fill(null),
});

async function buildOverview(db: DbOrTrx, round: Round): Promise<Overview> {
  // The previous round's rows and figures come in the statements of this round's (found there by
  // the same query as findPreviousRound's), all beside one another: one round trip before the
  // answer, four statements.
  const [rows, indicators, values, found] = await Promise.all([
    queries.listOverviewRowsWithPrevious(db, round),
    listIndicators(db, round.forumId),
    queries.listLatestValuesWithPrevious(db, round),
    queries.findPreviousRound(db, round.forumId, round.periodStart),
  ]);
  const previous = found ?? null;
  const previousRows = previous
    ? rows.map((row) => ({
        organizationId: row.organizationId,
        version: row.previousVersion,
        isLate: row.previousIsLate,
        strainLevel: row.previousStrainLevel,
      }))
    : [];
  const strainCounts: Record<StrainLevel, number> = { normal: 0, strained: 0, very_strained: 0, critical: 0 };
  for (const row of rows) if (row.strainLevel) strainCounts[row.strainLevel as StrainLevel]++;

  const previousByOrganization = new Map(previousRows.map((r) => [r.organizationId, r]));
  const reportedNow = new Set(rows.filter((r) => r.version !== null).map((r) => r.organizationId));
  const reportedBefore = new Set(previousRows.filter((r) => r.version !== null).map((r) => r.organizationId));
  const reportedBoth = [...reportedNow].filter((o) => reportedBefore.has(o)).length;
  const isPreviousPeriod = previous !== null && addDays(previous.periodEnd, 1) === round.periodStart;
  // A member appears once in the forum's rows (forum_members' key).
  const rowOf = new Map(rows.map((row, i) => [row.organizationId, i]));
  const current = figuresByRow(values.current, rowOf);
  const before = previous ? figuresByRow(values.previous, rowOf) : null;
  const none = noFigures(rows.length);
  const kinds = rows.map((row) => row.organizationKind as OrganizationKind);
  const rowIndexes = rows.map((_, i) => i);

  return {
    round,
    previousRound: previous && {
      id: previous.id,
      title: previous.title,
      periodStart: previous.periodStart,
      periodEnd: previous.periodEnd,
      isPreviousPeriod,
      reportedBoth,
      reportedOnlyNow: reportedNow.size - reportedBoth,
      reportedOnlyBefore: reportedBefore.size - reportedBoth,
      isComparable: isPreviousPeriod && reportedBoth === reportedNow.size && reportedBoth === reportedBefore.size,
    },
    strainCounts,
    rows: rows.map((row) => {
      const earlier = previous ? previousByOrganization.get(row.organizationId) : undefined;
      const [now, then] = [strainOrder(row.strainLevel), strainOrder(earlier?.strainLevel ?? null)];
      return {
        organizationId: row.organizationId,
        organizationName: row.organizationName,
        shortName: row.shortName,
        organizationKind: row.organizationKind as OrganizationKind,
        status: reportStatus(row),
        hasDraft: Boolean(row.hasDraft),
        strainLevel: row.strainLevel as StrainLevel | null,
        currentSituation: row.currentSituation,
        challenges: row.challenges,
        input: row.input,
        version: row.version,
        submittedAt: iso(row.submittedAt),
        submittedByName: row.submittedByName,
        onBehalf: Boolean(row.onBehalf),
        previous: earlier
          ? { status: reportStatus(earlier), strainLevel: earlier.strainLevel as StrainLevel | null }
          : null,
        strainChange: now === null || then === null ? null : now > then ? 'worse' : now < then ? 'better' : 'same',
      };
    }),
    indicators: indicators.map((indicator) => {
      const own = current.get(indicator.id) ?? none;
      const earlier = before ? (before.get(indicator.id) ?? none) : null;
      const expected = rowIndexes.filter((i) => appliesTo(indicator, kinds[i]!));
      const groupKinds = [...new Set(expected.map((i) => kinds[i]!))];
      const aggregate = (group: number[]) => buildAggregate({ indicator, group, current: own, previous: earlier });
      // Row-aligned arrays keep the lägesbild of a large forum small: no organisation id per figure.
      return {
        indicator,
        values: own.values,
        capacities: indicator.kind === 'capacity' ? own.capacities : null,
        previousValues: earlier ? earlier.values : null,
        groups: groupKinds.map((kind) => ({
          organizationKind: kind,
          ...aggregate(expected.filter((i) => kinds[i] === kind)),
        })),
        total: aggregate(expected),
      };
    }),
  };
}

export async function sendReminders(options: {
  db: Db;
  actor: Actor;
  roundId: string;
  organizationIds?: string[];
  message?: string;
  /** Where the app is reached, for the link in the mail. */
  appUrl: string;
}) {
  const { db, actor, roundId } = options;
  const round = await getRound(db, roundId);
  assertManager(actor, round.forumId);
  if (round.status === 'closed') throw errors.closed();
  const rows = await queries.listOverviewRows(db, roundId, round.forumId);
  const missing = rows.filter((r) => r.version === null);
  const chosen = options.organizationIds ?? missing.map((r) => r.organizationId);
  if (chosen.some((id) => !rows.some((r) => r.organizationId === id))) throw errors.unknownOrganizations();
  const recipients = await queries.listReporterRecipients(db, round.forumId, chosen);
  const deadline = instantToStockholm(new Date(round.deadline));
  return db.transaction().execute(async (trx) => {
    await queueMail(
      trx,
      recipients.map((r) => {
        const locale = r.locale === 'en' ? 'en' : 'sv';
        return {
          kind: 'report_reminder',
          userId: r.id,
          toEmail: r.email,
          toName: r.name,
          locale,
          content: reminderMail({
            locale,
            round,
            deadline,
            recipientName: r.name,
            organizationName: r.organizationName,
            senderName: actor.name,
            message: options.message,
            url: `${options.appUrl}/avstamningar/${roundId}/rapport/${r.organizationId}`,
          }),
          forumId: round.forumId,
          roundId,
          organizationId: r.organizationId,
          createdBy: authorId(actor),
        };
      }),
    );
    const organizationsWithoutReporter = chosen.filter((id) => !recipients.some((r) => r.organizationId === id));
    await recordAudit(trx, {
      actor,
      action: 'send_reminders',
      entityType: 'round',
      entityId: roundId,
      entityLabel: `${round.forumName} ${round.title}`,
      forumId: round.forumId,
      after: { recipients: recipients.map((r) => r.email), organizationIds: chosen },
    });
    return {
      queued: recipients.length,
      organizationsWithoutReporter: rows
        .filter((r) => organizationsWithoutReporter.includes(r.organizationId))
        .map((r) => r.organizationName),
    };
  });
}

export async function listReminders(db: Db, actor: Actor, roundId: string) {
  const round = await getRound(db, roundId);
  assertManager(actor, round.forumId);
  return (await queries.listOutbox(db, roundId)).map((row) => ({
    ...row,
    kind: row.kind as MailKind,
    status: row.status as MailStatus,
    createdAt: iso(row.createdAt)!,
    nextAttemptAt: row.status === 'queued' ? iso(row.nextAttemptAt) : null,
    sentAt: iso(row.sentAt),
  }));
}

export async function getSchedule(db: Db, actor: Actor, forumId: string): Promise<Schedule | null> {
  await getVisibleForum(db, actor, forumId);
  const row = await queries.findSchedule(db, forumId);
  return row
    ? {
        weekday: row.weekday,
        deadlineTime: row.deadlineTime,
        openDaysBefore: row.openDaysBefore,
        isActive: row.isActive,
      }
    : null;
}

export async function setSchedule(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  schedule: Schedule;
  appUrl: string;
}): Promise<Schedule> {
  const { db, actor, forumId, schedule } = options;
  await getVisibleForum(db, actor, forumId);
  assertManager(actor, forumId);
  const before = await queries.findSchedule(db, forumId);
  await db.transaction().execute(async (trx) => {
    await queries.upsertSchedule(trx, { forumId, ...schedule });
    await recordAudit(trx, {
      actor,
      action: before ? 'update' : 'create',
      entityType: 'round_schedule',
      entityId: forumId,
      forumId,
      before: before ?? null,
      after: schedule,
    });
  });
  await openScheduledRounds(db, new Date(), options.appUrl);
  return schedule;
}

/** The next deadline of a weekly schedule at or after `now`, as a Stockholm date. */
export function nextScheduledDeadline(
  schedule: { weekday: number; deadlineTime: string },
  now: Date,
): { date: string; deadline: Date } {
  let date = instantToStockholm(now).date;
  for (let i = 0; i < 8; i++) {
    if (isoWeekday(date) === schedule.weekday) {
      const deadline = stockholmToInstant(date, schedule.deadlineTime);
      if (deadline > now) return { date, deadline };
    }
    date = addDays(date, 1);
  }
  throw new Error('unreachable: a weekday recurs within 8 days');
}

/**
 * Opens the round of each active weekly schedule once its opening day has come, and tells the
 * reporters. Safe to call from any number of processes at once: the unique (forum, period)
 * constraint lets only one insert win, and the mail is queued in the winner's transaction.
 */
export async function openScheduledRounds(db: Db, now: Date, appUrl: string): Promise<number> {
  let opened = 0;
  for (const schedule of await queries.listActiveSchedules(db)) {
    const { date, deadline } = nextScheduledDeadline(schedule, now);
    const opensAt = stockholmToInstant(addDays(date, -schedule.openDaysBefore), '00:00');
    if (now < opensAt) continue;
    const periodStart = addDays(date, 1 - isoWeekday(date));
    if (await queries.findRoundByPeriod(db, schedule.forumId, periodStart)) continue;
    await db.transaction().execute(async (trx) => {
      const id = await queries.insertRound(trx, {
        forumId: schedule.forumId,
        title: weekTitle(periodStart),
        periodStart,
        periodEnd: addDays(periodStart, 6),
        deadline,
        meetingAt: null,
        isScheduled: true,
      });
      if (!id) return;
      opened++;
      await recordAudit(trx, {
        actor: systemAdmin,
        action: 'create',
        entityType: 'round',
        entityId: id,
        entityLabel: weekTitle(periodStart),
        forumId: schedule.forumId,
        after: { periodStart, deadline: deadline.toISOString(), scheduled: true },
      });
      await queueRoundOpened(trx, await getRound(trx, id), appUrl);
    });
  }
  return opened;
}
