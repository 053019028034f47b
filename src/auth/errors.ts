import { AppError, commonErrors } from '../platform/errors.ts';

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
  passwordSignInOff: (providerName: string) =>
    new AppError({
      status: 403,
      code: 'auth.password_sign_in_off',
      message: {
        sv: `Inloggning med lösenord är avstängd. Logga in med knappen ”Logga in med ${providerName}”.`,
        en: `Password sign-in is turned off. Sign in with the button "Sign in with ${providerName}".`,
      },
    }),
  providerNotConfigured: () =>
    new AppError({
      status: 404,
      code: 'auth.provider_not_configured',
      message: {
        sv: 'Inloggning via organisationens identitetstjänst är inte inställd här.',
        en: "Sign-in through the organisation's identity provider is not set up here.",
      },
    }),
  forbiddenSettings: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer kan ändra inställningarna för inloggning.',
      en: 'Only administrators can change the sign-in settings.',
    }),
  passwordOffWithoutProvider: () =>
    commonErrors.conflictOn('auth.settings.no_provider', 'body.passwordSignIn', {
      sv: 'Lösenordsinloggning kan inte stängas av när ingen identitetstjänst är inställd; då kunde ingen logga in.',
      en: 'Password sign-in cannot be turned off while no identity provider is set up; nobody could sign in.',
    }),
  passwordOffNotViaProvider: (providerName: string) =>
    commonErrors.conflictOn('auth.settings.not_signed_in_via_provider', 'body.passwordSignIn', {
      sv: `Logga in med ${providerName} innan du stänger av lösenordsinloggning. Då vet vi att minst en administratör kommer in den vägen.`,
      en: `Sign in with ${providerName} before turning password sign-in off. That shows at least one administrator gets in that way.`,
    }),
  newUserOrganizationRequired: () =>
    commonErrors.invalid('auth.settings.organization_required', 'body.newUserOrganizationId', {
      sv: 'Välj vilken organisation nya användare ska tillhöra.',
      en: 'Choose the organisation new users belong to.',
    }),
  newUserOrganizationNotFound: () =>
    commonErrors.invalid('auth.settings.organization_not_found', 'body.newUserOrganizationId', {
      sv: 'Organisationen finns inte eller är inaktiverad.',
      en: 'The organisation does not exist or is deactivated.',
    }),
};
