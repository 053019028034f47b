import { z } from 'zod';
import { queryInt } from '../platform/schema-helpers.ts';

/**
 * Every kind of mail the app sends: the one list that the senders, the outbox and each user's mail
 * settings share. Add a kind here (and its name in the web locales) before sending it.
 */
export const mailKinds = [
  'round_opened',
  'report_reminder',
  'round_closed',
  'meeting_invitation',
  'minutes_review',
  'minutes_published',
  'action_assigned',
  'action_due',
  'action_overdue',
] as const;
export const mailKindSchema = z
  .enum(mailKinds)
  .describe(
    'round_opened, report_reminder (before and after the deadline), round_closed (to the coordinator), meeting_invitation (kallelse with calendar invitation, its updates and cancellation), minutes_review (sent for justering), minutes_published, action_assigned, action_due, action_overdue',
  )
  .meta({ id: 'MailKind' });
export type MailKind = z.infer<typeof mailKindSchema>;

export const mailStatusSchema = z
  .enum(['queued', 'sending', 'sent', 'failed', 'held', 'opted_out'])
  .describe(
    'queued: waiting or between retries; sending: being handed to the mail server; sent; failed: refused for good (see lastError); held: no mail server is configured, so it was not sent; opted_out: the recipient has turned this kind of mail off, so it was not sent',
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
    kind: mailKindSchema,
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
  kind: mailKindSchema.optional(),
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

export const mailPreferenceSchema = z
  .object({
    kind: mailKindSchema,
    isEnabled: z.boolean().describe('False: this user receives no mail of this kind'),
  })
  .meta({ id: 'MailPreference' });
export type MailPreference = z.infer<typeof mailPreferenceSchema>;

export const mailPreferencesSchema = z
  .object({ items: z.array(mailPreferenceSchema).describe('Every kind of mail, in the order of the settings page') })
  .meta({ id: 'MailPreferences' });

export const mailPreferencesUpdateSchema = z
  .object({
    items: z
      .array(mailPreferenceSchema)
      .max(mailKinds.length)
      .refine((items) => new Set(items.map((i) => i.kind)).size === items.length, {
        message: 'validation.duplicate',
      })
      .describe('The kinds to change; kinds left out keep their setting'),
  })
  .meta({ id: 'MailPreferencesUpdate' });
export type MailPreferencesUpdate = z.infer<typeof mailPreferencesUpdateSchema>;

export const outboxResendSchema = z
  .object({
    ids: z
      .array(z.uuid())
      .min(1)
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.duplicate' })
      .describe('Messages that were held (no mail server was set) or failed; each is queued again, attempts from 0'),
  })
  .meta({ id: 'OutboxResend' });

export const outboxResendResultSchema = z
  .object({ requeued: z.number().int().describe('Messages queued again') })
  .meta({ id: 'OutboxResendResult' });
