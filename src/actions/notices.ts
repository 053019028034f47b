import type { Db } from '../platform/db.ts';
import { addDays, instantToStockholm } from '../platform/time.ts';
import { queueMail } from '../outbox/service.ts';
import { actionDueSoonMail } from './mails/action-due-soon.ts';
import { actionOverdueMail } from './mails/action-overdue.ts';
import * as queries from './queries.ts';
import { listActionOwnerRecipients } from './service.ts';

/** How far ahead "due soon" looks, and how long after the due date an overdue notice still goes out. */
const DUE_SOON_DAYS = 2;
const OVERDUE_NOTICE_DAYS = 7;

/**
 * Mails each uppdrag's owner once when it is due within two days and once when it is overdue (again
 * if its due date moves): the named person, or the reporters of the owner organisation. Each in its
 * own transaction with the notice that marks it done. An owner who may not see the uppdrag in the
 * app (its meeting is not published to them) gets nothing yet: the mail carries the task, and it is
 * tried again on later runs.
 */
export async function sendDueActionNotices(options: { db: Db; now: Date; appUrl: string }): Promise<number> {
  const { db, appUrl } = options;
  const today = instantToStockholm(options.now).date;
  const due = await queries.listDueActionNotices(db, {
    today,
    soonUntil: addDays(today, DUE_SOON_DAYS),
    overdueSince: addDays(today, -OVERDUE_NOTICE_DAYS),
  });
  let queued = 0;
  for (const notice of due) {
    queued += await db.transaction().execute(async (trx) => {
      const row = await queries.findAction(trx, notice.actionId);
      const recipients = row ? await listActionOwnerRecipients(trx, row) : [];
      if (!row || recipients.length === 0) return 0;
      if (!(await queries.insertActionNotice(trx, notice))) return 0;
      const mail = notice.kind === 'due_soon' ? actionDueSoonMail : actionOverdueMail;
      await queueMail(
        trx,
        recipients.map((r) => ({
          kind: notice.kind === 'due_soon' ? ('action_due' as const) : ('action_overdue' as const),
          userId: r.id,
          toEmail: r.email,
          toName: r.name,
          locale: r.locale,
          content: mail({
            locale: r.locale,
            action: {
              task: row.task,
              dueDate: notice.dueDate,
              forumName: row.forumName,
              meetingTitle: row.meetingTitle,
              // Set when the uppdrag is the organisation's, not the recipient's own.
              organizationName: row.ownerUserId ? null : row.ownerOrganizationName,
            },
            recipientName: r.name,
            url: `${appUrl}/uppdrag`,
          }),
          forumId: row.forumId,
          roundId: null,
          organizationId: row.ownerOrganizationId,
          meetingId: row.meetingId,
          createdBy: null,
        })),
      );
      return recipients.length;
    });
  }
  return queued;
}
