// A justerad version of the minutes is a record. When the last adjuster approves, everything the
// minutes say is frozen into minutes_versions.document as a MinutesSnapshot, and every view of that
// version (the meeting in the API, DOCX, PDF, the archive PDF) is rendered from the snapshot alone.
// Later reports, uppdrag changes or a new summering are follow-up data and never rewrite it; a
// correction is a new version with its own snapshot.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Overview } from '../rounds/schema.ts';
import type { Meeting } from './schema.ts';

/** What the minutes say: the meeting as the API shows it, less what belongs to the moment or the reader. */
export type MinutesContent = Omit<
  Meeting,
  'status' | 'comments' | 'withdrawal' | 'imported' | 'permissions' | 'frozen' | 'versions' | 'invitation'
>;

// The API serves a frozen version's content through the Meeting schema, so a field added to that
// schema later must be optional for older snapshots, or the format bumped and older ones mapped.
export const SNAPSHOT_FORMAT = 1;

export interface MinutesSnapshot {
  /** Bumped when the shape changes, so that older snapshots can still be read as they were written. */
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  approvedAt: string;
  content: MinutesContent;
  /**
   * The whole lägesbild of the meeting's round as it stood: every member's reporting status (late,
   * missing, filed by the coordinator on its behalf), texts and indicator figures.
   */
  roundOverview: Overview | null;
}

/** SHA-256 (hex) of the snapshot's canonical JSON (RFC 8785): the same for the same content, wherever stored. */
export function snapshotChecksum(snapshot: MinutesSnapshot): string {
  return createHash('sha256').update(canonicalize(snapshot)!).digest('hex');
}

/**
 * Versions justerade before snapshots existed hold another shape; they are shown from live data as
 * they always were, and get a snapshot when next corrected.
 */
export function readSnapshot(document: unknown): MinutesSnapshot | null {
  const candidate = document as Partial<MinutesSnapshot> | null;
  return candidate?.format === SNAPSHOT_FORMAT ? (candidate as MinutesSnapshot) : null;
}
