import type { Actor } from '../auth/service.ts';
import { authorId } from '../auth/service.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { commonErrors } from '../platform/errors.ts';
import { can } from '../policy/policy.ts';
import * as queries from './queries.ts';
import type { AuditEntry, AuditQuery } from './schema.ts';

export type AuditAction = 'create' | 'update' | 'deactivate' | 'reactivate' | 'delete' | (string & {});

/**
 * Records one change. It takes a transaction on purpose: the entry commits or rolls back together
 * with the write it describes.
 */
export async function recordAudit(
  trx: Trx,
  entry: {
    actor: Pick<Actor, 'id' | 'name'>;
    action: AuditAction;
    entityType: string;
    entityId: string;
    entityLabel?: string | null;
    forumId?: string | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await queries.insertAuditEntry(trx, {
    actorUserId: authorId(entry.actor),
    actorName: entry.actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    entityLabel: entry.entityLabel ?? null,
    forumId: entry.forumId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** The action an update amounts to, so the log reads "deactivate" rather than a bare flag change. */
export function updateAction(before: { isActive: boolean }, after: { isActive: boolean }): AuditAction {
  if (before.isActive && !after.isActive) return 'deactivate';
  if (!before.isActive && after.isActive) return 'reactivate';
  return 'update';
}

export async function listAudit(
  db: Db,
  actor: Actor,
  filter: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  if (!can(actor, 'audit.view')) {
    throw commonErrors.forbidden({
      sv: 'Bara administratörer kan läsa granskningsloggen.',
      en: 'Only administrators can read the audit log.',
    });
  }
  const page = await queries.listAuditEntries(db, filter);
  return {
    total: page.total,
    items: page.items.map((row) => ({ ...row, at: new Date(row.at).toISOString() })),
  };
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
