import type { Config } from './platform/config.ts';
import type { Database, Db } from './platform/db.ts';

/** What every domain's routes receive: the validated config and the database. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
}
