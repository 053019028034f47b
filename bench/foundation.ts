import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';
import { helloBaseline, load, rssMegabytes, spawnNode, stop, waitFor, writeResults } from './support.ts';

const PORT = 3900;

async function timeToFirstHealth(env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const child = spawnNode(['bin/samverkan.js', 'serve'], { ...env, PORT: String(PORT), SAMVERKAN_LOG_LEVEL: 'warn' });
  child.stderr!.on('data', (chunk) => process.stderr.write(chunk));
  await waitFor(`http://127.0.0.1:${PORT}/api/health`, 120_000);
  return { child, seconds: (performance.now() - started) / 1000 };
}

async function signIn(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'samverkan-client': 'bench' },
    body: JSON.stringify({ email: 'admin@samverkan.example', password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('samverkan_session='));
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie.split(';')[0]!;
}

/** Issue 3: cold start, memory, and throughput of /api/health and an authenticated list beside bare Fastify. */
export async function benchFoundation(options: { seconds: number }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKAN_DATA_DIR: dataDir };
  const database = env.DATABASE_URL ? 'postgres' : 'pglite';
  try {
    const cold = await timeToFirstHealth(env);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssAfterStartMb = rssMegabytes(cold.child.pid!);
    await stop(cold.child);

    const warm = await timeToFirstHealth(env);
    try {
      const cookie = await signIn();
      const health = await load(`http://127.0.0.1:${PORT}/api/health`, { connections: 50, seconds: options.seconds });
      const organizations = await load(`http://127.0.0.1:${PORT}/api/organizations`, {
        connections: 50,
        seconds: options.seconds,
        headers: { cookie },
      });
      const rssUnderLoadMb = rssMegabytes(warm.child.pid!);
      const hello = await helloBaseline(options.seconds);
      const results = {
        database,
        coldStartToFirstHealthSeconds: Number(cold.seconds.toFixed(2)),
        restartToFirstHealthSeconds: Number(warm.seconds.toFixed(2)),
        rssAfterStartMb,
        rssAfterLoadMb: rssUnderLoadMb,
        health,
        organizationsAuthenticated: organizations,
        bareFastifyHello: hello,
        ratios: {
          healthRpsVsBare: Number((health.requestsPerSecond / hello.requestsPerSecond).toFixed(3)),
          organizationsRpsVsBare: Number((organizations.requestsPerSecond / hello.requestsPerSecond).toFixed(3)),
          healthP99VsBare: Number((health.p99Ms / Math.max(1, hello.p99Ms)).toFixed(2)),
          organizationsP99VsBare: Number((organizations.p99Ms / Math.max(1, hello.p99Ms)).toFixed(2)),
        },
      };
      writeResults(`foundation-${database}`, results);
      return results;
    } finally {
      await stop(warm.child);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
