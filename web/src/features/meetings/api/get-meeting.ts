import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { meetingKeys } from './get-meetings.ts';

export function getMeeting(id: string): Promise<Meeting> {
  return data(client.GET('/api/meetings/{meetingId}', { params: { path: { meetingId: id } } }));
}

export function meetingQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.detail(id), queryFn: () => getMeeting(id) });
}

export function useMeeting(id: string) {
  return useQuery(meetingQueryOptions(id));
}

/**
 * A change to a meeting whose answer is the whole meeting (agenda, attendance, minutes, status):
 * the answer replaces the cached meeting, and the forum's list and the registers refetch.
 */
export function useMeetingMutation<V>(mutationFn: (variables: V) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.list(meeting.forumId) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.mine() }),
        queryClient.invalidateQueries({ queryKey: [...meetingKeys.all, 'decisions'] }),
        // Uppdrag given or followed up at the meeting show on the uppdrag board and start page.
        queryClient.invalidateQueries({ queryKey: ['actions'] }),
      ]);
    },
  });
}
