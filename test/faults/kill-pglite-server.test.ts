import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signIn, startAppServer, tempDir } from './support.ts';

// Issue 15 point 4d: kill -9 a server on embedded PGlite in the middle of writes.
const WORKERS = 8;
const KILL_AFTER_ACKNOWLEDGED = 60;
const admin = { email: 'admin@samverkan.example', password: 'samverkan-demo' };

describe('a PGlite server killed with -9 mid-write', () => {
  it('starts again on the same folder with every acknowledged write', async () => {
    const dataDir = path.join(tempDir('pglite-kill'), 'data');
    const env = { SAMVERKAN_DATA_DIR: dataDir, SAMVERKAN_SEED_DEMO: 'true', SAMVERKAN_LOGIN_RATE_PER_MINUTE: '100000' };
    const server = await startAppServer(env);
    const { headers } = await signIn(server.base, admin.email, admin.password);
    const acknowledged: string[] = [];
    let sent = 0;
    let killed: Promise<void> | undefined;
    const worker = async () => {
      while (!killed) {
        const name = `Kommun ${sent++}`;
        const response = await fetch(`${server.base}/api/organizations`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name, kind: 'kommun' }),
        }).catch(() => undefined);
        if (response?.status !== 201) continue;
        acknowledged.push(name);
        if (acknowledged.length === KILL_AFTER_ACKNOWLEDGED) killed = server.kill();
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await killed;
    expect(server.child.signalCode).toBe('SIGKILL');

    // The lock of the dead process is taken over; PGlite replays its write-ahead log.
    const restarted = await startAppServer(env);
    const again = await signIn(restarted.base, admin.email, admin.password);
    const listed = await fetch(`${restarted.base}/api/organizations?includeInactive=true`, { headers: again.headers });
    expect(listed.status).toBe(200);
    const names = new Set(((await listed.json()) as { name: string }[]).map((o) => o.name));
    expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
    // Each stored organisation came with its audit entry, in the same transaction: nothing half-written.
    const audited = new Set<string>();
    for (let offset = 0; ; offset += 200) {
      const page = await fetch(
        `${restarted.base}/api/audit?entityType=organization&action=create&limit=200&offset=${offset}`,
        { headers: again.headers },
      );
      expect(page.status).toBe(200);
      const { items } = (await page.json()) as { items: { entityName: string }[] };
      for (const item of items) audited.add(item.entityName);
      if (items.length < 200) break;
    }
    const stored = [...names].filter((name) => name.startsWith('Kommun '));
    expect(stored.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(stored.filter((name) => !audited.has(name))).toEqual([]);
    expect([...audited].filter((name) => name.startsWith('Kommun ') && !names.has(name))).toEqual([]);
    // Writes go on after the restart.
    const after = await fetch(`${restarted.base}/api/organizations`, {
      method: 'POST',
      headers: again.headers,
      body: JSON.stringify({ name: 'Kommun efter omstart', kind: 'kommun' }),
    });
    expect(after.status).toBe(201);
    await restarted.stop();
  });
});
