import { z } from 'zod';

// The `permissions` of each record in the API (src/policy/policy.ts `permissionsOf`): what the caller
// may do with it now. The web app shows actions from these flags only.

const flag = (what: string) => z.boolean().describe(what);

export const mePermissionsSchema = z
  .object({
    canCreateForum: flag('Create forums'),
    canCreateOrganization: flag('Add organisations'),
    canListUsers: flag('Open the user administration'),
    canViewAudit: flag('Read the audit log'),
    canConfigureSignIn: flag('Change how users sign in (password, single sign-on)'),
    canManageApiTokens: flag('Issue and revoke API tokens'),
  })
  .meta({ id: 'MePermissions' });

export const forumPermissionsSchema = z
  .object({
    canEdit: flag('Change name, description, members, coordinators, indicators and settings'),
    canSetOwnerOrActive: flag('Change the owner organisation or (de)activate the forum'),
    canManageRounds: flag('Open, change, close and publish rounds; write the summering; set the schedule'),
    canPlanMeetings: flag('Plan meetings and import old minutes'),
  })
  .meta({ id: 'ForumPermissions' });

export const roundPermissionsSchema = z
  .object({
    canEdit: flag('Change, close, reopen or publish the round, write its summering, send reminders'),
    canViewOverview: flag('Read the lägesbild'),
  })
  .meta({ id: 'RoundPermissions' });

export const reportPermissionsSchema = z
  .object({
    canEdit: flag('Save, submit and amend the report (the round is open)'),
    isOwn: flag("The caller reports for this organisation (otherwise a coordinator files on the member's behalf)"),
  })
  .meta({ id: 'ReportPermissions' });

export const meetingPermissionsSchema = z
  .object({
    canEdit: flag('Write notes, decisions, uppdrag, attendance and bilagor'),
    canEditAgenda: flag('Add, remove and reorder agenda items (before the meeting is held)'),
    canHold: flag('Mark the meeting as held'),
    canSendForReview: flag('Send the minutes for justering'),
    canApprove: flag('Approve (justera) as one of the adjusters'),
    canPublish: flag('Publish the approved minutes'),
    canCorrect: flag('Start a correction of approved minutes as a new version'),
    canComment: flag('Comment during justering'),
    canWithdraw: flag('Pull the minutes back from justering'),
    canSendInvitations: flag('Send the kallelse with its calendar invitation, or send it again after a change'),
    canCancel: flag('Cancel the planned meeting (invitees get a calendar cancellation)'),
    canViewMail: flag('See the mail sent about the meeting and how each fared'),
  })
  .meta({ id: 'MeetingPermissions' });

export const agendaItemPermissionsSchema = z
  .object({
    canEdit: flag("Write the item's notes, decisions, uppdrag and bilagor"),
    canDelete: flag('Remove the item from the agenda'),
  })
  .meta({ id: 'AgendaItemPermissions' });

export const actionPermissionsSchema = z
  .object({
    canEdit: flag('Change the task, owner and due date'),
    canUpdateStatus: flag('Set the status with a comment'),
  })
  .meta({ id: 'ActionPermissions' });

export const userPermissionsSchema = z
  .object({
    canEdit: flag('Change the user, their roles and password'),
    canSetAdmin: flag('Grant or remove administrator rights'),
    canSetHsaId: flag('Set the HSA-id by which the identity provider names the user'),
    canDeactivate: flag('Deactivate or reactivate the user'),
  })
  .meta({ id: 'UserPermissions' });

export const organizationPermissionsSchema = z
  .object({
    canEdit: flag('Change name, kind, parent and municipality code'),
    canDeactivate: flag('Deactivate or reactivate the organisation'),
  })
  .meta({ id: 'OrganizationPermissions' });
