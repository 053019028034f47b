import { z } from 'zod';
import { localeSchema } from '../auth/schema.ts';
import { strainLevelSchema } from '../rounds/schema.ts';
import { cellStatusSchema, trendQuerySchema } from '../trends/schema.ts';

export const exportQuerySchema = z
  .object({
    lang: localeSchema
      .optional()
      .describe("The language of names and words; without it, Accept-Language and then the user's own language decide"),
  })
  .and(trendQuerySchema);
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const roundColumns = {
  roundId: z.uuid(),
  round: z.string().describe('The round\'s title, e.g. "v. 49 2026"'),
  period: z.string().describe('The reporting period: the ISO week ("v. 49 2026") or the dates it spans'),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  organizationId: z.uuid(),
  organization: z.string(),
  municipalityCode: z.string().nullable().describe('Kommunkod (four digits) for a kommun; null otherwise'),
};

export const valueRowSchema = z
  .object({
    ...roundColumns,
    indicatorId: z.uuid(),
    indicatorKey: z.string().describe('The indicator\'s stable machine key, e.g. "covid_inpatients"'),
    indicator: z.string().describe("The indicator's name in the language of the response"),
    value: z.number().describe('As of the latest version of the report'),
    capacity: z.number().nullable().describe('For capacity indicators: the promised capacity the value is set against'),
    unit: z.string(),
    reportedAt: z.iso
      .datetime({ offset: true })
      .describe('When the organisation first reported in the round; `late` is measured from it'),
    late: z.boolean().describe('The first report came after the deadline'),
  })
  .meta({ id: 'ExportValueRow' });
export type ValueRow = z.infer<typeof valueRowSchema>;

export const valueExportSchema = z
  .object({
    forumId: z.uuid(),
    rows: z
      .array(valueRowSchema)
      .describe(
        'One row per filed figure (long format), oldest round first. A gap in reporting has no row, never a zero.',
      ),
  })
  .meta({ id: 'ValueExport' });
export type ValueExport = z.infer<typeof valueExportSchema>;

const countSchema = z.number().int().min(0).max(1);

export const reportingRowSchema = z
  .object({
    ...roundColumns,
    status: cellStatusSchema,
    statusLabel: z.string().describe('The status in words, in the language of the response'),
    strainLevel: strainLevelSchema.nullable().describe('The reported strain; null when nothing was reported'),
    expected: countSchema.describe('1 when the organisation was a member when the round closed for reports'),
    reported: countSchema.describe('1 when it reported while expected'),
    onTime: countSchema.describe('1 when it reported by the deadline while expected; sums over rows give the rates'),
  })
  .meta({ id: 'ExportReportingRow' });
export type ReportingRow = z.infer<typeof reportingRowSchema>;

const rateColumns = {
  expected: z.number().int(),
  reported: z.number().int(),
  onTime: z.number().int(),
  rate: z.number().nullable().describe('reported / expected, 0–1; null when nothing was expected'),
  onTimeRate: z.number().nullable().describe('onTime / expected, 0–1'),
};

export const reportingExportSchema = z
  .object({
    forumId: z.uuid(),
    rows: z
      .array(reportingRowSchema)
      .describe('One row per round and organisation that was expected or reported (long format), oldest round first'),
    organizations: z.array(
      z.object({
        organizationId: z.uuid(),
        organization: z.string(),
        municipalityCode: z.string().nullable(),
        ...rateColumns,
      }),
    ),
    rounds: z.array(z.object({ roundId: z.uuid(), round: z.string(), period: z.string(), ...rateColumns })),
    total: z.object(rateColumns),
  })
  .meta({ id: 'ReportingExport' });
export type ReportingExport = z.infer<typeof reportingExportSchema>;
