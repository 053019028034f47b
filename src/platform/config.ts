import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** `serve --workers` and SAMVERKAN_WORKERS: a bound well past what one machine's cores can use. */
export const MAX_WORKERS = 64;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  // node-postgres connections per app process. Two cores run PostgreSQL best with a few busy
  // backends; more only queue inside PostgreSQL instead of in the pool (measured: README, Performance).
  SAMVERKAN_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  // App-server processes on one port (node:cluster); each has its own pool and LISTEN connection.
  SAMVERKAN_WORKERS: z.coerce.number().int().min(1).max(MAX_WORKERS).default(1),
  // Named statements are parsed and planned once per connection. Turn off behind a pooler in
  // transaction mode (PgBouncer before 1.21), which cannot keep a statement on one connection.
  SAMVERKAN_DB_PREPARED_STATEMENTS: booleanFromEnv.default(true),
  SAMVERKAN_DATA_DIR: z.string().min(1).default('./data'),
  SAMVERKAN_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  SAMVERKAN_SEED_DEMO: booleanFromEnv.optional(),
  SAMVERKAN_COOKIE_SECURE: booleanFromEnv.optional(),
  SAMVERKAN_TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      'must be true, false, a number of proxy hops, or a comma-separated list of addresses/CIDRs',
    )
    .default('false'),
  // A 20 MB upload over a slow line still fits; a client trickling a body is cut off after it.
  SAMVERKAN_REQUEST_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(120),
  SAMVERKAN_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SAMVERKAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SAMVERKAN_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SAMVERKAN_LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  // Per address, across all app servers. Generous because a whole municipality may sign in through one NAT.
  SAMVERKAN_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(120),
  // nodemailer's connection URL: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465.
  SAMVERKAN_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SAMVERKAN_MAIL_FROM: z.string().trim().min(3).max(300).optional(),
  // Single sign-on through the region's OpenID provider (decision 010).
  SAMVERKAN_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  SAMVERKAN_OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  SAMVERKAN_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  SAMVERKAN_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  SAMVERKAN_OIDC_NAME: z.string().trim().min(1).max(60).optional(),
  SAMVERKAN_OIDC_SCOPES: z.string().trim().min(1).default('openid email profile'),
  SAMVERKAN_OIDC_HSA_ID_CLAIM: z.string().trim().min(1).max(100).optional(),
  // The way back in when the provider fails after an administrator turned password sign-in off.
  SAMVERKAN_FORCE_PASSWORD_SIGN_IN: booleanFromEnv.default(false),
  // Files of old minutes read at once (worker threads) and waiting their turn; beyond both the import answers 503.
  SAMVERKAN_IMPORT_READ_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  SAMVERKAN_IMPORT_READ_QUEUE: z.coerce.number().int().min(1).max(1000).default(8),
  // A reader thread's heap: a damaged or crafted file that needs more is refused with a 422 instead of ending the server.
  SAMVERKAN_IMPORT_READ_MEMORY_MB: z.coerce.number().int().min(64).max(16384).default(512),
  // A file not read within this time (waiting in the queue included) is refused and its thread ended: a crafted PDF
  // whose 1 MB inflates to hundreds of MB of text operators kept a thread busy for good.
  SAMVERKAN_IMPORT_READ_SECONDS: z.coerce.number().positive().max(3600).default(120),
});

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolSize?: number; preparedStatements?: boolean }
  | { kind: 'pglite'; dataDir: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  /** App-server processes `serve` runs on one port; more than one needs PostgreSQL. */
  workers: number;
  sessionTtlMs: number;
  seedDemoWhenEmpty: boolean;
  cookieSecure: boolean;
  /** Fastify's trustProxy: which hops may set X-Forwarded-For/-Host/-Proto. */
  trustProxy: boolean | number | string[];
  /** Time a client has to send a whole request, body included. */
  requestTimeoutMs: number;
  /** Origins that state-changing requests may come from besides the request's own Host. */
  publicOrigins: string[];
  logLevel: string;
  login: { maxFailures: number; windowMs: number; ratePerMinute: number };
  /** Outgoing mail; without `smtpUrl` nothing leaves the machine and the outbox keeps each message as held. */
  mail: { smtpUrl: string | undefined; from: string; appUrl: string };
  /** The OpenID provider users may sign in through; undefined when single sign-on is not set up. */
  oidc: OidcConfig | undefined;
  /** Password sign-in stays open whatever the administrators' setting says. */
  forcePasswordSignIn: boolean;
  /**
   * Imports of old minutes: files read at once in worker threads (default two and one fewer than the cores) and
   * files waiting their turn; a file beyond both is answered 503 minutes.busy. A file whose reading needs more heap
   * than readMemoryMb is refused 422 minutes.unreadable.
   */
  minutesImport: { readThreads: number | undefined; readQueue: number; readMemoryMb: number; readSeconds: number };
}

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: this app's /api/auth/oidc/callback. */
  redirectUrl: URL;
  /** Where the provider sends the browser after signing out there: this app's sign-in page. */
  postLogoutRedirectUrl: URL;
  /** The provider's name on the sign-in button, e.g. "SITHS" or "Region Dalarnas konto". */
  name: string;
  scopes: string;
  /** The ID-token claim that holds the user's HSA-id, when the provider sends one. */
  hsaIdClaim: string | undefined;
}

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
const OIDC_VARIABLES = [
  'SAMVERKAN_OIDC_ISSUER',
  'SAMVERKAN_OIDC_CLIENT_ID',
  'SAMVERKAN_OIDC_CLIENT_SECRET',
  'SAMVERKAN_OIDC_REDIRECT_URL',
] as const;

function oidcProblems(e: z.infer<typeof envSchema>): string[] {
  const given = OIDC_VARIABLES.filter((name) => e[name] !== undefined);
  if (given.length === 0) return [];
  const missing = OIDC_VARIABLES.filter((name) => e[name] === undefined);
  const problems = missing.map((name) => `  - ${name}: required when single sign-on is configured`);
  const redirect = e.SAMVERKAN_OIDC_REDIRECT_URL ? new URL(e.SAMVERKAN_OIDC_REDIRECT_URL) : undefined;
  if (redirect && redirect.pathname !== OIDC_CALLBACK_PATH)
    problems.push(
      `  - SAMVERKAN_OIDC_REDIRECT_URL: must end in ${OIDC_CALLBACK_PATH}, e.g. https://samverkan.region.se${OIDC_CALLBACK_PATH}`,
    );
  // Over plain http the authorization code and the tokens can be read on the network.
  if (e.NODE_ENV === 'production') {
    for (const name of ['SAMVERKAN_OIDC_ISSUER', 'SAMVERKAN_OIDC_REDIRECT_URL'] as const) {
      if (e[name]?.startsWith('http:')) problems.push(`  - ${name}: must be https in production`);
    }
  }
  return problems;
}

/** Called after oidcProblems found none, so the four variables are all set or all unset. */
function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig | undefined {
  if (!e.SAMVERKAN_OIDC_ISSUER) return undefined;
  const issuer = new URL(e.SAMVERKAN_OIDC_ISSUER);
  const redirectUrl = new URL(e.SAMVERKAN_OIDC_REDIRECT_URL!);
  return {
    issuer,
    clientId: e.SAMVERKAN_OIDC_CLIENT_ID!,
    clientSecret: e.SAMVERKAN_OIDC_CLIENT_SECRET!,
    redirectUrl,
    postLogoutRedirectUrl: new URL('/logga-in', redirectUrl),
    name: e.SAMVERKAN_OIDC_NAME ?? issuer.host,
    scopes: e.SAMVERKAN_OIDC_SCOPES,
    hsaIdClaim: e.SAMVERKAN_OIDC_HSA_ID_CLAIM,
  };
}

export class ConfigError extends Error {}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}

/** Reads and validates the environment once; everything else receives the typed result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const problems = [
    ...(e.SAMVERKAN_SMTP_URL && !e.SAMVERKAN_MAIL_FROM
      ? ['  - SAMVERKAN_MAIL_FROM: required with SAMVERKAN_SMTP_URL, e.g. "Samverkan <samverkan@region.se>"']
      : []),
    // Links in mail would otherwise point at localhost on the recipient's own machine.
    ...(e.SAMVERKAN_SMTP_URL && isProduction && !e.SAMVERKAN_PUBLIC_URL
      ? ['  - SAMVERKAN_PUBLIC_URL: required with SAMVERKAN_SMTP_URL in production, for the links in the mail']
      : []),
    ...oidcProblems(e),
  ];
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  if (isProduction && e.SAMVERKAN_SEED_DEMO === true) {
    throw new ConfigError(
      'Invalid configuration:\n  - SAMVERKAN_SEED_DEMO: the demo data (with its published password) is refused when NODE_ENV=production. Create an administrator with `npx samverkan create-admin --email … --password …` instead.',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          poolSize: e.SAMVERKAN_DB_POOL_SIZE,
          preparedStatements: e.SAMVERKAN_DB_PREPARED_STATEMENTS,
        }
      : { kind: 'pglite', dataDir: path.resolve(e.SAMVERKAN_DATA_DIR) },
    workers: e.SAMVERKAN_WORKERS,
    sessionTtlMs: e.SAMVERKAN_SESSION_TTL_HOURS * 3600_000,
    seedDemoWhenEmpty: e.SAMVERKAN_SEED_DEMO ?? !isProduction,
    // Plain-http cookies only for a developer's own machine; anywhere else a session cookie sent
    // over http can be read on the network.
    cookieSecure: e.SAMVERKAN_COOKIE_SECURE ?? (isProduction || !isLoopbackHost(e.HOST)),
    trustProxy: parseTrustProxy(e.SAMVERKAN_TRUST_PROXY),
    requestTimeoutMs: e.SAMVERKAN_REQUEST_TIMEOUT_SECONDS * 1000,
    publicOrigins: e.SAMVERKAN_PUBLIC_URL ? [new URL(e.SAMVERKAN_PUBLIC_URL).origin] : [],
    // Request logs help operators; on a developer's terminal they drown the start-up message.
    logLevel: e.SAMVERKAN_LOG_LEVEL ?? (e.NODE_ENV === 'production' ? 'info' : 'warn'),
    login: {
      maxFailures: e.SAMVERKAN_LOGIN_MAX_FAILURES,
      windowMs: e.SAMVERKAN_LOGIN_WINDOW_MINUTES * 60_000,
      ratePerMinute: e.SAMVERKAN_LOGIN_RATE_PER_MINUTE,
    },
    mail: {
      smtpUrl: e.SAMVERKAN_SMTP_URL,
      from: e.SAMVERKAN_MAIL_FROM ?? 'Samverkan <samverkan@localhost>',
      appUrl: e.SAMVERKAN_PUBLIC_URL
        ? new URL(e.SAMVERKAN_PUBLIC_URL).origin
        : `http://${isLoopbackHost(e.HOST) || e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`,
    },
    oidc: oidcConfig(e),
    forcePasswordSignIn: e.SAMVERKAN_FORCE_PASSWORD_SIGN_IN,
    minutesImport: {
      readThreads: e.SAMVERKAN_IMPORT_READ_THREADS,
      readQueue: e.SAMVERKAN_IMPORT_READ_QUEUE,
      readMemoryMb: e.SAMVERKAN_IMPORT_READ_MEMORY_MB,
      readSeconds: e.SAMVERKAN_IMPORT_READ_SECONDS,
    },
  };
}
