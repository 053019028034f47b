import { commonErrors } from '../platform/errors.ts';

export const forumErrors = {
  notFound: () => commonErrors.notFound({ sv: 'Forumet', en: 'The forum' }),
  nameTaken: (name: string) =>
    commonErrors.conflictOn('forums.name_taken', 'body.name', {
      sv: `Det finns redan ett forum som heter "${name}".`,
      en: `There is already a forum called "${name}".`,
    }),
  organizationNotFound: (path: string) =>
    commonErrors.invalid('forums.organization_not_found', path, {
      sv: 'En av organisationerna finns inte eller är inaktiverad.',
      en: 'One of the organisations does not exist or is deactivated.',
    }),
  duplicateMember: () =>
    commonErrors.invalid('forums.duplicate_member', 'body.memberOrganizationIds', {
      sv: 'En organisation kan bara vara medlem en gång.',
      en: 'An organisation can only be a member once.',
    }),
  userNotFound: () =>
    commonErrors.invalid('forums.coordinator_not_found', 'body.coordinatorUserIds', {
      sv: 'En av samordnarna finns inte eller är inaktiverad.',
      en: 'One of the coordinators does not exist or is deactivated.',
    }),
  forbiddenView: () =>
    commonErrors.forbidden({ sv: 'Du deltar inte i det här forumet.', en: 'You do not take part in this forum.' }),
  forbiddenCreate: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer kan skapa forum.',
      en: 'Only administrators can create forums.',
    }),
  forbiddenUpdate: () =>
    commonErrors.forbidden({
      sv: 'Bara forumets samordnare och administratörer kan ändra forumet.',
      en: "Only the forum's coordinators and administrators can change the forum.",
    }),
  forbiddenDeactivate: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer kan inaktivera ett forum eller byta ägande organisation.',
      en: 'Only administrators can deactivate a forum or change its owner.',
    }),
};
