import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './api-client.ts';

function shouldRetry(failureCount: number, error: Error): boolean {
  // A 4xx will not change on retry; network hiccups and 5xx might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The start page's summary of what is due; any change the user makes may change it. */
export const dueQueryKey = ['me', 'due'] as const;

/** onUnauthenticated runs when any request finds the session gone (expired or signed out elsewhere). */
export function createQueryClient(onUnauthenticated: () => void): QueryClient {
  const onError = (error: Error) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      onError,
      // The start page lists what is due across domains, so every successful change refreshes it.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: dueQueryKey }),
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        // The route loaders fetch a page's data before its components mount; without a moment of
        // freshness every mount would ask again for what just arrived.
        staleTime: 10_000,
      },
    },
  });
  return queryClient;
}
