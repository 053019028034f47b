import { z } from 'zod';
import { forumRoleSchema, localeSchema } from '../auth/schema.ts';
import { emailAddress, freeText, rejectPersonalNumber } from '../platform/schema-helpers.ts';
import { userPermissionsSchema } from '../policy/schema.ts';

export const forumRoleAssignmentSchema = z
  .object({ forumId: z.uuid(), role: forumRoleSchema })
  .meta({ id: 'ForumRoleAssignment' });

/**
 * An HSA-id as Inera's catalogue writes it: country code, the organisationsnummer of the
 * organisation that issued it, a hyphen and a serial (SE2321000016-1003). Stored in capitals.
 */
const hsaId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}\d{10}-[A-Z0-9]{1,18}$/, { message: 'validation.hsa_id' })
  .superRefine(rejectPersonalNumber)
  .describe('HSA-id, e.g. SE2321000016-1003; the identity provider may name the user by it');

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    title: z.string().nullable().describe('Job title, e.g. "Socialchef" or "MAS"'),
    hsaId: z.string().nullable().describe('HSA-id by which the identity provider names the user'),
    organizationId: z.uuid(),
    organizationName: z.string(),
    isAdmin: z.boolean(),
    isActive: z.boolean(),
    locale: localeSchema,
    forumRoles: z.array(forumRoleAssignmentSchema.extend({ forumName: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
    permissions: userPermissionsSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;
/** A user as stored and audited, without the caller's permissions. */
export type UserRecord = Omit<User, 'permissions'>;

const password = z
  .string()
  .min(10, { message: 'validation.password_length' })
  .max(200)
  .describe('At least 10 characters');

export const userCreateSchema = z
  .object({
    email: emailAddress().describe('Sign-in address, unique'),
    name: freeText({ min: 2, max: 200 }),
    title: freeText({ max: 200 }).nullish(),
    hsaId: hsaId.nullish(),
    organizationId: z.uuid(),
    password: password.optional().describe('Initial password; without one the user cannot sign in yet'),
    isAdmin: z.boolean().default(false),
    locale: localeSchema.default('sv'),
    forumRoles: z.array(forumRoleAssignmentSchema).max(200).default([]),
  })
  .meta({ id: 'UserCreate' });
export type UserCreate = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z
  .object({
    email: emailAddress(),
    name: freeText({ min: 2, max: 200 }),
    title: freeText({ max: 200 }).nullable(),
    hsaId: hsaId.nullable(),
    organizationId: z.uuid(),
    password,
    isAdmin: z.boolean(),
    isActive: z.boolean().describe('false deactivates the user and ends their sessions'),
    locale: localeSchema,
    forumRoles: z
      .array(forumRoleAssignmentSchema)
      .max(200)
      .describe('Replaces the roles in the forums the caller manages'),
  })
  .partial()
  .meta({ id: 'UserUpdate' });
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Search in name and e-mail'),
  organizationId: z.uuid().optional(),
  forumId: z.uuid().optional(),
  includeInactive: z.stringbool().optional(),
});
