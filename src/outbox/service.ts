import type { Actor } from '../auth/service.ts';
import type { Config } from '../platform/config.ts';
import type { Db, DbOrTrx, Trx } from '../platform/db.ts';
import { commonErrors } from '../platform/errors.ts';
import { createSmtpTransport, smtpAnswer, type MailContent, type MailTransport } from '../platform/mail.ts';
import { can } from '../policy/policy.ts';
import * as queries from './queries.ts';
import type { MailStatus, OutboxMessage, OutboxQuery } from './schema.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export type QueuedMail = Omit<queries.OutboxInsert, 'subject' | 'body' | 'htmlBody'> & { content: MailContent };

/**
 * Puts messages in the outbox. It takes a transaction on purpose: the mail exists if and only if
 * the change that caused it was committed; the sender picks it up afterwards.
 */
export function queueMail(trx: Trx, messages: QueuedMail[]) {
  return queries.insertMessages(
    trx,
    messages.map(({ content, ...message }) => ({
      ...message,
      subject: content.subject,
      body: content.text,
      htmlBody: content.html,
    })),
  );
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

/**
 * Runs the sender every `intervalMs` in this process until stopped. Several processes may each run
 * one: claiming with SKIP LOCKED hands every message to exactly one of them.
 */
export function startMailSender(sender: MailSender, intervalMs: number, onError: (error: unknown) => void) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => sender.runOnce()).catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      sender.close();
    },
  };
}

export function mapMessage(row: Awaited<ReturnType<typeof queries.listMessages>>['items'][number]): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
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
