import { commonErrors } from '../platform/errors.ts';

export const userErrors = {
  notFound: () => commonErrors.notFound({ sv: 'Användaren', en: 'The user' }),
  emailTaken: (email: string) =>
    commonErrors.conflictOn('users.email_taken', 'body.email', {
      sv: `Det finns redan en användare med e-postadressen ${email}.`,
      en: `There is already a user with the e-mail address ${email}.`,
    }),
  hsaIdTaken: (hsaId: string) =>
    commonErrors.conflictOn('users.hsa_id_taken', 'body.hsaId', {
      sv: `Det finns redan en användare med HSA-id ${hsaId}.`,
      en: `There is already a user with the HSA-id ${hsaId}.`,
    }),
  forbiddenHsaId: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer kan ändra en användares HSA-id.',
      en: "Only administrators can change a user's HSA-id.",
    }),
  organizationNotFound: () =>
    commonErrors.invalid('users.organization_not_found', 'body.organizationId', {
      sv: 'Organisationen finns inte eller är inaktiverad.',
      en: 'The organisation does not exist or is deactivated.',
    }),
  forumNotFound: () =>
    commonErrors.invalid('users.forum_not_found', 'body.forumRoles', {
      sv: 'Ett av forumen finns inte.',
      en: 'One of the forums does not exist.',
    }),
  reporterNotMember: (forumName: string) =>
    commonErrors.invalid('users.reporter_not_member', 'body.forumRoles', {
      sv: `En rapportör måste tillhöra en medlemsorganisation i forumet ${forumName}.`,
      en: `A reporter must belong to a member organisation of the forum ${forumName}.`,
    }),
  forbiddenList: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer och samordnare kan se användarlistan.',
      en: 'Only administrators and coordinators can see the list of users.',
    }),
  forbiddenView: () =>
    commonErrors.forbidden({ sv: 'Du kan inte se den här användaren.', en: 'You cannot see this user.' }),
  forbiddenManage: () =>
    commonErrors.forbidden({
      sv: 'Du kan bara hantera användare som inte är administratörer och som bara har roller i forum du samordnar. Övriga hanteras av en administratör.',
      en: 'You can only manage users who are not administrators and hold roles only in forums you coordinate. Others are managed by an administrator.',
    }),
  forbiddenAdminFlag: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer kan ge eller ta bort administratörsbehörighet.',
      en: 'Only administrators can grant or remove administrator rights.',
    }),
  forbiddenForumRole: () =>
    commonErrors.forbidden({
      sv: 'Du kan bara ge roller i forum du samordnar.',
      en: 'You can only assign roles in forums you coordinate.',
    }),
  selfLockout: () =>
    commonErrors.invalid('users.self_lockout', 'body', {
      sv: 'Du kan inte inaktivera dig själv eller ta bort din egen administratörsbehörighet.',
      en: 'You cannot deactivate yourself or remove your own administrator rights.',
    }),
};
