import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organization } from '@server/organizations/schema.ts';
import { client, data, flag, type QueryOf, type WithFlags } from '../../../lib/api-client.ts';

export type OrganizationFilters = WithFlags<QueryOf<'/api/organizations'>, 'includeInactive'>;

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (filters: OrganizationFilters) => [...organizationKeys.all, 'list', filters] as const,
};

export function getOrganizations(filters: OrganizationFilters): Promise<Organization[]> {
  return data(
    client.GET('/api/organizations', {
      params: { query: { ...filters, includeInactive: flag(filters.includeInactive) } },
    }),
  );
}

export function organizationsQueryOptions(filters: OrganizationFilters = {}) {
  return queryOptions({ queryKey: organizationKeys.list(filters), queryFn: () => getOrganizations(filters) });
}

export function useOrganizations(filters: OrganizationFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...organizationsQueryOptions(filters), ...options });
}
