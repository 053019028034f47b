import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SAMVERKAN_DATA_DIR: z.string().min(1).default('./data'),
  SAMVERKAN_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  SAMVERKAN_SEED_DEMO: booleanFromEnv.default(true),
  SAMVERKAN_COOKIE_SECURE: booleanFromEnv.optional(),
  SAMVERKAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SAMVERKAN_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SAMVERKAN_LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  // Per address and process. Generous because a whole municipality may sign in through one NAT.
  SAMVERKAN_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(120),
});

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  sessionTtlMs: number;
  seedDemoWhenEmpty: boolean;
  cookieSecure: boolean;
  logLevel: string;
  login: { maxFailures: number; windowMs: number; ratePerMinute: number };
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; everything else receives the typed result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(e.SAMVERKAN_DATA_DIR) },
    sessionTtlMs: e.SAMVERKAN_SESSION_TTL_HOURS * 3600_000,
    seedDemoWhenEmpty: e.SAMVERKAN_SEED_DEMO,
    // Secure cookies everywhere but development: browsers still send them to http://localhost.
    cookieSecure: e.SAMVERKAN_COOKIE_SECURE ?? e.NODE_ENV === 'production',
    // Request logs help operators; on a developer's terminal they drown the start-up message.
    logLevel: e.SAMVERKAN_LOG_LEVEL ?? (e.NODE_ENV === 'production' ? 'info' : 'warn'),
    login: {
      maxFailures: e.SAMVERKAN_LOGIN_MAX_FAILURES,
      windowMs: e.SAMVERKAN_LOGIN_WINDOW_MINUTES * 60_000,
      ratePerMinute: e.SAMVERKAN_LOGIN_RATE_PER_MINUTE,
    },
  };
}
