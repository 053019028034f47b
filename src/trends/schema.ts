import { z } from 'zod';
import { indicatorSchema } from '../indicators/schema.ts';
import { organizationKindSchema } from '../organizations/schema.ts';
import { isoDate } from '../platform/schema-helpers.ts';
import { strainLevelSchema } from '../rounds/schema.ts';

const localDate = isoDate.describe('YYYY-MM-DD');

export const trendQuerySchema = z
  .object({
    from: localDate.optional().describe('Rounds whose period starts on or after this day'),
    to: localDate.optional().describe('Rounds whose period starts on or before this day'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'validation.period_order' });
export type TrendQuery = z.infer<typeof trendQuerySchema>;

export const indicatorTrendQuerySchema = z.object({ indicatorId: z.uuid() }).and(trendQuerySchema);

const roundRefSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  periodStart: localDate,
  periodEnd: localDate,
  deadline: z.string(),
});

export const cellStatusSchema = z
  .enum(['submitted', 'late', 'missing', 'not_member'])
  .describe('not_member: the organisation was not a member when the round closed for reports, so not expected')
  .meta({ id: 'ReportingCellStatus' });
export type CellStatus = z.infer<typeof cellStatusSchema>;

const ratesSchema = z.object({
  expected: z.number().int().describe('Rounds (or organisations) where a report was expected'),
  reported: z.number().int().describe('Of those, how many were reported at all'),
  onTime: z.number().int().describe('Of those, how many by the deadline'),
  rate: z.number().nullable().describe('reported / expected, 0–1; null when nothing was expected'),
  onTimeRate: z.number().nullable().describe('onTime / expected, 0–1'),
});
export type Rates = z.infer<typeof ratesSchema>;

export const reportingSchema = z
  .object({
    forumId: z.uuid(),
    rounds: z.array(roundRefSchema).describe('Oldest first; only rounds the caller may read the lägesbild of'),
    roundRates: z.array(ratesSchema).describe('One per round, like `rounds`'),
    organizations: z.array(
      z.object({
        organizationId: z.uuid(),
        name: z.string(),
        kind: organizationKindSchema,
        statuses: z.array(cellStatusSchema).describe('One per round'),
        strainLevels: z.array(strainLevelSchema.nullable()).describe('One per round; null = no report'),
        rates: ratesSchema,
      }),
    ),
    total: ratesSchema,
  })
  .meta({ id: 'ForumReporting' });
export type Reporting = z.infer<typeof reportingSchema>;

const seriesSchema = z.object({
  method: z.enum(['sum', 'median']),
  values: z.array(z.number().nullable()).describe('One per round; null = nobody reported (a gap, not a zero)'),
  capacities: z.array(z.number().nullable()).nullable().describe('For capacity indicators: the promised capacity'),
  shortfall: z
    .array(z.boolean())
    .nullable()
    .describe('For capacity indicators: the figure falls short of the capacity (or exceeds it, when higher is worse)'),
  reported: z.array(z.number().int()),
  expected: z.array(z.number().int()),
});

export const indicatorTrendSchema = z
  .object({
    forumId: z.uuid(),
    indicator: indicatorSchema,
    rounds: z.array(roundRefSchema).describe('Oldest first'),
    organizations: z.array(
      z.object({
        organizationId: z.uuid(),
        name: z.string(),
        kind: organizationKindSchema,
        values: z.array(z.number().nullable()),
        capacities: z.array(z.number().nullable()).nullable(),
        expected: z.array(z.boolean()).describe('Whether the organisation was a member then and reports this figure'),
      }),
    ),
    groups: z.array(seriesSchema.extend({ organizationKind: organizationKindSchema })),
    total: seriesSchema,
  })
  .meta({ id: 'IndicatorTrend' });
export type IndicatorTrend = z.infer<typeof indicatorTrendSchema>;
