import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organization, OrganizationKind } from '@server/organizations/schema.ts';
import { api } from '../../../lib/api-client.ts';

export interface OrganizationFilters {
  q?: string;
  kind?: OrganizationKind;
  includeInactive?: boolean;
}

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (filters: OrganizationFilters) => [...organizationKeys.all, 'list', filters] as const,
};

export function getOrganizations(filters: OrganizationFilters): Promise<Organization[]> {
  return api.get<Organization[]>('/api/organizations', { ...filters });
}

export function organizationsQueryOptions(filters: OrganizationFilters = {}) {
  return queryOptions({ queryKey: organizationKeys.list(filters), queryFn: () => getOrganizations(filters) });
}

export function useOrganizations(filters: OrganizationFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...organizationsQueryOptions(filters), ...options });
}
