import type { Schemas } from '../../../lib/api-client.ts';

/** An open round where the user's organisation reports, as the start page lists it (GET /api/me/due). */
export type MyReporting = Schemas['MyReporting'][number];
export type MyReportingStatus = MyReporting['status'];
