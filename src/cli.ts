import v8 from 'node:v8';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ZodError } from 'zod';
import { systemAdmin } from './auth/service.ts';
import { createOrganization, listOrganizations } from './organizations/service.ts';
import { backupDatabase, restoreDatabase, RestoreError } from './platform/backup.ts';
import { ConfigError, loadConfig, MAX_WORKERS, type Config } from './platform/config.ts';
import { DataDirInUseError, isDatabaseEmpty, type Database } from './platform/db.ts';
import { AppError } from './platform/errors.ts';
import { migrateToLatest } from './platform/migrate.ts';
import { validationMessages } from './platform/validation-messages.ts';
import { buildWeb, isWebBuildCurrent, WebBuildError } from './platform/web-build.ts';
import { projectRoot } from './app.ts';
import { runMinutesParse } from './minutes-import/cli-parse.ts';
import { IMPORTABLE_EXTENSIONS, runMinutesImport } from './minutes-import/cli-import.ts';
import { createMinutesReadPool } from './minutes-import/read-pool.ts';
import { seedDemo } from './seed/demo.ts';
import { demoLogins, DEMO_PASSWORD } from './seed/demo-data.ts';
import { prepareDatabase, prepareToServe, startServer, StartRefusedError, createAdminHint } from './server.ts';
import { isServeWorker, reportStarted, runPrimary } from './serve-workers.ts';
import { createUser, findUserIdByEmail, updateUser } from './users/service.ts';

/** Exit status for bad input or a refused operation (usage errors too); 1 is for failures. */
const EXIT_REFUSED = 2;

async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  const { database } = await prepareDatabase(config, { seed: false });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

function describeDatabase(config: Config): string {
  return config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.database.dataDir}`;
}

/**
 * How far V8 lets the old generation grow past what survived its last full collection (decision 016):
 * by default up to 4x when allocation is fast. The server's live heap is about 50 MB, but the garbage
 * of the national reads grew its heap to 190 MB before V8 collected it; 2x keeps it near 110 MB.
 */
const HEAP_GROWING_PERCENT = 100;

async function serve(config: Config) {
  if (config.workers > 1 && config.database.kind === 'pglite')
    throw new StartRefusedError(
      `${config.workers} workers need PostgreSQL (DATABASE_URL): PGlite is one embedded database that only one process may open. Run one process (--workers 1), or set DATABASE_URL.`,
    );
  if (config.workers > 1 && !isServeWorker()) return servePrimary(config);
  // Read by V8 at every full collection, so it takes effect when set now; `node --heap-growing-percent=N` still wins.
  if (!process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent/.test(arg)))
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const server = await startServer(config);
  if (isServeWorker()) reportStarted(server.url);
  else printStarted(config, { url: server.url, seeded: server.seeded });
  // SIGINT from a terminal reaches the workers and their primary, which then sends SIGTERM too.
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= server.close().then(() => {
      process.exit(0);
    }));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Migrates (and seeds) once, then runs the workers, which find the database ready. */
async function servePrimary(config: Config) {
  const { database, seeded } = await prepareToServe(config);
  await database.close();
  const status = await runPrimary({
    workers: config.workers,
    onStarted: (url) => printStarted(config, { url, seeded }),
    log: (line) => process.stderr.write(`samverkan: ${line}\n`),
  });
  process.exit(status);
}

function printStarted(config: Config, server: { url: string; seeded: boolean }) {
  const workers = config.workers > 1 ? `, ${config.workers} workers` : '';
  const lines = [
    '',
    `Samverkan is running at ${server.url}  (database: ${describeDatabase(config)}${workers})`,
    `API documentation: ${server.url}/api/docs`,
  ];
  if (server.seeded || config.seedDemoWhenEmpty) {
    lines.push(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const login of demoLogins) lines.push(`  ${login.email.padEnd(40)} ${describeLogin(login)}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

function describeLogin(login: (typeof demoLogins)[number]): string {
  if (login.isAdmin) return 'administratör';
  const roleNames = { coordinator: 'samordnare', reporter: 'rapportör', reader: 'läsare' };
  return [...new Set(login.roles.map((r) => roleNames[r.role]))].join(', ') + ` (${login.organization})`;
}

async function createAdmin(
  config: Config,
  options: { email: string; password: string; name: string; organization?: string },
) {
  await withDatabase(config, async ({ db }) => {
    const existingId = await findUserIdByEmail(db, options.email);
    if (existingId) {
      await updateUser({
        db,
        actor: systemAdmin,
        id: existingId,
        input: { isAdmin: true, isActive: true, password: options.password },
      });
      process.stdout.write(`${options.email} is now an administrator with the given password.\n`);
      return;
    }
    const organizationName = options.organization ?? 'Systemförvaltning';
    const organizations = await listOrganizations(db, { q: organizationName, includeInactive: false });
    const organization =
      organizations.find((o) => o.name.toLowerCase() === organizationName.toLowerCase()) ??
      (await createOrganization({ db, actor: systemAdmin, input: { name: organizationName, kind: 'annan' } }));
    await createUser({
      db,
      actor: systemAdmin,
      input: {
        email: options.email,
        name: options.name,
        organizationId: organization.id,
        password: options.password,
        isAdmin: true,
      },
    });
    process.stdout.write(`Created administrator ${options.email} (${organization.name}).\n`);
  });
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS)
    throw new InvalidArgumentError(`a whole number from 1 to ${MAX_WORKERS}`);
  return workers;
}

export function buildCli(config: () => Config): Command {
  const program = new Command('samverkan')
    .description(
      'Samverkan: regional collaboration in health and social care.\nEvery command honours SAMVERKAN_DATA_DIR and DATABASE_URL and migrates an empty database first.',
    )
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description(
      'Run the web app and API (PORT, HOST; outside production demo data is loaded into an empty database; in production an administrator must exist)',
    )
    .option(
      '--workers <n>',
      `app-server processes on one port, PostgreSQL only (default: SAMVERKAN_WORKERS or 1)`,
      parseWorkers,
    )
    .action((options: { workers?: number }) => {
      const cfg = config();
      return serve({ ...cfg, workers: options.workers ?? cfg.workers });
    });

  program
    .command('build')
    .description('Build the web app into web/dist (npm install and npm start run this with --if-changed)')
    .option('--if-changed', 'only when the web sources changed since the last build')
    .action(async (options: { ifChanged?: boolean }) => {
      if (options.ifChanged && isWebBuildCurrent(projectRoot)) {
        process.stdout.write('The web app is up to date.\n');
        return;
      }
      await buildWeb(projectRoot);
      process.stdout.write('Built the web app into web/dist.\n');
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date')
    .action(async () => {
      const cfg = config();
      await withDatabase(cfg, async ({ db }) => {
        const results = await migrateToLatest(db);
        process.stdout.write(
          results.length
            ? results.map((r) => `${r.status}: ${r.migrationName}`).join('\n') + '\n'
            : 'The schema is up to date.\n',
        );
      });
    });

  program
    .command('seed-demo')
    .description('Load the demo organisations, forums and users (only into an empty database)')
    .action(async () => {
      const cfg = config();
      if (cfg.env === 'production') {
        throw new StartRefusedError(
          `The demo data (with its published password) is never loaded when NODE_ENV=production. ${createAdminHint}`,
        );
      }
      await withDatabase(cfg, async ({ db }) => {
        if (!(await isDatabaseEmpty(db))) {
          process.stdout.write('The database already has data; the demo data was not loaded.\n');
          return;
        }
        await seedDemo(db, cfg.mail.appUrl);
        process.stdout.write(`Demo data loaded. Password for every demo login: ${DEMO_PASSWORD}\n`);
      });
    });

  program
    .command('create-admin')
    .description('Create an administrator, or make an existing user one (no prompt, for scripts)')
    .requiredOption('--email <email>', 'e-mail address to sign in with')
    .requiredOption('--password <password>', 'password (at least 10 characters)')
    .option('--name <name>', 'full name', 'Administratör')
    .option('--organization <name>', 'organisation (created if missing)')
    .action((options) => createAdmin(config(), options));

  program
    .command('backup')
    .argument('<file>', 'where to write the backup (newline-delimited JSON)')
    .description('Write a logical backup that restores into PGlite or PostgreSQL')
    .action(async (file: string) => {
      await withDatabase(config(), async ({ db }) => {
        const header = await backupDatabase(db, file);
        const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
        process.stdout.write(`Wrote ${rows} rows from ${header.tables.length} tables to ${file}.\n`);
      });
    });

  program
    .command('restore')
    .argument('<file>', 'a file written by "samverkan backup"')
    .option('--replace', 'wipe a database that already has data before restoring')
    .description('Restore a backup into an empty database (all rows or none)')
    .action(async (file: string, options: { replace?: boolean }) => {
      await withDatabase(config(), async ({ db }) => {
        const header = await restoreDatabase(db, file, options);
        const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
        process.stdout.write(`Restored ${rows} rows from ${file} (backup of ${header.createdAt}).\n`);
      });
    });
  const minutes = program.command('minutes').description('Old minutes: parse them, or import them as meetings');
  minutes
    .command('parse')
    .argument('<files...>', 'plain text, a web page (HTML), DOC, DOCX, ODT or PDF')
    .option('--out <dir>', 'write <name>.json per input instead of printing')
    .description('Print what the importer understands of each file, as JSON (../shared/minutes/SCHEMA.md)')
    .action(async (files: string[], options: { out?: string }) => {
      process.exitCode = await runMinutesParse({
        files,
        outDir: options.out,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });
  minutes
    .command('import')
    .argument('<paths...>', `files, or folders searched recursively for ${IMPORTABLE_EXTENSIONS.join(' ')} files`)
    .requiredOption('--forum <id>', 'the forum (id or exact name) the meetings belong to')
    .option('--allow-same-date', 'import a file even when the forum already has a meeting on its date')
    .description(
      'Import minutes as meetings with status "importerat", each file in its own transaction, with progress and a summary. The same file twice creates nothing. Exit status 2 if any file was refused',
    )
    .action(async (paths: string[], options: { forum: string; allowSameDate?: boolean }) => {
      const settings = config();
      // Files are read as the server reads uploads, in a worker thread with a memory and a time limit, so a crafted
      // file in an archive is refused instead of hanging or exhausting the command.
      const readPool = createMinutesReadPool(settings.minutesImport);
      try {
        await withDatabase(settings, async ({ db }) => {
          process.exitCode = await runMinutesImport({
            db,
            paths,
            forum: options.forum,
            allowSameDate: options.allowSameDate ?? false,
            read: readPool.read,
            stdout: process.stdout,
            stderr: process.stderr,
          });
        });
      } finally {
        await readPool.close();
      }
    });
  return program;
}

function messageOf(error: unknown): string | undefined {
  if (error instanceof AppError) return error.localized.en;
  if (error instanceof ZodError) {
    return error.issues
      .map((issue) => `${issue.path.join('.') || 'input'}: ${validationMessages[issue.message]?.en ?? issue.message}`)
      .join('\n');
  }
  if (
    error instanceof ConfigError ||
    error instanceof DataDirInUseError ||
    error instanceof RestoreError ||
    error instanceof StartRefusedError ||
    error instanceof WebBuildError
  )
    return error.message;
  return undefined;
}

export async function main(argv: string[]): Promise<void> {
  let cached: Config | undefined;
  const program = buildCli(() => (cached ??= loadConfig()));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_REFUSED;
      return;
    }
    const message = messageOf(error);
    if (message) {
      process.stderr.write(`samverkan: ${message}\n`);
      process.exitCode = EXIT_REFUSED;
      return;
    }
    throw error;
  }
}
