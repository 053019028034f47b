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
    expect(
      await dialog.getByText('Kommunkoden ska vara fyra siffror, till exempel 2080.', { exact: true }).isVisible(),
    ).toBe(true);
    // Focus lands on the summary of problems at the top; each one links to its field.
    const summary = dialog.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Det finns problem' }) });
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Namn: Fältet måste fyllas i.',
      'Kommunkod: Kommunkoden ska vara fyra siffror, till exempel 2080.',
    ]);
    await summary.getByRole('link', { name: 'Namn: Fältet måste fyllas i.' }).click();
    expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);

    await name.fill('Anna 19121212-1212 kommun');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await summary.getByRole('link', { name: /^Namn: .*innehåller ett personnummer/ }).waitFor();
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
    // Names and words, not ids and codes.
    const parentRow = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tillhör' }) });
    expect(await parentRow.getByRole('cell').allTextContents()).toEqual(['–', 'Region Dalarna']);
    const kindRow = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Typ' }) });
    expect(await kindRow.getByRole('cell').allTextContents()).toEqual(['–', 'Kommun']);
  });

  it('filters every kind of record, meetings included, in words', async () => {
    const kinds = await page.getByRole('combobox', { name: 'Typ av uppgift' }).locator('option').allTextContents();
    expect(kinds).toEqual(expect.arrayContaining(['Möte', 'Punkt på dagordningen', 'Uppdrag', 'Lägesrapport']));
    const actions = await page.getByRole('combobox', { name: 'Händelse' }).locator('option').allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['Justerat', 'Markerat som hållet', 'Punkt ändrad']));
    expect(actions.filter((label) => /^[a-z_]+$/.test(label))).toEqual([]);

    await page.getByRole('searchbox', { name: 'Sök på person eller namn' }).fill('');
    await page.getByRole('combobox', { name: 'Typ av uppgift' }).selectOption({ label: 'Möte' });
    await page.getByRole('table', { name: /^Händelser \(\d+ träff(ar)?\)$/ }).waitFor();
    await page
      .getByRole('cell', { name: /^Möte: / })
      .first()
      .waitFor();
    const entities = await page.getByRole('cell', { name: /^Möte: / }).allTextContents();
    expect(entities.filter((text) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(text))).toEqual([]);
  });

  it('exports the filtered log as CSV in the language of the page', async () => {
    await page.getByRole('combobox', { name: 'Typ av uppgift' }).selectOption({ label: 'Organisation' });
    await page.getByRole('searchbox', { name: 'Sök på person eller namn' }).fill('Testbyns');
    await page.getByRole('row').filter({ hasText: 'Organisation: Testbyns kommun' }).waitFor();
    const href = await page.getByRole('link', { name: 'Exportera till CSV' }).getAttribute('href');
    expect(href).toContain('q=Testbyns');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const text = await response.text();
    const lines = text
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]).toBe('Tidpunkt;Utförd av;Händelse;Typ;Gäller;Forum;Markering;Ändringar');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(';Karin Lindqvist;Skapad;Organisation;Testbyns kommun;');
    expect(lines[1]).toContain('Kommunkod: 2099');
  });
});
