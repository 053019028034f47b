import { describe, expect, it } from 'vitest';
import { can, readOnlyForumIds, type Actor, type MeetingTarget } from './policy.ts';

const F = 'forum-f';
const G = 'forum-g';

function actor(id: string, roles: [string, 'coordinator' | 'reporter' | 'reader'][], isAdmin = false): Actor {
  return {
    id,
    isAdmin,
    organizationId: `org-of-${id}`,
    forumRoles: roles.map(([forumId, role]) => ({ forumId, forumName: forumId, role })),
  };
}

const admin = actor('admin', [], true);
const coordinator = actor('coordinator', [[F, 'coordinator']]);
const otherCoordinator = actor('other', [[G, 'coordinator']]);
const reporter = actor('reporter', [[F, 'reporter']]);
const reader = actor('reader', [[F, 'reader']]);

const meeting = (status: string, extra: Partial<MeetingTarget> = {}): MeetingTarget => ({
  forumId: F,
  status,
  secretaryUserId: null,
  adjusters: [],
  ...extra,
});

describe('users', () => {
  const plain = { id: 'u', isAdmin: false, forumIds: [F], organizationForumIds: [F] };

  it('leaves administrators to administrators', () => {
    const target = { ...plain, isAdmin: true };
    expect(can(coordinator, 'user.update', target)).toBe(false);
    expect(can(admin, 'user.update', target)).toBe(true);
    expect(can(coordinator, 'user.setAdmin')).toBe(false);
  });

  it('lets a coordinator manage a user only when every role is in their forums', () => {
    expect(can(coordinator, 'user.update', plain)).toBe(true);
    expect(can(coordinator, 'user.update', { ...plain, forumIds: [F, G] })).toBe(false);
    expect(can(otherCoordinator, 'user.update', { ...plain, organizationForumIds: [] })).toBe(false);
  });

  it('lets a coordinator manage a user without roles only in a member organisation', () => {
    expect(can(coordinator, 'user.update', { ...plain, forumIds: [] })).toBe(true);
    expect(can(coordinator, 'user.update', { ...plain, forumIds: [], organizationForumIds: [G] })).toBe(false);
  });

  it('gives reporters and readers no say over users', () => {
    for (const who of [reporter, reader]) {
      expect(can(who, 'user.list')).toBe(false);
      expect(can(who, 'user.update', { ...plain, forumIds: [] })).toBe(false);
      expect(can(who, 'user.create', { ...plain, forumIds: [] })).toBe(false);
    }
  });

  it('lets everyone see themselves', () => {
    expect(can(reader, 'user.view', { ...plain, id: 'reader', organizationForumIds: [] })).toBe(true);
  });
});

describe('organisations', () => {
  it('lets a coordinator change one only when every forum it takes part in is theirs', () => {
    expect(can(coordinator, 'organization.update', { forumIds: [F] })).toBe(true);
    expect(can(coordinator, 'organization.update', { forumIds: [F, G] })).toBe(false);
    expect(can(coordinator, 'organization.update', { forumIds: [] })).toBe(false);
    expect(can(admin, 'organization.update', { forumIds: [F, G] })).toBe(true);
  });

  it('leaves deactivation to administrators', () => {
    expect(can(coordinator, 'organization.setActive')).toBe(false);
    expect(can(admin, 'organization.setActive')).toBe(true);
  });
});

describe('rounds', () => {
  const open = { forumId: F, status: 'open' as const, isPublished: false };

  it('shows the summering and lägesbild to readers only once published', () => {
    expect(can(reader, 'round.view', open)).toBe(true);
    expect(can(reader, 'round.viewSummary', open)).toBe(false);
    expect(can(reader, 'round.viewOverview', { ...open, isPublished: true })).toBe(true);
    expect(can(reporter, 'round.viewSummary', open)).toBe(true);
    expect(can(otherCoordinator, 'round.view', open)).toBe(false);
  });
});

describe('reports', () => {
  it("lets reporters write only their own organisation's report, while the round is open", () => {
    const own = { forumId: F, organizationId: 'org-of-reporter', roundStatus: 'open' as const };
    expect(can(reporter, 'report.edit', own)).toBe(true);
    expect(can(reporter, 'report.edit', { ...own, roundStatus: 'closed' })).toBe(false);
    expect(can(reporter, 'report.write', { ...own, organizationId: 'someone-else' })).toBe(false);
    expect(can(coordinator, 'report.write', { ...own, organizationId: 'someone-else' })).toBe(true);
    expect(can(reader, 'report.write', { ...own, organizationId: 'org-of-reader' })).toBe(false);
  });
});

describe('meetings', () => {
  it('shows readers only published or imported minutes', () => {
    for (const status of ['planned', 'held', 'in_review', 'approved'])
      expect(can(reader, 'meeting.view', meeting(status))).toBe(false);
    expect(can(reader, 'meeting.view', meeting('published'))).toBe(true);
    expect(can(reader, 'meeting.view', meeting('imported'))).toBe(true);
    expect(can(reporter, 'meeting.view', meeting('planned'))).toBe(true);
    expect(can(otherCoordinator, 'meeting.view', meeting('published'))).toBe(false);
  });

  it('shows an adjuster and the secretary the meeting they work on, whatever their role', () => {
    const adjusted = meeting('in_review', { adjusters: [{ userId: 'reader', approvedAt: null }] });
    expect(can(reader, 'meeting.view', adjusted)).toBe(true);
    expect(can(reader, 'meeting.approve', adjusted)).toBe(true);
    expect(can(reader, 'meeting.comment', adjusted)).toBe(true);
    expect(can(reader, 'meeting.write', adjusted)).toBe(false);
    const kept = meeting('held', { secretaryUserId: 'other' });
    expect(can(otherCoordinator, 'meeting.write', kept)).toBe(true);
    expect(can(otherCoordinator, 'meeting.publish', kept)).toBe(false);
  });

  it('keeps justering comments from readers and reporters of a published meeting', () => {
    expect(can(reader, 'meeting.comment', meeting('published'))).toBe(false);
    expect(can(reporter, 'meeting.comment', meeting('published'))).toBe(false);
    expect(can(coordinator, 'meeting.comment', meeting('published'))).toBe(true);
  });

  it('lets only the forum coordinators publish', () => {
    expect(can(coordinator, 'meeting.publish', meeting('approved'))).toBe(true);
    expect(can(reporter, 'meeting.publish', meeting('approved'))).toBe(false);
  });
});

describe('uppdrag', () => {
  const action = (status: string, extra = {}) => ({
    forumId: F,
    ownerUserId: null,
    ownerOrganizationId: 'org-of-reporter',
    meeting: meeting(status),
    ...extra,
  });

  it('shows an uppdrag where its meeting is shown', () => {
    expect(can(reader, 'action.view', action('planned'))).toBe(false);
    expect(can(reader, 'action.view', action('published'))).toBe(true);
  });

  it("lets the owner's reporter set the status but not change the uppdrag", () => {
    expect(can(reporter, 'action.updateStatus', action('published'))).toBe(true);
    expect(can(reporter, 'action.edit', action('published'))).toBe(false);
    expect(can(reader, 'action.updateStatus', action('published', { ownerOrganizationId: 'org-of-reader' }))).toBe(
      false,
    );
    expect(can(reader, 'action.updateStatus', action('published', { ownerUserId: 'reader' }))).toBe(true);
  });
});

describe('forums', () => {
  it('limits a coordinator to their own forum', () => {
    expect(can(coordinator, 'forum.update', { forumId: F })).toBe(true);
    expect(can(coordinator, 'forum.update', { forumId: G })).toBe(false);
    expect(can(coordinator, 'forum.setOwnerOrActive')).toBe(false);
    expect(can(coordinator, 'forum.create')).toBe(false);
  });

  it('lists the forums where only published meetings count', () => {
    const mixed = actor('mixed', [
      [F, 'reader'],
      [G, 'reporter'],
    ]);
    expect(readOnlyForumIds(mixed)).toEqual([F]);
    expect(readOnlyForumIds(admin)).toEqual([]);
  });
});
