import type { RawBuilder } from 'kysely';
import type { Actor } from '../auth/service.ts';
import { authorId } from '../auth/service.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { commonErrors } from '../platform/errors.ts';
import { can } from '../policy/policy.ts';
import { exportTooLarge } from './errors.ts';
import * as queries from './queries.ts';
import type { Locale } from '../platform/labels.ts';
import { describeEntry, mentionedIds, type AuditRow } from './describe.ts';
import type { AuditAction, AuditEntityType } from './labels.ts';
import type { AuditEntry, AuditFilter, AuditQuery } from './schema.ts';

export type { AuditAction, AuditEntityType } from './labels.ts';

/**
 * Records one change. It takes a transaction on purpose: the entry commits or rolls back together
 * with the write it describes.
 */
export async function recordAudit(
  trx: Trx,
  entry: {
    actor: Pick<Actor, 'id' | 'name'>;
    action: AuditAction;
    entityType: AuditEntityType;
    entityId: string;
    entityLabel?: string | null;
    forumId?: string | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await queries.insertAuditEntry(trx, toInsert(entry));
}

type AuditRecord = Parameters<typeof recordAudit>[1];

/** Who did what, where: every column but the entity and its states. */
function describedChange(entry: Omit<AuditRecord, 'entityId' | 'before' | 'after'>) {
  return {
    actorUserId: authorId(entry.actor),
    actorName: entry.actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityLabel: entry.entityLabel ?? null,
    forumId: entry.forumId ?? null,
  };
}

function toInsert(entry: AuditRecord): queries.AuditInsert {
  return {
    ...describedChange(entry),
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}

/** An entry whose entity and states are SQL over the writer's own statement (see queries.AuditInsertInStatement). */
type StatementRecord = Omit<AuditRecord, 'entityId' | 'before' | 'after'> & {
  entityId: RawBuilder<string | null>;
  before: RawBuilder<unknown>;
  after: RawBuilder<unknown>;
};

function toStatementInsert(entry: StatementRecord): queries.AuditInsertInStatement {
  return { ...describedChange(entry), entityId: entry.entityId, before: entry.before, after: entry.after };
}

/**
 * The entry as WITH items for the statement that makes the change, for a write done in a single
 * statement: it is in the same transaction because it is in the same statement.
 */
export function auditEntryWith(
  entry: Omit<AuditRecord, 'entityId'> & { entityId: RawBuilder<string | null> },
): RawBuilder<unknown> {
  return queries.insertEntryWith({
    ...describedChange(entry),
    entityId: entry.entityId,
    before: queries.jsonValue(entry.before ?? null),
    after: queries.jsonValue(entry.after ?? null),
  });
}

/**
 * The first entry of an entity the statement itself creates, as WITH items for that statement: a
 * new entity has no entry an editing session could extend (editingSessionWith), so none is looked up.
 */
export function newEntityEntryWith(entry: StatementRecord): RawBuilder<unknown> {
  return queries.insertEntryWith(toStatementInsert(entry));
}

/**
 * A change made while someone is editing (an autosave every few seconds), as WITH items for the
 * statement that saves it: one entry per editing session, from the state before their first save
 * to the latest, rather than a row per pause in typing. The session ends after `idleMs` without a
 * save, when anything else is recorded for the entity (a submit is its own entry), or when someone
 * else saves.
 */
export function editingSessionWith(
  entry: StatementRecord,
  options: { idleMs: number; mayExtend: RawBuilder<boolean> },
): RawBuilder<unknown> {
  return queries.extendOrInsertEntryWith(toStatementInsert(entry), options);
}

/** The action an update amounts to, so the log reads "deactivate" rather than a bare flag change. */
export function updateAction(before: { isActive: boolean }, after: { isActive: boolean }): AuditAction {
  if (before.isActive && !after.isActive) return 'deactivate';
  if (!before.isActive && after.isActive) return 'reactivate';
  return 'update';
}

function assertAuditReader(actor: Actor): void {
  if (!can(actor, 'audit.view')) {
    throw commonErrors.forbidden({
      sv: 'Bara administratörer kan läsa granskningsloggen.',
      en: 'Only administrators can read the audit log.',
    });
  }
}

type StoredEntry = Awaited<ReturnType<typeof queries.listAuditEntries>>['items'][number];

/** Entries in words, with the names of everything they mention looked up in one query. */
async function describeEntries(db: DbOrTrx, rows: StoredEntry[], locale: Locale): Promise<AuditEntry[]> {
  const ids = [...new Set(rows.flatMap((row) => mentionedIds(row as AuditRow)))];
  const found = await queries.findNames(db, ids, locale === 'en' ? 'nameEn' : 'nameSv');
  const names = new Map(found.map((row) => [row.id, row.name]));
  return rows.map((row) => ({
    ...row,
    at: new Date(row.at).toISOString(),
    ...describeEntry(row as AuditRow, names, locale),
  }));
}

export async function listAudit(
  db: Db,
  actor: Actor,
  filter: AuditQuery,
  locale: Locale,
): Promise<{ items: AuditEntry[]; total: number }> {
  assertAuditReader(actor);
  const page = await queries.listAuditEntries(db, filter);
  return { total: page.total, items: await describeEntries(db, page.items, locale) };
}

/** The most rows one export holds; a larger log is exported a date range at a time. */
export const AUDIT_EXPORT_LIMIT = 20_000;

/** Every entry the filter matches, newest first, for the CSV export. */
export async function exportAudit(db: Db, actor: Actor, filter: AuditFilter, locale: Locale): Promise<AuditEntry[]> {
  assertAuditReader(actor);
  const page = await queries.listAuditEntries(db, { ...filter, limit: AUDIT_EXPORT_LIMIT, offset: 0 });
  if (page.total > AUDIT_EXPORT_LIMIT) throw exportTooLarge(page.total, AUDIT_EXPORT_LIMIT);
  return describeEntries(db, page.items, locale);
}

/** The latest entry of one kind for an entity, for a domain that shows its last such change (who, when, what). */
export async function findLatestAuditEntry(
  db: DbOrTrx,
  entityId: string,
  action: AuditAction,
): Promise<{ actorName: string; at: string; after: unknown } | null> {
  const row = await queries.findLatestEntry(db, entityId, action);
  return row ? { actorName: row.actorName, at: new Date(row.at).toISOString(), after: row.after } : null;
}
