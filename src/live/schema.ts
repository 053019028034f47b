import { z } from 'zod';

const forumId = z.uuid().describe('The forum the record belongs to');

/**
 * One change, as an event of the live stream tells it: what kind of record and its ids, never its
 * content. The client refetches through the ordinary API, which applies the permissions again.
 */
export const liveChangeSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('report').describe('A lägesrapport was submitted or amended'),
      forumId,
      roundId: z.uuid(),
      organizationId: z.uuid(),
    }),
    z.object({
      kind: z.literal('round').describe('A round changed: its summering, status or publication'),
      forumId,
      roundId: z.uuid(),
    }),
    z.object({
      kind: z.literal('meeting').describe('A meeting changed: its agenda, decisions, attendance or status'),
      forumId,
      meetingId: z.uuid(),
    }),
    z.object({
      kind: z.literal('action').describe('An uppdrag was given or followed up'),
      forumId,
      meetingId: z.uuid(),
      actionId: z.uuid(),
    }),
  ])
  .meta({ id: 'LiveChange' });
export type LiveChange = z.infer<typeof liveChangeSchema>;
