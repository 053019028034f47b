import { z } from 'zod';
import { deliverySchema, mailKindSchema } from '../outbox/schema.ts';
import { organizationKindSchema } from '../organizations/schema.ts';
import { indicatorSchema } from '../indicators/schema.ts';
import { freeText, isoDate, isoTimestamp } from '../platform/schema-helpers.ts';
import { roundPermissionsSchema } from '../policy/schema.ts';
import { strainLevels, type StrainLevel } from './strain-levels.ts';

export const strainLevelSchema = z
  .enum(strainLevels)
  .describe('normalläge / ansträngt / mycket ansträngt / kritiskt')
  .meta({ id: 'StrainLevel' });
export { strainLevels, type StrainLevel };

const localDate = isoDate.describe('YYYY-MM-DD');
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })
  .describe('HH:MM, Europe/Stockholm');

export const roundSchema = z
  .object({
    id: z.uuid(),
    forumId: z.uuid(),
    forumName: z.string(),
    title: z.string().describe('e.g. "v. 53 2020"'),
    periodStart: localDate,
    periodEnd: localDate,
    deadline: z.string().describe('ISO 8601 instant'),
    meetingAt: z.string().nullable(),
    status: z.enum(['open', 'closed']),
    closedAt: z.string().nullable(),
    isPublished: z.boolean().describe('Readers see the lägesbild once it is published'),
    summary: z.string().describe("The coordinator's summering"),
    summaryUpdatedAt: z.string().nullable(),
    summaryUpdatedByName: z.string().nullable(),
    isScheduled: z.boolean().describe('Opened by the recurring schedule'),
    counts: z.object({
      members: z.number().int(),
      submitted: z.number().int(),
      late: z.number().int(),
      missing: z.number().int(),
    }),
    permissions: roundPermissionsSchema,
  })
  .meta({ id: 'Round' });
export type Round = z.infer<typeof roundSchema>;
/** A round as stored and audited, without the caller's permissions. */
export type RoundRecord = Omit<Round, 'permissions'>;

export const roundCreateSchema = z
  .object({
    title: freeText({ max: 100 }).optional().describe('Defaults to "v. <ISO week> <year>" of the period start'),
    periodStart: localDate,
    periodEnd: localDate,
    deadlineDate: localDate,
    deadlineTime: localTime,
    meetingAt: isoTimestamp.nullish(),
  })
  .refine((r) => r.periodEnd >= r.periodStart, { path: ['periodEnd'], message: 'validation.period_order' })
  .meta({ id: 'RoundCreate' });
export type RoundCreate = z.infer<typeof roundCreateSchema>;

export const roundUpdateSchema = z
  .object({
    title: freeText({ min: 1, max: 100 }),
    deadlineDate: localDate,
    deadlineTime: localTime,
    meetingAt: isoTimestamp.nullable(),
    status: z.enum(['open', 'closed']).describe('closed: no more reports or amendments'),
    isPublished: z.boolean(),
  })
  .partial()
  .refine((r) => (r.deadlineDate === undefined) === (r.deadlineTime === undefined), {
    path: ['deadlineTime'],
    message: 'validation.deadline_pair',
  })
  .meta({ id: 'RoundUpdate' });
export type RoundUpdate = z.infer<typeof roundUpdateSchema>;

export const summaryUpdateSchema = z
  .object({
    summary: freeText({ max: 20_000 }).describe('Summering; paragraphs and "- " bullet lines'),
    expectedUpdatedAt: z.string().nullable().describe('summaryUpdatedAt as last read; a mismatch answers 409'),
  })
  .meta({ id: 'SummaryUpdate' });

export const scheduleSchema = z
  .object({
    weekday: z.number().int().min(1).max(7).describe('ISO weekday of the deadline: 1 = Monday … 7 = Sunday'),
    deadlineTime: localTime,
    openDaysBefore: z.number().int().min(0).max(13).describe('Days before the deadline that the round opens'),
    isActive: z.boolean(),
  })
  .meta({ id: 'RoundSchedule' });
export type Schedule = z.infer<typeof scheduleSchema>;

export const reminderSettingsSchema = z
  .object({
    hoursBefore: z
      .number()
      .int()
      .min(1)
      .max(336)
      .nullable()
      .describe('Hours before the deadline that organisations that have not reported are reminded; null: no reminder'),
    hoursAfter: z
      .number()
      .int()
      .min(0)
      .max(336)
      .nullable()
      .describe('Hours after the deadline that they are reminded again while the round is open; null: no reminder'),
  })
  .meta({ id: 'RoundReminderSettings' });
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const roundListQuerySchema = z.object({ status: z.enum(['open', 'closed']).optional() });

export const overviewRowSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  shortName: z.string().nullable(),
  organizationKind: organizationKindSchema,
  status: z.enum(['submitted', 'late', 'missing']).describe('late = submitted after the deadline'),
  hasDraft: z.boolean().describe('A draft exists but nothing is submitted yet, or an amendment is unsubmitted'),
  strainLevel: strainLevelSchema.nullable(),
  currentSituation: z.string().nullable(),
  challenges: z.string().nullable(),
  input: z.string().nullable(),
  version: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  onBehalf: z.boolean(),
  previous: z
    .object({
      status: z.enum(['submitted', 'late', 'missing']),
      strainLevel: strainLevelSchema.nullable(),
    })
    .nullable()
    .describe('The same organisation in the previous round; null when the forum has no earlier round'),
  strainChange: z
    .enum(['worse', 'better', 'same'])
    .nullable()
    .describe('The strain against the previous round; null when either round has none'),
});

const aggregateSchema = z.object({
  method: z.enum(['sum', 'median']),
  value: z.number().nullable(),
  capacity: z.number().nullable(),
  reported: z.number().int().describe('How many organisations reported a value'),
  expected: z.number().int(),
  previousValue: z.number().nullable().describe('The same figure in the previous round, over all who reported then'),
  comparedOver: z
    .number()
    .int()
    .describe('The change is like for like: computed over the organisations that reported in both rounds'),
  change: z.number().nullable(),
  direction: z.enum(['up', 'down', 'same']).nullable(),
  assessment: z.enum(['better', 'worse', 'unchanged']).nullable().describe('Direction judged by higherIs'),
});

export const overviewSchema = z
  .object({
    round: roundSchema,
    previousRound: z
      .object({
        id: z.uuid(),
        title: z.string(),
        periodStart: localDate,
        periodEnd: localDate,
        isPreviousPeriod: z
          .boolean()
          .describe('It ends the day before this round starts; otherwise periods are missing in between'),
        reportedBoth: z.number().int().describe('Members that reported in both rounds'),
        reportedOnlyNow: z.number().int(),
        reportedOnlyBefore: z.number().int(),
        isComparable: z.boolean().describe('The previous period, with the same organisations reporting'),
      })
      .nullable()
      .describe('The round every change is measured against'),
    rows: z.array(overviewRowSchema).describe("Member organisations in the forum's order"),
    // An object rather than a record, so the OpenAPI document (and the web's types) name every level.
    strainCounts: z.object({
      normal: z.number().int(),
      strained: z.number().int(),
      very_strained: z.number().int(),
      critical: z.number().int(),
    }),
    indicators: z.array(
      z.object({
        indicator: indicatorSchema,
        values: z
          .array(z.number().nullable())
          .describe('One per row of `rows`, in the same order; null = not reported'),
        capacities: z
          .array(z.number().nullable())
          .nullable()
          .describe('For capacity indicators: the promised capacity per row, like `values`'),
        previousValues: z
          .array(z.number().nullable())
          .nullable()
          .describe("The previous round's figure per row, like `values`; null without a previous round"),
        groups: z.array(aggregateSchema.extend({ organizationKind: organizationKindSchema })),
        total: aggregateSchema,
      }),
    ),
  })
  .meta({ id: 'RoundOverview' });
export type Overview = z.infer<typeof overviewSchema>;

export const reminderCreateSchema = z
  .object({
    organizationIds: z.array(z.uuid()).max(1000).optional().describe('Defaults to every member that has not reported'),
    message: freeText({ max: 2000 }).optional().describe('Added to the standard reminder text'),
  })
  .meta({ id: 'ReminderCreate' });

export const reminderResultSchema = z
  .object({
    queued: z.number().int().describe('Reminders queued, one per reporter'),
    organizationsWithoutReporter: z.array(z.string()).describe('Organisations that have nobody to remind'),
  })
  .meta({ id: 'ReminderResult' });

export const outboxEntrySchema = deliverySchema
  .extend({
    id: z.uuid(),
    kind: mailKindSchema,
    toEmail: z.string(),
    toName: z.string(),
    subject: z.string(),
    body: z.string(),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'OutboxEntry' });

export const roundIdParams = z.object({ roundId: z.uuid() });
