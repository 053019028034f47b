import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SignInOptions } from '@server/auth/schema.ts';
import { client, data } from '../../../lib/api-client.ts';

export function getSignInOptions(): Promise<SignInOptions> {
  return data(client.GET('/api/auth/options'));
}

export const signInOptionsQueryOptions = queryOptions({ queryKey: ['auth', 'options'], queryFn: getSignInOptions });

export function useSignInOptions() {
  return useQuery(signInOptionsQueryOptions);
}

/** The address that starts a sign-in at the provider and comes back to `returnTo`. */
export function providerSignInHref(returnTo: string): string {
  return `/api/auth/oidc/start?${new URLSearchParams({ returnTo })}`;
}
