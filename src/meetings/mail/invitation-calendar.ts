import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { stockholmToInstant, TIME_ZONE } from '../../platform/time.ts';

/** What a calendar invitation says about a meeting; a change to any of it is sent as an update. */
export interface InvitationFacts {
  meetingId: string;
  forumName: string;
  title: string;
  meetingDate: string;
  startTime: string | null;
  endTime: string | null;
  location: string;
  agenda: string[];
}

/**
 * A fingerprint of what the invitation told its recipients, so a later change to time, place or
 * agenda is noticed however it was made.
 */
export function invitationFingerprint(facts: InvitationFacts): string {
  const { meetingId: _id, forumName: _forum, ...told } = facts;
  return createHash('sha256').update(JSON.stringify(told)).digest('hex');
}

// A meeting with a start but no end is booked for an hour, so it shows in the calendar as a block.
const DEFAULT_LENGTH = { hours: 1 };

function eventTimes(facts: InvitationFacts) {
  if (!facts.startTime) {
    // All day: DATE values are floating days, no time zone needed.
    return { allDay: true, start: DateTime.fromISO(facts.meetingDate, { zone: TIME_ZONE }) };
  }
  const start = DateTime.fromJSDate(stockholmToInstant(facts.meetingDate, facts.startTime), { zone: TIME_ZONE });
  const end =
    facts.endTime && facts.endTime > facts.startTime
      ? DateTime.fromJSDate(stockholmToInstant(facts.meetingDate, facts.endTime), { zone: TIME_ZONE })
      : start.plus(DEFAULT_LENGTH);
  return { allDay: false, start, end };
}

/**
 * The iCalendar object (RFC 5545, iTIP RFC 5546) for the kallelse: the same UID for every version
 * of a meeting, so calendars replace the earlier one; SEQUENCE raised on each change; CANCEL when
 * the meeting is cancelled. Times are Stockholm wall-clock times with their VTIMEZONE, which
 * Outlook needs to place the meeting right across daylight-saving changes.
 */
export function invitationCalendar(options: {
  facts: InvitationFacts;
  method: 'REQUEST' | 'CANCEL';
  sequence: number;
  /** The app's address: the UID's domain and the link in the event. */
  appUrl: string;
  url: string;
  description: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
}): string {
  const { facts, method } = options;
  const calendar = ical({
    prodId: { company: 'Samverkan', product: 'Samverkan', language: 'SV' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-wide zone: that would write DTSTAMP in local time, which RFC 5545 forbids.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: `meeting-${facts.meetingId}@${new URL(options.appUrl).hostname}`,
    sequence: options.sequence,
    stamp: new Date(),
    ...eventTimes(facts),
    timezone: TIME_ZONE,
    summary: `${facts.forumName}: ${facts.title}`,
    location: facts.location || null,
    description: options.description,
    url: options.url,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: options.organizer,
    attendees: options.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: method === 'REQUEST',
    })),
  });
  return calendar.toString();
}

/** "Samverkan <samverkan@region.se>" → name and address, for the invitation's ORGANIZER. */
export function organizerOf(mailFrom: string, fallbackName: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  if (match) return { name: match[1] || fallbackName, email: match[2]! };
  return { name: fallbackName, email: mailFrom.trim() };
}
