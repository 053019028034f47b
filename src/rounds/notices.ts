import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../auth/service.ts';
import { getVisibleForum } from '../forums/service.ts';
import type { Db, Trx } from '../platform/db.ts';
import type { Locale } from '../platform/i18n.ts';
import { instantToStockholm } from '../platform/time.ts';
import type { MailKind } from '../outbox/schema.ts';
import { queueMail } from '../outbox/service.ts';
import { can } from '../policy/policy.ts';
import { roundErrors as errors } from './errors.ts';
import { roundClosedMail } from './mails/round-closed.ts';
import { roundOpenedMail } from './mails/round-opened.ts';
import { roundReminderDueMail } from './mails/round-reminder-due.ts';
import * as queries from './queries.ts';
import type { ReminderSettings, RoundRecord } from './schema.ts';
import { getRound } from './service.ts';

const localeOf = (value: string): Locale => (value === 'en' ? 'en' : 'sv');
const reportUrl = (appUrl: string, roundId: string, organizationId: string) =>
  `${appUrl}/avstamningar/${roundId}/rapport/${organizationId}`;

/** Mail to the reporters of the given organisations, one message each, in the caller's transaction. */
async function queueToReporters(
  trx: Trx,
  options: {
    round: RoundRecord;
    organizationIds: string[];
    kind: MailKind;
    content: (recipient: {
      locale: Locale;
      name: string;
      organizationName: string;
      url: string;
    }) => ReturnType<typeof roundOpenedMail>;
    appUrl: string;
  },
) {
  const { round } = options;
  const recipients = await queries.listReporterRecipients(trx, round.forumId, options.organizationIds);
  await queueMail(
    trx,
    recipients.map((r) => ({
      kind: options.kind,
      userId: r.id,
      toEmail: r.email,
      toName: r.name,
      locale: localeOf(r.locale),
      content: options.content({
        locale: localeOf(r.locale),
        name: r.name,
        organizationName: r.organizationName,
        url: reportUrl(options.appUrl, round.id, r.organizationId),
      }),
      forumId: round.forumId,
      roundId: round.id,
      organizationId: r.organizationId,
      createdBy: null,
    })),
  );
  return recipients.length;
}

/** Tells every member's reporters that the round is open; called in the transaction that opened it. */
export async function queueRoundOpened(trx: Trx, round: RoundRecord, appUrl: string) {
  const members = await queries.listOverviewRows(trx, round.id, round.forumId);
  const deadline = instantToStockholm(new Date(round.deadline));
  return queueToReporters(trx, {
    round,
    organizationIds: members.map((m) => m.organizationId),
    kind: 'round_opened',
    appUrl,
    content: (r) =>
      roundOpenedMail({
        locale: r.locale,
        round,
        deadline,
        recipientName: r.name,
        organizationName: r.organizationName,
        url: r.url,
      }),
  });
}

/** Tells the coordinators who is missing; called in the transaction that closed the round. */
export async function queueRoundClosed(trx: Trx, round: RoundRecord, appUrl: string) {
  const [rows, coordinators] = await Promise.all([
    queries.listOverviewRows(trx, round.id, round.forumId),
    queries.listCoordinatorRecipients(trx, round.forumId),
  ]);
  const missing = rows.filter((r) => r.version === null).map((r) => r.organizationName);
  await queueMail(
    trx,
    coordinators.map((c) => ({
      kind: 'round_closed',
      userId: c.id,
      toEmail: c.email,
      toName: c.name,
      locale: localeOf(c.locale),
      content: roundClosedMail({
        locale: localeOf(c.locale),
        round,
        recipientName: c.name,
        counts: { members: rows.length, submitted: rows.length - missing.length },
        missing,
        url: `${appUrl}/avstamningar/${round.id}`,
      }),
      forumId: round.forumId,
      roundId: round.id,
      organizationId: null,
      createdBy: null,
    })),
  );
}

/**
 * Queues every automatic reminder that has fallen due by `now`, each round's in its own transaction
 * with the notice that marks it done. Any number of runs, on any number of servers, queue each once.
 */
export async function sendDueReminders(options: { db: Db; now: Date; appUrl: string }): Promise<number> {
  const { db, appUrl } = options;
  let queued = 0;
  for (const due of await queries.listDueReminders(db, options.now)) {
    queued += await db.transaction().execute(async (trx) => {
      if (!(await queries.insertRoundNotice(trx, due.roundId, due.kind))) return 0;
      const round = await getRound(trx, due.roundId);
      const rows = await queries.listOverviewRows(trx, round.id, round.forumId);
      const deadline = instantToStockholm(new Date(round.deadline));
      return queueToReporters(trx, {
        round,
        organizationIds: rows.filter((r) => r.version === null).map((r) => r.organizationId),
        kind: 'report_reminder',
        appUrl,
        content: (r) =>
          roundReminderDueMail({
            locale: r.locale,
            when: due.kind === 'reminder_before' ? 'before' : 'after',
            round,
            deadline,
            recipientName: r.name,
            organizationName: r.organizationName,
            url: r.url,
          }),
      });
    });
  }
  return queued;
}

export async function getReminderSettings(db: Db, actor: Actor, forumId: string): Promise<ReminderSettings> {
  await getVisibleForum(db, actor, forumId);
  const row = await queries.findReminderSettings(db, forumId);
  return { hoursBefore: row?.hoursBefore ?? null, hoursAfter: row?.hoursAfter ?? null };
}

export async function setReminderSettings(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  settings: ReminderSettings;
}): Promise<ReminderSettings> {
  const { db, actor, forumId, settings } = options;
  await getVisibleForum(db, actor, forumId);
  if (!can(actor, 'round.manage', { forumId })) throw errors.forbiddenManage();
  await db.transaction().execute(async (trx) => {
    const before = await queries.findReminderSettings(trx, forumId);
    await queries.upsertReminderSettings(trx, { forumId, ...settings });
    await recordAudit(trx, {
      actor,
      action: before ? 'update' : 'create',
      entityType: 'round_reminder_settings',
      entityId: forumId,
      forumId,
      before: before ?? null,
      after: settings,
    });
  });
  return settings;
}
