import type { Actor } from '../auth/service.ts';
import { findMeetingRow } from '../meetings/service.ts';
import type { Db, DbOrTrx } from '../platform/db.ts';
import { can } from '../policy/policy.ts';
import * as queries from './queries.ts';
import type { LiveChange } from './schema.ts';

/** The channel the audit trigger notifies (migration 2026-11-30T0415-live-changes). */
export const CHANGES_CHANNEL = 'samverkan_changes';

/** How long committed changes a writer announces itself gather before one NOTIFY sends them all. */
const ANNOUNCE_AFTER_MS = 100;
const pendingAnnouncements = new Map<Db, { payloads: string[]; timer: NodeJS.Timeout }>();

/**
 * Announces a change its writer has committed, as the audit trigger announces the others: report
 * submissions are left out of the trigger because a NOTIFY holds a lock from its transaction's
 * commit until that commit is on disk, so every transaction that notifies commits after the
 * previous one's flush, one by one, where others share a flush (pgbench, 10 clients inserting a
 * row: 3081 transactions/s, 830 with a NOTIFY). The changes of ANNOUNCE_AFTER_MS go out in one
 * transaction of their own. A server that stops in those milliseconds announces nothing of them;
 * the views show the change at their next refetch (after a reconnect, `resync`).
 */
export function announceCommitted(db: Db, change: AuditedChange & { action: string }): void {
  let pending = pendingAnnouncements.get(db);
  if (!pending) {
    pending = { payloads: [], timer: setTimeout(() => void announcePending(db), ANNOUNCE_AFTER_MS) };
    pendingAnnouncements.set(db, pending);
  }
  pending.payloads.push(
    JSON.stringify({ entityType: change.entityType, entityId: change.entityId, action: change.action }),
  );
}

/** Sends at once what announceCommitted gathered for `db` (when the app closes, before its database). */
export async function announcePending(db: Db) {
  const pending = pendingAnnouncements.get(db);
  if (!pending) return;
  pendingAnnouncements.delete(db);
  clearTimeout(pending.timer);
  try {
    await queries.notify(db, CHANGES_CHANNEL, pending.payloads);
  } catch (error) {
    process.emitWarning(`Live changes not announced: ${(error as Error).message}`);
  }
}

/** A committed change and who may hear of it: exactly those who may read the record now. */
export interface Announcement {
  change: LiveChange;
  isVisibleTo: (actor: Actor) => boolean;
}

interface AuditedChange {
  entityType: string;
  entityId: string;
}

function parse(payload: string): AuditedChange | undefined {
  try {
    const value = JSON.parse(payload) as Partial<AuditedChange>;
    return typeof value.entityType === 'string' && typeof value.entityId === 'string'
      ? { entityType: value.entityType, entityId: value.entityId }
      : undefined;
  } catch {
    return undefined;
  }
}

async function announceRound(db: DbOrTrx, roundId: string, organizationId?: string): Promise<Announcement | null> {
  const round = await queries.findRoundFacts(db, roundId);
  if (!round) return null;
  const target = { forumId: round.forumId, isPublished: round.isPublished, status: round.status as 'open' | 'closed' };
  // A report shows only on the lägesbild, and a summering only to those who see the round's work.
  return {
    change: organizationId
      ? { kind: 'report', forumId: round.forumId, roundId, organizationId }
      : { kind: 'round', forumId: round.forumId, roundId },
    isVisibleTo: (actor) => can(actor, 'round.viewOverview', target),
  };
}

async function announceMeeting(db: DbOrTrx, meetingId: string, actionId?: string): Promise<Announcement> {
  const meeting = await findMeetingRow(db, meetingId);
  return {
    change: actionId
      ? { kind: 'action', forumId: meeting.forumId, meetingId, actionId }
      : { kind: 'meeting', forumId: meeting.forumId, meetingId },
    // An uppdrag is readable exactly where its meeting is (policy 'action.view').
    isVisibleTo: (actor) => can(actor, 'meeting.view', meeting),
  };
}

async function resolve(db: DbOrTrx, { entityType, entityId }: AuditedChange): Promise<Announcement | null> {
  switch (entityType) {
    case 'round':
      return announceRound(db, entityId);
    case 'report': {
      const report = await queries.findReportIds(db, entityId);
      return report ? announceRound(db, report.roundId, report.organizationId) : null;
    }
    case 'meeting':
      return announceMeeting(db, entityId);
    case 'agenda_item': {
      // A removed item is gone by now; its meeting's other changes are announced on their own.
      const meetingId = await queries.findItemMeetingId(db, entityId);
      return meetingId ? announceMeeting(db, meetingId) : null;
    }
    case 'action': {
      const meetingId = await queries.findActionMeetingId(db, entityId);
      return meetingId ? announceMeeting(db, meetingId, entityId) : null;
    }
    default:
      return null;
  }
}

/**
 * Turns a notification of the audit trigger into an announcement, looking up the record as it
 * is after the commit: once per change and app server, whatever the number of viewers.
 * Null when the record is gone or the change is not one the live views follow.
 */
export async function announcementOf(db: DbOrTrx, payload: string): Promise<Announcement | null> {
  const change = parse(payload);
  if (!change) return null;
  try {
    return await resolve(db, change);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
