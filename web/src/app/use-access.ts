import type { Forum } from '@server/forums/schema.ts';
import { canAdminister } from '../features/auth/permissions.ts';
import { useForums } from '../features/forums/api/get-forums.ts';
import { useSession } from './session.tsx';

/**
 * What the signed-in user may do at the forum level, read from the permissions the server returns
 * with each forum, so pages hide what the server would refuse. Records (rounds, meetings, uppdrag,
 * organisations, users) carry their own `permissions`; use those where the record is at hand.
 */
export function useAccess() {
  const me = useSession();
  const forumsQuery = useForums({ includeInactive: true }, { enabled: canAdminister(me) });
  const managedForums: Forum[] = (forumsQuery.data ?? []).filter((forum) => forum.permissions.canEdit);
  const memberOrganizationIds = new Set(
    managedForums.flatMap((forum) => forum.members.map((member) => member.organizationId)),
  );
  return {
    me,
    isAdmin: me.isAdmin,
    canAdminister: canAdminister(me),
    /** Forums whose members, coordinators and roles the user manages. */
    managedForums,
    canManageForum: (forumId: string) => managedForums.some((forum) => forum.id === forumId),
    /** Organisations the user may add users to: any for administrators, else members of their forums. */
    canAddUsersTo: (organizationId: string) => me.isAdmin || memberOrganizationIds.has(organizationId),
    /** Marks the user's own organisation in a lägesbild they report to. */
    isReporterIn: (forumId: string) =>
      me.forumRoles.some((role) => role.forumId === forumId && role.role === 'reporter'),
  };
}
