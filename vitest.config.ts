import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { databaseFreeTestFiles, serverTestFiles } from './test/database-free.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  test: {
    // Each server test file gets its own cloned database; PGlite is memory-hungry, so two at a time on 2 cores.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts'],
          // The PostgreSQL run (DATABASE_URL) leaves out the files that would only repeat themselves there: those that
          // never reach a database and those marked as opening PGlite folders of their own (test/database-free.ts).
          exclude: process.env.DATABASE_URL ? databaseFreeTestFiles(root, serverTestFiles(root)) : [],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          // On PGlite a worker runs its files in one module graph: each file still opens its own database and app, but
          // the app's modules (Fastify, the routes, pdf-lib, docx …) are imported once per worker instead of once per
          // file, which cost about 5 s of CPU per file (docs/performance-log.md, "CI time"). No test mocks a module or
          // changes process.env; a helper's hook made at import is registered per file by test/each-file.ts. On
          // PostgreSQL files stay isolated: the process-wide table of prepared statement names (platform/db.ts, at
          // most 2,000) would fill up over a worker's files, and db.test.ts expects a fresh one.
          isolate: Boolean(process.env.DATABASE_URL),
          setupFiles: ['test/each-file.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same alias as web/vite.config.ts: the web app imports the server's browser-safe files.
        resolve: { alias: { '@server': fileURLToPath(new URL('./src', import.meta.url)) } },
        test: {
          name: 'web-unit',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        // Real processes, nginx and PostgreSQL clusters of their own, killed and restarted (issue 15):
        // one file at a time, and only from .ci/run's own step.
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
