import { z } from 'zod';
import { organizationKindSchema } from '../organizations/schema.ts';
import { freeText, rejectPersonalNumber } from '../platform/schema-helpers.ts';

export const indicatorKindSchema = z
  .enum(['integer', 'decimal', 'percent', 'days', 'capacity'])
  .describe('integer (count), decimal, percent, days (e.g. of stock) or capacity (a count against a promised capacity)')
  .meta({ id: 'IndicatorKind' });
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const higherIsSchema = z
  .enum(['worse', 'better'])
  .describe('Whether a higher value is worse (e.g. inpatients) or better (e.g. vaccination coverage)');

export const indicatorSchema = z
  .object({
    id: z.uuid(),
    forumId: z.uuid(),
    key: z.string().describe('Stable machine key, e.g. "covid_inpatients"'),
    nameSv: z.string(),
    nameEn: z.string(),
    unit: z.string().describe('Unit as shown, e.g. "st", "%", "dagar"'),
    kind: indicatorKindSchema,
    minValue: z.number().nullable(),
    maxValue: z.number().nullable(),
    organizationKinds: z.array(organizationKindSchema).describe('Which kinds of organisation report it; empty = all'),
    higherIs: higherIsSchema,
    position: z.number().int(),
    isActive: z.boolean(),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

const indicatorFields = {
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/)
    .superRefine(rejectPersonalNumber)
    .describe('Lower-case letters, digits and _'),
  nameSv: freeText({ min: 2, max: 200 }),
  nameEn: freeText({ min: 2, max: 200 }),
  unit: freeText({ max: 40 }).default(''),
  kind: indicatorKindSchema,
  minValue: z.number().finite().nullable().default(null),
  maxValue: z.number().finite().nullable().default(null),
  organizationKinds: z.array(organizationKindSchema).max(7).default([]),
  higherIs: higherIsSchema,
  position: z.number().int().min(0).max(10_000).optional(),
};

export const indicatorCreateSchema = z
  .object(indicatorFields)
  .refine((i) => i.minValue === null || i.maxValue === null || i.minValue <= i.maxValue, {
    path: ['maxValue'],
    message: 'validation.range_order',
  })
  .meta({ id: 'IndicatorCreate' });
export type IndicatorCreate = z.input<typeof indicatorCreateSchema>;

const { key: _key, ...updatable } = indicatorFields;
export const indicatorUpdateSchema = z
  .object({
    nameSv: updatable.nameSv,
    nameEn: updatable.nameEn,
    unit: freeText({ max: 40 }),
    kind: updatable.kind,
    minValue: z.number().finite().nullable(),
    maxValue: z.number().finite().nullable(),
    organizationKinds: z.array(organizationKindSchema).max(7),
    higherIs: higherIsSchema,
    position: z.number().int().min(0).max(10_000),
    isActive: z.boolean(),
  })
  .partial()
  .meta({ id: 'IndicatorUpdate' });
export type IndicatorUpdate = z.infer<typeof indicatorUpdateSchema>;

export const forumIdParams = z.object({ forumId: z.uuid() });
