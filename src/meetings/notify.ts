import { authorId, type Actor } from '../auth/service.ts';
import { listMailRecipients, queueMail, type MailRecipient } from '../outbox/service.ts';
import type { Config } from '../platform/config.ts';
import type { DbOrTrx, Trx } from '../platform/db.ts';
import { can } from '../policy/policy.ts';
import {
  invitationCalendar,
  invitationFingerprint,
  organizerOf,
  type InvitationFacts,
} from './mail/invitation-calendar.ts';
import { agendaText, invitationMail, type InvitationChange } from './mail/invitation.ts';
import { minutesPublishedMail } from './mail/minutes-published.ts';
import { minutesReviewMail } from './mail/minutes-review.ts';
import * as queries from './queries.ts';

/** Where mail links point and whom the calendar names as organiser; null: the change tells nobody (demo data). */
export type MailSettings = Config['mail'] | null;

const meetingUrl = (mail: NonNullable<MailSettings>, meetingId: string) => `${mail.appUrl}/moten/${meetingId}`;

export async function invitationFacts(db: DbOrTrx, meeting: queries.MeetingRow): Promise<InvitationFacts> {
  const items = await queries.listItems(db, meeting.id);
  return {
    meetingId: meeting.id,
    forumName: meeting.forumName,
    title: meeting.title,
    meetingDate: meeting.meetingDate,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location,
    agenda: items.map((item) => item.title),
  };
}

/** Whether time, place or agenda changed since the kallelse went out. */
export async function isInvitationOutdated(db: DbOrTrx, meeting: queries.MeetingRow): Promise<boolean> {
  if (!meeting.invitationSentAt) return false;
  return invitationFingerprint(await invitationFacts(db, meeting)) !== meeting.invitationFingerprint;
}

function common(meeting: queries.MeetingRow, actor: Actor) {
  return {
    forumId: meeting.forumId,
    roundId: null,
    organizationId: null,
    meetingId: meeting.id,
    createdBy: authorId(actor),
  };
}

/**
 * The kallelse to everyone on the attendance list who has an account: the agenda (to those who may
 * read the meeting in the app) and a calendar invitation. The first one is SEQUENCE 0; each later
 * one (an update or the cancellation) raises it, so calendars replace what they hold.
 */
export async function queueInvitations(
  trx: Trx,
  options: { meeting: queries.MeetingRow; actor: Actor; mail: NonNullable<MailSettings>; change: InvitationChange },
): Promise<number> {
  const { meeting, actor, mail, change } = options;
  const facts = await invitationFacts(trx, meeting);
  const sequence = meeting.invitationSentAt ? meeting.invitationSequence + 1 : 0;
  await queries.updateInvitation(trx, meeting.id, {
    invitationSequence: sequence,
    invitationFingerprint: invitationFingerprint(facts),
  });
  const attendees = await queries.listAttendees(trx, meeting.id);
  const recipients = await listMailRecipients(trx, {
    userIds: [...new Set(attendees.flatMap((a) => (a.userId ? [a.userId] : [])))],
  });
  const url = meetingUrl(mail, meeting.id);
  const method: 'REQUEST' | 'CANCEL' = change === 'cancel' ? 'CANCEL' : 'REQUEST';
  const mayRead = (r: MailRecipient) => can(r.actor, 'meeting.view', meeting);
  // The calendar's description is the same for all; it carries the agenda only if all may read it.
  const calendarFor = (locale: 'sv' | 'en') => ({
    method,
    content: invitationCalendar({
      facts,
      method,
      sequence,
      appUrl: mail.appUrl,
      url,
      description: recipients.every(mayRead) ? `${agendaText(locale, facts.agenda)}\n\n${url}` : url,
      organizer: organizerOf(mail.from, meeting.forumName),
      attendees: recipients.map((r) => ({ name: r.name, email: r.email })),
    }),
  });
  const calendars = { sv: calendarFor('sv'), en: calendarFor('en') } as const;
  await queueMail(
    trx,
    recipients.map((r) => ({
      ...common(meeting, actor),
      kind: 'meeting_invitation' as const,
      userId: r.id,
      toEmail: r.email,
      toName: r.name,
      locale: r.locale,
      content: invitationMail({
        locale: r.locale,
        change,
        facts,
        recipientName: r.name,
        agenda: mayRead(r) ? facts.agenda : null,
        url,
        calendar: calendars[r.locale],
      }),
    })),
  );
  return recipients.length;
}

/** To each adjuster with an account, when the minutes are sent for justering. */
export async function queueReviewMail(
  trx: Trx,
  options: { meeting: queries.MeetingRow; actor: Actor; mail: NonNullable<MailSettings> },
) {
  const { meeting, actor, mail } = options;
  const adjusters = await queries.listAdjusters(trx, meeting.id);
  const recipients = await listMailRecipients(trx, {
    userIds: adjusters.flatMap((a) => (a.userId ? [a.userId] : [])),
  });
  await queueMail(
    trx,
    recipients.map((r) => ({
      ...common(meeting, actor),
      kind: 'minutes_review' as const,
      userId: r.id,
      toEmail: r.email,
      toName: r.name,
      locale: r.locale,
      content: minutesReviewMail({
        locale: r.locale,
        recipientName: r.name,
        meeting,
        senderName: actor.name,
        url: meetingUrl(mail, meeting.id),
      }),
    })),
  );
}

/** To everyone with a role in the forum (members and readers) who may read the published minutes. */
export async function queuePublishedMail(
  trx: Trx,
  options: { meeting: queries.MeetingRow; actor: Actor; mail: NonNullable<MailSettings> },
) {
  const { meeting, actor, mail } = options;
  const published = { ...meeting, status: 'published' };
  const recipients = (await listMailRecipients(trx, { forumId: meeting.forumId })).filter((r) =>
    can(r.actor, 'meeting.view', published),
  );
  await queueMail(
    trx,
    recipients.map((r) => ({
      ...common(meeting, actor),
      kind: 'minutes_published' as const,
      userId: r.id,
      toEmail: r.email,
      toName: r.name,
      locale: r.locale,
      content: minutesPublishedMail({
        locale: r.locale,
        recipientName: r.name,
        meeting,
        url: meetingUrl(mail, meeting.id),
      }),
    })),
  );
}
