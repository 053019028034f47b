// Uppdrag: given at a meeting, owned by an organisation or a person, followed up at later
// meetings, in lägesrapporter or directly.
import { z } from 'zod';
import { freeText, isoDate, queryInt } from '../platform/schema-helpers.ts';
import { actionPermissionsSchema } from '../policy/schema.ts';

const localDate = isoDate.describe('YYYY-MM-DD');

export const actionStatusSchema = z
  .enum(['open', 'in_progress', 'done', 'cancelled'])
  .describe('öppen / pågår / klar / struken')
  .meta({ id: 'ActionStatus' });
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const actionSchema = z
  .object({
    id: z.uuid(),
    forumId: z.uuid(),
    forumName: z.string(),
    meetingId: z.uuid(),
    meetingTitle: z.string(),
    meetingDate: localDate,
    agendaItemId: z.uuid().nullable(),
    ownerOrganizationId: z.uuid().nullable(),
    ownerOrganizationName: z.string().nullable(),
    ownerUserId: z.uuid().nullable(),
    ownerName: z.string(),
    task: z.string(),
    dueDate: localDate.nullable(),
    dueNextMeeting: z.boolean().describe('"till nästa möte"'),
    status: actionStatusSchema,
    statusComment: z.string(),
    isOverdue: z
      .boolean()
      .describe('Open past its due date, or "till nästa möte" and the forum has held a later meeting'),
    updatedAt: z.string(),
    lastUpdate: z
      .object({
        status: actionStatusSchema,
        comment: z.string(),
        at: z.string(),
        byName: z.string().nullable(),
        source: z.enum(['meeting', 'report', 'direct']),
      })
      .nullable(),
    permissions: actionPermissionsSchema,
  })
  .meta({ id: 'Action' });
export type Action = z.infer<typeof actionSchema>;
/** An uppdrag as stored and audited, without the caller's permissions. */
export type ActionRecord = Omit<Action, 'permissions'>;

export const actionCreateSchema = z
  .object({
    ownerOrganizationId: z.uuid().nullish(),
    ownerUserId: z.uuid().nullish(),
    ownerName: freeText({ min: 2, max: 200 }).nullish().describe('Defaults to the user or organisation name'),
    task: freeText({ min: 3, max: 5000 }),
    dueDate: localDate.nullish(),
    dueNextMeeting: z.boolean().default(false),
  })
  .meta({ id: 'ActionCreate' });

export const actionUpdateSchema = z
  .object({
    task: freeText({ min: 3, max: 5000 }).optional(),
    ownerOrganizationId: z.uuid().nullable().optional(),
    ownerUserId: z.uuid().nullable().optional(),
    ownerName: freeText({ min: 2, max: 200 }).optional(),
    dueDate: localDate.nullable().optional(),
    dueNextMeeting: z.boolean().optional(),
    status: actionStatusSchema.optional(),
    comment: freeText({ max: 5000 }).optional(),
    meetingId: z.uuid().optional().describe('Set when the status is followed up at a meeting'),
    roundId: z.uuid().optional().describe('Set when the owner updates the status in a lägesrapport'),
  })
  .meta({ id: 'ActionUpdate' });

/** The most uppdrag one page of the board holds. */
export const ACTION_PAGE_MAX = 200;

export const actionListQuerySchema = z.object({
  forumId: z.uuid().optional(),
  roundId: z
    .uuid()
    .optional()
    .describe("Only the uppdrag of this round's forum: a lägesrapport asks without waiting for the round"),
  organizationId: z.uuid().optional(),
  status: actionStatusSchema.optional(),
  overdue: z.stringbool().optional(),
  q: z.string().trim().max(200).optional(),
  limit: queryInt.min(1).max(ACTION_PAGE_MAX).default(50),
  offset: queryInt.min(0).default(0),
});

export const actionPageSchema = z
  .object({
    items: z.array(actionSchema),
    total: z.number().int().describe('Uppdrag matching the filters across all pages'),
  })
  .meta({ id: 'ActionPage' });
export type ActionPage = z.infer<typeof actionPageSchema>;

export const actionOwnerSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'ActionOwnerOrganization' });
