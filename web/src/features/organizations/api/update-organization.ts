import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organization, OrganizationUpdate } from '@server/organizations/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { organizationKeys } from './get-organizations.ts';

export function updateOrganization({
  id,
  changes,
}: {
  id: string;
  changes: OrganizationUpdate;
}): Promise<Organization> {
  return data(client.PATCH('/api/organizations/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}
