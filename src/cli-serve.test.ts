import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db.ts';
import { compileServer } from '../bin/compile.js';
import { DEMO_PASSWORD } from './seed/demo-data.ts';
import { bin, cli, startServe, tempRoot } from '../test/cli.ts';

// test-database: PGlite folders of its own (the CLI runs without DATABASE_URL, each test on a data folder of its
// own), so the PostgreSQL run leaves this file out: it would repeat it unchanged (test/database-free.ts).
const root = tempRoot();

// `samverkan serve` compiled and in its own process: the build cache, documents, the data folder's lock and
// production mode (the other commands are in cli.test.ts).
describe('samverkan CLI serve', { timeout: 120_000 }, () => {
  it('runs compiled, with no TypeScript loader: one build per content, its document worker beside it', async () => {
    const cliUrl = await compileServer();
    expect(await compileServer()).toBe(cliUrl);
    const dir = path.dirname(fileURLToPath(cliUrl));
    expect(path.relative(path.join(path.dirname(bin), '..'), dir)).toMatch(
      /^node_modules\/\.cache\/samverkan\/server-/,
    );
    const files = fs.readdirSync(dir);
    expect(files).toContain('render-worker.mjs');
    expect(files).toContain('read-worker.mjs');
    const text = fs.readFileSync(fileURLToPath(cliUrl), 'utf8');
    expect(text).not.toMatch(/from "tsx|import\("tsx/);
    // import.meta.url keeps each source file's own URL, except where a worker is found beside the build.
    expect(text.match(/import\.meta\.url/g)).toEqual(['import.meta.url', 'import.meta.url']);
    for (const name of ['render-worker.mjs', 'read-worker.mjs']) {
      expect(text).toContain(`new URL("./${name}", import.meta.url)`);
      const worker = fs.readFileSync(path.join(dir, name), 'utf8');
      expect(worker).not.toMatch(/from "tsx|import\("tsx/);
      expect(worker).toMatch(/export\s*\{[^}]*as default/);
    }
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

  it('refuses several workers on PGlite with exit status 2 and says why, before it opens the data folder', async () => {
    const dataDir = path.join(root, 'workers');
    for (const [args, env] of [
      [['serve', '--workers', '2'], {}],
      [['serve'], { SAMVERKAN_WORKERS: '3' }],
    ] as const) {
      const refused = await cli([...args], dataDir, { PORT: '0', ...env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^samverkan: \d workers need PostgreSQL \(DATABASE_URL\)/);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fs.existsSync(dataDir)).toBe(false);
    const zero = await cli(['serve', '--workers', '0'], dataDir);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('a whole number from 1 to 64');
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
