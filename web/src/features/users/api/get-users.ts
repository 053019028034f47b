import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@server/users/schema.ts';
import { client, data, flag, type QueryOf, type WithFlags } from '../../../lib/api-client.ts';

export type UserFilters = WithFlags<QueryOf<'/api/users'>, 'includeInactive'>;

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => [...userKeys.all, 'list', filters] as const,
};

export function getUsers(filters: UserFilters): Promise<User[]> {
  return data(
    client.GET('/api/users', { params: { query: { ...filters, includeInactive: flag(filters.includeInactive) } } }),
  );
}

export function usersQueryOptions(filters: UserFilters = {}) {
  return queryOptions({ queryKey: userKeys.list(filters), queryFn: () => getUsers(filters) });
}

export function useUsers(filters: UserFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(filters), ...options });
}
