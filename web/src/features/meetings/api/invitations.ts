import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Meeting, MeetingMail } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';
import { meetingKeys } from './get-meetings.ts';

export function sendInvitations(id: string): Promise<Meeting> {
  return data(client.POST('/api/meetings/{meetingId}/invitations', { params: { path: { meetingId: id } } }));
}

export function cancelMeeting(id: string): Promise<Meeting> {
  return data(client.POST('/api/meetings/{meetingId}/cancel', { params: { path: { meetingId: id } } }));
}

export function getMeetingMail(id: string): Promise<MeetingMail[]> {
  return data(client.GET('/api/meetings/{meetingId}/mail', { params: { path: { meetingId: id } } }));
}

export function meetingMailQueryOptions(id: string) {
  return queryOptions({ queryKey: [...meetingKeys.detail(id), 'mail'], queryFn: () => getMeetingMail(id) });
}

/** The mail about the meeting; refetched while some is still on its way, so the status follows it out. */
export function useMeetingMail(id: string, options: { enabled: boolean }) {
  return useQuery({
    ...meetingMailQueryOptions(id),
    ...options,
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.status === 'queued' || m.status === 'sending') ? 5_000 : false,
  });
}

export function useSendInvitations() {
  return useMeetingMutation(sendInvitations);
}

export function useCancelMeeting() {
  return useMeetingMutation(cancelMeeting);
}
