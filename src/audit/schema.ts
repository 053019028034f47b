import { z } from 'zod';
import { isoDate, queryInt } from '../platform/schema-helpers.ts';

export const auditEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.string().describe('When, ISO 8601'),
    actorUserId: z.uuid().nullable(),
    actorName: z.string().describe('Who, as named at the time'),
    action: z.string().describe('create, update, deactivate, reactivate, login, …'),
    entityType: z.string().describe('organization, user, forum, …'),
    entityId: z.string(),
    entityLabel: z.string().nullable(),
    forumId: z.uuid().nullable(),
    before: z.unknown().nullable().describe('The entity before the change'),
    after: z.unknown().nullable().describe('The entity after the change'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional().describe('Search in actor and entity names'),
  from: isoDate.optional().describe('From this date (inclusive), YYYY-MM-DD'),
  to: isoDate.optional().describe('To this date (inclusive), YYYY-MM-DD'),
  limit: queryInt.min(1).max(200).default(50),
  offset: queryInt.min(0).default(0),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z
  .object({ items: z.array(auditEntrySchema), total: z.number().int() })
  .meta({ id: 'AuditPage' });
