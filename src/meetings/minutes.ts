import { recordAudit } from '../audit/service.ts';
import { authorId, systemAdmin, type Actor } from '../auth/service.ts';
import { assertNoPersonalNumberInFile } from '../minutes/parse-file.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { can, readOnlyForumIds, visibleForumIds } from '../policy/policy.ts';
import { buildArchivePdf, renderMinutesDocx, renderMinutesPdf } from './documents/index.ts';
import type { MinutesDocument } from './documents/model.ts';
import { meetingErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import type { Meeting } from './schema.ts';
import { assertContentEditable, getMeeting, getViewableMeeting, getWritableMeeting } from './service.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

function organizationOf(meeting: Meeting, userId: string | null): string | null {
  return meeting.attendees.find((a) => a.userId && a.userId === userId)?.organizationName ?? null;
}

function titleOf(meeting: Meeting, userId: string | null): string | null {
  return meeting.attendees.find((a) => a.userId && a.userId === userId)?.title ?? null;
}

/** The minutes as a document model: what the DOCX and PDF print, and what a justerad version freezes. */
export function toMinutesDocument(meeting: Meeting): MinutesDocument {
  const groups = new Map<string, MinutesDocument['attendance'][number]>();
  for (const person of meeting.attendees.filter((a) => a.status !== 'invited')) {
    const organization = person.organizationName ?? 'Övriga';
    if (!groups.has(organization)) groups.set(organization, { organization, people: [] });
    groups.get(organization)!.people.push({
      name: person.name,
      title: person.title,
      status: person.status as 'present' | 'absent' | 'substitute',
      substituteFor: person.substituteFor,
    });
  }
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
    attendance: [...groups.values()],
    items: meeting.items.map((item, index) => ({
      number: index + 1,
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
      ...(item.role === 'situation' && meeting.situation
        ? {
            situation: {
              roundTitle: meeting.situation.roundTitle,
              summary: meeting.situation.summary || null,
              rows: meeting.situation.rows.map((r) => ({
                organization: r.organization,
                strainLevel: r.strainLevel,
                current: r.current,
                challenges: r.challenges,
                input: r.input,
              })),
            },
          }
        : {}),
      ...(item.role === 'action_follow_up'
        ? {
            followUps: meeting.followUps.map((a) => ({
              owner: a.ownerName,
              task: a.task,
              status: a.status,
              comment: a.statusComment || null,
              fromMeeting: `${a.meetingTitle} ${a.meetingDate}`,
            })),
          }
        : {}),
    })),
    attachments: meeting.attachments.filter((a) => !a.isSource).map((a) => ({ number: a.number, title: a.title })),
    version: meeting.minutesVersion,
    status:
      meeting.status === 'approved' || meeting.status === 'published'
        ? meeting.status
        : meeting.status === 'in_review'
          ? 'in_review'
          : 'draft',
  };
}

/**
 * Freezes the minutes as they stand, for minutes_versions. The record is the same whoever approves
 * last, so it is read with full rights, not through the approving adjuster's view.
 */
export async function freezeMinutes(trx: Trx, meetingId: string): Promise<MinutesDocument> {
  const meeting = await getMeeting(trx, systemAdmin, meetingId);
  return {
    ...toMinutesDocument(meeting),
    status: 'approved',
    adjusters: meeting.adjusters.map((a) => ({
      name: a.name,
      title: null,
      organization: null,
      approvedAt: a.approvedAt ?? new Date().toISOString(),
    })),
  };
}

export async function renderMinutes(options: {
  db: Db;
  actor: Actor;
  meetingId: string;
  format: 'docx' | 'pdf' | 'archive';
}): Promise<{ body: Buffer; filename: string; contentType: string }> {
  const { db, actor, meetingId, format } = options;
  const meeting = await getMeeting(db, actor, meetingId);
  const document = toMinutesDocument(meeting);
  const base =
    `${meeting.documentType === 'protokoll' ? 'Protokoll' : 'Minnesanteckningar'} ${meeting.forumName} ${meeting.meetingDate}`.replace(
      /[/\\:*?"<>|]/g,
      '-',
    );
  if (format === 'docx') {
    return {
      body: await renderMinutesDocx(document),
      filename: `${base}.docx`,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
  }
  const pdf = await renderMinutesPdf(document);
  if (format === 'pdf') return { body: pdf, filename: `${base}.pdf`, contentType: 'application/pdf' };
  const attachments = (await queries.listAttachmentData(db, meetingId)).filter(
    (a) => a.contentType === 'application/pdf' && !a.isSource,
  );
  const archive = await buildArchivePdf(
    pdf,
    attachments.map((a) => ({ number: a.number, title: a.title, pdf: Buffer.from(a.data) })),
  );
  return { body: archive, filename: `${base} arkiv.pdf`, contentType: 'application/pdf' };
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
