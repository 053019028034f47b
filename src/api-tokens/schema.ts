import { z } from 'zod';
import { freeText, isoDate } from '../platform/schema-helpers.ts';

export const API_TOKEN_PREFIX = 'svk_';

export const apiTokenStatusSchema = z
  .enum(['active', 'expired', 'revoked'])
  .describe('active: it answers; expired or revoked: every request with it gets 401')
  .meta({ id: 'ApiTokenStatus' });
export type ApiTokenStatus = z.infer<typeof apiTokenStatusSchema>;

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string().describe('What the token is for, e.g. "Länsstyrelsens lägesbild"'),
    organizationId: z.uuid().nullable().describe('The organisation it was issued to; null for an integration'),
    organizationName: z.string().nullable(),
    forums: z.array(z.object({ id: z.uuid(), name: z.string() })).describe('The forums whose exports it may read'),
    createdAt: z.string(),
    createdByName: z.string(),
    expiresAt: z.string().nullable().describe('When it stops working; null = until revoked'),
    revokedAt: z.string().nullable(),
    revokedByName: z.string().nullable(),
    lastUsedAt: z.string().nullable().describe('The latest request made with it (to the minute)'),
    status: apiTokenStatusSchema,
    permissions: z.object({ canRevoke: z.boolean() }),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.array(apiTokenSchema).meta({ id: 'ApiTokenList' });

export const apiTokenCreateSchema = z
  .object({
    name: freeText({ min: 2, max: 100 }).describe('What the token is for, so it can be recognised in the list'),
    organizationId: z.uuid().nullish().describe('The organisation it is issued to; leave out for an integration'),
    forumIds: z.array(z.uuid()).min(1).max(100).describe('The forums whose exports it may read (at least one)'),
    expiresOn: isoDate
      .nullish()
      .describe('The last day it works (Swedish time, YYYY-MM-DD); leave out for a token that works until revoked'),
  })
  .meta({ id: 'ApiTokenCreate' });
export type ApiTokenCreate = z.infer<typeof apiTokenCreateSchema>;

export const issuedApiTokenSchema = z
  .object({
    token: z
      .string()
      .describe(
        'The token itself, shown this once: only its hash is kept. Send it as "Authorization: Bearer <token>".',
      ),
    apiToken: apiTokenSchema,
  })
  .meta({ id: 'IssuedApiToken' });
export type IssuedApiToken = z.infer<typeof issuedApiTokenSchema>;
