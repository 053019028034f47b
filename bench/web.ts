import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { webRoot } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildWeb } from '../src/platform/web-build.ts';
import { startServer } from '../src/server.ts';
import { percentile, repoRoot, writeResults } from './support.ts';

const DEMO_PASSWORD = 'samverkan-demo';
const REPORTER = 'rapportor.falun@samverkan.example';
const COORDINATOR = 'samordnare.dalarna@samverkan.example';
const RUNS = 5;

/**
 * "Regular 4G" as Chrome's and Firefox's developer tools and Puppeteer define it (4 Mbit/s down,
 * 3 Mbit/s up, 20 ms latency), on a CPU four times slower than this machine's (Lighthouse's phone).
 */
const THROTTLED_4G = {
  latencyMs: 20,
  downloadBytesPerSecond: (4 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (3 * 1024 * 1024) / 8,
  cpuSlowdown: 4,
};

/** Lighthouse's "Slow 4G" (150 ms, 1.6 Mbit/s down, 750 kbit/s up), shown for reference. */
const SLOW_4G = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

interface Throttle {
  latencyMs: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
  cpuSlowdown: number;
}

async function signIn(base: string, email: string): Promise<{ name: string; value: string }> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'samverkan-client': 'bench' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  const [name, value] = response.headers.getSetCookie()[0]!.split(';')[0]!.split('=') as [string, string];
  return { name, value };
}

async function getJson<T>(base: string, cookie: { name: string; value: string }, route: string): Promise<T> {
  const response = await fetch(`${base}${route}`, { headers: { cookie: `${cookie.name}=${cookie.value}` } });
  if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The addresses of the pages measured, found through the API in the demo data. */
async function findPages(base: string, reporter: { name: string; value: string }, coordinator: typeof reporter) {
  const reporting = await getJson<{ roundId: string; organizationId: string; status: string }[]>(
    base,
    reporter,
    '/api/me/reporting',
  );
  const open = reporting.find((row) => row.status !== 'submitted') ?? reporting[0];
  if (!open) throw new Error('the demo reporter has no open round');
  const me = await getJson<{ forumRoles: { forumId: string; role: string }[] }>(base, coordinator, '/api/auth/me');
  let meetingId: string | undefined;
  for (const role of me.forumRoles) {
    const meetings = await getJson<{ id: string }[]>(base, coordinator, `/api/forums/${role.forumId}/meetings`);
    meetingId ??= meetings[0]?.id;
  }
  if (!meetingId) throw new Error('the demo coordinator has no meeting');
  return {
    start: { path: '/', user: 'reporter' as const },
    reportForm: { path: `/avstamningar/${open.roundId}/rapport/${open.organizationId}`, user: 'reporter' as const },
    lagesbild: { path: `/avstamningar/${open.roundId}`, user: 'coordinator' as const },
    meeting: { path: `/moten/${meetingId}`, user: 'coordinator' as const },
  };
}

async function newContext(browser: Browser, base: string, cookie: { name: string; value: string }) {
  const context = await browser.newContext({ baseURL: base, locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ ...cookie, url: base }]);
  return context;
}

async function throttle(context: BrowserContext, page: Page, profile: Throttle | undefined) {
  if (!profile) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBytesPerSecond,
    uploadThroughput: profile.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** Raw and gzip bytes of a built file, and of a set of them. */
function assetSizes(urls: string[]) {
  let raw = 0;
  let gzip = 0;
  const files: string[] = [];
  for (const url of urls) {
    const name = new URL(url).pathname;
    const file = path.join(webRoot, name);
    if (!fs.existsSync(file)) continue;
    const data = fs.readFileSync(file);
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
    files.push(path.basename(name));
  }
  return { rawKb: Math.round(raw / 1024), gzipKb: Math.round(gzip / 1024), files: files.sort() };
}

/**
 * The API calls of a page load and how many of them had to wait for another: a call is in wave n+1
 * when some call of wave n had answered before it started.
 */
function apiWaves(calls: { start: number; end: number }[]): number {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  const waves: number[] = [];
  sorted.forEach((call, i) => {
    const before = sorted.slice(0, i).filter((other) => other.end <= call.start);
    waves.push(before.length === 0 ? 1 : 1 + Math.max(...before.map((other) => waves[sorted.indexOf(other)]!)));
  });
  return waves.length ? Math.max(...waves) : 0;
}

/** Loads a page in a cold browser context and returns the JavaScript and API calls it needed. */
async function measurePage(browser: Browser, base: string, cookie: { name: string; value: string }, route: string) {
  const context = await newContext(browser, base, cookie);
  const page = await context.newPage();
  const scripts: string[] = [];
  const api = new Map<string, { start: number; end: number; url: string }>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
    if (new URL(request.url()).pathname.startsWith('/api/'))
      api.set(request.url() + api.size, { start: performance.now(), end: Infinity, url: request.url() });
  });
  page.on('requestfinished', (request) => {
    for (const call of api.values())
      if (call.url === request.url() && call.end === Infinity) call.end = performance.now();
  });
  await page.goto(route);
  // The page's heading first: on a busy machine running the scripts can outlast networkidle's 500 ms.
  await page.locator('main h1').waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  const calls = [...api.values()];
  return {
    js: assetSizes(scripts),
    apiCalls: calls.length,
    apiWaves: apiWaves(calls),
    api: calls.map((call) => new URL(call.url).pathname + new URL(call.url).search),
  };
}

/** Milliseconds from navigation start until the report form can be typed in and submitted. */
async function timeToReportForm(
  browser: Browser,
  base: string,
  cookie: { name: string; value: string },
  route: string,
  profile?: Throttle,
) {
  const context = await newContext(browser, base, cookie);
  const page = await context.newPage();
  await throttle(context, page, profile);
  await page.goto(route, { waitUntil: 'commit' });
  // The page's CSP forbids eval, so this is a function; the bench is compiled without the DOM's types.
  const handle = await page.waitForFunction(
    () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const { document, performance } = globalThis as any;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const form = Array.from<any>(document.querySelectorAll('form')).find((f) => f.querySelector('textarea'));
      const submit = form?.querySelector('button[type=submit]');
      const field = form?.querySelector('textarea');
      return submit && !submit.disabled && field && !field.disabled ? (performance.now() as number) : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return ms;
}

async function timeRuns(run: () => Promise<number>) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(Math.round(await run()));
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), minMs: sorted[0], maxMs: sorted.at(-1), samples };
}

/** Issue 11 point 6: the JavaScript each page loads and the time to a usable report form on a slow phone. */
export async function benchWeb() {
  await buildWeb(repoRoot);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-bench-web-'));
  const { DATABASE_URL: _shared, ...env } = process.env;
  const server = await startServer(
    loadConfig({
      ...env,
      NODE_ENV: 'development',
      PORT: '0',
      SAMVERKAN_DATA_DIR: dataDir,
      SAMVERKAN_LOG_LEVEL: 'warn',
    }),
  );
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const base = server.url;
    const cookies = { reporter: await signIn(base, REPORTER), coordinator: await signIn(base, COORDINATOR) };
    const pages = await findPages(base, cookies.reporter, cookies.coordinator);
    const routes: Record<string, unknown> = {};
    for (const [name, target] of Object.entries(pages))
      routes[name] = await measurePage(browser, base, cookies[target.user], target.path);
    const report = pages.reportForm;
    const unthrottled = await timeRuns(() => timeToReportForm(browser, base, cookies.reporter, report.path));
    const throttled = await timeRuns(() =>
      timeToReportForm(browser, base, cookies.reporter, report.path, THROTTLED_4G),
    );
    const slow = await timeRuns(() => timeToReportForm(browser, base, cookies.reporter, report.path, SLOW_4G));
    const results = {
      routes,
      timeToUsableReportForm: {
        unthrottled,
        throttled4g: { ...throttled, profile: THROTTLED_4G, targetMs: 2000 },
        slow4g: { ...slow, profile: SLOW_4G },
        ratio: Math.round((throttled.p50Ms / unthrottled.p50Ms) * 10) / 10,
        note: 'cold browser context each run, signed in; from navigation start until the form has a textarea and an enabled submit button',
      },
    };
    writeResults('web', results);
    return results;
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
