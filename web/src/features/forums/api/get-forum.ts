import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Forum } from '@server/forums/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { forumKeys } from './get-forums.ts';

export function getForum(id: string): Promise<Forum> {
  return data(client.GET('/api/forums/{id}', { params: { path: { id } } }));
}

export function forumQueryOptions(id: string) {
  return queryOptions({ queryKey: forumKeys.detail(id), queryFn: () => getForum(id) });
}

export function useForum(id: string) {
  return useQuery(forumQueryOptions(id));
}
