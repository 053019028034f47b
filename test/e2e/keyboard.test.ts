import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, isFocused, mainNavigation, startTestApp, tabTo, users, type TestApp } from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

describe('keyboard only', () => {
  it('signs in, navigates and opens and closes a form with Tab, Enter and Escape', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();

    // The skip link comes first and jumps past the header.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Gå direkt till innehållet' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel('E-postadress'))).toBe(true);
    await page.keyboard.type(users.admin);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel('Lösenord'))).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    const welcome = page.getByRole('heading', { level: 1, name: /^Välkommen/ });
    await welcome.waitFor();
    expect(await isFocused(welcome)).toBe(true);

    await tabTo(page, mainNavigation(page).getByRole('link', { name: 'Organisationer' }));
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Organisationer' });
    await heading.waitFor();
    expect(await isFocused(heading)).toBe(true);

    const create = page.getByRole('button', { name: 'Ny organisation' });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ny organisation' });
    await dialog.waitFor();
    expect(await isFocused(dialog.getByRole('textbox', { name: 'Namn', exact: true }))).toBe(true);

    // Focus stays inside the modal however far one tabs.
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(create)).toBe(true);

    await tabTo(page, mainNavigation(page).getByRole('link', { name: 'Granskningslogg' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
    const showChanges = page.getByRole('button', { name: 'Visa ändringar' }).first();
    await tabTo(page, showChanges);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Dölj ändringar' }).first().getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
