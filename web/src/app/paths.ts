/** The app's addresses, in Swedish like the rest of what users see. */
export const paths = {
  start: '/',
  signIn: '/logga-in',
  forums: '/forum',
  organizations: '/organisationer',
  users: '/anvandare',
  audit: '/granskningslogg',
} as const;
