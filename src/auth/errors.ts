import { AppError } from '../platform/errors.ts';

export const authErrors = {
  invalidCredentials: () =>
    new AppError({
      status: 401,
      code: 'auth.invalid_credentials',
      message: { sv: 'Fel e-postadress eller lösenord.', en: 'Wrong e-mail address or password.' },
    }),
  tooManyFailures: (minutes: number) =>
    new AppError({
      status: 429,
      code: 'auth.too_many_failures',
      message: {
        sv: `För många misslyckade inloggningsförsök för den här e-postadressen. Vänta ${minutes} min och försök igen, eller be en administratör om ett nytt lösenord.`,
        en: `Too many failed sign-in attempts for this e-mail address. Wait ${minutes} min and try again, or ask an administrator for a new password.`,
      },
      extra: { retryAfterMinutes: minutes },
    }),
};
