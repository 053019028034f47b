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
        sv: `För många misslyckade inloggningsförsök för den här e-postadressen från din adress. Vänta ${minutes} min och försök igen, eller be en administratör om ett nytt lösenord.`,
        en: `Too many failed sign-in attempts for this e-mail address from your address. Wait ${minutes} min and try again, or ask an administrator for a new password.`,
      },
      extra: { retryAfterMinutes: minutes },
    }),
  signInDelayed: (seconds: number) =>
    new AppError({
      status: 429,
      code: 'auth.sign_in_delayed',
      message: {
        sv: `Många misslyckade inloggningsförsök har gjorts för den här e-postadressen. Vänta ${seconds} s och försök igen.`,
        en: `Many failed sign-in attempts have been made for this e-mail address. Wait ${seconds} s and try again.`,
      },
      extra: { retryAfterSeconds: seconds },
    }),
};
