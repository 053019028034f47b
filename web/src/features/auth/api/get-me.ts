import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '@server/auth/schema.ts';
import { isUnauthenticated, client, data } from '../../../lib/api-client.ts';

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
export async function getMe(): Promise<Me | null> {
  try {
    return await data(client.GET('/api/auth/me'));
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: getMe,
  // The session only changes through sign-in, sign-out and expiry, which all update this entry.
  staleTime: Infinity,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
