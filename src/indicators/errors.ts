import { commonErrors } from '../platform/errors.ts';

export const indicatorErrors = {
  notFound: () => commonErrors.notFound({ sv: 'Indikatorn', en: 'The indicator' }),
  keyTaken: (key: string) =>
    commonErrors.conflict('indicators.key_taken', {
      sv: `Forumet har redan en indikator med nyckeln "${key}".`,
      en: `The forum already has an indicator with the key "${key}".`,
    }),
  rangeOrder: () =>
    commonErrors.invalid('indicators.range_order', 'body.maxValue', {
      sv: 'Största värdet får inte vara mindre än minsta värdet.',
      en: 'The maximum must not be less than the minimum.',
    }),
  forbiddenManage: () =>
    commonErrors.forbidden({
      sv: 'Bara forumets samordnare kan ändra indikatorerna.',
      en: "Only the forum's coordinators can change its indicators.",
    }),
};
