import { z } from 'zod';
import { freeText } from '../platform/schema-helpers.ts';
import { organizationPermissionsSchema } from '../policy/schema.ts';

export const organizationKinds = [
  'region',
  'kommun',
  'sjukhus',
  'primarvard',
  'privat_vardgivare',
  'myndighet',
  'annan',
] as const;
export const organizationKindSchema = z
  .enum(organizationKinds)
  .describe('region / kommun / sjukhus / primärvård / privat vårdgivare / myndighet / annan')
  .meta({ id: 'OrganizationKind' });
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

const municipalityCode = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { message: 'validation.municipality_code' })
  .describe('Kommunkod (four digits, SCB), municipalities only');

export const organizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable().describe('Short name for tables, e.g. "ADH"'),
    kind: organizationKindSchema,
    parentId: z.uuid().nullable().describe('Parent organisation, e.g. the region of a hospital'),
    parentName: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    isActive: z.boolean().describe('Deactivated organisations stay in history but take no new part'),
    createdAt: z.string(),
    updatedAt: z.string(),
    permissions: organizationPermissionsSchema,
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof organizationSchema>;
/** An organisation as stored and audited, without the caller's permissions. */
export type OrganizationRecord = Omit<Organization, 'permissions'>;

export const organizationCreateSchema = z
  .object({
    name: freeText({ min: 2, max: 200 }).describe('Name, e.g. "Falu kommun"'),
    shortName: freeText({ max: 40 }).nullish(),
    kind: organizationKindSchema,
    parentId: z.uuid().nullish(),
    municipalityCode: municipalityCode.nullish(),
  })
  .refine((o) => !o.municipalityCode || o.kind === 'kommun', {
    message: 'validation.municipality_code_kind',
    path: ['municipalityCode'],
  })
  .meta({ id: 'OrganizationCreate' });
export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;

export const organizationUpdateSchema = z
  .object({
    name: freeText({ min: 2, max: 200 }),
    shortName: freeText({ max: 40 }).nullable(),
    kind: organizationKindSchema,
    parentId: z.uuid().nullable(),
    municipalityCode: municipalityCode.nullable(),
    isActive: z.boolean().describe('false deactivates, true reactivates'),
  })
  .partial()
  .meta({ id: 'OrganizationUpdate' });
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

export const organizationListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Search in the name'),
  kind: organizationKindSchema.optional(),
  includeInactive: z.stringbool().optional().describe('Include deactivated organisations'),
});
