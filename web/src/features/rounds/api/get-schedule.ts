import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Schedule } from '@server/rounds/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export function getSchedule(forumId: string): Promise<Schedule | null> {
  return data(client.GET('/api/forums/{forumId}/round-schedule', { params: { path: { forumId } } }));
}

export function scheduleQueryOptions(forumId: string) {
  return queryOptions({ queryKey: roundKeys.schedule(forumId), queryFn: () => getSchedule(forumId) });
}

export function useSchedule(forumId: string) {
  return useQuery(scheduleQueryOptions(forumId));
}
