import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from './app-context.ts';
import { apiTokenAuthentication, apiTokenRoutes } from './api-tokens/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { dueRoutes } from './due/routes.ts';
import { exportRoutes } from './exports/routes.ts';
import { forumRoutes } from './forums/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { liveRoutes } from './live/routes.ts';
import { actionRoutes } from './actions/routes.ts';
import { trendRoutes } from './trends/routes.ts';
import { meetingRoutes } from './meetings/routes.ts';
import { minutesRoutes } from './minutes-import/routes.ts';
import { organizationRoutes } from './organizations/routes.ts';
import { outboxRoutes, sendMailAfterResponse } from './outbox/routes.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db.ts';
import { createHttpServer, type App } from './platform/http.ts';
import { reportRoutes } from './reports/routes.ts';
import { roundRoutes } from './rounds/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { userRoutes } from './users/routes.ts';

export const projectRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const webRoot = path.join(projectRoot, 'web', 'dist');

/** The whole HTTP application over an open, migrated database. */
export async function buildApp(options: {
  config: Config;
  database: Database;
  logger?: boolean;
  serveWeb?: boolean;
  /** Called after a request that queued mail has answered (the server wakes the sender). */
  onMailQueued?: () => void;
}): Promise<App> {
  const { config, database } = options;
  const app = await createHttpServer(config, {
    logger: options.logger,
    webRoot: options.serveWeb === false ? undefined : webRoot,
  });
  const ctx: AppContext = { config, database, db: database.db };
  if (options.onMailQueued) sendMailAfterResponse(app, options.onMailQueued);
  await authRoutes(app, ctx);
  await apiTokenAuthentication(app, ctx);
  for (const routes of [
    healthRoutes,
    organizationRoutes,
    userRoutes,
    forumRoutes,
    auditRoutes,
    apiTokenRoutes,
    outboxRoutes,
    indicatorRoutes,
    roundRoutes,
    reportRoutes,
    meetingRoutes,
    actionRoutes,
    trendRoutes,
    searchRoutes,
    exportRoutes,
    dueRoutes,
    minutesRoutes,
    liveRoutes,
  ]) {
    await app.register(async (scope) => routes(scope as App, ctx));
  }
  return app;
}
