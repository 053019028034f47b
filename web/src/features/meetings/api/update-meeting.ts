import type { Meeting, MeetingUpdate } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export function updateMeeting({ id, changes }: { id: string; changes: MeetingUpdate }): Promise<Meeting> {
  return data(client.PATCH('/api/meetings/{meetingId}', { params: { path: { meetingId: id } }, body: changes }));
}

/** Time, place, Dnr, chair, secretary, adjusters and round of a meeting not yet sent for justering. */
export function useUpdateMeeting() {
  return useMeetingMutation(updateMeeting);
}
