import { sql } from 'kysely';
import { recordAudit } from '../audit/service.ts';
import { authorId, type Actor } from '../auth/service.ts';
import { getVisibleForum } from '../forums/service.ts';
import type { Db, DbOrTrx } from '../platform/db.ts';
import { AppError, commonErrors } from '../platform/errors.ts';
import { can } from '../policy/policy.ts';
import { meetingErrors as errors } from './errors.ts';
import * as queries from './queries.ts';

export interface ImportedMeeting {
  title: string;
  meetingDate: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  diaryNumber: string | null;
  chairName: string | null;
  secretaryName: string | null;
  adjusterNames: string[];
  attendees: { name: string; organizationName: string | null; title: string | null }[];
  items: {
    numberLabel: string | null;
    title: string;
    kind: 'beslut' | 'information' | 'rapport' | 'ovrigt' | null;
    presenters: string[];
    notes: string;
    decisions: string[];
    actions: { ownerName: string; task: string; dueDate: string | null }[];
  }[];
  source: { filename: string; contentType: string; data: Buffer; hash: string };
}

/** Meetings of the forum held (or planned) on a date; a cancelled meeting was never held, so it does not count. */
export function findMeetingsOnDate(db: DbOrTrx, forumId: string, meetingDate: string) {
  return db
    .selectFrom('meetings')
    .select(['id', 'title', 'meetingDate', 'status'])
    .where('forumId', '=', forumId)
    .where('meetingDate', '=', meetingDate)
    .where('status', '<>', 'cancelled')
    .orderBy('createdAt')
    .execute();
}

function sameDateTaken(meetingDate: string, meetings: { id: string; title: string }[]) {
  const titles = meetings.map((m) => `"${m.title}"`).join(', ');
  return new AppError({
    status: 409,
    code: 'minutes.date_taken',
    message: {
      sv: `Forumet har redan ett möte den ${meetingDate}: ${titles}. Bekräfta att anteckningarna ska importeras ändå, eller hoppa över filen.`,
      en: `The forum already has a meeting on ${meetingDate}: ${titles}. Confirm that the minutes should be imported anyway, or skip the file.`,
    },
    fieldErrors: [
      {
        path: 'body.minutes.date',
        message: {
          sv: `Forumet har redan ett möte den ${meetingDate}.`,
          en: `The forum already has a meeting on ${meetingDate}.`,
        },
      },
    ],
    extra: { meetings: meetings.map((m) => ({ id: m.id, title: m.title })) },
  });
}

export function findImported(db: Db, forumId: string, sourceHash: string) {
  return db
    .selectFrom('meetings')
    .select('id')
    .where('forumId', '=', forumId)
    .where('sourceHash', '=', sourceHash)
    .executeTakeFirst();
}

/**
 * Writes an old set of minutes as a meeting with status "importerat", its attendance, items,
 * decisions and uppdrag as real records, and the source file as an attachment. The same file
 * (by SHA-256) imported again into the forum creates nothing. A second meeting on a date the forum
 * already has a meeting on is most often the same meeting from another file, so it needs
 * `allowSameDate` (the person chose "import anyway"); otherwise a 409 names the meeting.
 */
export async function importMeeting(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  meeting: ImportedMeeting;
  allowSameDate?: boolean;
}): Promise<{ meetingId: string; created: boolean }> {
  const { db, actor, forumId, meeting, allowSameDate = false } = options;
  await getVisibleForum(db, actor, forumId);
  if (!can(actor, 'meeting.create', { forumId })) throw errors.forbiddenWrite();
  return db.transaction().execute(async (trx) => {
    // Two imports into the forum at once would each miss the other's meeting on the same date.
    await trx.selectFrom('forums').select('id').where('id', '=', forumId).forUpdate().execute();
    const existing = await trx
      .selectFrom('meetings')
      .select('id')
      .where('forumId', '=', forumId)
      .where('sourceHash', '=', meeting.source.hash)
      .executeTakeFirst();
    if (existing) return { meetingId: existing.id, created: false };
    const sameDate = await findMeetingsOnDate(trx, forumId, meeting.meetingDate);
    if (sameDate.length > 0 && !allowSameDate) throw sameDateTaken(meeting.meetingDate, sameDate);
    if (meeting.diaryNumber && (await queries.findMeetingByDiaryNumber(trx, forumId, meeting.diaryNumber))) {
      throw commonErrors.conflictOn('minutes.diary_number_taken', 'body.minutes.diaryNumber', {
        sv: `Forumet har redan ett möte med diarienumret ${meeting.diaryNumber}. Rätta diarienumret eller lämna det tomt.`,
        en: `The forum already has a meeting with the diary number ${meeting.diaryNumber}. Correct it or leave it empty.`,
      });
    }
    const meetingId = await queries.insertMeeting(trx, {
      forumId,
      title: meeting.title,
      meetingDate: meeting.meetingDate,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      location: meeting.location ?? '',
      diaryNumber: meeting.diaryNumber,
      chairName: meeting.chairName,
      secretaryName: meeting.secretaryName,
      status: 'imported',
      sourceHash: meeting.source.hash,
    });
    await queries.replaceAdjusters(
      trx,
      meetingId,
      meeting.adjusterNames.map((name) => ({ userId: null, name })),
    );
    await queries.replaceAttendees(
      trx,
      meetingId,
      meeting.attendees.map((a) => ({
        organizationId: null,
        organizationName: a.organizationName,
        userId: null,
        name: a.name,
        title: a.title,
        status: 'present',
        substituteFor: null,
      })),
    );
    const created = await queries.insertItems(
      trx,
      meetingId,
      meeting.items.map((item, position) => ({
        position,
        title: item.title,
        kind: item.kind,
        role: null,
        presenters: item.presenters,
        notes: item.notes,
        numberLabel: item.numberLabel,
      })),
    );
    let actionCount = 0;
    for (const [index, item] of meeting.items.entries()) {
      const itemId = created.find((c) => c.position === index)!.id;
      await queries.replaceDecisions(trx, meetingId, itemId, item.decisions);
      for (const action of item.actions) {
        await trx
          .insertInto('actions')
          .values({
            forumId,
            meetingId,
            agendaItemId: itemId,
            ownerName: action.ownerName,
            task: action.task,
            dueDate: action.dueDate,
            dueNextMeeting: false,
            // A meeting's uppdrag without a date are listed in the order they were made, but now() is the same for
            // every row of a transaction (and PGlite's clock_timestamp() can repeat within a millisecond): a
            // microsecond per uppdrag keeps the order the minutes wrote them in.
            createdAt: sql`now() + ${actionCount++}::float8 * interval '1 microsecond'`,
          })
          .execute();
      }
    }
    await queries.insertAttachment(trx, {
      meetingId,
      agendaItemId: null,
      title: `Originalfil: ${meeting.source.filename}`,
      filename: meeting.source.filename,
      contentType: meeting.source.contentType,
      data: meeting.source.data,
      isSource: true,
      uploadedBy: authorId(actor),
    });
    await recordAudit(trx, {
      actor,
      action: 'import',
      entityType: 'meeting',
      entityId: meetingId,
      entityLabel: `${meeting.title} ${meeting.meetingDate}`,
      forumId,
      after: {
        filename: meeting.source.filename,
        hash: meeting.source.hash,
        items: meeting.items.length,
        attendees: meeting.attendees.length,
        ...(sameDate.length > 0 ? { sameDateMeetings: sameDate.map((m) => m.title) } : {}),
      },
    });
    return { meetingId, created: true };
  });
}
