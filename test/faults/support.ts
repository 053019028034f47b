import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll } from 'vitest';

export const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Everything a test file starts is stopped after it, even when a test fails half-way.
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A temporary folder removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `samverkan-${prefix}-`));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A tool the fault tests need; missing is a failure, never a skip (.ci/run installs them). */
export function requireTool(file: string, debianPackage: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: install the Debian package "${debianPackage}"`);
  return file;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const version = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .sort((a, b) => Number(a) - Number(b))
        .at(-1)
    : undefined;
  return path.dirname(requireTool(path.join(root, version ?? '15', 'bin', 'initdb'), 'postgresql'));
}

/** initdb refuses root; CI runs as root, so the cluster runs as the postgres user there. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function run(command: string, args: string[]) {
  const [file, fileArgs] = asPostgresUser(command, args);
  const result = spawnSync(file, fileArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
}

export interface PostgresCluster {
  port: number;
  /** A connection URL for a database on this cluster. */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  start(): Promise<void>;
  /** A fast shutdown: open connections are cut, as in a restart or failover. */
  stop(): void;
}

/** A throwaway PostgreSQL cluster of our own on a random port, removed after the test file. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = tempDir('pg');
  if (process.getuid?.() === 0) fs.chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  const dataDir = path.join(dir, 'data');
  run(path.join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const pgCtl = (...args: string[]) =>
    run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'log'), ...args]);
  let running = false;
  const cluster: PostgresCluster = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: cluster.url() });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      return cluster.url(name);
    },
    async start() {
      pgCtl('-w', '-o', options, 'start');
      running = true;
    },
    stop() {
      pgCtl('-w', '-m', 'fast', 'stop');
      running = false;
    },
  };
  await cluster.start();
  cleanups.push(() => {
    if (running) cluster.stop();
  });
  return cluster;
}

function uidOf(user: string): number {
  return Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
}
function gidOf(user: string): number {
  return Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
}

export interface AppServer {
  child: ChildProcess;
  port: number;
  base: string;
  /** What the server wrote to stderr, for failure messages. */
  output(): string;
  /** What it wrote to stdout: the start message and, at SAMVERKAN_LOG_LEVEL=info, a JSON line per request. */
  log(): string;
  /** Kill -9: no shutdown, no flush. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** `samverkan serve` in its own process, as an operator starts it; resolves once /api/health answers. */
export async function startAppServer(env: Record<string, string>, args: string[] = []): Promise<AppServer> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['bin/samverkan.js', 'serve', ...args], {
    cwd: repoRoot,
    env: {
      ...inherited,
      NODE_ENV: 'development',
      SAMVERKAN_SEED_DEMO: 'false',
      SAMVERKAN_LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  // The server answers /api/health before its job queue has started; it prints this once all runs.
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const isStarted = () => stdout.includes('Samverkan is running');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: AppServer = {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => stderr,
    log: () => stdout,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  cleanups.push(() => server.kill());
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    return isStarted() && (await fetch(`${server.base}/api/health`).catch(() => undefined))?.status === 200;
  }, `the server on port ${port} to start`);
  return server;
}

export async function waitUntil(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 120_000) {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Debian's nginx in front of the given servers, as the current user with its config and logs in a
 * temp dir, not as a daemon. Round robin, so consecutive requests alternate between the servers.
 */
export async function startNginx(upstreams: number[]): Promise<{ base: string; port: number }> {
  const nginx = requireTool('/usr/sbin/nginx', 'nginx');
  const dir = tempDir('nginx');
  const port = await freePort();
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user}
worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream samverkan {
    ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=0;`).join('\n    ')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://samverkan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Server-sent events must reach the browser as they are written.
      proxy_buffering off;
      proxy_read_timeout 1h;
      proxy_next_upstream off;
      # Which app server answered, so a test can tell them apart.
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  const child = spawn(
    nginx,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    return (await fetch(`${base}/api/health`).catch(() => undefined))?.status === 200;
  }, 'nginx to answer');
  return { base, port };
}

/** A signed-in client: its cookie and headers for JSON requests the CSRF check accepts. */
export async function signIn(base: string, email: string, password: string, extraHeaders: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'samverkan-client': 'faults', ...extraHeaders },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  return {
    cookie,
    upstream: response.headers.get('x-upstream'),
    headers: { cookie, 'content-type': 'application/json', 'samverkan-client': 'faults' },
  };
}
