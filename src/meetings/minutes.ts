import { recordAudit } from '../audit/service.ts';
import { authorId, type Actor } from '../auth/service.ts';
import { assertNoPersonalNumberInFile } from '../minutes-import/parse-file.ts';
import type { Db, DbOrTrx } from '../platform/db.ts';
import { can, readOnlyForumIds, visibleForumIds } from '../policy/policy.ts';
import type { Overview } from '../rounds/schema.ts';
import { isPdfA, renderDocument, toSituation, type ArchiveAttachment } from './documents/index.ts';
import type { Attendee, MinutesDocument } from './documents/model.ts';
import { meetingErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import type { MeetingRow } from './queries.ts';
import type { Meeting, MinutesVersion } from './schema.ts';
import {
  assertContentEditable,
  findSnapshot,
  getMeeting,
  getViewableMeeting,
  getViewableVersion,
  getWritableMeeting,
  loadMinutesContent,
} from './service.ts';
import type { MinutesContent, MinutesSnapshot } from './snapshot.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

type PeopleSource = Pick<MinutesContent, 'attendees'>;

function organizationOf(meeting: PeopleSource, userId: string | null): string | null {
  return meeting.attendees.find((a) => a.userId && a.userId === userId)?.organizationName ?? null;
}

function titleOf(meeting: PeopleSource, userId: string | null): string | null {
  return meeting.attendees.find((a) => a.userId && a.userId === userId)?.title ?? null;
}

/** What the minutes print, whether frozen or live: the DOCX and PDF render this and nothing else. */
export interface MinutesRecord {
  content: MinutesContent;
  roundOverview: Overview | null;
  status: MinutesDocument['status'];
  /** Set for a justerad version: the SHA-256 of its snapshot. */
  checksum: string | null;
}

/** The minutes as a document model. It reads only the record, so a frozen version always prints the same. */
export function toMinutesDocument(record: MinutesRecord): MinutesDocument {
  const { content: meeting, roundOverview } = record;
  return {
    documentType: meeting.documentType,
    forumName: meeting.forumName,
    title: meeting.title,
    date: meeting.meetingDate,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location || null,
    diaryNumber: meeting.diaryNumber,
    chair: meeting.chair
      ? {
          name: meeting.chair.name,
          title: titleOf(meeting, meeting.chair.userId),
          organization: organizationOf(meeting, meeting.chair.userId),
          role: meeting.chairRole,
        }
      : null,
    secretary: meeting.secretary
      ? {
          name: meeting.secretary.name,
          title: titleOf(meeting, meeting.secretary.userId),
          organization: organizationOf(meeting, meeting.secretary.userId),
        }
      : null,
    adjusters: meeting.adjusters.map((a) => ({
      name: a.name,
      title: titleOf(meeting, a.userId),
      organization: organizationOf(meeting, a.userId),
      approvedAt: a.approvedAt,
    })),
    attendance: meeting.attendees.flatMap((person) => toAttendee(meeting, person)),
    items: meeting.items.map((item) => ({
      number: sectionLabel(meeting.documentType, item.number),
      title: item.title,
      kind: item.kind,
      presenters: item.presenters,
      notes: item.notes,
      decisions: item.decisions.map((d) => d.text),
      actions: item.actions.map((a) => ({
        owner: a.ownerName,
        task: a.task,
        due: a.dueDate,
        dueNextMeeting: a.dueNextMeeting,
      })),
      attachmentNumbers: item.attachments.map((a) => a.number),
      ...(item.role === 'situation' && roundOverview ? { situation: toSituation(roundOverview) } : {}),
      ...(item.role === 'action_follow_up'
        ? {
            followUps: meeting.followUps.map((a) => ({
              owner: a.ownerName,
              task: a.task,
              status: a.status,
              comment: a.statusComment || null,
              fromMeetingDate: a.meetingDate,
            })),
          }
        : {}),
    })),
    attachments: meeting.attachments.filter((a) => !a.isSource).map((a) => ({ number: a.number, title: a.title })),
    version: meeting.minutesVersion,
    checksum: record.checksum,
    status: record.status,
  };
}

/**
 * Who is listed under Närvarande and Frånvarande. An invited person replaced by a substitute is
 * listed as the substitute who sat in ("NN, ersättare för MM"); the not yet marked are left out.
 */
function toAttendee(meeting: MinutesContent, person: MinutesContent['attendees'][number]): Attendee[] {
  if (person.status === 'invited') return [];
  const organization = person.organizationName;
  if (person.status === 'substitute' && person.substituteName) {
    return [
      {
        name: person.substituteName,
        organization,
        status: 'substitute',
        category: 'ersattare',
        // The title given is the invited person's: "NN (ersättare för MM, socialchef)".
        substituteFor: person.title ? `${person.name}, ${person.title}` : person.name,
        title: null,
        isChair: false,
      },
    ];
  }
  const chair = meeting.chair;
  const isChair = chair !== null && (chair.userId ? chair.userId === person.userId : chair.name === person.name);
  return [
    {
      name: person.name,
      organization,
      status: person.status,
      category: person.category,
      substituteFor: person.substituteFor,
      title: person.title ?? null,
      isChair,
    },
  ];
}

/** The API numbers a protokoll's items "§ 14"; imported protokoll keep their bare numbers ("14"). */
function sectionLabel(documentType: MinutesContent['documentType'], number: string): string {
  return documentType === 'protokoll' && !number.startsWith('§') ? `§ ${number}` : number;
}

function documentStatus(status: string): MinutesDocument['status'] {
  if (status === 'approved' || status === 'published' || status === 'in_review') return status;
  return 'draft';
}

/**
 * The record a download prints: a named version, else the current justerad version, else the
 * live draft. The second value says which frozen version it is, if any.
 */
async function loadRecord(
  db: Db,
  actor: Actor,
  meetingId: string,
  version: number | undefined,
): Promise<{ row: MeetingRow; record: MinutesRecord; frozen: MinutesVersion | null }> {
  if (version !== undefined) {
    const found = await getViewableVersion(db, actor, meetingId, version);
    return { row: found.row, record: frozenRecord(found.snapshot, found.version), frozen: found.version };
  }
  const row = await getViewableMeeting(db, actor, meetingId);
  const found = await findSnapshot(db, meetingId, row.minutesVersion);
  if (found && (row.status === 'approved' || row.status === 'published')) {
    return { row, record: frozenRecord(found.snapshot, found.version), frozen: found.version };
  }
  const live = await loadMinutesContent(db, row, actor);
  return { row, record: { ...live, status: documentStatus(row.status), checksum: null }, frozen: null };
}

function frozenRecord(snapshot: MinutesSnapshot, version: MinutesVersion): MinutesRecord {
  return {
    content: snapshot.content,
    roundOverview: snapshot.roundOverview,
    // Publishing does not change what was justerat, so a version prints the same before and after.
    status: 'approved',
    checksum: version.checksum,
  };
}

export type MinutesFormat = 'docx' | 'pdf' | 'archive';

const contentTypes: Record<MinutesFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  archive: 'application/pdf',
};

export async function renderMinutes(options: {
  db: Db;
  actor: Actor;
  meetingId: string;
  format: MinutesFormat;
  /** A justerad version; without it, the current version (frozen once justerad, else the draft). */
  version?: number;
}): Promise<{ body: Buffer; filename: string; contentType: string; pdfa: string | null }> {
  const { db, meetingId, format } = options;
  const { record, frozen } = await loadRecord(db, options.actor, meetingId, options.version);
  const meeting = record.content;
  const base = [
    meeting.documentType === 'protokoll' ? 'Protokoll' : 'Minnesanteckningar',
    meeting.forumName,
    meeting.meetingDate,
    ...(frozen && frozen.version > 1 ? [`version ${frozen.version}`] : []),
  ]
    .join(' ')
    .replace(/[/\\:*?"<>|]/g, '-');
  const filename = `${base}${format === 'archive' ? ' arkiv' : ''}.${format === 'docx' ? 'docx' : 'pdf'}`;
  const body = await renderCached(db, { meetingId, format, record, frozen });
  // The archive is PDF/A only when every bilaga is (docs/decisions/008); the API says which.
  const pdfa = format === 'docx' ? null : isPdfA(body) ? 'PDF/A-2b' : 'none';
  return { body, filename, contentType: contentTypes[format], pdfa };
}

/**
 * A justerad version never changes, so each of its documents is rendered once and kept, keyed by
 * the snapshot's checksum. Drafts are rendered on every download.
 */
async function renderCached(
  db: Db,
  options: { meetingId: string; format: MinutesFormat; record: MinutesRecord; frozen: MinutesVersion | null },
): Promise<Buffer> {
  const { meetingId, format, record, frozen } = options;
  const key = frozen?.checksum ? { meetingId, version: frozen.version, format, checksum: frozen.checksum } : null;
  if (key) {
    const cached = await queries.findRendering(db, key);
    if (cached) return Buffer.from(cached.body);
  }
  const document = toMinutesDocument(record);
  const attachments =
    format === 'archive'
      ? await archiveAttachments(
          db,
          meetingId,
          record.content.attachments.filter((a) => !a.isSource),
        )
      : [];
  const body = await renderDocument({ format, document, attachments });
  if (key) await queries.insertRendering(db, { ...key, body });
  return body;
}

/** The bilagor a record lists, by the bytes it names: a file whose SHA-256 no longer matches is not the one justerat. */
async function archiveAttachments(
  db: Db,
  meetingId: string,
  listed: MinutesContent['attachments'],
): Promise<ArchiveAttachment[]> {
  const stored = new Map((await queries.listAttachmentData(db, meetingId)).map((a) => [a.sha256, a]));
  return listed.map((a) => ({
    number: a.number,
    title: a.title,
    filename: a.filename,
    sha256: a.sha256,
    data: stored.get(a.sha256) ? Buffer.from(stored.get(a.sha256)!.data) : null,
  }));
}

export async function addAttachment(options: {
  db: Db;
  actor: Actor;
  meetingId: string;
  agendaItemId: string | null;
  title: string;
  filename: string;
  contentType: string;
  data: Buffer;
  isSource?: boolean;
}): Promise<Meeting> {
  const { db, actor, meetingId } = options;
  if (options.data.length > MAX_ATTACHMENT_BYTES) throw errors.fileTooLarge();
  await assertNoPersonalNumberInFile({ filename: options.filename, data: options.data });
  await db.transaction().execute(async (trx) => {
    const meeting = await getWritableMeeting(trx, actor, meetingId);
    if (!options.isSource) assertContentEditable(meeting.status);
    if (options.agendaItemId) {
      const item = await queries.findItem(trx, options.agendaItemId);
      if (!item || item.meetingId !== meetingId) throw errors.itemNotFound();
    }
    const created = await queries.insertAttachment(trx, {
      meetingId,
      agendaItemId: options.agendaItemId,
      title: options.title,
      filename: options.filename,
      contentType: options.contentType,
      data: options.data,
      isSource: options.isSource ?? false,
      uploadedBy: authorId(actor),
    });
    await recordAudit(trx, {
      actor,
      action: 'add_attachment',
      entityType: 'meeting',
      entityId: meetingId,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      after: {
        attachmentId: created.id,
        number: created.number,
        title: options.title,
        filename: options.filename,
        size: options.data.length,
      },
    });
  });
  return getMeeting(db, actor, meetingId);
}

/** A justerad version with its frozen snapshot, for clients that show or verify a version themselves. */
export async function getVersion(db: Db, actor: Actor, meetingId: string, version: number) {
  const found = await getViewableVersion(db, actor, meetingId, version);
  // The snapshot is sent as stored: its JSON is what the checksum covers.
  return { ...found.version, snapshot: found.snapshot as MinutesSnapshot & Record<string, unknown> };
}

/** Bilagor can be removed until the minutes are sent for justering; the audit keeps what was removed. */
export async function removeAttachment(options: { db: Db; actor: Actor; id: string }): Promise<Meeting> {
  const { db, actor, id } = options;
  const meetingId = await db.transaction().execute(async (trx) => {
    const attachment = await queries.findAttachment(trx, id);
    if (!attachment) throw errors.attachmentNotFound();
    const meeting = await getWritableMeeting(trx, actor, attachment.meetingId);
    assertContentEditable(meeting.status);
    if (attachment.isSource) throw errors.sourceAttachment();
    await queries.deleteAttachment(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'remove_attachment',
      entityType: 'meeting',
      entityId: meeting.id,
      entityLabel: meeting.title,
      forumId: meeting.forumId,
      before: {
        attachmentId: id,
        number: attachment.number,
        title: attachment.title,
        filename: attachment.filename,
        size: attachment.size,
        sha256: attachment.sha256,
      },
    });
    return meeting.id;
  });
  return getMeeting(db, actor, meetingId);
}

export async function getAttachment(db: DbOrTrx, actor: Actor, attachmentId: string) {
  const attachment = await queries.findAttachment(db, attachmentId);
  if (!attachment) throw errors.attachmentNotFound();
  await getViewableMeeting(db, actor, attachment.meetingId);
  return attachment;
}

export async function searchDecisions(
  db: Db,
  actor: Actor,
  filter: { q?: string; forumId?: string; from?: string; to?: string; limit: number; offset: number },
) {
  if (filter.forumId && !can(actor, 'forum.view', { forumId: filter.forumId })) return { items: [], total: 0 };
  // Forums where the user only reads: their decisions count once the minutes are published.
  const [rows, total] = await queries.searchDecisions(db, {
    ...filter,
    forumIds: visibleForumIds(actor),
    publishedOnlyForumIds: readOnlyForumIds(actor),
  });
  return {
    total: Number(total.count),
    items: rows.map((row) => ({
      id: row.id,
      text: row.text,
      forumId: row.forumId,
      forumName: row.forumName,
      meetingId: row.meetingId,
      meetingTitle: row.meetingTitle,
      meetingDate: row.meetingDate,
      diaryNumber: row.diaryNumber,
      itemNumber: row.numberLabel ?? String(row.position + 1),
      itemTitle: row.itemTitle,
      status: row.status as Meeting['status'],
    })),
  };
}
