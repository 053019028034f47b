import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organization, OrganizationCreate } from '@server/organizations/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { organizationKeys } from './get-organizations.ts';

export function createOrganization(body: OrganizationCreate): Promise<Organization> {
  return data(client.POST('/api/organizations', { body }));
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}
