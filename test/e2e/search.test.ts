import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mainNavigation, PHONE, signIn, startTestApp, users, type TestApp } from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

describe('search', () => {
  it('finds an inflected word from the main menu, marks it, and opens the hit', async () => {
    const page = await app.newPage();
    await signIn(page, users.coordinatorDalarna);
    await mainNavigation(page).getByRole('link', { name: 'Sök' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sök' }).waitFor();
    await expectNoAxeViolations(page, 'search page, empty');

    // The demo data speaks of "smittspårning"; the stemmer finds it from another form of the word.
    await page.getByRole('searchbox', { name: 'Sök efter' }).fill('smittspårningen');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const results = page.getByRole('list', { name: 'Sökträffar' });
    await results.waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /träff(ar)? för ”smittspårningen”/ })
      .waitFor();
    const marked = results.locator('mark');
    expect((await marked.first().textContent())?.toLowerCase()).toMatch(/^smittspårning/);
    // The marks are elements React made from text pieces; no markup from the records reaches the page.
    expect(await results.locator('script, b, i, [onclick]').count()).toBe(0);
    expect(page.url()).toContain('q=smittsp');
    await expectNoAxeViolations(page, 'search results');

    const first = results.getByRole('listitem').first();
    const link = first.getByRole('heading', { level: 2 }).getByRole('link');
    const title = (await link.textContent())!;
    await link.click();
    await page.waitForURL(/\/(moten|avstamningar)\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(title.length).toBeGreaterThan(0);
  });

  it('filters by kind and reads on a phone', async () => {
    const page = await app.newPage({ viewport: PHONE });
    await signIn(page, users.coordinatorDalarna);
    // The uppdrag about smittspårning belongs to a forum in Halland, where this coordinator has no role.
    await page.goto('/sok?q=smittsp%C3%A5rning&typ=action');
    await page.getByRole('status').filter({ hasText: '0 träffar för ”smittspårning”' }).waitFor();
    await page.goto('/sok?q=smittsp%C3%A5rning&typ=report');
    const results = page.getByRole('list', { name: 'Sökträffar' });
    await results.waitFor();
    const kinds = await results
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => item.querySelector('p')?.textContent ?? ''));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toMatch(/^Lägesrapport ·/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page, 'search results on a phone');
  });
});
