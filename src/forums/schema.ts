import { z } from 'zod';
import { organizationKindSchema } from '../organizations/schema.ts';
import { freeText } from '../platform/schema-helpers.ts';
import { forumPermissionsSchema } from '../policy/schema.ts';

export const forumSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    ownerOrganizationId: z.uuid(),
    ownerOrganizationName: z.string(),
    isActive: z.boolean(),
    members: z
      .array(
        z.object({
          organizationId: z.uuid(),
          name: z.string(),
          kind: organizationKindSchema,
          position: z.number().int(),
        }),
      )
      .describe("Member organisations in the forum's order"),
    coordinators: z.array(z.object({ userId: z.uuid(), name: z.string() })).describe('Samordnare'),
    createdAt: z.string(),
    updatedAt: z.string(),
    permissions: forumPermissionsSchema,
  })
  .meta({ id: 'Forum' });
export type Forum = z.infer<typeof forumSchema>;
/** A forum as stored and audited, without the caller's permissions. */
export type ForumRecord = Omit<Forum, 'permissions'>;

export const forumCreateSchema = z
  .object({
    name: freeText({ min: 2, max: 200 }).describe('e.g. "Välfärdsrådet"'),
    description: freeText({ max: 5000 }).default(''),
    ownerOrganizationId: z.uuid(),
    memberOrganizationIds: z.array(z.uuid()).max(1000).default([]).describe('Members, in order'),
    coordinatorUserIds: z.array(z.uuid()).max(50).default([]),
  })
  .meta({ id: 'ForumCreate' });
export type ForumCreate = z.input<typeof forumCreateSchema>;

export const forumUpdateSchema = z
  .object({
    name: freeText({ min: 2, max: 200 }),
    description: freeText({ max: 5000 }),
    ownerOrganizationId: z.uuid(),
    memberOrganizationIds: z.array(z.uuid()).max(1000).describe('Replaces the members, in this order'),
    coordinatorUserIds: z.array(z.uuid()).max(50).describe('Replaces the coordinators'),
    isActive: z.boolean(),
  })
  .partial()
  .meta({ id: 'ForumUpdate' });
export type ForumUpdate = z.infer<typeof forumUpdateSchema>;

export const forumListQuerySchema = z.object({ includeInactive: z.stringbool().optional() });
