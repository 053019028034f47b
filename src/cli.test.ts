import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { openDatabase } from './platform/db.ts';
import { login, testConfig } from '../test/app.ts';
import { compileServer } from '../bin/compile.js';
import { DEMO_PASSWORD } from './seed/demo-data.ts';
import { samplesDir } from './minutes-import/test-support.ts';

const run = promisify(execFile);
const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'samverkan.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-cli-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The real CLI in its own process, on a PGlite data folder of its own. */
function cli(args: string[], dataDir: string, extraEnv: Record<string, string> = {}) {
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

// Each command is a real process that may initialise a new PGlite database (about 3 s), so these are slow.
describe('samverkan CLI', { timeout: 120_000 }, () => {
  it('lists its commands', async () => {
    const { code, stdout } = await cli(['--help'], path.join(root, 'help'));
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed-demo', 'create-admin', 'backup <file>', 'restore'])
      expect(stdout).toContain(command);
  });

  it('create-admin works without a prompt on an empty folder, and the administrator can sign in', async () => {
    const dataDir = path.join(root, 'admin');
    const result = await cli(
      ['create-admin', '--email', 'it@region.example', '--password', 'ett långt lösenord', '--name', 'Ida Drift'],
      dataDir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created administrator it@region.example');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    const app = await buildApp({ config: testConfig(), database, logger: false, serveWeb: false });
    try {
      const cookie = await login(app, 'it@region.example', 'ett långt lösenord');
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ name: 'Ida Drift', isAdmin: true, organizationName: 'Systemförvaltning' });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('refuses bad input with exit status 2 and a message', async () => {
    const short = await cli(['create-admin', '--email', 'x@y.example', '--password', 'kort'], path.join(root, 'bad'));
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/password/i);
    const missing = await cli(['restore', path.join(root, 'no-such-file')], path.join(root, 'bad'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file');
  });

  it('seeds the demo, backs it up and restores it into another folder', async () => {
    const source = path.join(root, 'demo');
    expect((await cli(['seed-demo'], source)).stdout).toContain('Demo data loaded');
    expect((await cli(['seed-demo'], source)).stdout).toContain('already has data');
    const file = path.join(root, 'demo.ndjson');
    const backup = await cli(['backup', file], source);
    expect(backup.stdout).toMatch(/Wrote \d+ rows/);
    const restored = await cli(['restore', file], path.join(root, 'restored'));
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored \d+ rows/);
    expect(restored.stdout.match(/\d+/)![0]).toBe(backup.stdout.match(/\d+/)![0]);
  });

  it('imports old minutes into a forum once, and refuses bad files with exit status 2', async () => {
    const dataDir = path.join(root, 'demo');
    // The samples are part of the checkout CI runs in (../shared); a missing folder fails here, never skips.
    const files = fs
      .readdirSync(samplesDir)
      .map((f) => path.join(samplesDir, f))
      .slice(0, 2);
    expect(files).toHaveLength(2);
    const garbage = path.join(root, 'garbage.bin');
    fs.writeFileSync(garbage, Buffer.from([0, 255, 1, 254, 0, 0, 7, 9, 200, 3]));
    const first = await cli(['minutes', 'import', ...files, '--forum', 'Välfärdsrådet'], dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout.match(/imported as meeting/g)).toHaveLength(2);
    const again = await cli(['minutes', 'import', files[0]!, '--forum', 'Välfärdsrådet'], dataDir);
    expect(again.stdout).toContain('already imported');
    const bad = await cli(['minutes', 'import', garbage, '--forum', 'Välfärdsrådet'], dataDir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('minutes.binary');
    const unknown = await cli(['minutes', 'import', garbage, '--forum', 'Inget sådant forum'], dataDir);
    expect(unknown.code).toBe(2);
  });

  it('runs compiled, with no TypeScript loader: one build per content, its document worker beside it', async () => {
    const cliUrl = await compileServer();
    expect(await compileServer()).toBe(cliUrl);
    const dir = path.dirname(fileURLToPath(cliUrl));
    expect(path.relative(path.join(path.dirname(bin), '..'), dir)).toMatch(
      /^node_modules\/\.cache\/samverkan\/server-/,
    );
    const files = fs.readdirSync(dir);
    expect(files).toContain('render-worker.mjs');
    const text = fs.readFileSync(fileURLToPath(cliUrl), 'utf8');
    expect(text).not.toMatch(/from "tsx|import\("tsx/);
    // import.meta.url keeps each source file's own URL, except where the worker is found beside the build.
    expect(text.match(/import\.meta\.url/g)).toEqual(['import.meta.url']);
    expect(text).toContain('new URL("./render-worker.mjs", import.meta.url)');
    const worker = fs.readFileSync(path.join(dir, 'render-worker.mjs'), 'utf8');
    expect(worker).not.toMatch(/from "tsx|import\("tsx/);
    expect(worker).toMatch(/export\s*\{[^}]*as default/);
  });

  it('keeps the builds of other code while they are recent or among the last five', async () => {
    const cacheDir = path.dirname(path.dirname(fileURLToPath(await compileServer())));
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    const old = Array.from({ length: 6 }, (_, i) => {
      const dir = path.join(cacheDir, `server-00000000000000${i}f`);
      fs.mkdirSync(dir, { recursive: true });
      fs.utimesSync(dir, hoursAgo(2 + i), hoursAgo(2 + i));
      return dir;
    });
    const leftover = path.join(cacheDir, 'server-00000000000000ff.1.tmp');
    fs.mkdirSync(leftover, { recursive: true });
    fs.utimesSync(leftover, hoursAgo(2), hoursAgo(2));
    const current = path.dirname(fileURLToPath(await compileServer()));
    const others = fs
      .readdirSync(cacheDir)
      .filter((name) => /^server-[0-9a-f]+$/.test(name))
      .map((name) => path.join(cacheDir, name))
      .filter((dir) => dir !== current);
    const unused = others.filter((dir) => Date.now() - fs.statSync(dir).mtimeMs > 3_600_000);
    expect(unused.length).toBeLessThanOrEqual(4);
    expect(fs.existsSync(old[5]!)).toBe(false);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(current)).toBe(true);
    for (const dir of old) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves minutes as PDF and DOCX from its compiled document worker', async () => {
    const server = await startServe(path.join(root, 'compiled'), { SAMVERKAN_SEED_DEMO: 'true' });
    try {
      const base = /running at (http:\/\/\S+)/.exec(server.output())![1]!;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'samverkan-client': 'test' },
        body: JSON.stringify({ email: 'admin@samverkan.example', password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const get = async <T>(url: string) => (await (await fetch(`${base}${url}`, { headers: { cookie } })).json()) as T;
      const forums = await get<{ id: string }[]>('/api/forums');
      const meetings = await Promise.all(forums.map((f) => get<{ id: string }[]>(`/api/forums/${f.id}/meetings`)));
      const meeting = meetings.flat()[0];
      for (const [format, magic] of [
        ['pdf', '%PDF-'],
        ['docx', 'PK'],
      ] as const) {
        const response = await fetch(`${base}/api/meetings/${meeting!.id}/minutes.${format}`, { headers: { cookie } });
        expect(response.status).toBe(200);
        expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toMatch(new RegExp(`^${magic}`));
      }
    } finally {
      await server.stop();
    }
  });

  it('refuses a second process on a data folder that is in use', async () => {
    const dataDir = path.join(root, 'busy');
    const server = await startServe(dataDir, { SAMVERKAN_SEED_DEMO: 'false' });
    try {
      const second = await cli(['migrate'], dataDir);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain('is in use by another Samverkan process');
    } finally {
      await server.stop();
    }
    const after = await cli(['migrate'], dataDir);
    expect(after.code).toBe(0);
  });

  it('in production refuses the demo data and starts only once an administrator exists', async () => {
    const dataDir = path.join(root, 'production');
    const production = { NODE_ENV: 'production' };
    const seed = await cli(['seed-demo'], dataDir, production);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('never loaded when NODE_ENV=production');
    expect(seed.stderr).toContain('npx samverkan create-admin');
    const forced = await cli(['serve'], dataDir, { ...production, SAMVERKAN_SEED_DEMO: 'true' });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('SAMVERKAN_SEED_DEMO');
    const withoutAdmin = await cli(['serve'], dataDir, { ...production, PORT: '0' });
    expect(withoutAdmin.code).toBe(2);
    expect(withoutAdmin.stderr).toContain('No administrator exists');
    expect(withoutAdmin.stderr).toContain('npx samverkan create-admin --email');
    const admin = await cli(
      ['create-admin', '--email', 'drift@region.example', '--password', 'ett långt lösenord'],
      dataDir,
    );
    expect(admin.code).toBe(0);
    const server = await startServe(dataDir, production);
    await server.stop();
    expect(server.output()).not.toContain('Demo logins');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const users = await database.db.selectFrom('users').select('email').execute();
      expect(users.map((u) => u.email)).toEqual(['drift@region.example']);
    } finally {
      await database.close();
    }
  });
});

/** `samverkan serve` in its own process on a free port; resolves once it listens. */
async function startServe(dataDir: string, extraEnv: Record<string, string>) {
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
