import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

// The tests make their own round and indicators through the API, so they do not depend on the
// details of the demo data (which also has rounds, reports and an open round of its own).
const ROUND_TITLE = 'Testavstämning e2e';
const BEDS = { nameSv: 'Lediga platser (test)', unit: 'st' };
const GLOVES = { nameSv: 'Handskar i lager (test)', unit: 'dagar' };

let app: TestApp;
let coordinator: Page;
let forumId: string;
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
  forumId = forum.id;
  faluId = forum.members.find((m) => m.name === 'Falu kommun')!.organizationId;
  await api(coordinator, 'POST', `/api/forums/${forumId}/indicators`, {
    key: 'e2e_free_places',
    ...BEDS,
    nameEn: 'Free places (test)',
    kind: 'integer',
    maxValue: 500,
    organizationKinds: ['kommun'],
    higherIs: 'better',
  });
  await api(coordinator, 'POST', `/api/forums/${forumId}/indicators`, {
    key: 'e2e_glove_days',
    ...GLOVES,
    nameEn: 'Gloves in stock (test)',
    kind: 'days',
    maxValue: 365,
    organizationKinds: ['kommun'],
    higherIs: 'better',
  });
  // A period and deadline far ahead: open, not late, and clear of the demo's weekly rounds.
  const round = await api<{ id: string }>(coordinator, 'POST', `/api/forums/${forumId}/rounds`, {
    title: ROUND_TITLE,
    periodStart: '2030-01-07',
    periodEnd: '2030-01-13',
    deadlineDate: '2030-01-08',
    deadlineTime: '12:00',
  });
  roundId = round.id;
});

afterAll(async () => {
  await app?.close();
});

async function openOwnReport(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: `Fyll i rapporten för ${ROUND_TITLE}` })
    .or(page.getByRole('link', { name: `Visa rapporten för ${ROUND_TITLE}` }))
    .click();
  await page.getByRole('heading', { level: 1, name: 'Lägesrapport: Falu kommun' }).waitFor();
}

function textbox(page: Page, name: string | RegExp) {
  return page.getByRole('textbox', { name });
}

async function waitForAutosave(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^Sparat kl\. \d\d:\d\d$/ })
    .waitFor({ timeout: 10_000 });
}

async function openLagesbild(page: Page): Promise<void> {
  await page.goto(`/avstamningar/${roundId}`);
  await page.getByRole('heading', { level: 1, name: `Lägesbild ${ROUND_TITLE}` }).waitFor();
}

describe('a round from report to lägesbild', () => {
  it('lets the reporter write, autosave and submit, and the coordinator read it in the lägesbild', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);
    const toReport = page.getByRole('table', { name: 'Öppna avstämningar där er organisation rapporterar' });
    const row = toReport
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `Välfärdsrådet, ${ROUND_TITLE}` }) });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Inte påbörjad');
    await openOwnReport(page);

    await textbox(page, /^Nuläge/).fill('Ansträngt läge i hemtjänsten.\n- Smitta på två boenden\n- Hög sjukfrånvaro');
    await textbox(page, 'Utmaning').fill('Bemanning under helger.');
    await textbox(page, 'Medskick').fill('Samordna vikarier mellan kommunerna.');
    await page.getByRole('radio', { name: 'Mycket ansträngt', exact: true }).check();
    await textbox(page, `${GLOVES.nameSv} (${GLOVES.unit})`).fill('8,5');
    await textbox(page, `${BEDS.nameSv} (${BEDS.unit})`).fill('12');
    // An empty figure is "not reported", and the form says so.
    expect(await page.getByText('Ej rapporterat (tomt är inte 0)').count()).toBeGreaterThan(0);
    await waitForAutosave(page);

    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await page.getByText(/^Inskickad: version 1, .* av Maria Ek\.$/).waitFor();
    await page.getByRole('table', { name: 'Inskickade versioner (1)' }).waitFor();

    await openLagesbild(coordinator);
    expect(await coordinator.getByText(/^1 av 16 har rapporterat$/).count()).toBe(1);
    // Before the deadline nobody is late or missing yet; they have just not reported.
    expect(await coordinator.getByText(/^15 har inte rapporterat än$/).count()).toBe(1);
    expect(await coordinator.getByText(/\d+ sena?,|\d+ saknas/).count()).toBe(0);
    const missing = coordinator.getByText('Har inte rapporterat än (15):');
    expect(await missing.isVisible()).toBe(true);
    expect(
      await coordinator
        .getByRole('listitem')
        .filter({ hasText: /^Avesta kommun/ })
        .count(),
    ).toBe(1);

    // Most strained first: Falun, the only one to report, heads the table.
    const reports = coordinator.getByRole('table', { name: `Lägesrapporter ${ROUND_TITLE}, mest ansträngda först` });
    expect(await reports.getByRole('rowheader').first().textContent()).toMatch(/^Falu kommun/);
    const falu = reports.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: /^Falu kommun/ }) });
    const cells = falu.getByRole('cell');
    expect(await cells.nth(0).textContent()).toContain('Mycket ansträngt');
    expect(await cells.nth(1).getByRole('listitem').allTextContents()).toEqual([
      'Smitta på två boenden',
      'Hög sjukfrånvaro',
    ]);
    expect(await cells.nth(2).textContent()).toBe('Bemanning under helger.');
    expect(await cells.nth(3).textContent()).toBe('Samordna vikarier mellan kommunerna.');
    const avesta = reports
      .getByRole('row')
      .filter({ has: coordinator.getByRole('rowheader', { name: /^Avesta kommun/ }) });
    expect(await avesta.getByRole('cell').first().textContent()).toMatch(/^Ingen rapport/);

    await coordinator.getByRole('combobox', { name: 'Ordning' }).selectOption({ label: 'Forumets ordning' });
    const inForumOrder = coordinator.getByRole('table', { name: `Lägesrapporter ${ROUND_TITLE}, i forumets ordning` });
    expect(await inForumOrder.getByRole('rowheader').first().textContent()).toMatch(/^Region Dalarna/);
    const strainFilter = coordinator.getByRole('group', { name: 'Visa läge' });
    await strainFilter.getByText('Mycket ansträngt', { exact: true }).click();
    await coordinator.getByText('Visar 1 av 16 organisationer').waitFor();
    expect(await inForumOrder.getByRole('rowheader').count()).toBe(1);
    await strainFilter.getByText('Mycket ansträngt', { exact: true }).click();
    await coordinator.getByText('Visar alla 16 organisationer').waitFor();

    const indicators = coordinator.getByRole('table', { name: new RegExp(`^Indikatorer ${ROUND_TITLE}`) });
    const gloves = indicators.getByRole('row').filter({
      has: coordinator.getByRole('rowheader', { name: new RegExp(`^${GLOVES.nameSv.replace(/[()]/g, '\\$&')}`) }),
    });
    // The last column is the total over every kind of organisation.
    expect(await gloves.getByRole('cell').last().textContent()).toContain('8,5\u00a0dagar (median)');
    const beds = indicators.getByRole('row').filter({
      has: coordinator.getByRole('rowheader', { name: new RegExp(`^${BEDS.nameSv.replace(/[()]/g, '\\$&')}`) }),
    });
    expect(await beds.getByRole('cell').last().textContent()).toContain('12\u00a0st');
    expect(await beds.getByRole('cell').last().textContent()).toContain('1 av 15 har rapporterat');

    await coordinator.getByRole('button', { name: `Visa per organisation: ${GLOVES.nameSv}` }).click();
    const detail = coordinator.getByRole('table', { name: /per organisation \(1 av 15 har rapporterat\)$/ });
    const faluValue = detail
      .getByRole('row')
      .filter({ has: coordinator.getByRole('rowheader', { name: 'Falu kommun' }) });
    expect(await faluValue.getByRole('cell').first().textContent()).toBe('8,5\u00a0dagar');
  });

  it('says what to type next to a figure out of range, and keeps versions with their changes', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);
    await openOwnReport(page);
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();

    const beds = textbox(page, `${BEDS.nameSv} (${BEDS.unit})`);
    await beds.fill('tolv');
    // A whole-number field asks for a whole number, not "12 eller 8,5".
    await page.getByText('Skriv ett heltal, till exempel 12.').waitFor({ timeout: 10_000 });
    expect(await beds.getAttribute('aria-invalid')).toBe('true');

    await beds.fill('1200');
    const message = 'Skriv ett värde mellan 0 och 500\u00a0st.';
    await page.getByText(message, { exact: true }).waitFor({ timeout: 10_000 });
    expect(await beds.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await beds.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain(message);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `, utom ${BEDS.nameSv}: rätta det markerade fältet.` })
        .count(),
    ).toBe(1);

    await beds.fill('14');
    await textbox(page, /^Nuläge/).fill(
      'Ansträngt läge i hemtjänsten, men bättre bemanning.\n- Smitta på två boenden\n- Hög sjukfrånvaro',
    );
    await waitForAutosave(page);
    await page.getByRole('button', { name: 'Skicka in ändringen' }).click();
    await page.getByRole('table', { name: 'Inskickade versioner (2)' }).waitFor();
    await page.getByRole('button', { name: 'Visa ändringar i version 2' }).click();
    const diff = page.getByRole('region', { name: 'Ändringar från version 1 till 2' });
    await diff.locator('ins').first().waitFor();
    expect(await diff.locator('ins').allTextContents()).toContain('[tillagt: , men bättre bemanning]');
    const changedValues = diff.getByRole('table', { name: 'Ändrade värden' });
    expect(
      await changedValues.getByRole('row').filter({ hasText: BEDS.nameSv }).getByRole('cell').allTextContents(),
    ).toEqual(['12\u00a0st', '14\u00a0st']);
  });

  it('keeps the typed text when someone else saved the report meanwhile, and shows both versions', async () => {
    const page = await app.newPage();
    await signIn(page, users.reporterFalun);
    await openOwnReport(page);
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    // The coordinator saves the same report on Falu kommun's behalf after the reporter opened it.
    const current = await api<{ revision: number; values: unknown[] }>(
      coordinator,
      'GET',
      `/api/rounds/${roundId}/reports/${faluId}`,
    );
    const response = await coordinator.request.put(`/api/rounds/${roundId}/reports/${faluId}`, {
      headers: { 'samverkan-client': 'test' },
      data: {
        revision: current.revision,
        currentSituation: 'Samordnarens text.',
        challenges: '',
        input: '',
        strainLevel: 'strained',
        values: [],
      },
    });
    expect(response.status()).toBe(200);

    await textbox(page, 'Medskick').fill('Min text som inte får försvinna.');
    const alert = page.getByRole('alert').filter({ hasText: 'Rapporten har ändrats av någon annan' });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain('Erik Håkansson');
    expect(await textbox(page, 'Medskick').inputValue()).toBe('Min text som inte får försvinna.');
    await alert.getByRole('button', { name: 'Läs in den andra versionen' }).click();
    await alert.getByText('Samordnarens text.').waitFor();
    expect(await alert.getByText('Min text som inte får försvinna.').count()).toBe(1);
    await alert.getByRole('button', { name: 'Behåll min text och spara den' }).click();
    await waitForAutosave(page);
    expect(await textbox(page, 'Medskick').inputValue()).toBe('Min text som inte får försvinna.');
    await page.getByRole('button', { name: 'Skicka in ändringen' }).click();
    await page.getByRole('table', { name: 'Inskickade versioner (3)' }).waitFor();
  });
});

describe('accessibility and print of the round pages', () => {
  // Six axe runs over large pages: slow on a loaded machine.
  it('finds no axe violations on the lägesbild, report form, rounds and indicators pages', async () => {
    await openLagesbild(coordinator);
    await coordinator.getByRole('button', { name: `Visa per organisation: ${BEDS.nameSv}` }).click();
    await expectNoAxeViolations(coordinator, 'lägesbild (coordinator)');

    await coordinator.getByRole('button', { name: 'Skicka påminnelse' }).click();
    const dialog = coordinator.getByRole('dialog', { name: `Påminn om lägesrapport ${ROUND_TITLE}` });
    await dialog.getByRole('group', { name: 'Organisationer som ska påminnas' }).waitFor();
    await expectNoAxeViolations(coordinator, 'reminder dialog');
    await dialog.getByRole('button', { name: 'Skicka påminnelser' }).click();
    await dialog.getByText(/påminnelser? skickas\.$/).waitFor();
    await dialog.getByRole('button', { name: 'Stäng' }).first().click();
    // The round's mail lists the reminders just sent beside its other mail, each with its status.
    await coordinator
      .getByRole('table', { name: /^E-post om avstämningen \([1-9]/ })
      .getByRole('row')
      .filter({ hasText: 'Påminnelse om lägesrapport' })
      .first()
      .waitFor();

    await coordinator.getByRole('link', { name: 'Avstämningar i Välfärdsrådet' }).click();
    await coordinator.getByRole('table', { name: /^Avstämningar, senaste först/ }).waitFor();
    await coordinator.getByRole('heading', { name: 'Återkommande avstämning' }).waitFor();
    await expectNoAxeViolations(coordinator, 'rounds');
    await coordinator.getByRole('button', { name: 'Ny avstämning' }).click();
    await coordinator.getByRole('dialog', { name: 'Ny avstämning' }).waitFor();
    await expectNoAxeViolations(coordinator, 'new round form');
    await coordinator.keyboard.press('Escape');

    await coordinator
      .getByRole('navigation', { name: 'Sidor för Välfärdsrådet' })
      .getByRole('link', { name: 'Indikatorer' })
      .click();
    await coordinator.getByRole('table', { name: /^Indikatorer \(/ }).waitFor();
    await expectNoAxeViolations(coordinator, 'indicators');
    await coordinator.getByRole('button', { name: `Redigera ${BEDS.nameSv}` }).click();
    await coordinator.getByRole('dialog', { name: `Redigera ${BEDS.nameSv}` }).waitFor();
    await expectNoAxeViolations(coordinator, 'indicator form');
    await coordinator.keyboard.press('Escape');

    const reporter = await app.newPage();
    await signIn(reporter, users.reporterFalun);
    await reporter.getByRole('table', { name: 'Öppna avstämningar där er organisation rapporterar' }).waitFor();
    await expectNoAxeViolations(reporter, 'reporter start');
    await openOwnReport(reporter);
    await expectNoAxeViolations(reporter, 'report (submitted, with versions)');
    await reporter.getByRole('button', { name: 'Ändra', exact: true }).click();
    await textbox(reporter, `${BEDS.nameSv} (${BEDS.unit})`).fill('9999');
    await reporter.getByText('Skriv ett värde mellan 0 och 500\u00a0st.', { exact: true }).waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(reporter, 'report form with an error');
  }, 120_000);

  it('shows the forum over time: strain matrix with reporting rates, and an indicator trend with its table', async () => {
    await coordinator
      .getByRole('navigation', { name: 'Sidor för Välfärdsrådet' })
      .getByRole('link', { name: 'Över tid' })
      .click();
    const matrix = coordinator.getByRole('table', { name: /^Läge per organisation, \d+ avstämningar?,/ });
    await matrix.waitFor();
    const falu = matrix.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: 'Falu kommun' }) });
    expect(await falu.getByRole('cell').allTextContents()).toContain('Mycket ansträngt');
    // The last two cells are the rates, in per cent.
    expect(await falu.getByRole('cell').last().textContent()).toMatch(/%$/);
    await coordinator.getByRole('combobox', { name: 'Indikator' }).selectOption({ label: BEDS.nameSv });
    const figures = coordinator.getByRole('table', { name: `${BEDS.nameSv} per avstämning` });
    await figures.waitFor();
    const current = figures.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: ROUND_TITLE }) });
    expect(await current.getByRole('cell').first().textContent()).toBe('14\u00a0st');
    await expectNoAxeViolations(coordinator, 'forum over time');
  }, 90_000);

  it('reads as one card per organisation on a phone, worst first', async () => {
    await coordinator.setViewportSize({ width: 390, height: 844 });
    try {
      await openLagesbild(coordinator);
      const cards = coordinator.getByRole('region', { name: `Lägesrapporter ${ROUND_TITLE}, mest ansträngda först` });
      const card = cards.locator('ul.situation-cards > li');
      const first = card.first();
      expect(await first.textContent()).toMatch(/^Falu kommun/);
      expect(await first.textContent()).toContain('Mycket ansträngt');
      expect(await card.count()).toBe(16);
      expect(await coordinator.getByRole('table', { name: /^Lägesrapporter/ }).count()).toBe(0);
      // Nothing scrolls sideways.
      expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await coordinator.setViewportSize({ width: 1280, height: 900 });
    }
  }, 90_000);

  it('prints the lägesbild on A4 without navigation or buttons', async () => {
    await openLagesbild(coordinator);
    await coordinator.emulateMedia({ media: 'print' });
    expect(await mainNavigation(coordinator).isVisible()).toBe(false);
    expect(await coordinator.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await coordinator.getByRole('heading', { level: 1, name: `Lägesbild ${ROUND_TITLE}` }).isVisible()).toBe(
      true,
    );
    expect(
      await coordinator.getByRole('table', { name: new RegExp(`^Lägesrapporter ${ROUND_TITLE}`) }).isVisible(),
    ).toBe(true);
    await coordinator.emulateMedia({ media: null });

    // page.pdf() prints with the print stylesheet and its page size, like the browser's own print.
    const pdf = await coordinator.pdf({ preferCSSPageSize: true });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    expect(document.numPages).toBeGreaterThan(0);
    const first = await document.getPage(1);
    // A4 landscape, 842 × 595 pt: the wide tables need the width.
    expect(first.view.map(Math.round)).toEqual([0, 0, 842, 595]);
    const firstPage = await first.getTextContent();
    const text = firstPage.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain(`Lägesbild ${ROUND_TITLE}`);
    expect(text).not.toContain('Huvudmeny');
    expect(text).not.toContain('Organisationer');
    // Every column is on the paper: nothing is cut at the right edge.
    const pages = await Promise.all(
      Array.from({ length: document.numPages }, async (_, index) => {
        const page = await document.getPage(index + 1);
        const content = await page.getTextContent();
        return content.items.flatMap((item) => ('str' in item && 'transform' in item ? [item] : []));
      }),
    );
    const all = pages.flat();
    expect(all.map((item) => item.str).join(' ')).toContain('Medskick');
    expect(Math.max(...all.map((item) => item.transform[4] + item.width))).toBeLessThanOrEqual(842);

    // The lägesbild as a PDF of its own, from the server.
    const href = await coordinator.getByRole('link', { name: 'Ladda ned som PDF' }).getAttribute('href');
    const download = await coordinator.request.get(href!);
    expect(download.headers()['content-type']).toBe('application/pdf');
    const { text: pdfText } = await extractText(new Uint8Array(await download.body()), { mergePages: true });
    expect(pdfText.replace(/\s+/g, ' ')).toContain(`Lägesbild ${ROUND_TITLE}`);
    expect(pdfText).toContain('Medskick');
  });
});
