import { Outlet } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { useSession } from './session.tsx';

/** Pages the user may not use answer like pages that do not exist. */
export function RequirePermission({ when }: { when: (me: Me) => boolean }) {
  const me = useSession();
  return when(me) ? <Outlet /> : <NotFoundPage />;
}
