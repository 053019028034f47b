import { hashPassword, systemAdmin } from '../auth/service.ts';
import { createForum } from '../forums/service.ts';
import { createOrganization } from '../organizations/service.ts';
import type { Db } from '../platform/db.ts';
import { createUser } from '../users/service.ts';
import { seedDemoMeetings } from './demo-meetings.ts';
import { seedDemoRounds } from './demo-rounds.ts';
import { DEMO_PASSWORD, demoForums, demoLogins, demoOrganizations, generatedReporters } from './demo-data.ts';

/** Loads the demo data through the same services as the API, so it is audited like any change. */
/** `appUrl` is where the links in the mail of the rounds it opens point. */
export async function seedDemo(db: Db, appUrl: string): Promise<void> {
  const organizationIds = new Map<string, string>();
  for (const org of demoOrganizations) {
    const created = await createOrganization({
      db,
      actor: systemAdmin,
      input: {
        name: org.name,
        shortName: org.shortName ?? null,
        kind: org.kind,
        parentId: org.parent ? organizationIds.get(org.parent) : null,
        municipalityCode: org.municipalityCode ?? null,
      },
    });
    organizationIds.set(org.name, created.id);
  }
  const id = (name: string) => {
    const found = organizationIds.get(name);
    if (!found) throw new Error(`Demo data names an unknown organisation: ${name}`);
    return found;
  };
  const forumIds = new Map<string, string>();
  for (const forum of demoForums) {
    const created = await createForum({
      db,
      actor: systemAdmin,
      input: {
        name: forum.name,
        description: forum.description,
        ownerOrganizationId: id(forum.owner),
        memberOrganizationIds: forum.members.map(id),
      },
    });
    forumIds.set(forum.name, created.id);
  }
  // One hash for every demo account: argon2 is slow on purpose, and these share a password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds: string[] = [];
  for (const user of [...demoLogins, ...generatedReporters()]) {
    const created = await createUser({
      db,
      actor: systemAdmin,
      input: {
        email: user.email,
        name: user.name,
        title: user.title,
        organizationId: id(user.organization),
        isAdmin: user.isAdmin ?? false,
        forumRoles: user.roles.map((r) => ({ forumId: forumIds.get(r.forum)!, role: r.role })),
      },
    });
    userIds.push(created.id);
  }
  await db.updateTable('users').set({ passwordHash }).where('id', 'in', userIds).execute();
  const coordinators = new Map(
    demoForums.map((forum) => {
      const login = demoLogins.find((u) => u.roles.some((r) => r.forum === forum.name && r.role === 'coordinator'))!;
      return [forum.name, userIds[demoLogins.indexOf(login)]!];
    }),
  );
  await seedDemoRounds(db, forumIds, coordinators, appUrl);
  await seedDemoMeetings(db, forumIds);
}
