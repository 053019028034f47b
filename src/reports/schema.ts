import { z } from 'zod';
import { indicatorSchema } from '../indicators/schema.ts';
import { strainLevelSchema } from '../rounds/schema.ts';
import { freeText, int4, queryInt } from '../platform/schema-helpers.ts';
import { reportPermissionsSchema } from '../policy/schema.ts';

export const reportParams = z.object({ roundId: z.uuid(), organizationId: z.uuid() });

const valueInput = z.object({
  indicatorId: z.uuid(),
  value: z.number().finite().nullable().describe('null = not reported (distinct from 0)'),
  capacity: z.number().finite().nullable().optional().describe('For capacity indicators: the promised capacity'),
});

export const reportDraftSchema = z
  .object({
    revision: int4.min(0).describe('The revision you edited (0 for a new report); a mismatch answers 409'),
    currentSituation: freeText({ max: 20_000 }).describe('Nuläge: paragraphs and "- " bullet lines'),
    challenges: freeText({ max: 20_000 }).describe('Utmaning'),
    input: freeText({ max: 20_000 }).describe('Medskick'),
    strainLevel: strainLevelSchema.nullable(),
    values: z.array(valueInput).max(500),
  })
  .meta({ id: 'ReportDraft' });
export type ReportDraft = z.infer<typeof reportDraftSchema>;

export const submitSchema = z.object({ revision: int4.min(1) }).meta({ id: 'ReportSubmit' });
export const copyPreviousSchema = z
  .object({ revision: int4.min(0).describe('The working copy as last read; 0 when there is none yet') })
  .meta({ id: 'ReportCopyPrevious' });

export const reportValueSchema = z.object({
  indicatorId: z.uuid(),
  value: z.number().nullable(),
  capacity: z.number().nullable(),
});

export const reportVersionSummarySchema = z.object({
  version: z.number().int(),
  submittedAt: z.string(),
  submittedByName: z.string(),
  onBehalf: z.boolean(),
  isLate: z.boolean(),
});

export const reportSchema = z
  .object({
    id: z.uuid().nullable().describe('null until the first save'),
    roundId: z.uuid(),
    roundTitle: z.string(),
    roundStatus: z.enum(['open', 'closed']),
    deadline: z.string(),
    forumId: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    currentSituation: z.string(),
    challenges: z.string(),
    input: z.string(),
    strainLevel: strainLevelSchema.nullable(),
    values: z.array(reportValueSchema),
    revision: z.number().int().describe('0 before the first save'),
    updatedAt: z.string().nullable(),
    updatedByName: z.string().nullable(),
    submittedVersion: z.number().int().describe('0 = never submitted'),
    hasUnsubmittedChanges: z.boolean(),
    versions: z.array(reportVersionSummarySchema),
    indicators: z.array(indicatorSchema).describe('The indicators this organisation reports'),
    permissions: reportPermissionsSchema,
    hasPreviousReport: z.boolean().describe('"Inget nytt" can start from the previous round\'s report'),
    previousReport: z
      .object({
        roundTitle: z.string(),
        version: z.number().int(),
        submittedAt: z.string().describe('ISO 8601 instant'),
      })
      .nullable()
      .describe('The report "Inget nytt" copies: the latest submitted version of the previous round\'s report'),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof reportSchema>;

const diffPart = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });

export const reportDiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    fields: z.array(
      z.object({
        field: z.enum(['currentSituation', 'challenges', 'input', 'strainLevel']),
        changed: z.boolean(),
        parts: z.array(diffPart),
      }),
    ),
    values: z.array(
      z.object({
        indicatorId: z.uuid(),
        before: z.number().nullable(),
        after: z.number().nullable(),
        beforeCapacity: z.number().nullable(),
        afterCapacity: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'ReportDiff' });

export const diffQuerySchema = z.object({ from: queryInt.min(1), to: queryInt.min(1) });

/** The open rounds where the user's organisation reports, for the start page. */
export const myReportingSchema = z
  .array(
    z.object({
      roundId: z.uuid(),
      title: z.string(),
      deadline: z.string(),
      forumId: z.uuid(),
      forumName: z.string(),
      organizationId: z.uuid(),
      status: z.enum(['not_started', 'draft', 'submitted', 'amendment_draft']),
    }),
  )
  .meta({ id: 'MyReporting' });
export type MyReporting = z.infer<typeof myReportingSchema>;
