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

export const logoutResultSchema = z
  .object({
    endSessionUrl: z
      .string()
      .nullable()
      .describe("The provider's end-session address to send the browser to, when the session came from it"),
  })
  .meta({ id: 'LogoutResult' });

export const signInOptionsSchema = z
  .object({
    passwordSignIn: z.boolean().describe('Whether the e-mail and password form is offered'),
    provider: z
      .object({ name: z.string().describe('The name on the button: "Logga in med …"') })
      .nullable()
      .describe('The OpenID provider users may sign in through, when one is set up'),
  })
  .meta({ id: 'SignInOptions' });
export type SignInOptions = z.infer<typeof signInOptionsSchema>;

export const signInSettingsSchema = z
  .object({
    passwordSignIn: z.boolean().describe('Administrators allow sign-in with e-mail and password'),
    passwordSignInForced: z
      .boolean()
      .describe('SAMVERKAN_FORCE_PASSWORD_SIGN_IN keeps password sign-in open whatever this setting says'),
    provider: z
      .object({ name: z.string(), issuer: z.string(), hsaIdClaim: z.string().nullable() })
      .nullable()
      .describe('The OpenID provider configured in the environment, if any'),
    createUnknownUsers: z
      .boolean()
      .describe('A person the provider vouches for but who has no account gets one, as a reader of no forum'),
    newUserOrganizationId: z.uuid().nullable().describe('The organisation such new users belong to'),
    newUserOrganizationName: z.string().nullable(),
    canTurnOffPasswordSignIn: z
      .boolean()
      .describe(
        'Password sign-in can be turned off by this caller: a provider is set up and they signed in through it',
      ),
  })
  .meta({ id: 'SignInSettings' });
export type SignInSettings = z.infer<typeof signInSettingsSchema>;

export const signInSettingsUpdateSchema = z
  .object({
    passwordSignIn: z.boolean(),
    createUnknownUsers: z.boolean(),
    newUserOrganizationId: z.uuid().nullable(),
  })
  .meta({ id: 'SignInSettingsUpdate' });
export type SignInSettingsUpdate = z.infer<typeof signInSettingsUpdateSchema>;

export const providerStartQuerySchema = z.object({
  returnTo: z.string().max(2000).optional().describe('A path of this app to return to after signing in, e.g. /forum/…'),
});

export const providerCallbackQuerySchema = z
  .object({
    code: z.string().max(4000).optional(),
    state: z.string().max(1000).optional(),
    error: z.string().max(200).optional(),
  })
  .describe('What the provider sends back; other parameters (iss, session_state) are read from the raw URL');
