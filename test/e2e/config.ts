import { loadConfig, type Config } from '../../src/platform/config.ts';

/**
 * The configuration of an e2e app server on a PGlite folder of its own, even where DATABASE_URL
 * points at a shared PostgreSQL. `env` adds to the environment, `port` fixes the port (0: any).
 */
export function e2eConfig(dataDir: string, options: { env?: Record<string, string>; port?: number } = {}): Config {
  const { DATABASE_URL: _shared, ...env } = process.env;
  return loadConfig({
    ...env,
    ...options.env,
    PORT: String(options.port ?? 0),
    SAMVERKAN_DATA_DIR: dataDir,
    SAMVERKAN_LOG_LEVEL: 'warn',
  });
}
