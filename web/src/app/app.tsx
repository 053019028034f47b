import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { createAppRouter } from './routes.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/**
 * The query cache and a data router: its loaders start each page's requests (so it shares the query
 * cache), and a form with unsaved text can block navigation (useBlocker). Made before the first
 * render, because making the router starts the first page's requests and code: React's first render
 * of the shell is one long task, and requests started inside it would wait for its end.
 */
export function createApp() {
  const queryClient: QueryClient = createQueryClient(() => queryClient.setQueryData(meQueryOptions.queryKey, null));
  return { queryClient, router: createAppRouter(queryClient) };
}

export function App({ queryClient, router }: ReturnType<typeof createApp>) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
