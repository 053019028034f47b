import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';

// The CLI's tests (src/cli*.test.ts), split in files so that the suite's two workers share them.

const run = promisify(execFile);
export const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'samverkan.js');

/** A folder of this test file's own, removed after its tests. */
export function tempRoot() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-cli-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  return root;
}

/** The real CLI in its own process, on a PGlite data folder of its own. */
export function cli(args: string[], dataDir: string, extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SAMVERKAN_DATA_DIR: dataDir,
    SAMVERKAN_LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  return run(process.execPath, [bin, ...args], { env, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

/** `samverkan serve` in its own process on a free port; resolves once it listens. */
export async function startServe(dataDir: string, extraEnv: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SAMVERKAN_DATA_DIR: dataDir,
    PORT: '0',
    SAMVERKAN_LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('running at')) resolve();
    });
    server.stderr.on('data', (chunk) => (output += chunk));
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return {
    output: () => output,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}
