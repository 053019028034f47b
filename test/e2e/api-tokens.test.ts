import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

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

const tokenName = 'Länsstyrelsens lägesbild';
let token = '';
let forumId = '';

/** Another system's request: the token in the Authorization header, no cookie. */
const readExport = (bearer: string) =>
  fetch(`${app.url}/api/forums/${forumId}/exports/values`, { headers: { authorization: `Bearer ${bearer}` } });

describe('API tokens in the administration', () => {
  it('issues a token for a forum and shows it once', async () => {
    await mainNavigation(page).getByRole('link', { name: 'API-nycklar' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-nycklar' }).waitFor();
    await expectNoAxeViolations(page, 'API-nycklar');

    await page.getByRole('button', { name: 'Utfärda en API-nyckel' }).click();
    const form = page.getByRole('dialog', { name: 'Utfärda en API-nyckel' });
    await form.getByRole('textbox', { name: 'Namn' }).fill(tokenName);
    const forum = form.getByRole('checkbox').first();
    forumId = (await forum.getAttribute('value'))!;
    await forum.check();
    await expectNoAxeViolations(page, 'API-nycklar, utfärda');
    await form.getByRole('button', { name: 'Utfärda' }).click();

    const issued = page.getByRole('dialog', { name: 'Nyckeln är utfärdad' });
    const field = issued.getByRole('textbox', { name: `API-nyckel för ${tokenName}` });
    token = await field.inputValue();
    expect(token).toMatch(/^svk_[A-Za-z0-9_-]{43}$/);
    await expectNoAxeViolations(page, 'API-nycklar, utfärdad');
    expect((await readExport(token)).status).toBe(200);

    await issued.getByRole('button', { name: 'Jag har kopierat nyckeln' }).click();
    await issued.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tokenName }) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('Aktiv');
    // Shown once: nowhere on the page any more, and not after a reload either.
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(token);
  });

  it('revokes the token, which answers 401 from then on', async () => {
    await page.getByRole('button', { name: `Återkalla: ${tokenName}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Återkalla API-nyckeln?' });
    await expectNoAxeViolations(page, 'API-nycklar, återkalla');
    await confirm.getByRole('button', { name: 'Återkalla' }).click();
    await confirm.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tokenName }) });
    await row.getByRole('cell', { name: 'Återkallad' }).waitFor();
    expect(await page.getByRole('button', { name: `Återkalla: ${tokenName}` }).count()).toBe(0);
    expect((await readExport(token)).status).toBe(401);
  });

  it('offers the exports on the forum page over time', async () => {
    await page.goto(`/forum/${forumId}/trender`);
    await page.getByRole('heading', { level: 2, name: 'Exportera' }).waitFor();
    const link = page.getByRole('link', { name: 'Indikatorvärden (Excel)' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`/api/forums/${forumId}/exports/values.xlsx?lang=sv`);
    const download = await page.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const csv = await page.request.get(
      (await page.getByRole('link', { name: 'Inrapportering (CSV)' }).getAttribute('href'))!,
    );
    expect(csv.status()).toBe(200);
    expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
