import type { Meeting, MeetingUpdate } from '@server/meetings/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export function updateMeeting({ id, changes }: { id: string; changes: MeetingUpdate }): Promise<Meeting> {
  return api.patch<Meeting>(`/api/meetings/${id}`, changes);
}

/** Time, place, Dnr, chair, secretary, adjusters and round of a meeting not yet sent for justering. */
export function useUpdateMeeting() {
  return useMeetingMutation(updateMeeting);
}
