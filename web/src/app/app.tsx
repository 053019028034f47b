import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { createAppRouter } from './routes.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient(() => client.setQueryData(meQueryOptions.queryKey, null));
    return client;
  });
  // A data router: its loaders start each page's requests (so it shares the query cache), and a
  // form with unsaved text can block navigation (useBlocker).
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
