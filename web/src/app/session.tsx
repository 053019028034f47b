import { createContext, useContext } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { QueryState } from '../components/ui/query-state.tsx';
import { LocalCopyOwner } from '../lib/local-copy.ts';
import { useMe } from '../features/auth/api/get-me.ts';
import { paths } from './paths.ts';

const SessionContext = createContext<Me | null>(null);

/** The signed-in user; only for pages under <RequireSession>. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside <RequireSession>');
  return me;
}

/** Renders its routes for a signed-in user and sends everyone else to sign in, then back here. */
export function RequireSession() {
  const query = useMe();
  const location = useLocation();
  return (
    <QueryState query={query}>
      {(me) =>
        me ? (
          <SessionContext.Provider value={me}>
            <LocalCopyOwner.Provider value={me.id}>
              <Outlet />
            </LocalCopyOwner.Provider>
          </SessionContext.Provider>
        ) : (
          <Navigate to={paths.signIn} replace state={{ from: location.pathname + location.search }} />
        )
      }
    </QueryState>
  );
}
