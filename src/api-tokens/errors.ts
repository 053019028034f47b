import { AppError, commonErrors } from '../platform/errors.ts';

export const apiTokenErrors = {
  notFound: () => commonErrors.notFound({ sv: 'API-nyckeln', en: 'The API token' }),
  forbiddenManage: () =>
    commonErrors.forbidden({
      sv: 'Bara administratörer kan utfärda och återkalla API-nycklar.',
      en: 'Only administrators can issue and revoke API tokens.',
    }),
  forumNotFound: () =>
    commonErrors.invalid('api_tokens.forum_not_found', 'body.forumIds', {
      sv: 'Ett av forumen finns inte eller är inaktiverat.',
      en: 'One of the forums does not exist or is deactivated.',
    }),
  organizationNotFound: () =>
    commonErrors.invalid('api_tokens.organization_not_found', 'body.organizationId', {
      sv: 'Organisationen finns inte eller är inaktiverad.',
      en: 'The organisation does not exist or is deactivated.',
    }),
  expiryPassed: () =>
    commonErrors.invalid('api_tokens.expiry_passed', 'body.expiresOn', {
      sv: 'Sista giltighetsdag måste vara i dag eller senare.',
      en: 'The last valid day must be today or later.',
    }),
  alreadyRevoked: () =>
    commonErrors.conflict('api_tokens.already_revoked', {
      sv: 'API-nyckeln är redan återkallad.',
      en: 'The API token is already revoked.',
    }),
  /** The same answer for an unknown, revoked or expired token: it tells a guesser nothing. */
  invalid: () =>
    new AppError({
      status: 401,
      code: 'api_tokens.invalid',
      message: {
        sv: 'API-nyckeln är ogiltig, återkallad eller har gått ut.',
        en: 'The API token is invalid, revoked or expired.',
      },
    }),
  routeNotAllowed: () =>
    new AppError({
      status: 403,
      code: 'api_tokens.route_not_allowed',
      message: {
        sv: 'En API-nyckel kan bara läsa forumets exporter (/api/forums/{id}/exports/…).',
        en: "An API token can only read a forum's exports (/api/forums/{id}/exports/…).",
      },
    }),
  forumNotAllowed: () =>
    new AppError({
      status: 403,
      code: 'api_tokens.forum_not_allowed',
      message: {
        sv: 'API-nyckeln gäller inte det här forumet.',
        en: 'The API token is not valid for this forum.',
      },
    }),
};
