import { buildApp } from './app.ts';
import { hasAdministratorWhoCanSignIn } from './auth/service.ts';
import type { Config } from './platform/config.ts';
import { isDatabaseEmpty, openDatabase, type Database } from './platform/db.ts';
import { migrateToLatest } from './platform/migrate.ts';
import { createMailSender, startMailSender } from './outbox/service.ts';
import { openScheduledRounds } from './rounds/service.ts';
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
    if (shouldSeed) await seedDemo(database.db);
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

export async function startServer(config: Config, options: { logger?: boolean } = {}) {
  const { database, seeded } = await prepareDatabase(config);
  // In production nobody else can create the first administrator, and a server nobody can sign
  // in to invites someone to "fix" it with the demo data.
  if (config.env === 'production' && !(await hasAdministratorWhoCanSignIn(database.db))) {
    await database.close();
    throw new StartRefusedError(`No administrator exists, so the server was not started. ${createAdminHint}`);
  }
  const app = await buildApp({ config, database, logger: options.logger });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  // Recurring schedules open their rounds by themselves. Every process may run this: the unique
  // (forum, period) constraint lets only one of them create a given round.
  const scheduler = setInterval(() => {
    openScheduledRounds(database.db, new Date()).catch((error) =>
      app.log.error({ err: error }, 'opening scheduled rounds failed'),
    );
  }, 60_000);
  scheduler.unref();
  // Each process sends too; claiming with SKIP LOCKED gives every message to one of them.
  const mailSender = startMailSender(createMailSender({ db: database.db, mail: config.mail }), 10_000, (error) =>
    app.log.error({ err: error }, 'sending mail failed'),
  );
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    app,
    database,
    seeded,
    url: `http://${shownHost}:${port}`,
    async close() {
      clearInterval(scheduler);
      await mailSender.stop();
      await app.close();
      await database.close();
    },
  };
}
