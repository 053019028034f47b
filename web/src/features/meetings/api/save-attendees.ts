import type { z } from 'zod';
import type { Meeting, attendeesSchema } from '@server/meetings/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export type AttendeeInput = z.input<typeof attendeesSchema>['attendees'][number];

export function saveAttendees({
  meetingId,
  attendees,
}: {
  meetingId: string;
  attendees: AttendeeInput[];
}): Promise<Meeting> {
  return api.put<Meeting>(`/api/meetings/${meetingId}/attendees`, { attendees });
}

export function useSaveAttendees() {
  return useMeetingMutation(saveAttendees);
}
