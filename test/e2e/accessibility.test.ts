import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  mainNavigation,
  signIn,
  startTestApp,
  users,
  type TestApp,
} from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

async function openPage(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('table').first().waitFor();
}

describe('WCAG 2.1 AA (axe-core)', () => {
  it('finds no violations on the sign-in page, also with an error shown', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in');

    await page.getByLabel('E-postadress').fill(users.admin);
    await page.getByLabel('Lösenord').fill(`${DEMO_PASSWORD}-fel`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord.' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in with error');
  });

  it('finds no violations on any page an administrator uses, with forms and details open', async () => {
    const page = await app.newPage();
    await signIn(page, users.admin);
    await expectNoAxeViolations(page, 'start');

    await openPage(page, 'Organisationer', 'Organisationer');
    await expectNoAxeViolations(page, 'organisations');
    await page.getByRole('button', { name: 'Redigera Falu kommun' }).click();
    await page.getByRole('dialog', { name: 'Redigera Falu kommun' }).waitFor();
    await expectNoAxeViolations(page, 'organisation form');
    await page.keyboard.press('Escape');

    await openPage(page, 'Användare', 'Användare');
    await expectNoAxeViolations(page, 'users');
    await page.getByRole('button', { name: 'Ny användare' }).click();
    const userDialog = page.getByRole('dialog', { name: 'Ny användare' });
    await userDialog.getByRole('button', { name: 'Spara' }).click();
    await userDialog.getByText('Fältet måste fyllas i.').first().waitFor();
    await expectNoAxeViolations(page, 'user form with errors');
    await page.keyboard.press('Escape');

    await openPage(page, 'Forum', 'Forum');
    await expectNoAxeViolations(page, 'forums');
    await page.getByRole('link', { name: 'Välfärdsrådet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Välfärdsrådet' }).waitFor();
    await page.getByRole('table', { name: /Medlemmar i ordning/ }).waitFor();
    await expectNoAxeViolations(page, 'forum detail');

    await openPage(page, 'Granskningslogg', 'Granskningslogg');
    await page.getByRole('button', { name: 'Visa ändringar' }).first().click();
    await page.getByRole('table', { name: 'Ändrade fält' }).waitFor();
    await expectNoAxeViolations(page, 'audit log with changes shown');
  });

  it('finds no violations on the pages of a coordinator', async () => {
    const page = await app.newPage();
    await signIn(page, users.coordinatorDalarna);
    await expectNoAxeViolations(page, 'coordinator start');
    await openPage(page, 'Användare', 'Användare');
    await page
      .getByRole('button', { name: /^Redigera / })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('group', { name: 'Roller i forum' }).waitFor();
    await expectNoAxeViolations(page, 'coordinator user form');
  });
});
