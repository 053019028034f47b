import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SignInSettings, SignInSettingsUpdate } from '@server/auth/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { signInOptionsQueryOptions } from './get-sign-in-options.ts';

export const signInSettingsQueryOptions = queryOptions({
  queryKey: ['auth', 'settings'],
  queryFn: (): Promise<SignInSettings> => data(client.GET('/api/auth/settings')),
});

export function useSignInSettings() {
  return useQuery(signInSettingsQueryOptions);
}

export function useUpdateSignInSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInSettingsUpdate): Promise<SignInSettings> =>
      data(client.PUT('/api/auth/settings', { body })),
    onSuccess: (settings) => {
      queryClient.setQueryData(signInSettingsQueryOptions.queryKey, settings);
      return queryClient.invalidateQueries({ queryKey: signInOptionsQueryOptions.queryKey });
    },
  });
}
