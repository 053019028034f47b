import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite, QueryOptions, Results } from '@electric-sql/pglite';
import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  PostgresDialect,
  sql,
  type Compilable,
  type Transaction,
} from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DatabaseConfig } from './config.ts';
import type { DB } from './db-types.generated.ts';

export type { DB } from './db-types.generated.ts';
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type DbOrTrx = Kysely<DB> | Transaction<DB>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The embedded instance, when there is one (backup/restore and tests use it). */
  pglite?: PGlite;
  /**
   * Calls `onMessage` with the payload of every notification on `channel` once its transaction
   * commits. On PostgreSQL this holds one connection of its own; when that connection is lost it
   * reconnects and calls `onReconnect`, since notifications sent meanwhile are gone.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  /**
   * Runs `work` while this process holds the lock `name` on the database, so that processes sharing
   * it do that work one at a time. On PostgreSQL it is an advisory lock held by a connection of its
   * own (the work's statements use the pool); PGlite serves one process, so there it just runs.
   */
  withLock<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ListenHandlers {
  onMessage: (payload: string) => void;
  onReconnect: () => void;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const DATE_OID = 1082;

// Both backends must hand the code the same JS types: PGlite returns int8 as number while
// node-pg returns a string, and node-pg turns `date` into a local-time Date. We want numbers
// and plain 'YYYY-MM-DD' strings from both.
pg.types.setTypeParser(INT8_OID, Number);
pg.types.setTypeParser(NUMERIC_OID, Number);
pg.types.setTypeParser(DATE_OID, (value: string) => value);
const pgliteParsers = {
  [INT8_OID]: (value: string) => Number(value),
  [NUMERIC_OID]: (value: string) => Number(value),
  [DATE_OID]: (value: string) => value,
};

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: LockHolder) {
    super(
      `The data folder ${dataDir} is in use by another Samverkan process (pid ${holder.pid}, ` +
        `"${holder.command}", started ${holder.startedAt}). PGlite allows only one process per data folder: ` +
        `stop that process first, or use DATABASE_URL to run several processes on PostgreSQL.`,
    );
  }
}

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no lock of its own and two processes on one folder silently lose writes, so we
 * hold a pid file beside the database for as long as it is open. A lock left by a process that
 * no longer runs (on this host) is taken over.
 */
function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'samverkan.lock');
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(2).join(' ') || 'samverkan',
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        fs.rmSync(lockPath, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockHolder(lockPath);
      if (holder && holder.host === me.host && holder.pid !== me.pid && isProcessAlive(holder.pid)) {
        throw new DataDirInUseError(dataDir, holder);
      }
      if (holder && holder.host !== me.host) throw new DataDirInUseError(dataDir, holder);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

function readLockHolder(lockPath: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function createKysely(dialect: PostgresDialect | PGliteDialect): Db {
  return new Kysely<DB>({ dialect, plugins: [new CamelCasePlugin()] });
}

export function wrapPglite(pglite: PGlite, onClose: () => void = () => {}): Database {
  const db = createKysely(new PGliteDialect(preparingPglite(pglite)));
  return {
    db,
    kind: 'pglite',
    pglite,
    // PGlite delivers notifications to listeners of the same instance, which is the whole server.
    async listen(channel, { onMessage }) {
      const unlisten = await pglite.listen(channel, onMessage);
      return async () => {
        if (!pglite.closed) await unlisten();
      };
    },
    withLock: (_name, work) => work(),
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      onClose();
    },
  };
}

/** PGlite's protocol (de)serialisers, loaded with it by createPglite (PostgreSQL servers never load PGlite). */
let protocolHelpers: Pick<typeof import('@electric-sql/pglite'), 'parse' | 'protocol'> | undefined;

/**
 * PGlite's one session plans with these. The planner's default cost of a page read at random
 * (random_page_cost = 4) is for a disk; PGlite's database is read from memory, where PostgreSQL's
 * documentation suggests a value near seq_page_cost, such as 1.1. With 4, the statements of a draft
 * save and a submit read the small tables (users, organisations, forum members, rounds) whole rather
 * than by their keys, and each such scan also asks the file system for the table's size. A forum's
 * burst of 20 reporters needed about a sixth less CPU per submission with 1.1 (docs/performance-log.md,
 * pgb). Set for the session, so every statement prepared on the instance is planned with it.
 */
export const PGLITE_PLANNER_SETTINGS = 'set random_page_cost = 1.1';

export async function createPglite(options: { dataDir?: string; loadDataDir?: Blob | File } = {}): Promise<PGlite> {
  // Loaded on first use: a server on PostgreSQL never needs the embedded database (about 50 MB).
  const pgliteModule = await import('@electric-sql/pglite');
  protocolHelpers ??= pgliteModule;
  const pglite = await pgliteModule.PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: pgliteParsers,
  });
  await pglite.exec(PGLITE_PLANNER_SETTINGS);
  return pglite;
}

const RECONNECT_DELAYS_MS = [250, 1000, 2000, 5000, 10_000];

/**
 * A LISTEN connection outside the pool (a pooled connection would be handed to queries). It is
 * opened at once, so a server that cannot listen fails at start; later losses are retried for ever.
 */
async function listenOnPostgres(url: string, channel: string, handlers: ListenHandlers) {
  let current: pg.Client | undefined;
  let isStopped = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) handlers.onMessage(message.payload);
    });
    client.on('error', (error) => {
      process.emitWarning(`PostgreSQL LISTEN connection lost: ${error.message}`);
      lose(client);
    });
    client.on('end', () => lose(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      throw error;
    }
    current = client;
  };
  const lose = (client: pg.Client) => {
    if (current !== client || isStopped) return;
    current = undefined;
    schedule();
  };
  const schedule = () => {
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)];
    retry = setTimeout(() => {
      connect().then(
        () => {
          attempt = 0;
          if (isStopped) void current?.end();
          else handlers.onReconnect();
        },
        (error: Error) => {
          process.emitWarning(`PostgreSQL LISTEN reconnect failed: ${error.message}`);
          if (!isStopped) schedule();
        },
      );
    }, delay);
  };

  await connect();
  return async () => {
    isStopped = true;
    clearTimeout(retry);
    const client = current;
    current = undefined;
    await client?.end();
  };
}

/** Held for as long as the session lasts: ending the connection releases it, also when this process dies. */
async function withAdvisoryLock<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', (error) => process.emitWarning(`PostgreSQL lock connection lost: ${error.message}`));
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    return await work();
  } finally {
    await client.end();
  }
}

/** Statement texts given a name so far, in all pools of this process; the same text keeps its name. */
const statementNames = new Map<string, string>();
// Bounds what each PostgreSQL connection keeps prepared. Statements whose text varies with their
// input (an `in` list of n ids) would otherwise prepare without end; past the bound they run unnamed.
const MAX_NAMED_STATEMENTS = 2000;
const MAX_NAMED_TEXT_LENGTH = 8000;
const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;
// A prepared statement gets a generic plan after five runs, planned without its values. For an `in`
// list of many ids (a forum's rounds in the trends) that plan cannot see how many rows the ids pick:
// the trend's values took 1,300 ms with it against 28 ms planned for the values (63 organisations,
// 157 rounds, national data). Such statements run unnamed, planned for their values each time.
const LONG_IN_LIST = /\bin \((?:\$\d+, ){15}/i;

/**
 * Put first in a statement that must be planned for its values every time, never prepared: where
 * the values decide the plan and a generic one is slow (search: 3,000 ms generic against 600 ms).
 */
export const PLAN_FOR_VALUES = sql.raw('/* planned for its values */');

export function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined) return known;
  if (statementNames.size >= MAX_NAMED_STATEMENTS || text.length > MAX_NAMED_TEXT_LENGTH) return undefined;
  // A statement led by PLAN_FOR_VALUES's comment is no data statement to this test either.
  if (!DATA_STATEMENT.test(text) || LONG_IN_LIST.test(text)) return undefined;
  const name = `samverkan_${statementNames.size}`;
  statementNames.set(text, name);
  return name;
}

/**
 * Kysely hands node-postgres bare text, which PostgreSQL parses and plans on every call: about half
 * of the work of a short statement. With a name, node-postgres prepares it once per connection
 * and afterwards only binds and executes.
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const name =
      args.length === 2 && typeof text === 'string' && Array.isArray(values) ? statementName(text) : undefined;
    const call = super.query as (...params: unknown[]) => never;
    return name ? call.call(this, { name, text, values }) : call.apply(this, args);
  }
}

/**
 * PGlite's `query` sends every statement unnamed, so PostgreSQL parses and plans it anew each time:
 * for the statements of a draft save and a submit that was over half of their time in the database,
 * and PGlite's one thread serves every request. Statements that statementName names are prepared
 * once per instance (SQL `PREPARE`) and run with `EXECUTE`, which uses the statement's cached plan.
 * `EXECUTE` cannot take protocol parameters, so the values go in as quoted literals, serialised by
 * the statement's own parameter types as `query` would send them.
 */
export function preparingPglite(pglite: PGlite): PGlite {
  // One per instance: a statement's name is prepared once in the instance, whoever runs it (the
  // benches time the app's statements on the app's own instance).
  let preparing = preparingClients.get(pglite);
  if (!preparing) preparingClients.set(pglite, (preparing = newPreparingPglite(pglite)));
  return preparing;
}

const preparingClients = new WeakMap<PGlite, PGlite>();

/** What kysely-pglite-dialect sends to open, end and undo a transaction (the app sets no isolation level). */
const TRANSACTION_CONTROL = new Set(['begin', 'commit', 'rollback']);

function newPreparingPglite(pglite: PGlite): PGlite {
  const prepared = new Map<string, Promise<number[]>>();
  const prepare = (name: string, text: string) => {
    let types = prepared.get(name);
    if (!types) {
      types = (async () => {
        await pglite.query(`prepare ${name} as ${text}`);
        const { rows } = await pglite.query<{ types: number[] }>(
          'select parameter_types::oid[] as types from pg_prepared_statements where name = $1',
          [name],
        );
        return rows[0]!.types;
      })();
      // A statement that could not be prepared (say, in a transaction already failed) is tried again next time.
      types.catch(() => prepared.delete(name));
      prepared.set(name, types);
    }
    return types;
  };
  const literal = (value: unknown, type: number | undefined) => {
    if (value === null || value === undefined) return 'null';
    const serialize = type === undefined ? undefined : pglite.serializers[type];
    const text = serialize ? serialize(value) : value instanceof Date ? value.toISOString() : String(value);
    if (text.includes('\0'))
      throw new Error('A statement value holds a NUL character, which PostgreSQL does not store');
    // An escape-string literal: backslashes and quotes are escaped whatever standard_conforming_strings says.
    return `E'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  };
  // PGlite's `query` speaks the extended protocol: parse, describe, bind, describe, execute and sync,
  // each a call into PGlite, under two locks (about 0.3 ms of CPU for `select 1`). A statement with
  // no parameters goes whole as one simple-protocol Query message, one call under one lock (about
  // 0.1 ms): the transaction's BEGIN and COMMIT, and EXECUTE of a prepared statement, whose values
  // are literals by now. The simple protocol would run several statements in one text; the text
  // here is always one statement, its values quoted by `literal`. Like `query`, it syncs the file
  // system after the call (a no-op on Node's file system, which PGlite writes through at once).
  const { parse, protocol } = protocolHelpers ?? {};
  if (!parse || !protocol) throw new Error('Create PGlite instances with createPglite');
  const simple = <T>(text: string) =>
    pglite.runExclusive(async () => {
      if (pglite.closed) throw new Error('PGlite is closed');
      try {
        const messages = await pglite.execProtocolStream(protocol.serialize.query(text), {});
        return parse.parseResults(messages, pglite.parsers)[0] as Results<T>;
      } catch (error) {
        // As PGlite's `query` does: the error names the statement it came from.
        if (error instanceof Error) Object.assign(error, { query: text });
        throw error;
      }
    });
  const query: PGlite['query'] = async <T>(text: string, params: unknown[] = [], options?: QueryOptions) => {
    if (options === undefined && params.length === 0 && TRANSACTION_CONTROL.has(text)) return simple<T>(text);
    const name = options === undefined ? statementName(text) : undefined;
    if (name === undefined) return pglite.query<T>(text, params, options);
    const types = await prepare(name, text);
    const values = params.map((value, i) => literal(value, types[i]));
    return simple<T>(values.length > 0 ? `execute ${name}(${values.join(', ')})` : `execute ${name}`);
  };
  // The dialect uses `query` and `close` only.
  const client: Pick<PGlite, 'query' | 'close'> = { query, close: () => pglite.close() };
  return client as PGlite;
}

/** Stands for the argument at `index` while a query is compiled once (see compiledOnce). */
class Placeholder {
  constructor(readonly index: number) {}
}

/**
 * A query of a fixed shape, built and compiled on its first call only. Kysely otherwise builds the
 * query tree, runs the camel-case plugin over it and compiles it to text on every call: for the
 * statements every write runs (the session, the report's context) that was about a tenth of the
 * server's CPU. The same text each time also finds its prepared statement at once (statementName).
 *
 * `build` gets placeholders for its arguments and may use them only as values in the query (no
 * string methods, no `in` lists, no branching on them); a value it makes itself must not change
 * from call to call (so no `new Date()`: pass the time as an argument). It is checked on the first
 * call: every argument must reach the statement and nothing but plain constants may be added. The
 * text is shared by every database of the process: they all use the PostgreSQL compiler and the
 * camel-case plugin (createKysely). Rows come back through the plugins, camel-cased, as usual.
 */
export function compiledOnce<A extends unknown[], R>(
  build: (db: DbOrTrx, ...args: A) => Compilable<R>,
): (db: DbOrTrx, ...args: A) => Promise<R[]> {
  let compiled: { sql: string; parameters: readonly unknown[] } | undefined;
  return async (db, ...args) => {
    compiled ??= compileWithPlaceholders(build, db, args.length);
    const parameters = compiled.parameters.map((p) => (p instanceof Placeholder ? args[p.index] : p));
    return (await db.executeQuery<R>(CompiledQuery.raw(compiled.sql, parameters))).rows;
  };
}

function compileWithPlaceholders<A extends unknown[], R>(
  build: (db: DbOrTrx, ...args: A) => Compilable<R>,
  db: DbOrTrx,
  arity: number,
) {
  const placeholders = Array.from({ length: arity }, (_, i) => new Placeholder(i));
  const { sql: text, parameters } = build(db, ...(placeholders as unknown as A)).compile();
  const used = new Set(parameters.filter((p) => p instanceof Placeholder).map((p) => p.index));
  const varying = parameters.find((p) => !(p instanceof Placeholder) && typeof p === 'object' && p !== null);
  if (used.size !== arity || varying !== undefined)
    throw new Error(
      `compiledOnce: every argument must be a value in the statement, and nothing else may vary: ${text}`,
    );
  // A prepared statement is planned once for any values after five runs, unless that generic plan
  // looks dearer than one planned for the values. A constant true as a parameter ($1) hides a
  // partial index (`where is_latest`) from the generic plan, so PostgreSQL planned the statement
  // anew on every run (0.7 ms each for a report's context and the draft save). Written as
  // sql.lit(true) it is part of the text, and the generic plan uses the index.
  if (parameters.some((p) => typeof p === 'boolean'))
    throw new Error(`compiledOnce: write a constant true or false as sql.lit(…), not as a parameter: ${text}`);
  return { sql: text, parameters };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    // A server that does not answer must not hold requests for ever: after the timeout (which also
    // counts the wait for a free connection) they get a 503 with Retry-After (platform/http.ts).
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 5,
      connectionTimeoutMillis: 30_000,
      ...(config.preparedStatements === false ? {} : { Client: PreparingClient }),
    });
    // A connection can be cut by the server (restart, failover). node-pg then emits 'error' on the
    // pool when the connection was idle, and on the client itself when it was checked out between two
    // statements; either unheard would end the process. The statement in flight fails (a 503), and
    // the pool drops the broken connection and connects anew on next use.
    const connectionLost = (error: Error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
    pool.on('error', connectionLost);
    pool.on('connect', (client) => client.on('error', connectionLost));
    const db = createKysely(new PostgresDialect({ pool }));
    return {
      db,
      kind: 'postgres',
      listen: (channel, handlers) => listenOnPostgres(config.url, channel, handlers),
      withLock: (name, work) => withAdvisoryLock(config.url, name, work),
      close: () => db.destroy(),
    };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const release = acquireDataDirLock(config.dataDir);
  try {
    const pglite = await createPglite({ dataDir: path.join(config.dataDir, 'pglite') });
    return wrapPglite(pglite, release);
  } catch (error) {
    release();
    throw error;
  }
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select(sql<number>`count(*)`.as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count) === 0;
}
