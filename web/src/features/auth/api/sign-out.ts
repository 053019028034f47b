import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client.ts';
import { meQueryOptions } from './get-me.ts';

/** Ends the session; answers where the identity provider ends its own session, when it has one. */
export function signOut(): Promise<{ endSessionUrl: string | null }> {
  return data(client.POST('/api/auth/logout'));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: ({ endSessionUrl }) => {
      // Nothing fetched for one user may be shown to the next person at this browser.
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions.queryKey, null);
      // Signed in through the provider: sign out there too, or the next click on its button signs
      // the same person straight back in. The provider returns the browser to the sign-in page.
      if (endSessionUrl) window.location.assign(endSessionUrl);
    },
  });
}
