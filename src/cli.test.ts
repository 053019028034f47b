import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { openDatabase } from './platform/db.ts';
import { login, testConfig } from '../test/app.ts';
import { cli, tempRoot } from '../test/cli.ts';
import { samplesDir } from './minutes-import/test-support.ts';

// test-database: PGlite folders of its own (the CLI runs without DATABASE_URL, each test on a data folder of its
// own), so the PostgreSQL run leaves this file out: it would repeat it unchanged (test/database-free.ts).
const root = tempRoot();

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
});
