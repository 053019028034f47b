import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Forum } from '@server/forums/schema.ts';
import { client, data, flag, type QueryOf, type WithFlags } from '../../../lib/api-client.ts';

export type ForumFilters = WithFlags<QueryOf<'/api/forums'>, 'includeInactive'>;

export const forumKeys = {
  all: ['forums'] as const,
  list: (filters: ForumFilters) => [...forumKeys.all, 'list', filters] as const,
  detail: (id: string) => [...forumKeys.all, 'detail', id] as const,
};

export function getForums(filters: ForumFilters): Promise<Forum[]> {
  return data(
    client.GET('/api/forums', { params: { query: { ...filters, includeInactive: flag(filters.includeInactive) } } }),
  );
}

export function forumsQueryOptions(filters: ForumFilters = {}) {
  return queryOptions({ queryKey: forumKeys.list(filters), queryFn: () => getForums(filters) });
}

export function useForums(filters: ForumFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...forumsQueryOptions(filters), ...options });
}
