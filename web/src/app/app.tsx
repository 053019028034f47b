import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { AppRoutes } from './routes.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

// A data router, so that a form with unsaved text can block navigation (useBlocker); the routes
// themselves stay declarative in AppRoutes.
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient(() => client.setQueryData(meQueryOptions.queryKey, null));
    return client;
  });
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
