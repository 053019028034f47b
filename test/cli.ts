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

const CLI_SECONDS = 60;

/** The real CLI in its own process, on a PGlite data folder of its own. */
export function cli(args: string[], dataDir: string, extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SAMVERKAN_DATA_DIR: dataDir,
    SAMVERKAN_LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  return run(process.execPath, [bin, ...args], { env, timeout: CLI_SECONDS * 1000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string; killed?: boolean }) => {
      // No test expects the time limit: a process stopped there (no exit status, often no output) fails the test as a
      // time-out, not as a command that printed nothing ("expected '' to contain …" on a loaded machine).
      if (error.killed) {
        throw new Error(`samverkan ${args.join(' ')} was stopped after ${CLI_SECONDS} s; stderr: ${error.stderr}`);
      }
      return { code: error.code, stdout: error.stdout, stderr: error.stderr };
    },
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
