import { AppError } from '../platform/errors.ts';

export const liveErrors = {
  tooManyStreams: (max: number) =>
    new AppError({
      status: 429,
      code: 'live.too_many_streams',
      message: {
        sv: `Du har redan ${max} flikar eller fönster som visar ändringar direkt. Stäng någon av dem och ladda om sidan.`,
        en: `You already have ${max} tabs or windows showing changes live. Close one of them and reload the page.`,
      },
    }),
};
