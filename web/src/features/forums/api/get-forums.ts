import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Forum } from '@server/forums/schema.ts';
import { api } from '../../../lib/api-client.ts';

export interface ForumFilters {
  includeInactive?: boolean;
}

export const forumKeys = {
  all: ['forums'] as const,
  list: (filters: ForumFilters) => [...forumKeys.all, 'list', filters] as const,
  detail: (id: string) => [...forumKeys.all, 'detail', id] as const,
};

export function getForums(filters: ForumFilters): Promise<Forum[]> {
  return api.get<Forum[]>('/api/forums', { ...filters });
}

export function forumsQueryOptions(filters: ForumFilters = {}) {
  return queryOptions({ queryKey: forumKeys.list(filters), queryFn: () => getForums(filters) });
}

export function useForums(filters: ForumFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...forumsQueryOptions(filters), ...options });
}
