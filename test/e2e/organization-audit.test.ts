import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

let app: TestApp;
let page: Page;

beforeAll(async () => {
  app = await startTestApp();
  page = await app.newPage();
  await signIn(page, users.admin);
});

afterAll(async () => {
  await app?.close();
});

describe('an administrator', () => {
  it('is told inline what is wrong before anything is sent', async () => {
    await mainNavigation(page).getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny organisation' });
    await dialog.getByLabel('Kommunkod').fill('12');
    await dialog.getByRole('button', { name: 'Spara' }).click();

    const name = dialog.getByRole('textbox', { name: 'Namn', exact: true });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await name.getAttribute('aria-describedby'))?.split(' ').find((id) => id.includes('error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Fältet måste fyllas i.');
    expect(await dialog.getByText('Kommunkoden ska vara fyra siffror, till exempel 2080.').isVisible()).toBe(true);
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);

    await name.fill('Anna 19121212-1212 kommun');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText(/innehåller ett personnummer/).waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
  });

  it('creates an organisation and finds its creation in the audit log', async () => {
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny organisation' });
    await dialog.getByRole('textbox', { name: 'Namn', exact: true }).fill('Testbyns kommun');
    await dialog.getByLabel('Typ av organisation').selectOption({ label: 'Kommun' });
    await dialog.getByLabel('Kommunkod').fill('2099');
    await dialog.getByLabel('Tillhör organisation').selectOption({ label: 'Region Dalarna' });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Testbyns kommun' }) });
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Kommun', 'Region Dalarna', '2099', 'Aktiv']),
    );

    await mainNavigation(page).getByRole('link', { name: 'Granskningslogg' }).click();
    await page.getByRole('searchbox', { name: 'Sök på person eller namn' }).fill('Testbyns');
    const entry = page.getByRole('row').filter({ hasText: 'Organisation: Testbyns kommun' });
    await entry.waitFor();
    expect(await entry.count()).toBe(1);
    expect(await entry.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Karin Lindqvist', 'Skapad']),
    );

    await entry.getByRole('button', { name: 'Visa ändringar' }).click();
    const diff = page.getByRole('table', { name: 'Ändrade fält' });
    const codeRow = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kommunkod' }) });
    expect(await codeRow.getByRole('cell').allTextContents()).toEqual(['–', '2099']);
  });
});
