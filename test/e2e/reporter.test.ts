import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

describe('a reporter', () => {
  it('gets the start page with their forums and roles, no administration links, and can sign out', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);

    // Uppdrag and the decision register are for everyone in a forum; the administration pages are not.
    expect(await mainNavigation(page).getByRole('link').allTextContents()).toEqual([
      'Start',
      'Uppdrag',
      'Beslut',
      'Sök',
    ]);
    for (const name of ['Forum', 'Organisationer', 'Användare', 'Granskningslogg']) {
      expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);
    }
    const forums = page.getByRole('table', { name: 'Dina forum och roller' });
    const welfare = forums.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Välfärdsrådet' }) });
    expect(await welfare.getByRole('cell').allTextContents()).toEqual(['Rapportör']);
    expect(await page.getByText('Du företräder Falu kommun.').isVisible()).toBe(true);

    await page.getByRole('button', { name: /^Användarmeny för/ }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  });

  it('is shown "page not found" when opening an administration address directly', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);
    for (const path of ['/organisationer', '/anvandare', '/forum', '/granskningslogg']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    }
  });
});
