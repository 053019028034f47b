import { z } from 'zod';
import { rejectPersonalNumber } from '../platform/schema-helpers.ts';
import { mePermissionsSchema } from '../policy/schema.ts';

export const forumRoleSchema = z
  .enum(['coordinator', 'reporter', 'reader'])
  .describe('Role in a forum: coordinator (samordnare), reporter (rapportör) or reader (läsare)')
  .meta({ id: 'ForumRole' });
export type ForumRole = z.infer<typeof forumRoleSchema>;

export const localeSchema = z.enum(['sv', 'en']).describe('Interface and message language').meta({ id: 'Locale' });
export type Locale = z.infer<typeof localeSchema>;

export const loginBodySchema = z
  .object({
    // Failed sign-ins are recorded by address, so a personnummer typed here would be stored.
    email: z.string().trim().min(1).max(320).superRefine(rejectPersonalNumber).describe('E-mail address'),
    password: z.string().min(1).max(1000).describe('Password'),
  })
  .meta({ id: 'LoginBody' });
export type LoginBody = z.infer<typeof loginBodySchema>;

export const meSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    isAdmin: z.boolean().describe('Administrator of the whole system'),
    locale: localeSchema,
    forumRoles: z
      .array(z.object({ forumId: z.uuid(), forumName: z.string(), role: forumRoleSchema }))
      .describe('The forums the user takes part in, and in which role'),
    permissions: mePermissionsSchema,
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

export const localeBodySchema = z.object({ locale: localeSchema }).meta({ id: 'LocaleBody' });
