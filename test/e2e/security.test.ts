import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

/** Every CSP violation the browser reports on the page, from the console and from DOM events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return violations;
}

describe('Content Security Policy in a real browser', () => {
  it('the built web app works under it without a single violation', async () => {
    const page = await app.newPage();
    const violations = await watchCsp(page);
    const response = await page.goto('/');
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page, users.coordinatorDalarna);
    for (const link of ['Uppdrag', 'Beslut']) {
      await mainNavigation(page).getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    await mainNavigation(page).getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Välkommen/ }).waitFor();
    // Mantine's injected <style> elements (its theme's CSS variables) are in place and in effect.
    const injected = await page.evaluate(() => ({
      styles: document.querySelectorAll('style[data-mantine-styles]').length,
      primary: getComputedStyle(document.documentElement).getPropertyValue('--mantine-primary-color-filled').trim(),
    }));
    expect(injected.styles).toBeGreaterThan(0);
    expect(injected.primary).not.toBe('');
    expect(violations).toEqual([]);
  });

  it('the API documentation (Swagger UI) works under it', async () => {
    const page = await app.newPage();
    const violations = await watchCsp(page);
    await page.goto('/api/docs');
    await page.getByRole('heading', { name: /Samverkan API/ }).waitFor();
    await page.getByText('/api/auth/login').first().waitFor();
    expect(violations).toEqual([]);
  });
});
