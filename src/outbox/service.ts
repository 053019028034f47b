import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../auth/service.ts';
import type { Config } from '../platform/config.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { commonErrors } from '../platform/errors.ts';
import { createSmtpTransport, smtpAnswer, type MailContent, type MailTransport } from '../platform/mail.ts';
import type { ForumRole } from '../auth/schema.ts';
import type { Locale } from '../platform/i18n.ts';
import { can, type Actor as PolicyActor } from '../policy/policy.ts';
import * as queries from './queries.ts';
import { recordAudit } from '../audit/service.ts';
import { mailKinds, type MailPreference, type MailStatus, type OutboxMessage, type OutboxQuery } from './schema.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export type QueuedMail = Omit<
  queries.OutboxInsert,
  'subject' | 'body' | 'htmlBody' | 'calendar' | 'calendarMethod' | 'status'
> & { content: MailContent };

/** Whether the work of one request queued mail to send; the request marks it, its end reads it. */
export interface QueuedMailScope {
  hasQueued: boolean;
}

const queuedMailScope = new AsyncLocalStorage<QueuedMailScope>();

/** Runs `work` (a request's handler) so that mail it queues is noted in `scope`. */
export function trackQueuedMail(scope: QueuedMailScope, work: () => void) {
  queuedMailScope.run(scope, work);
}

/**
 * Puts messages in the outbox. It takes a transaction on purpose: the mail exists if and only if
 * the change that caused it was committed; the sender picks it up afterwards (a request that queued
 * mail wakes it once it has answered, see sendMailAfterResponse). A message to a user who has
 * turned its kind off is kept as opted_out, never sent, so whoever caused it sees why.
 */
export async function queueMail(trx: Trx, messages: QueuedMail[]) {
  const userIds = [...new Set(messages.flatMap((m) => (m.userId ? [m.userId] : [])))];
  const disabled = new Set((await queries.listDisabledKinds(trx, userIds)).map((d) => `${d.userId}:${d.kind}`));
  const rows = messages.map(({ content, ...message }) => ({
    ...message,
    subject: content.subject,
    body: content.text,
    htmlBody: content.html,
    calendar: content.calendar?.content ?? null,
    calendarMethod: content.calendar?.method ?? null,
    status:
      message.userId && disabled.has(`${message.userId}:${message.kind}`)
        ? ('opted_out' as const)
        : ('queued' as const),
  }));
  await queries.insertMessages(trx, rows);
  if (rows.some((row) => row.status === 'queued')) noteQueuedMail();
}

function noteQueuedMail() {
  const scope = queuedMailScope.getStore();
  if (scope) scope.hasQueued = true;
}

/** How a sender paces its retries: attempt n waits baseDelayMs·2^(n-1). */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  /** How long a claimed message is this sender's before another may take it over. */
  leaseMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 60_000, leaseMs: 5 * 60_000 };

export interface MailSender {
  /** Sends (or holds) what is due now; resolves with how many messages it handled. */
  runOnce(): Promise<number>;
  close(): void;
}

export function createMailSender(options: {
  db: Db;
  mail: Config['mail'];
  retry?: RetryPolicy;
  batchSize?: number;
  /** For tests; defaults to SMTP from `mail.smtpUrl`. */
  transport?: MailTransport;
}): MailSender {
  const { db, mail } = options;
  const retry = options.retry ?? defaultRetryPolicy;
  const transport = options.transport ?? (mail.smtpUrl ? createSmtpTransport(mail.smtpUrl) : undefined);

  async function deliver(message: queries.ClaimedMessage) {
    try {
      await transport!.send({
        from: mail.from,
        to: { name: message.toName, address: message.toEmail },
        subject: message.subject,
        text: message.body,
        html: message.htmlBody,
        calendar:
          message.calendar && message.calendarMethod
            ? { method: message.calendarMethod as 'REQUEST' | 'CANCEL', content: message.calendar }
            : null,
      });
      await queries.markSent(db, message);
    } catch (error) {
      const { answer, isPermanent } = smtpAnswer(error);
      if (isPermanent || message.attempts >= retry.maxAttempts) await queries.markFailed(db, message, answer);
      else await queries.markRetry(db, message, answer, retry.baseDelayMs * 2 ** (message.attempts - 1));
    }
  }

  return {
    async runOnce() {
      if (!transport) return queries.holdDueMessages(db);
      const claimed = await queries.claimDueMessages(db, { limit: options.batchSize ?? 20, leaseMs: retry.leaseMs });
      for (const message of claimed) await deliver(message);
      return claimed.length;
    },
    close: () => transport?.close(),
  };
}

export function mapMessage(row: Awaited<ReturnType<typeof queries.listMessages>>['items'][number]): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind as OutboxMessage['kind'],
    toEmail: row.toEmail,
    toName: row.toName,
    locale: row.locale === 'en' ? 'en' : 'sv',
    subject: row.subject,
    body: row.body,
    forumId: row.forumId,
    forumName: row.forumName,
    createdByName: row.createdByName,
    createdAt: iso(row.createdAt)!,
    status: row.status as MailStatus,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'queued' ? iso(row.nextAttemptAt) : null,
    lastError: row.lastError,
    sentAt: iso(row.sentAt),
  };
}

export async function listOutbox(db: DbOrTrx, actor: Actor, mail: Config['mail'], filter: OutboxQuery) {
  if (!can(actor, 'outbox.view')) {
    throw commonErrors.forbidden({
      sv: 'Bara administratörer kan se utkorgen.',
      en: 'Only administrators can see the outbox.',
    });
  }
  const page = await queries.listMessages(db, filter);
  return { total: page.total, items: page.items.map(mapMessage), isDeliveryConfigured: mail.smtpUrl !== undefined };
}

/** The statuses an administrator may send again: never sent, and not by the recipient's choice. */
const resendable: readonly MailStatus[] = ['held', 'failed'];

/**
 * Queues held or failed messages again, each audited. Held mail is not sent by itself when a mail
 * server is configured later: it may be weeks old (a reminder for a round long closed), so an
 * administrator decides, message by message, from the outbox page.
 */
export async function resendMail(db: Db, actor: Actor, ids: string[]) {
  if (!can(actor, 'outbox.resend')) {
    throw commonErrors.forbidden({
      sv: 'Bara administratörer kan skicka e-post igen.',
      en: 'Only administrators can send mail again.',
    });
  }
  return db.transaction().execute(async (trx) => {
    const messages = await queries.lockMessages(trx, ids);
    if (messages.length < ids.length) throw commonErrors.notFound({ sv: 'Meddelandet', en: 'The message' });
    if (messages.some((m) => !resendable.includes(m.status as MailStatus))) {
      throw commonErrors.conflict('outbox.not_resendable', {
        sv: 'Bara meddelanden som hölls kvar eller inte kunde skickas kan skickas igen.',
        en: 'Only messages that were held or could not be sent can be sent again.',
      });
    }
    await queries.requeueMessages(trx, ids);
    noteQueuedMail();
    for (const message of messages) {
      await recordAudit(trx, {
        actor,
        action: 'resend_mail',
        entityType: 'mail',
        entityId: message.id,
        entityLabel: `${message.subject} (${message.toEmail})`,
        forumId: message.forumId,
        before: { status: message.status },
        after: { status: 'queued' },
      });
    }
    return { requeued: messages.length };
  });
}

/** Every kind of mail with whether this user receives it; a kind never set is on. */
export async function getMailPreferences(db: DbOrTrx, actor: Actor): Promise<{ items: MailPreference[] }> {
  const saved = new Map((await queries.listPreferences(db, actor.id)).map((p) => [p.kind, p.isEnabled]));
  return { items: mailKinds.map((kind) => ({ kind, isEnabled: saved.get(kind) ?? true })) };
}

export async function setMailPreferences(db: Db, actor: Actor, items: MailPreference[]) {
  await db.transaction().execute(async (trx) => {
    const before = await getMailPreferences(trx, actor);
    await queries.savePreferences(trx, actor.id, items);
    await recordAudit(trx, {
      actor,
      action: 'update_mail_preferences',
      entityType: 'user',
      entityId: actor.id,
      entityLabel: actor.name,
      before: Object.fromEntries(before.items.map((i) => [i.kind, i.isEnabled])),
      after: Object.fromEntries(items.map((i) => [i.kind, i.isEnabled])),
    });
  });
  return getMailPreferences(db, actor);
}

/** How the mail about a meeting fared, for those who may see it (the meeting page decides who). */
export async function listMeetingMail(db: DbOrTrx, meetingId: string) {
  return (await queries.listMeetingMessages(db, meetingId)).map((row) => ({
    id: row.id,
    kind: row.kind as (typeof mailKinds)[number],
    toEmail: row.toEmail,
    toName: row.toName,
    subject: row.subject,
    calendarMethod: row.calendarMethod as 'REQUEST' | 'CANCEL' | null,
    createdAt: iso(row.createdAt)!,
    status: row.status as MailStatus,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'queued' ? iso(row.nextAttemptAt) : null,
    lastError: row.lastError,
    sentAt: iso(row.sentAt),
  }));
}

export type MailRecipient = Awaited<ReturnType<typeof listMailRecipients>>[number];

/**
 * Users to write to, each with their language and, as `actor`, what the permission policy needs to
 * decide what they may read: a mail never tells anyone more than the app would show them.
 */
export async function listMailRecipients(db: DbOrTrx, filter: Parameters<typeof queries.listRecipients>[1]) {
  return (await queries.listRecipients(db, filter)).map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    locale: (row.locale === 'en' ? 'en' : 'sv') as Locale,
    actor: {
      id: row.id,
      isAdmin: row.isAdmin,
      organizationId: row.organizationId,
      forumRoles: row.forumRoles.map((r) => ({ forumId: r.forumId, forumName: '', role: r.role as ForumRole })),
    } satisfies PolicyActor,
  }));
}
