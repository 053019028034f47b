import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { webRoot } from '../../src/app.ts';
import { startServer } from '../../src/server.ts';
import { e2eConfig } from './config.ts';

export const DEMO_PASSWORD = 'samverkan-demo';
export const users = {
  admin: 'admin@samverkan.example',
  coordinatorDalarna: 'samordnare.dalarna@samverkan.example',
  reporterFalun: 'rapportor.falun@samverkan.example',
} as const;

export interface TestApp {
  url: string;
  /** A page in a fresh browser context (axe needs a context of its own); desktop size unless given. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real server on a fresh PGlite directory with the demo data, and a headless Debian chromium.
 * `env` adds to the environment, e.g. an identity provider, and `port` fixes the port for it.
 * The directory starts as a copy of the run's seeded template (test/e2e/global-setup.ts) where the
 * demo data's links name the same address; otherwise the server seeds it at its first start.
 */
export async function startTestApp(options: { env?: Record<string, string>; port?: number } = {}): Promise<TestApp> {
  if (!fs.existsSync(path.join(webRoot, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build:web` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-e2e-'));
  const config = e2eConfig(dataDir, options);
  const template = inject('e2eDemoTemplate');
  if (config.mail.appUrl === template.appUrl)
    fs.cpSync(template.pgliteDir, path.join(dataDir, 'pglite'), { recursive: true });
  const server = await startServer(config);
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url: server.url,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: 'sv-SE',
        viewport: options.viewport ?? { width: 1280, height: 900 },
      });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A call of the API as the signed-in page's user, with the headers the web client sends. */
export async function api<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'accept-language': 'sv', 'samverkan-client': 'test' },
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A common phone screen (iPhone 12–15), in CSS pixels. */
export const PHONE = { width: 390, height: 844 };

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Välkommen/ }).waitFor();
}

export function mainNavigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Huvudmeny' });
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Contrast is judged on what the user reads: a notification still fading in is half transparent,
  // so axe waits until no transition or animation is running.
  // Endless ones (a spinner) are left alone.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  // WCAG 2.2 AA brings target size: every tap target at least 24 × 24 px (or spaced as if it were).
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map((violation) => ({
    page: label,
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(violations).toEqual([]);
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until the locator has focus, as a keyboard user would. */
export async function tabTo(page: Page, locator: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < 150; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(key);
  }
  if (!(await isFocused(locator))) throw new Error(`Tab never reached ${locator.toString()}`);
}
