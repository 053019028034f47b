import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  mainNavigation,
  PHONE,
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

async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'accept-language': 'sv', 'samverkan-client': 'test' },
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('WCAG 2.2 AA on a phone (390 × 844)', () => {
  it('finds no violations on the pages of the three core flows: report, lägesbild, minutes', async () => {
    const coordinator = await app.newPage({ viewport: PHONE });
    await signIn(coordinator, users.coordinatorDalarna);
    await expectNoAxeViolations(coordinator, 'phone: coordinator start');

    const forums = await api<{ id: string; name: string }[]>(coordinator, 'GET', '/api/forums');
    const forum = forums.find((f) => f.name === 'Välfärdsrådet')!;
    const rounds = await api<{ id: string; title: string }[]>(coordinator, 'GET', `/api/forums/${forum.id}/rounds`);
    await coordinator.goto(`/avstamningar/${rounds[0]!.id}`);
    await coordinator.getByRole('heading', { level: 1, name: /^Lägesbild / }).waitFor();
    await coordinator.getByRole('heading', { name: 'Summering' }).waitFor();
    await expectNoAxeViolations(coordinator, 'phone: lägesbild');

    const meeting = await api<{ id: string }>(coordinator, 'POST', `/api/forums/${forum.id}/meetings`, {
      title: 'Mötet i telefonen',
      meetingDate: '2031-05-06',
    });
    await api(coordinator, 'POST', `/api/meetings/${meeting.id}/hold`);
    await coordinator.goto(`/moten/${meeting.id}`);
    await coordinator.getByRole('heading', { level: 1, name: 'Mötet i telefonen' }).waitFor();
    await coordinator
      .getByRole('button', { name: /^Spara punkt/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(coordinator, 'phone: minute-taking');
    await coordinator.getByRole('button', { name: 'Ge ett uppdrag' }).first().click();
    await coordinator.getByRole('button', { name: 'Lägg till uppdrag' }).first().click();
    await coordinator.getByRole('heading', { name: 'Det finns problem' }).waitFor();
    await expectNoAxeViolations(coordinator, 'phone: uppdrag form with errors');

    await mainNavigation(coordinator).getByRole('link', { name: 'Uppdrag' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Uppdrag' }).waitFor();
    await expectNoAxeViolations(coordinator, 'phone: uppdrag');

    const reporter = await app.newPage({ viewport: PHONE });
    await signIn(reporter, users.reporterFalun);
    await expectNoAxeViolations(reporter, 'phone: reporter start');
    const reporting = await api<{ roundId: string; organizationId: string }[]>(reporter, 'GET', '/api/me/reporting');
    await reporter.goto(`/avstamningar/${reporting[0]!.roundId}/rapport/${reporting[0]!.organizationId}`);
    await reporter.getByRole('heading', { level: 1, name: 'Lägesrapport: Falu kommun' }).waitFor();
    await expectNoAxeViolations(reporter, 'phone: report');
  });
});
