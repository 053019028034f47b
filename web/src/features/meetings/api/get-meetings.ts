import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeetingSummary } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';

export const meetingKeys = {
  all: ['meetings'] as const,
  mine: () => [...meetingKeys.all, 'mine'] as const,
  list: (forumId: string) => [...meetingKeys.all, 'list', forumId] as const,
  detail: (id: string) => [...meetingKeys.all, 'detail', id] as const,
  settings: (forumId: string) => [...meetingKeys.all, 'settings', forumId] as const,
  decisions: (filters: object) => [...meetingKeys.all, 'decisions', filters] as const,
};

export function getMeetings(forumId: string): Promise<MeetingSummary[]> {
  return data(client.GET('/api/forums/{forumId}/meetings', { params: { path: { forumId } } }));
}

export function meetingsQueryOptions(forumId: string) {
  return queryOptions({ queryKey: meetingKeys.list(forumId), queryFn: () => getMeetings(forumId) });
}

export function useMeetings(forumId: string) {
  return useQuery(meetingsQueryOptions(forumId));
}
