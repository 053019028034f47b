import type { Me } from '@server/auth/schema.ts';

/** The forums the user coordinates, and so may manage. */
export function coordinatedForumIds(me: Me): string[] {
  return me.forumRoles.filter((role) => role.role === 'coordinator').map((role) => role.forumId);
}

/** Administrators and coordinators see the administration pages; reporters and readers do not. */
export function canAdminister(me: Me): boolean {
  return me.permissions.canListUsers;
}
