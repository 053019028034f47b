import { z } from 'zod';
import { localeSchema } from '../auth/schema.ts';
import { isoDate, queryInt } from '../platform/schema-helpers.ts';
import { auditActions, auditEntityTypes, type AuditAction, type AuditEntityType } from './labels.ts';

const auditActionSchema = z
  .enum(auditActions as [AuditAction, ...AuditAction[]])
  .describe('What was done; actionLabel says it in words')
  .meta({ id: 'AuditAction' });
const auditEntityTypeSchema = z
  .enum(auditEntityTypes as [AuditEntityType, ...AuditEntityType[]])
  .describe('What kind of thing it was done to; entityTypeLabel says it in words')
  .meta({ id: 'AuditEntityType' });

export const auditEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.string().describe('When, ISO 8601'),
    actorUserId: z.uuid().nullable(),
    actorName: z.string().describe('Who, as named at the time'),
    action: z.string().describe('The action code as logged (see AuditAction)'),
    actionLabel: z.string().describe('The action in words, in the language of the response'),
    entityType: z.string().describe('The kind of entity as logged (see AuditEntityType)'),
    entityTypeLabel: z.string().describe('The kind of entity in words'),
    entityId: z.string(),
    entityLabel: z.string().nullable().describe('The name logged at the time, if any'),
    entityName: z.string().describe('Its name: as logged at the time, else as it is now'),
    forumId: z.uuid().nullable(),
    forumName: z.string().nullable(),
    onBehalfOf: z
      .string()
      .nullable()
      .describe('The organisation a coordinator filed this report for, when filed on its behalf'),
    isCorrection: z.boolean().describe('A correction: an amended report or a new version of approved minutes'),
    changes: z
      .array(
        z.object({
          field: z.string(),
          label: z.string().describe('The field in words, e.g. "Läge"'),
          before: z.string().nullable().describe('The value before, in words, with names instead of ids'),
          after: z.string().nullable().describe('The value after, in words'),
        }),
      )
      .describe('What changed, field by field, as a person reads it'),
    before: z.unknown().nullable().describe('The entity before the change, as logged'),
    after: z.unknown().nullable().describe('The entity after the change, as logged'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = z.object({
  entityType: auditEntityTypeSchema.optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  action: auditActionSchema.optional(),
  q: z.string().trim().max(200).optional().describe('Search in actor and entity names'),
  from: isoDate.optional().describe('From this date (inclusive), YYYY-MM-DD'),
  to: isoDate.optional().describe('To this date (inclusive), YYYY-MM-DD'),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditCsvQuerySchema = auditFilterSchema.extend({
  lang: localeSchema
    .optional()
    .describe("The language of the file; without it, Accept-Language and then the user's own language decide"),
});

export const auditQuerySchema = auditFilterSchema.extend({
  limit: queryInt.min(1).max(200).default(50),
  offset: queryInt.min(0).default(0),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z
  .object({ items: z.array(auditEntrySchema), total: z.number().int() })
  .meta({ id: 'AuditPage' });
