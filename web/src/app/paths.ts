/** The app's addresses, in Swedish like the rest of what users see. */
export const paths = {
  start: '/',
  signIn: '/logga-in',
  forums: '/forum',
  organizations: '/organisationer',
  users: '/anvandare',
  audit: '/granskningslogg',
  outbox: '/utkorg',
  apiTokens: '/api-nycklar',
  rounds: '/avstamningar',
  meetings: '/moten',
  actions: '/uppdrag',
  decisions: '/beslut',
  search: '/sok',
  settings: '/installningar',
} as const;

export const forumPath = (forumId: string) => `${paths.forums}/${forumId}`;
export const forumRoundsPath = (forumId: string) => `${forumPath(forumId)}/avstamningar`;
export const forumIndicatorsPath = (forumId: string) => `${forumPath(forumId)}/indikatorer`;
export const forumMeetingsPath = (forumId: string) => `${forumPath(forumId)}/moten`;
/** The forum over time: strain matrix, reporting rates, indicator trends. */
export const forumTrendsPath = (forumId: string) => `${forumPath(forumId)}/trender`;
/** Old minutes (text, a web page, DOC, DOCX, ODT or PDF) imported as a meeting of the forum. */
export const forumImportPath = (forumId: string) => `${forumPath(forumId)}/importera`;
/** A meeting: the minute-taking view, and the minutes once published. */
export const meetingPath = (meetingId: string) => `${paths.meetings}/${meetingId}`;
/** The round's lägesbild. */
export const roundPath = (roundId: string) => `${paths.rounds}/${roundId}`;
/** An organisation's report in a round. */
export const reportPath = (roundId: string, organizationId: string) =>
  `${roundPath(roundId)}/rapport/${organizationId}`;
