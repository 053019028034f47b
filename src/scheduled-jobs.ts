import { sendDueActionNotices } from './actions/notices.ts';
import { createMailSender } from './outbox/service.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db.ts';
import { startJobRunner, type JobRunner, type ScheduledJob } from './platform/jobs.ts';
import { maintainPglite } from './platform/pglite-maintenance.ts';
import { pruneRateLimitHits } from './platform/rate-limit-store.ts';
import { sendDueReminders } from './rounds/notices.ts';
import { openScheduledRounds } from './rounds/service.ts';

/**
 * All scheduled work of the app, run through the job queue (docs/decisions/009-job-queue.md). Each
 * job does what is due by the database's state, so a late or repeated run does no harm.
 */
export async function startScheduledJobs(options: {
  database: Database;
  config: Config;
  onError(error: unknown, job?: string): void;
  pollingIntervalSeconds?: number;
}): Promise<JobRunner> {
  const { database, config } = options;
  const { db } = database;
  const appUrl = config.mail.appUrl;
  const mailSender = createMailSender({ db, mail: config.mail });
  // Work that queues mail asks for a send run at once rather than at the next minute. Runs can
  // start before the runner is returned; the send run at start covers those.
  const started: { runner?: JobRunner } = {};
  const thenSend = async (queued: number) => {
    if (queued > 0) await started.runner?.trigger('outbox.send');
  };
  // Embedded PGlite has no autovacuum: the app does its work every ten minutes (PostgreSQL does it itself).
  const databaseJobs: ScheduledJob[] = database.pglite
    ? [{ name: 'database.maintain', cron: '*/10 * * * *', run: () => maintainPglite(database) }]
    : [];
  const runner = await startJobRunner({
    database,
    onError: options.onError,
    pollingIntervalSeconds: options.pollingIntervalSeconds,
    jobs: [
      {
        name: 'rounds.open-scheduled',
        cron: '* * * * *',
        run: async () => thenSend(await openScheduledRounds(db, new Date(), appUrl)),
      },
      {
        name: 'rounds.remind',
        cron: '* * * * *',
        run: async () => thenSend(await sendDueReminders({ db, now: new Date(), appUrl })),
      },
      {
        // Once a day in the morning: nobody needs an uppdrag reminder at night.
        name: 'actions.remind',
        cron: '0 7 * * *',
        run: async () => thenSend(await sendDueActionNotices({ db, now: new Date(), appUrl })),
      },
      {
        name: 'rate-limits.prune',
        cron: '17 * * * *',
        run: () => pruneRateLimitHits(db),
      },
      {
        name: 'outbox.send',
        cron: '* * * * *',
        async run() {
          // Sends what is due in batches until none is left; retries wait for their time in the outbox.
          while ((await mailSender.runOnce()) > 0);
        },
      },
      ...databaseJobs,
    ],
  });
  started.runner = runner;
  return {
    trigger: runner.trigger,
    async stop() {
      await runner.stop();
      mailSender.close();
    },
  };
}
