import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Meeting, MeetingCreate } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { meetingKeys } from './get-meetings.ts';

export function createMeeting({ forumId, body }: { forumId: string; body: MeetingCreate }): Promise<Meeting> {
  return data(client.POST('/api/forums/{forumId}/meetings', { params: { path: { forumId } }, body }));
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      return queryClient.invalidateQueries({ queryKey: meetingKeys.list(meeting.forumId) });
    },
  });
}
