import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Database } from './db.ts';

/**
 * A piece of scheduled work. `run` must look at what is due in the database and do it, so that a
 * run that comes late (every server was down at the minute) or twice (a retry) does the right thing.
 */
export interface ScheduledJob {
  /** The queue name, e.g. `rounds.open-scheduled`. */
  name: string;
  /** When it runs, as a cron expression in Stockholm time. pg-boss's finest step is one minute. */
  cron: string;
  run(): Promise<unknown>;
}

export interface JobRunner {
  /**
   * Asks for a run now (as at start) and wakes this server's worker for it, so it starts within
   * moments rather than at the next poll; resolves once it is queued, not once it has run.
   */
  trigger(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * pg-boss runs its SQL through this instead of a pool of its own, so it works on embedded PGlite as
 * on PostgreSQL. On PGlite every statement must pass the driver's single connection: a query sent
 * beside it would land inside whatever transaction the app has open. pg-boss sends its schema
 * scripts (several statements, no parameters) this way too; PGlite's `query` takes one statement,
 * its `exec` many, so scripts go to `exec` while the connection is held.
 */
function adapterFor(database: Database, isStopped: () => boolean): PgBoss.Db {
  const { db, pglite } = database;
  return {
    async executeSql(text: string, values?: unknown[]) {
      // pg-boss marks a run complete or failed without awaiting it, so that write can come after
      // stop() resolved and the app closed its database (an unhandled "driver has already been
      // destroyed"). It is not sent then: the run expires (expireInSeconds) and the next trigger,
      // which does whatever is due, runs it again. (`count` is what pg-boss reads of such a write.)
      if (isStopped()) return { rows: [{ count: 0 }] };
      if (pglite && !values?.length) {
        return db.connection().execute(async () => ({ rows: (await pglite.exec(text)).at(-1)?.rows ?? [] }));
      }
      return db.executeQuery(CompiledQuery.raw(text, values ?? []));
    },
  };
}

/**
 * Starts pg-boss on the app's database and runs each job on its schedule. The schedules live in the
 * database (schema `pgboss`), and pg-boss lets one server per minute queue the cron run. Each
 * queue is `stately`: at most one run waiting and one running across all servers, so a second
 * trigger while one is waiting is dropped, and no two servers run the same job at once.
 * Every job is also triggered at start: pg-boss skips cron minutes that passed while every server
 * was down, and a run at start does what fell due meanwhile.
 */
export async function startJobRunner(options: {
  database: Database;
  jobs: ScheduledJob[];
  onError(error: unknown, job?: string): void;
  /** How often each server asks for waiting work; tests poll faster. */
  pollingIntervalSeconds?: number;
}): Promise<JobRunner> {
  const { jobs, onError } = options;
  let stopped = false;
  const boss = new PgBoss({
    db: adapterFor(options.database, () => stopped),
    schema: 'pgboss',
  });
  boss.on('error', (error) => onError(error));
  // pg-boss installs its schema when it finds none, and creates a queue's row and table in one
  // transaction: servers starting at the same moment on a new database (the workers of `serve
  // --workers` always do) failed on "already exists" or deadlocked, every time we tried. So they
  // set up one at a time; each after the first finds everything there.
  await options.database.withLock('samverkan.job-queue-setup', async () => {
    await boss.start();
    for (const job of jobs) {
      await boss.createQueue(job.name, {
        name: job.name,
        policy: 'stately',
        // The next cron minute is the retry: a run does what is due, whatever an earlier run left.
        retryLimit: 0,
        // A run left behind by a server that died is failed after this, and the next trigger runs.
        expireInSeconds: 15 * 60,
      });
      await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Stockholm' });
    }
  });
  const workerIds = new Map<string, string>();
  for (const job of jobs) {
    const workerId = await boss.work(
      job.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 },
      async () => {
        try {
          await job.run();
        } catch (error) {
          onError(error, job.name);
          throw error;
        }
      },
    );
    workerIds.set(job.name, workerId);
    await boss.send(job.name, {});
  }
  return {
    async trigger(name) {
      // Stately: while a run already waits, this one is dropped and the waiting one does the work.
      await boss.send(name, {});
      const workerId = workerIds.get(name);
      if (workerId) boss.notifyWorker(workerId);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      stopped = true;
    },
  };
}
