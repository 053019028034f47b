import { AppError, commonErrors } from '../platform/errors.ts';

export const roundErrors = {
  notFound: () => commonErrors.notFound({ sv: 'Avstämningen', en: 'The round' }),
  periodTaken: (title: string) =>
    commonErrors.conflict('rounds.period_taken', {
      sv: `Forumet har redan en avstämning som börjar samma dag (${title}).`,
      en: `The forum already has a round starting on the same day (${title}).`,
    }),
  closed: () =>
    commonErrors.conflict('rounds.closed', {
      sv: 'Avstämningen är stängd. Rapporter kan inte längre lämnas eller ändras.',
      en: 'The round is closed. Reports can no longer be filed or changed.',
    }),
  notPublished: () =>
    new AppError({
      status: 403,
      code: 'rounds.not_published',
      message: {
        sv: 'Lägesbilden är inte publicerad än. Läsare ser den när samordnaren har publicerat den.',
        en: 'The situation report is not published yet. Readers see it once the coordinator publishes it.',
      },
    }),
  summaryConflict: (name: string | null, at: string | null) =>
    commonErrors.conflict('rounds.summary_conflict', {
      sv: `Summeringen har ändrats av ${name ?? 'någon annan'}${at ? ` ${at}` : ''} sedan du öppnade den. Läs in den nya versionen och gör din ändring igen.`,
      en: `The summary was changed by ${name ?? 'someone else'}${at ? ` at ${at}` : ''} since you opened it. Load the new version and make your change again.`,
    }),
  forbiddenManage: () =>
    commonErrors.forbidden({
      sv: 'Bara forumets samordnare kan hantera avstämningar.',
      en: "Only the forum's coordinators can manage rounds.",
    }),
  unknownOrganizations: () =>
    commonErrors.invalid('rounds.unknown_organizations', 'body.organizationIds', {
      sv: 'En eller flera organisationer är inte medlemmar i forumet.',
      en: 'One or more organisations are not members of the forum.',
    }),
};
