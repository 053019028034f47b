import { AppError, commonErrors } from '../platform/errors.ts';

export const organizationErrors = {
  notFound: () => commonErrors.notFound({ sv: 'Organisationen', en: 'The organisation' }),
  nameTaken: (name: string) =>
    commonErrors.conflictOn('organizations.name_taken', 'body.name', {
      sv: `Det finns redan en organisation som heter "${name}".`,
      en: `There is already an organisation called "${name}".`,
    }),
  parentNotFound: () =>
    commonErrors.invalid('organizations.parent_not_found', 'body.parentId', {
      sv: 'Den överordnade organisationen finns inte eller är inaktiverad.',
      en: 'The parent organisation does not exist or is deactivated.',
    }),
  parentCycle: () =>
    commonErrors.invalid('organizations.parent_cycle', 'body.parentId', {
      sv: 'En organisation kan inte ligga under sig själv eller under en av sina underorganisationer.',
      en: 'An organisation cannot be placed under itself or one of its own sub-organisations.',
    }),
  municipalityCodeKind: () =>
    commonErrors.invalid('organizations.municipality_code_kind', 'body.municipalityCode', {
      sv: 'Bara en kommun har kommunkod.',
      en: 'Only a municipality has a municipality code.',
    }),
  forbiddenCreate: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer och samordnare kan lägga till organisationer.',
      en: 'Only administrators and coordinators can add organisations.',
    }),
  forbiddenUpdate: () =>
    commonErrors.forbidden({
      sv: 'Du kan bara ändra organisationer som deltar enbart i forum du samordnar. En organisation som också deltar i andra forum ändras av en administratör.',
      en: 'You can only change organisations that take part only in forums you coordinate. An organisation that also takes part in other forums is changed by an administrator.',
    }),
  forbiddenDeactivate: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer kan inaktivera eller återaktivera organisationer.',
      en: 'Only administrators can deactivate or reactivate organisations.',
    }),
} satisfies Record<string, (...args: never[]) => AppError>;
