import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

const englishNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

async function savedLocale(page: Page): Promise<string> {
  const response = await page.request.get('/api/auth/me');
  return ((await response.json()) as { locale: string }).locale;
}

describe('language switch', () => {
  it('switches to English and back in one click, remembers it and saves it with the account', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The server answers in the chosen language too.
    await page.getByLabel('E-mail address').fill(users.admin);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong e-mail address or password.' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByLabel('E-mail address').fill(users.admin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    expect(await englishNavigation(page).getByRole('link').allTextContents()).toEqual([
      'Start',
      'Actions',
      'Decisions',
      'Search',
      'Forums',
      'Organisations',
      'Users',
      'Audit log',
      'Outbox',
      'API tokens',
    ]);

    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: /^Välkommen/ }).waitFor();
    expect(await mainNavigation(page).getByRole('link').allTextContents()).toEqual([
      'Start',
      'Uppdrag',
      'Beslut',
      'Sök',
      'Forum',
      'Organisationer',
      'Användare',
      'Granskningslogg',
      'Utkorg',
      'API-nycklar',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await expect.poll(() => savedLocale(page)).toBe('sv');

    await page.getByRole('button', { name: 'English' }).click();
    await englishNavigation(page).getByRole('link', { name: 'Organisations' }).waitFor();
    await expect.poll(() => savedLocale(page)).toBe('en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => savedLocale(page)).toBe('sv');
  });

  it("keeps the account's language after a reload in a browser where no language was picked", async () => {
    const first = await app.newPage();
    await signIn(first, users.reporterFalun);
    const saved = await first.request.put('/api/auth/me/locale', {
      data: { locale: 'en' },
      headers: { 'samverkan-client': 'test' },
    });
    expect(saved.ok()).toBe(true);

    // Another browser: Swedish until the account is known, then the account's English, also after a reload.
    const page = await app.newPage();
    await page.goto('/logga-in');
    await page.getByLabel('E-postadress').fill(users.reporterFalun);
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await englishNavigation(page).getByRole('link', { name: 'Actions' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
