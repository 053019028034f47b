import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client.ts';
import { meQueryOptions } from './get-me.ts';

export function signOut(): Promise<void> {
  return data(client.POST('/api/auth/logout'));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // Nothing fetched for one user may be shown to the next person at this browser.
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions.queryKey, null);
    },
  });
}
