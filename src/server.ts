import { buildApp } from './app.ts';
import { hasAdministratorWhoCanSignIn } from './auth/service.ts';
import type { Config } from './platform/config.ts';
import { isDatabaseEmpty, openDatabase, type Database } from './platform/db.ts';
import { migrateToLatest } from './platform/migrate.ts';
import type { JobRunner } from './platform/jobs.ts';
import { startScheduledJobs } from './scheduled-jobs.ts';
import { seedDemo } from './seed/demo.ts';

/** Opens the database, migrates it and, when it is empty and allowed, loads the demo data. */
export async function prepareDatabase(
  config: Config,
  options: { seed?: boolean } = {},
): Promise<{ database: Database; seeded: boolean }> {
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const shouldSeed = (options.seed ?? config.seedDemoWhenEmpty) && (await isDatabaseEmpty(database.db));
    if (shouldSeed) await seedDemo(database.db, config.mail.appUrl);
    return { database, seeded: shouldSeed };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** A start that must not go ahead; the message tells the operator what to do. */
export class StartRefusedError extends Error {}

export const createAdminHint =
  'Create one first: npx samverkan create-admin --email <address> --password <at least 10 characters>';

/** prepareDatabase, and in production the refusal to serve a database nobody can sign in to. */
export async function prepareToServe(config: Config): Promise<{ database: Database; seeded: boolean }> {
  const prepared = await prepareDatabase(config);
  // In production nobody else can create the first administrator, and a server nobody can sign
  // in to invites someone to "fix" it with the demo data.
  if (config.env === 'production' && !(await hasAdministratorWhoCanSignIn(prepared.database.db))) {
    await prepared.database.close();
    throw new StartRefusedError(`No administrator exists, so the server was not started. ${createAdminHint}`);
  }
  return prepared;
}

export async function startServer(config: Config, options: { logger?: boolean } = {}) {
  const { database, seeded } = await prepareToServe(config);
  // Set once the job queue runs; until then the send run at start covers what requests queue.
  let jobs: JobRunner | undefined;
  const app = await buildApp({
    config,
    database,
    logger: options.logger,
    onMailQueued: () => {
      jobs
        ?.trigger('outbox.send')
        .catch((error: unknown) => app.log.error({ err: error, job: 'outbox.send' }, 'could not wake the mail sender'));
    },
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  // Opening rounds, reminders and sending mail run through the job queue in the database, so
  // with several servers each job runs on one of them at a time.
  const runner = await startScheduledJobs({
    database,
    config,
    onError: (error, job) => app.log.error({ err: error, job }, 'scheduled job failed'),
  }).catch(async (error: unknown) => {
    await app.close();
    await database.close();
    throw error;
  });
  jobs = runner;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    app,
    database,
    seeded,
    url: `http://${shownHost}:${port}`,
    async close() {
      jobs = undefined;
      await runner.stop();
      await app.close();
      await database.close();
    },
  };
}
