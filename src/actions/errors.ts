import { commonErrors } from '../platform/errors.ts';

export const actionErrors = {
  notFound: () => commonErrors.notFound({ sv: 'Uppdraget', en: 'The action' }),
  forbiddenUpdate: () =>
    commonErrors.forbidden({
      sv: 'Bara forumets samordnare, mötets sekreterare och den ansvariga organisationen kan ändra uppdraget.',
      en: "Only the forum's coordinators, the meeting's secretary and the responsible organisation can change this action.",
    }),
  ownerFieldsOnly: () =>
    commonErrors.forbidden({
      sv: 'Som ansvarig organisation kan du uppdatera status och kommentar, inte själva uppdraget.',
      en: 'As the responsible organisation you can update the status and comment, not the action itself.',
    }),
  ownerRequired: () =>
    commonErrors.invalid('actions.owner_required', 'body.ownerName', {
      sv: 'Ange vem som är ansvarig: en organisation, en person eller ett namn.',
      en: 'Say who is responsible: an organisation, a person or a name.',
    }),
  unknownOwner: () =>
    commonErrors.invalid('actions.unknown_owner', 'body.ownerOrganizationId', {
      sv: 'Den ansvariga organisationen eller personen finns inte.',
      en: 'The responsible organisation or person does not exist.',
    }),
};
