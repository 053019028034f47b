import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

// Nothing typed is lost: not by a mistyped figure, not by leaving the page, not by a reload.
const ROUND_TITLE = 'Avstämning utan förlorad text';
const BEDS = 'Lediga korttidsplatser (test)';

let app: TestApp;
let coordinator: Page;
let roundId: string;
let faluId: string;

async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    data,
    headers: { 'accept-language': 'sv', 'samverkan-client': 'test' },
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  app = await startTestApp();
  coordinator = await app.newPage();
  await signIn(coordinator, users.coordinatorDalarna);
  const forums = await api<{ id: string; name: string; members: { organizationId: string; name: string }[] }[]>(
    coordinator,
    'GET',
    '/api/forums',
  );
  const forum = forums.find((f) => f.name === 'Välfärdsrådet')!;
  faluId = forum.members.find((m) => m.name === 'Falu kommun')!.organizationId;
  await api(coordinator, 'POST', `/api/forums/${forum.id}/indicators`, {
    key: 'e2e_short_term_places',
    nameSv: BEDS,
    nameEn: 'Free short-term places (test)',
    unit: 'st',
    kind: 'integer',
    maxValue: 500,
    organizationKinds: ['kommun'],
    higherIs: 'better',
  });
  const round = await api<{ id: string }>(coordinator, 'POST', `/api/forums/${forum.id}/rounds`, {
    title: ROUND_TITLE,
    periodStart: '2031-03-03',
    periodEnd: '2031-03-09',
    deadlineDate: '2031-03-04',
    deadlineTime: '12:00',
  });
  roundId = round.id;
});

afterAll(async () => {
  await app?.close();
});

function textbox(page: Page, name: string | RegExp) {
  return page.getByRole('textbox', { name });
}

async function openReport(page: Page): Promise<void> {
  await page.getByRole('link', { name: `Fyll i rapporten för ${ROUND_TITLE}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Lägesrapport: Falu kommun' }).waitFor();
}

const SITUATION = 'Hemtjänsten går på knäna.\n- Två boenden med smitta';
const CHALLENGES = 'Helgbemanningen efter den tredje.';
const INPUT = 'Skriven precis innan jag klickade bort mig.';

describe('nothing typed is lost', () => {
  it('saves every valid field past a mistyped figure, asks before leaving, and restores the rest after a reload', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);
    await openReport(page);

    await textbox(page, /^Nuläge/).fill(SITUATION);
    await textbox(page, `${BEDS} (st)`).fill('abc');
    await textbox(page, 'Utmaning').fill(CHALLENGES);

    // The autosave stores the text and leaves out only the figure it cannot read, which stays marked.
    await page
      .getByRole('status')
      .filter({
        hasText: /^Sparat kl\. \d\d:\d\d, utom Lediga korttidsplatser \(test\): rätta det markerade fältet\.$/,
      })
      .waitFor({ timeout: 15_000 });
    expect(await textbox(page, `${BEDS} (st)`).getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Skriv ett heltal, till exempel 12.').waitFor();
    const saved = await api<{ currentSituation: string; challenges: string }>(
      coordinator,
      'GET',
      `/api/rounds/${roundId}/reports/${faluId}`,
    );
    expect(saved).toMatchObject({ currentSituation: SITUATION, challenges: CHALLENGES });

    // Leaving within the autosave delay asks first; staying keeps everything in place.
    await textbox(page, 'Medskick').fill(INPUT);
    await mainNavigation(page).getByRole('link', { name: 'Start' }).click();
    const leave = page.getByRole('dialog', { name: 'Lämna sidan?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(await textbox(page, 'Medskick').inputValue()).toBe(INPUT);

    // Leaving anyway keeps the unsaved text in the browser, and it is back on return.
    await textbox(page, 'Medskick').fill(`${INPUT} Och lite till.`);
    await mainNavigation(page).getByRole('link', { name: 'Start' }).click();
    await leave.getByRole('button', { name: 'Lämna sidan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Välkommen/ }).waitFor();
    await openReport(page);
    await page.getByText('Osparad text är återställd').waitFor();
    expect(await textbox(page, 'Medskick').inputValue()).toBe(`${INPUT} Och lite till.`);
    expect(await textbox(page, `${BEDS} (st)`).inputValue()).toBe('abc');

    // A reload asks too (the browser's own question), and afterwards every word is there.
    let unloadAsked = false;
    page.on('dialog', (dialog) => {
      unloadAsked = dialog.type() === 'beforeunload';
      void dialog.accept();
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lägesrapport: Falu kommun' }).waitFor();
    expect(unloadAsked).toBe(true);
    expect(await textbox(page, /^Nuläge/).inputValue()).toBe(SITUATION);
    expect(await textbox(page, 'Utmaning').inputValue()).toBe(CHALLENGES);
    expect(await textbox(page, 'Medskick').inputValue()).toBe(`${INPUT} Och lite till.`);
    expect(await textbox(page, `${BEDS} (st)`).inputValue()).toBe('abc');

    // Corrected, the figure saves like the rest, and the browser's copy is no longer needed.
    await textbox(page, `${BEDS} (st)`).fill('12');
    await page
      .getByRole('status')
      .filter({ hasText: /^Sparat kl\. \d\d:\d\d$/ })
      .waitFor({ timeout: 15_000 });
    const complete = await api<{ input: string; values: { value: number | null }[] }>(
      coordinator,
      'GET',
      `/api/rounds/${roundId}/reports/${faluId}`,
    );
    expect(complete.input).toBe(`${INPUT} Och lite till.`);
    expect(complete.values.map((v) => v.value)).toContain(12);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('samverkan.unsaved'))),
    ).toEqual([]);
  });

  it('lists the problems above the form on submit, each a link to its field', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);
    await openReport(page);
    await textbox(page, /^Nuläge/).fill('');
    await textbox(page, `${BEDS} (st)`).fill('12,5');
    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();

    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Det finns problem' }) });
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const link = summary.getByRole('link', { name: `${BEDS} (st): Skriv ett heltal, till exempel 12.` });
    await link.click();
    expect(await textbox(page, `${BEDS} (st)`).evaluate((element) => element === document.activeElement)).toBe(true);

    // The figure corrected, the server's own checks (strain level, nuläge) are listed the same way.
    await textbox(page, `${BEDS} (st)`).fill('12');
    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await summary.getByRole('link', { name: /^Läge: / }).waitFor({ timeout: 15_000 });
    await summary.getByRole('link', { name: /^Nuläge: / }).click();
    expect(await textbox(page, /^Nuläge/).evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
