/** The app's addresses, in Swedish like the rest of what users see. */
export const paths = {
  start: '/',
  signIn: '/logga-in',
  forums: '/forum',
  organizations: '/organisationer',
  users: '/anvandare',
  audit: '/granskningslogg',
  rounds: '/avstamningar',
} as const;

export const forumPath = (forumId: string) => `${paths.forums}/${forumId}`;
export const forumRoundsPath = (forumId: string) => `${forumPath(forumId)}/avstamningar`;
export const forumIndicatorsPath = (forumId: string) => `${forumPath(forumId)}/indikatorer`;
/** The round's lägesbild. */
export const roundPath = (roundId: string) => `${paths.rounds}/${roundId}`;
/** An organisation's report in a round. */
export const reportPath = (roundId: string, organizationId: string) => `${roundPath(roundId)}/rapport/${organizationId}`;
