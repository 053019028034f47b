import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn, startAppServer, tempDir } from './support.ts';

// Issue 15 point 4c: the disk under the PGlite data folder fills up. A small tmpfs of its own, which
// needs root (CI runs as root); without it the test fails rather than skips.
const mountPoint = tempDir('full-disk');
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=300m', 'tmpfs', mountPoint], { encoding: 'utf8' });
afterAll(() => {
  spawnSync('umount', ['-l', mountPoint]);
});
const admin = { email: 'admin@samverkan.example', password: 'samverkan-demo' };

describe('a full disk under the PGlite data folder', () => {
  it('answers 507 with words, corrupts nothing, and works again when space returns', async () => {
    expect(mounted.status, `mount a tmpfs (needs root): ${mounted.stderr}`).toBe(0);
    const env = { SAMVERKAN_DATA_DIR: path.join(mountPoint, 'data'), SAMVERKAN_SEED_DEMO: 'true' };
    const server = await startAppServer(env);
    const { headers } = await signIn(server.base, admin.email, admin.password);
    const create = (name: string) =>
      fetch(`${server.base}/api/organizations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name, kind: 'kommun' }),
      });

    const filler = path.join(mountPoint, 'filler');
    const { bavail, bsize } = fs.statfsSync(mountPoint);
    fs.writeFileSync(filler, Buffer.alloc(bavail * bsize));
    const created: string[] = [];
    let refused: { status: number; body: { code?: string; detail?: string } } | undefined;
    for (let i = 0; i < 2000 && !refused; i++) {
      const name = `Kommun på full disk ${i} ${'x'.repeat(150)}`;
      const response = await create(name);
      if (response.status === 201) created.push(name);
      else refused = { status: response.status, body: (await response.json()) as { code?: string; detail?: string } };
    }
    expect(refused).toMatchObject({
      status: 507,
      body: { code: 'db.disk_full', detail: expect.stringContaining('Databasens disk är full') },
    });

    fs.rmSync(filler);
    const after = await create('Kommun när utrymmet är tillbaka');
    expect(after.status).toBe(201);
    // A restart reads back exactly what was acknowledged: nothing lost, nothing half-written.
    await server.stop();
    const restarted = await startAppServer(env);
    const again = await signIn(restarted.base, admin.email, admin.password);
    const listed = await fetch(`${restarted.base}/api/organizations?includeInactive=true`, { headers: again.headers });
    const names = new Set(((await listed.json()) as { name: string }[]).map((o) => o.name));
    expect([...created, 'Kommun när utrymmet är tillbaka'].filter((name) => !names.has(name))).toEqual([]);
    expect([...names].filter((name) => name.startsWith('Kommun på full disk')).length).toBe(created.length);
    await restarted.stop();
  });
});
