import { z } from 'zod';
import { queryInt } from '../platform/schema-helpers.ts';

export const mailStatusSchema = z
  .enum(['queued', 'sending', 'sent', 'failed', 'held'])
  .describe(
    'queued: waiting or between retries; sending: being handed to the mail server; sent; failed: refused for good (see lastError); held: no mail server is configured, so it was not sent',
  )
  .meta({ id: 'MailStatus' });
export type MailStatus = z.infer<typeof mailStatusSchema>;

/** What a sender sees of each message: where it stands on its way out. */
export const deliverySchema = z.object({
  status: mailStatusSchema,
  attempts: z.number().int().describe('Hand-overs to the mail server tried so far'),
  nextAttemptAt: z.string().nullable().describe('When a queued message is tried again, ISO 8601'),
  lastError: z.string().nullable().describe("The mail server's answer to the last failed attempt"),
  sentAt: z.string().nullable(),
});

export const outboxMessageSchema = deliverySchema
  .extend({
    id: z.uuid(),
    kind: z.string().describe('What caused it, e.g. report_reminder'),
    toEmail: z.string(),
    toName: z.string(),
    locale: z.enum(['sv', 'en']).describe("The recipient's language"),
    subject: z.string(),
    body: z.string().describe('The plain-text part'),
    forumId: z.uuid().nullable(),
    forumName: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxQuerySchema = z.object({
  status: mailStatusSchema.optional(),
  kind: z.string().max(100).optional(),
  forumId: z.uuid().optional(),
  q: z.string().trim().max(200).optional().describe('Search in recipient and subject'),
  limit: queryInt.min(1).max(200).default(50),
  offset: queryInt.min(0).default(0),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

export const outboxPageSchema = z
  .object({
    items: z.array(outboxMessageSchema),
    total: z.number().int(),
    isDeliveryConfigured: z.boolean().describe('False when no SMTP server is set: messages are held, not sent'),
  })
  .meta({ id: 'OutboxPage' });
