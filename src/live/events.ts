/** The names of the events on the stream. Without zod: every page of the web app listens to them. */
export const liveEvents = {
  /** data: a LiveChange as JSON. */
  change: 'change',
  /** Changes may have been missed (the server lost its database connection): refetch everything. */
  resync: 'resync',
} as const;
