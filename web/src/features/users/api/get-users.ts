import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@server/users/schema.ts';
import { api } from '../../../lib/api-client.ts';

export interface UserFilters {
  q?: string;
  organizationId?: string;
  forumId?: string;
  includeInactive?: boolean;
}

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => [...userKeys.all, 'list', filters] as const,
};

export function getUsers(filters: UserFilters): Promise<User[]> {
  return api.get<User[]>('/api/users', { ...filters });
}

export function usersQueryOptions(filters: UserFilters = {}) {
  return queryOptions({ queryKey: userKeys.list(filters), queryFn: () => getUsers(filters) });
}

export function useUsers(filters: UserFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(filters), ...options });
}
