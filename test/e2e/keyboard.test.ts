import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  isFocused,
  mainNavigation,
  signIn,
  startTestApp,
  tabTo,
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

async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'accept-language': 'sv', 'samverkan-client': 'test' },
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('the three core flows by keyboard only', () => {
  const ROUND_TITLE = 'Avstämning med tangentbordet';
  let coordinator: Page;
  let forumId: string;
  let roundId: string;

  beforeAll(async () => {
    coordinator = await app.newPage();
    await signIn(coordinator, users.coordinatorDalarna);
    const forums = await api<{ id: string; name: string }[]>(coordinator, 'GET', '/api/forums');
    forumId = forums.find((f) => f.name === 'Välfärdsrådet')!.id;
    const round = await api<{ id: string }>(coordinator, 'POST', `/api/forums/${forumId}/rounds`, {
      title: ROUND_TITLE,
      periodStart: '2032-02-02',
      periodEnd: '2032-02-08',
      deadlineDate: '2032-02-03',
      deadlineTime: '12:00',
    });
    roundId = round.id;
  });

  it('files a report: opens it, chooses the strain level, writes, submits and lands on the filed report', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);
    await tabTo(page, page.getByRole('link', { name: `Fyll i rapporten för ${ROUND_TITLE}` }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lägesrapport: Falu kommun' }).waitFor();

    // A radio group is one tab stop; the arrow keys choose within it.
    await tabTo(page, page.getByRole('radio', { name: 'Normalläge', exact: true }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Ansträngt', exact: true }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('textbox', { name: /^Nuläge/ }));
    await page.keyboard.type('Lugnt, men personalen är trött.');
    await tabTo(page, page.getByRole('button', { name: 'Skicka in', exact: true }));
    await page.keyboard.press('Enter');

    const filed = page.getByRole('heading', { name: 'Inskickad rapport (version 1)' });
    await filed.waitFor({ timeout: 15_000 });
    expect(await isFocused(filed)).toBe(true);
  });

  it('reads the lägesbild: opens an indicator per organisation and the report of one organisation', async () => {
    await coordinator.goto(`/avstamningar/${roundId}`);
    await coordinator.getByRole('heading', { level: 1, name: `Lägesbild ${ROUND_TITLE}` }).waitFor();
    // Every report link says whose report it opens.
    const links = await coordinator.getByRole('link', { name: /^Öppna rapporten/ }).all();
    const names = await Promise.all(links.map((link) => link.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);

    const show = coordinator.getByRole('button', { name: /^Visa per organisation: / }).first();
    await tabTo(coordinator, show);
    await coordinator.keyboard.press('Enter');
    const hide = coordinator.getByRole('button', { name: /^Dölj per organisation: / }).first();
    expect(await hide.getAttribute('aria-expanded')).toBe('true');

    await tabTo(coordinator, coordinator.getByRole('link', { name: 'Öppna rapporten, Falu kommun' }));
    await coordinator.keyboard.press('Enter');
    await coordinator.getByRole('heading', { level: 1, name: 'Lägesrapport: Falu kommun' }).waitFor();
  });

  it('takes minutes: writes notes, saves the item, gives an uppdrag, and focus follows each result', async () => {
    const meeting = await api<{ id: string }>(coordinator, 'POST', `/api/forums/${forumId}/meetings`, {
      title: 'Mötet med tangentbordet',
      meetingDate: '2032-02-10',
    });
    await api(coordinator, 'POST', `/api/meetings/${meeting.id}/hold`);
    await coordinator.goto(`/moten/${meeting.id}`);
    await coordinator.getByRole('heading', { level: 1, name: 'Mötet med tangentbordet' }).waitFor();

    await tabTo(coordinator, coordinator.getByRole('textbox', { name: 'Anteckningar' }).first());
    await coordinator.keyboard.type('Ordföranden öppnade mötet.');
    await tabTo(coordinator, coordinator.getByRole('button', { name: 'Spara punkt 1', exact: true }));
    await coordinator.keyboard.press('Enter');
    const status = coordinator
      .getByRole('status')
      .filter({ hasText: /^Sparat kl\. \d\d:\d\d$/ })
      .first();
    await status.waitFor({ timeout: 15_000 });
    expect(await isFocused(status)).toBe(true);

    await tabTo(coordinator, coordinator.getByRole('button', { name: 'Ge ett uppdrag' }).first());
    await coordinator.keyboard.press('Enter');
    await tabTo(coordinator, coordinator.getByRole('combobox', { name: 'Ansvarig organisation' }));
    await coordinator.keyboard.press('ArrowDown');
    await tabTo(coordinator, coordinator.getByRole('textbox', { name: /^Uppdraget/ }));
    await coordinator.keyboard.type('Ta fram en plan för helgbemanningen.');
    await tabTo(coordinator, coordinator.getByRole('button', { name: 'Lägg till uppdrag' }));
    await coordinator.keyboard.press('Enter');
    const caption = coordinator.getByText('Uppdrag under punkt 1 (1)');
    await caption.waitFor({ timeout: 15_000 });
    await coordinator.waitForFunction(() => document.activeElement?.tagName === 'CAPTION');
    expect(await isFocused(caption)).toBe(true);
  });
});
