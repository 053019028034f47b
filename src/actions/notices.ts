import { findActor } from '../auth/service.ts';
import type { Db } from '../platform/db.ts';
import { addDays, instantToStockholm } from '../platform/time.ts';
import { queueMail } from '../outbox/service.ts';
import { can } from '../policy/policy.ts';
import { actionDueSoonMail } from './mails/action-due-soon.ts';
import { actionOverdueMail } from './mails/action-overdue.ts';
import * as queries from './queries.ts';
import { actionTarget } from './service.ts';

/** How far ahead "due soon" looks, and how long after the due date an overdue notice still goes out. */
const DUE_SOON_DAYS = 2;
const OVERDUE_NOTICE_DAYS = 7;

/**
 * Mails each uppdrag's owner once when it is due within two days and once when it is overdue (again
 * if its due date moves), each in its own transaction with the notice that marks it done. An owner
 * who may not see the uppdrag in the app (its meeting is not published to them) gets nothing yet:
 * the mail carries the task, and it is tried again on later runs.
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
      const owner = row?.ownerUserId ? await findActor(trx, row.ownerUserId) : undefined;
      if (!row || !owner || !can(owner, 'action.view', actionTarget(row))) return 0;
      if (!(await queries.insertActionNotice(trx, notice))) return 0;
      const mail = notice.kind === 'due_soon' ? actionDueSoonMail : actionOverdueMail;
      await queueMail(trx, [
        {
          kind: notice.kind === 'due_soon' ? 'action_due' : 'action_overdue',
          userId: owner.id,
          toEmail: owner.email,
          toName: owner.name,
          locale: owner.locale,
          content: mail({
            locale: owner.locale,
            action: {
              task: row.task,
              dueDate: notice.dueDate,
              forumName: row.forumName,
              meetingTitle: row.meetingTitle,
            },
            recipientName: owner.name,
            url: `${appUrl}/uppdrag`,
          }),
          forumId: row.forumId,
          roundId: null,
          organizationId: row.ownerOrganizationId,
          createdBy: null,
        },
      ]);
      return 1;
    });
  }
  return queued;
}
