import { diffWords } from 'diff';
import { auditEntryWith, editingSessionWith, newEntityEntryWith } from '../audit/service.ts';
import { authorId, type Actor } from '../auth/service.ts';
import type { Indicator } from '../indicators/schema.ts';
import { appliesTo, mapIndicator } from '../indicators/service.ts';
import type { OrganizationKind } from '../organizations/schema.ts';
import type { Db, DbOrTrx } from '../platform/db.ts';
import type { LocalizedMessage } from '../platform/errors.ts';
import { announceCommitted } from '../live/service.ts';
import { instantToStockholm } from '../platform/time.ts';
import { can, permissionsOf } from '../policy/policy.ts';
import { roundErrors } from '../rounds/errors.ts';
import type { StrainLevel } from '../rounds/schema.ts';
import { visibleRoundHeader, type RoundHeader } from '../rounds/service.ts';
import { reportErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import type { Report, ReportDraft } from './schema.ts';
import { checkValue, toStoredValues } from './values.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Autosaves closer together than this are one editing session in the audit log. */
const EDITING_SESSION_IDLE_MS = 30 * 60 * 1000;

interface ReportContext {
  round: RoundHeader;
  organization: { id: string; name: string; kind: OrganizationKind };
  indicators: Indicator[];
}

/** The policy's view of the report an actor asks about. */
function reportTarget(ctx: ReportContext) {
  return { forumId: ctx.round.forumId, organizationId: ctx.organization.id, roundStatus: ctx.round.status };
}

/**
 * The round, the organisation and its indicators: one statement, or none when `read` holds what the
 * session lookup read for the route (contextRead; null: no such round).
 */
async function loadContext(
  db: DbOrTrx,
  actor: Actor,
  roundId: string,
  organizationId: string,
  read?: unknown,
): Promise<ReportContext> {
  return contextOf(
    actor,
    await queries.findReportContext(db, roundId, organizationId, read as queries.ContextRow | null | undefined),
  );
}

/** What a draft save reads with the session (see auth.SessionCompanion): the report's context. */
export const contextRead = { select: queries.contextJson, params: ['roundId', 'organizationId'] } as const;
/** What a submit reads with the session: the report's context and the report. */
export const submitContextRead = { select: queries.submitContextJson, params: ['roundId', 'organizationId'] } as const;

function contextOf(actor: Actor, row: queries.ContextRow | undefined): ReportContext {
  if (!row) throw roundErrors.notFound();
  const round = visibleRoundHeader(actor, row);
  if (!row.organization) throw errors.notMember();
  const kind = row.organization.kind as OrganizationKind;
  const indicators = row.indicators.map(mapIndicator).filter((i) => appliesTo(i, kind));
  return { round, organization: { ...row.organization, kind }, indicators };
}

function toReport(
  ctx: ReportContext,
  actor: Actor,
  row: queries.ReportRow | undefined,
  versions: queries.VersionSummary[],
  previous: queries.PreviousReport | undefined,
): Report {
  const stored = row?.values ?? {};
  return {
    id: row?.id ?? null,
    roundId: ctx.round.id,
    roundTitle: ctx.round.title,
    roundStatus: ctx.round.status,
    deadline: ctx.round.deadline,
    forumId: ctx.round.forumId,
    organizationId: ctx.organization.id,
    organizationName: ctx.organization.name,
    currentSituation: row?.currentSituation ?? '',
    challenges: row?.challenges ?? '',
    input: row?.input ?? '',
    strainLevel: (row?.strainLevel ?? null) as StrainLevel | null,
    values: ctx.indicators.map((i) => ({
      indicatorId: i.id,
      value: stored[i.id]?.value ?? null,
      capacity: stored[i.id]?.capacity ?? null,
    })),
    revision: row?.revision ?? 0,
    updatedAt: iso(row?.updatedAt ?? null),
    updatedByName: row?.updatedByName ?? null,
    submittedVersion: row?.submittedVersion ?? 0,
    hasUnsubmittedChanges: row ? row.submittedRevision !== row.revision : false,
    versions: versions.map((v) => ({ ...v, submittedAt: iso(v.submittedAt)! })),
    indicators: ctx.indicators,
    permissions: permissionsOf.report(actor, reportTarget(ctx)),
    hasPreviousReport: previous !== undefined,
    previousReport: previous
      ? { roundTitle: previous.title, version: previous.version, submittedAt: iso(previous.submittedAt)! }
      : null,
  };
}

async function readReport(db: DbOrTrx, actor: Actor, ctx: ReportContext): Promise<Report> {
  const row = await queries.findReport(db, ctx.round.id, ctx.organization.id);
  const [versions, previous] = await Promise.all([
    row ? queries.listVersions(db, row.id) : Promise.resolve([]),
    queries.findPreviousSubmitted(db, ctx.round.forumId, ctx.round.periodStart, ctx.organization.id),
  ]);
  return toReport(ctx, actor, row, versions, previous);
}

export async function getReport(options: {
  db: Db;
  actor: Actor;
  roundId: string;
  organizationId: string;
}): Promise<Report> {
  const { db, actor, roundId, organizationId } = options;
  const ctx = await loadContext(db, actor, roundId, organizationId);
  if (!can(actor, 'report.write', reportTarget(ctx))) throw errors.forbiddenRead();
  return readReport(db, actor, ctx);
}

function validateValues(ctx: ReportContext, values: ReportDraft['values']) {
  const byId = new Map(ctx.indicators.map((i) => [i.id, i]));
  values.forEach((entry, index) => {
    const indicator = byId.get(entry.indicatorId);
    if (!indicator) {
      throw errors.invalidValue(`body.values.${index}.indicatorId`, {
        sv: 'Indikatorn finns inte eller gäller inte den här organisationen.',
        en: 'The indicator does not exist or does not apply to this organisation.',
      });
    }
    if (entry.value === null) return;
    const problem = checkValue(indicator, entry.value, entry.capacity);
    if (problem) throw errors.invalidValue(`body.values.${index}.value`, problem);
  });
}

function assertWritable(ctx: ReportContext, actor: Actor) {
  if (!can(actor, 'report.write', reportTarget(ctx))) throw errors.forbiddenWrite();
  if (ctx.round.status === 'closed') throw roundErrors.closed();
}

async function conflict(db: DbOrTrx, ctx: ReportContext) {
  const current = await queries.findReport(db, ctx.round.id, ctx.organization.id);
  const instant = current ? new Date(current.updatedAt) : new Date();
  const at = instantToStockholm(instant);
  return errors.conflict(current?.updatedByName ?? null, {
    sv: `${at.date} kl. ${at.time}`,
    en: `${at.date} ${at.time}`,
    iso: instant.toISOString(),
  });
}

/**
 * Saves the working copy, and records it in the editor's session entry, in one statement when
 * `revision` is still current; a concurrent save gets a 409 instead.
 */
export async function saveDraft(options: {
  db: Db;
  actor: Actor;
  roundId: string;
  organizationId: string;
  draft: ReportDraft;
  /** The context as read with the session (contextRead), when it was. */
  read?: unknown;
}): Promise<Report> {
  const { db, actor, roundId, organizationId, draft } = options;
  const ctx = await loadContext(db, actor, roundId, organizationId, options.read);
  assertWritable(ctx, actor);
  validateValues(ctx, draft.values);
  const written = await queries.saveDraft(db, {
    roundId: ctx.round.id,
    organizationId: ctx.organization.id,
    forumId: ctx.round.forumId,
    periodStart: ctx.round.periodStart,
    revision: draft.revision,
    updatedBy: actor.id,
    fields: {
      currentSituation: draft.currentSituation,
      challenges: draft.challenges,
      input: draft.input,
      strainLevel: draft.strainLevel,
      values: toStoredValues(draft.values),
    },
    entry: { actorUserId: authorId(actor), actorName: actor.name, entityLabel: entityLabel(ctx) },
    audit: draftSaveAudit,
    firstAudit: firstDraftSaveAudit,
  });
  if (!written) throw await conflict(db, ctx);
  const { versions, previous, ...row } = written;
  return toReport(ctx, actor, { ...row, updatedByName: actor.name }, versions, previous ?? undefined);
}

/** What a draft save's entry records (the statement is compiled once with it, see queries.saveDraft). */
const draftEntry = (write: queries.DraftWrite, entry: queries.DraftAuditEntry) => ({
  // The actor's id as authorId gave it (see the entry's actorUserId).
  actor: { id: entry.actorUserId!, name: entry.actorName },
  action: 'save_draft' as const,
  entityType: 'report' as const,
  entityId: write.reportId,
  entityLabel: entry.entityLabel,
  forumId: entry.forumId,
  before: write.before,
  after: write.after,
});

/** A draft save's entry: one per editing session. */
const draftSaveAudit: queries.DraftAudit = (write, entry) =>
  // A submit committed while this statement ran is an entry it cannot see; a new session starts after it.
  editingSessionWith(draftEntry(write, entry), { idleMs: EDITING_SESSION_IDLE_MS, mayExtend: write.isSubmittedAsSeen });

/** The entry of the draft save that creates the report: a new report has no session to extend. */
const firstDraftSaveAudit: queries.DraftAudit = (write, entry) => newEntityEntryWith(draftEntry(write, entry));

const entityLabel = (ctx: ReportContext) => `${ctx.organization.name}, ${ctx.round.title}`;

function snapshot(row: queries.ReportRow) {
  return {
    currentSituation: row.currentSituation,
    challenges: row.challenges,
    input: row.input,
    strainLevel: row.strainLevel,
    values: row.values,
    revision: row.revision,
  };
}

function completenessProblems(row: queries.ReportRow): { path: string; message: LocalizedMessage }[] {
  const problems: { path: string; message: LocalizedMessage }[] = [];
  if (!row.strainLevel)
    problems.push({
      path: 'body.strainLevel',
      message: {
        sv: 'Välj ett läge (normalläge, ansträngt, mycket ansträngt eller kritiskt).',
        en: 'Choose a strain level.',
      },
    });
  if (!row.currentSituation.trim())
    problems.push({
      path: 'body.currentSituation',
      message: { sv: 'Beskriv nuläget.', en: 'Describe the current situation.' },
    });
  return problems;
}

function readForSubmit(db: DbOrTrx, ctx: ReportContext) {
  return queries.findReportForSubmit(db, {
    roundId: ctx.round.id,
    organizationId: ctx.organization.id,
    forumId: ctx.round.forumId,
    periodStart: ctx.round.periodStart,
  });
}

/** The report as read, when it can be submitted at `revision`; otherwise the reason it cannot. */
async function submittable(db: DbOrTrx, ctx: ReportContext, row: queries.SubmitRow | undefined, revision: number) {
  if (!row) throw errors.nothingToSubmit();
  if (row.revision !== revision) throw await conflict(db, ctx);
  if (row.submittedRevision === row.revision) throw errors.nothingToSubmit();
  const problems = completenessProblems(row);
  if (problems.length > 0) throw errors.incomplete(problems);
  return row;
}

export async function submitReport(options: {
  db: Db;
  actor: Actor;
  roundId: string;
  organizationId: string;
  revision: number;
  /** The context and the report as read with the session (submitContextRead), when they were. */
  read?: unknown;
}): Promise<Report> {
  const { db, actor, roundId, organizationId, revision } = options;
  // The context and the report in one read; the write then files only if the report is still as read.
  const read = await queries.findSubmitContext(
    db,
    roundId,
    organizationId,
    options.read as Parameters<typeof queries.findSubmitContext>[3],
  );
  const ctx = contextOf(actor, read?.context);
  assertWritable(ctx, actor);
  const row = await submittable(db, ctx, read?.report, revision);
  const version = row.submittedVersion + 1;
  // Lateness belongs to the first submission; an amendment keeps it.
  const isLate =
    version > 1 && row.latestIsLate !== null ? row.latestIsLate : new Date() > new Date(ctx.round.deadline);
  const stored = row.values;
  const values = ctx.indicators
    .filter((i) => stored[i.id]?.value !== null && stored[i.id]?.value !== undefined)
    .map((i) => ({ indicatorId: i.id, value: stored[i.id]!.value!, capacity: stored[i.id]!.capacity }));
  const onBehalf = !can(actor, 'report.isOwn', reportTarget(ctx));
  const submittedAt = await queries.fileVersion(db, {
    reportId: row.id,
    version,
    roundId,
    organizationId,
    currentSituation: row.currentSituation,
    challenges: row.challenges,
    input: row.input,
    strainLevel: row.strainLevel!,
    submittedBy: actor.id,
    onBehalf,
    isLate,
    values,
    revision,
    audit: (filedReportId) =>
      auditEntryWith({
        actor,
        action: version === 1 ? 'submit' : 'amend',
        entityType: 'report',
        entityId: filedReportId,
        entityLabel: entityLabel(ctx),
        forumId: ctx.round.forumId,
        after: { version, onBehalf, isLate, ...snapshot(row) },
      }),
  });
  if (!submittedAt) {
    // Saved or submitted since it was read: the answer is what the report is now.
    await submittable(db, ctx, await readForSubmit(db, ctx), revision);
    throw await conflict(db, ctx);
  }
  // Committed: the statement ran on its own. The audit trigger leaves report submissions to this.
  announceCommitted(db, { entityType: 'report', entityId: row.id, action: version === 1 ? 'submit' : 'amend' });
  const versions = [...row.versions, { version, submittedAt, submittedByName: actor.name, onBehalf, isLate }];
  return toReport(
    ctx,
    actor,
    { ...row, submittedVersion: version, submittedRevision: row.revision },
    versions,
    row.previous ?? undefined,
  );
}

/** "Inget nytt": the working copy starts from the organisation's previous submitted report. */
export async function copyPrevious(options: {
  db: Db;
  actor: Actor;
  roundId: string;
  organizationId: string;
  revision: number;
}): Promise<Report> {
  const { db, actor, roundId, organizationId, revision } = options;
  const ctx = await loadContext(db, actor, roundId, organizationId);
  assertWritable(ctx, actor);
  const previous = await queries.findPreviousSubmitted(db, ctx.round.forumId, ctx.round.periodStart, organizationId);
  if (!previous) throw errors.noPrevious();
  const previousValues = await queries.findVersionValues(db, previous.reportId, previous.version);
  const values = previousValues
    .filter((v) => ctx.indicators.some((i) => i.id === v.indicatorId))
    .map((v) => ({
      indicatorId: v.indicatorId,
      value: Number(v.value),
      capacity: v.capacity === null ? null : Number(v.capacity),
    }));
  return saveDraft({
    db,
    actor,
    roundId,
    organizationId,
    draft: {
      revision,
      currentSituation: previous.currentSituation,
      challenges: previous.challenges,
      input: previous.input,
      strainLevel: previous.strainLevel as StrainLevel,
      values,
    },
  });
}

export async function diffVersions(options: {
  db: Db;
  actor: Actor;
  roundId: string;
  organizationId: string;
  from: number;
  to: number;
}) {
  const { db, actor, roundId, organizationId, from, to } = options;
  const report = await getReport({ db, actor, roundId, organizationId });
  if (!report.id) throw errors.versionNotFound();
  const [a, b] = await Promise.all([queries.findVersion(db, report.id, from), queries.findVersion(db, report.id, to)]);
  if (!a || !b) throw errors.versionNotFound();
  const [valuesA, valuesB] = await Promise.all([
    queries.findVersionValues(db, report.id, from),
    queries.findVersionValues(db, report.id, to),
  ]);
  const fields = (['currentSituation', 'challenges', 'input', 'strainLevel'] as const).map((field) => {
    const parts = diffWords(a[field] ?? '', b[field] ?? '').map((p) => ({
      value: p.value,
      added: Boolean(p.added),
      removed: Boolean(p.removed),
    }));
    return { field, changed: parts.some((p) => p.added || p.removed), parts };
  });
  const indicatorIds = [...new Set([...valuesA, ...valuesB].map((v) => v.indicatorId))];
  const num = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  const values = indicatorIds
    .map((indicatorId) => {
      const before = valuesA.find((v) => v.indicatorId === indicatorId);
      const after = valuesB.find((v) => v.indicatorId === indicatorId);
      return {
        indicatorId,
        before: num(before?.value),
        after: num(after?.value),
        beforeCapacity: num(before?.capacity),
        afterCapacity: num(after?.capacity),
      };
    })
    .filter((v) => v.before !== v.after || v.beforeCapacity !== v.afterCapacity);
  return { from, to, fields, values };
}

/** The open rounds in which the user's organisation is expected to report, for the start page. */
export async function listMyReporting(db: Db, actor: Actor) {
  const forumIds = actor.forumRoles.filter((r) => r.role === 'reporter').map((r) => r.forumId);
  const rows = await queries.listOpenReportingRounds(db, actor.organizationId, forumIds);
  return rows.map((r) => ({
    roundId: r.roundId,
    title: r.title,
    deadline: iso(r.deadline)!,
    forumId: r.forumId,
    forumName: r.forumName,
    organizationId: actor.organizationId,
    status: !r.submittedVersion
      ? r.revision
        ? 'draft'
        : 'not_started'
      : r.submittedRevision === r.revision
        ? 'submitted'
        : 'amendment_draft',
  })) as {
    roundId: string;
    title: string;
    deadline: string;
    forumId: string;
    forumName: string;
    organizationId: string;
    status: 'not_started' | 'draft' | 'submitted' | 'amendment_draft';
  }[];
}
