import type { Forum } from '@server/forums/schema.ts';
import type { Action } from '@server/meetings/schema.ts';
import { canAdminister, coordinatedForumIds } from '../features/auth/permissions.ts';
import { useForums } from '../features/forums/api/get-forums.ts';
import { useSession } from './session.tsx';

/**
 * What the signed-in user may do, so pages hide what they may not (the server enforces the same
 * rules). A coordinator manages their own forums and the organisations and users in them.
 */
export function useAccess() {
  const me = useSession();
  const coordinated = new Set(coordinatedForumIds(me));
  const forumsQuery = useForums({ includeInactive: true }, { enabled: me.isAdmin || coordinated.size > 0 });
  const allForums = forumsQuery.data ?? [];
  const managedForums: Forum[] = me.isAdmin ? allForums : allForums.filter((forum) => coordinated.has(forum.id));
  const memberOrganizationIds = new Set(
    managedForums.flatMap((forum) => forum.members.map((member) => member.organizationId)),
  );
  return {
    me,
    isAdmin: me.isAdmin,
    canAdminister: canAdminister(me),
    /** Forums whose members, coordinators and roles the user manages. */
    managedForums,
    canManageForum: (forumId: string) => me.isAdmin || coordinated.has(forumId),
    canManageOrganization: (organizationId: string) => me.isAdmin || memberOrganizationIds.has(organizationId),
    /** Reporters write their own organisation's reports and see every lägesbild of the forum. */
    isReporterIn: (forumId: string) =>
      me.forumRoles.some((role) => role.forumId === forumId && role.role === 'reporter'),
    /**
     * Who sets an uppdrag's status: the forum's coordinators and the uppdrag's owner (the person, or a
     * reporter of the organisation). The meeting's secretary may too, which the uppdrag does not tell.
     */
    canUpdateAction: (action: Pick<Action, 'forumId' | 'ownerUserId' | 'ownerOrganizationId'>) =>
      me.isAdmin ||
      coordinated.has(action.forumId) ||
      action.ownerUserId === me.id ||
      (action.ownerOrganizationId === me.organizationId &&
        me.forumRoles.some((role) => role.forumId === action.forumId && role.role === 'reporter')),
  };
}
