import type { z } from 'zod';
import type { Meeting, attendeesSchema } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export type AttendeeInput = z.input<typeof attendeesSchema>['attendees'][number];

export function saveAttendees({
  meetingId,
  attendees,
}: {
  meetingId: string;
  attendees: AttendeeInput[];
}): Promise<Meeting> {
  return data(
    client.PUT('/api/meetings/{meetingId}/attendees', { params: { path: { meetingId } }, body: { attendees } }),
  );
}

export function useSaveAttendees() {
  return useMeetingMutation(saveAttendees);
}
