import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUT_PROTOCOL } from '../../src/minutes-import/test-support.ts';
import { expectNoAxeViolations, mainNavigation, signIn, startTestApp, users, type TestApp } from './support.ts';

// The demo data has no meetings; these tests plan one, take its minutes and follow its uppdrag.
const MEETING_TITLE = 'Välfärdsrådets möte den 8 april (e2e)';
const ITEM_TITLE = 'Vaccinationsläget';
const DECISIONS = [
  'att ge förvaltningscheferna i uppdrag att ta fram en testplan för vaccinationen av hemtjänstens brukare',
  'att återkomma i frågan vid nästa möte',
];
const TASK = 'Återkomma med en plan för vaccination i hemtjänsten';
const SAMPLE = path.resolve(import.meta.dirname, '../../../shared/samples/002_e5208670ec7b0939.txt');

let app: TestApp;
let coordinator: Page;
let meetingUrl: string;
let roundId: string;
/** An invited member who sent a substitute, and the substitute's own name. */
let replacedName: string;
const SUBSTITUTE = 'Bertil Ersättare';

beforeAll(async () => {
  app = await startTestApp();
  coordinator = await app.newPage();
  await signIn(coordinator, users.coordinatorDalarna);
});

afterAll(async () => {
  await app?.close();
});

async function forumId(page: Page, name: string): Promise<string> {
  const response = await page.request.get('/api/forums');
  const forums = (await response.json()) as { id: string; name: string }[];
  return forums.find((forum) => forum.name === name)!.id;
}

async function confirmStep(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `${step}?` });
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

function facts(page: Page) {
  return page.getByRole('definition').filter({ has: page.locator('.status-badge') });
}

describe('minute-taking: plan, hold, write, justera, publish', () => {
  it('lets the coordinator plan a meeting with an adjuster and add an item to the agenda', async () => {
    await coordinator.goto(`/forum/${await forumId(coordinator, 'Välfärdsrådet')}`);
    await coordinator
      .getByRole('navigation', { name: 'Sidor för Välfärdsrådet' })
      .getByRole('link', { name: 'Möten' })
      .click();
    await coordinator.getByRole('table', { name: /^Möten, senaste först/ }).waitFor();
    await coordinator.getByRole('heading', { name: 'Mötesinställningar' }).waitFor();
    await expectNoAxeViolations(coordinator, 'forum meetings');

    await coordinator.getByRole('button', { name: 'Planera möte' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Planera möte' });
    await dialog.getByLabel('Rubrik').fill(MEETING_TITLE);
    await dialog.getByLabel('Datum', { exact: false }).fill('2030-04-08');
    await dialog.getByLabel('Börjar kl.').fill('13:00');
    await dialog.getByLabel('Slutar kl.').fill('15:00');
    await dialog.getByLabel('Plats eller Teams-länk').fill('Teams');
    // The forum has a Dnr series, so the next number is taken unless one is typed instead.
    expect(await dialog.getByLabel('Tilldela nästa diarienummer').isChecked()).toBe(true);
    await dialog.getByLabel('Tilldela nästa diarienummer').uncheck();
    await dialog.getByLabel('Diarienummer (Dnr)').fill('RD30/00123');
    // The round open for reporting is the lägesbild the meeting goes through, unless another is chosen.
    roundId = await dialog.getByLabel('Lägesbild som mötet går igenom').inputValue();
    expect(roundId).not.toBe('');
    await dialog.getByLabel('Ordförande, eller skriv ett namn').fill('Karin Ordförande');
    // People are named with their organisation, so namesakes can be told apart.
    await dialog.getByLabel('Välj justerare').selectOption({ label: 'Maria Ek (Falu kommun)' });
    await dialog.getByRole('button', { name: 'Lägg till justerare' }).click();
    await expectNoAxeViolations(coordinator, 'plan meeting form');
    await dialog.getByRole('button', { name: 'Spara' }).click();

    await coordinator.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();
    meetingUrl = new URL(coordinator.url()).pathname;
    expect(await facts(coordinator).textContent()).toBe('Planerat');
    expect(await coordinator.getByText('RD30/00123').count()).toBe(1);

    await coordinator.getByLabel('Rubrik på punkten').fill(ITEM_TITLE);
    await coordinator.getByLabel('Typ av punkt').selectOption({ label: 'Beslutsärende' });
    await coordinator.getByLabel('Föredragande').fill('Anna Smittskydd');
    await coordinator.getByRole('button', { name: 'Lägg till punkt' }).click();
    // New items go before "Övriga frågor" and "Mötets avslutande".
    await coordinator.getByRole('region', { name: `7. ${ITEM_TITLE}` }).waitFor();
    const agenda = coordinator.getByRole('table', { name: 'Dagordning (9 punkter)' });
    expect(await agenda.getByRole('rowheader').allTextContents()).toContain(ITEM_TITLE);
    await expectNoAxeViolations(coordinator, 'meeting page (planned)');
  });

  it('holds the meeting, writes notes, two decisions and an uppdrag, and sends the minutes for justering', async () => {
    await confirmStep(coordinator, 'Markera som hållet');
    await coordinator.getByRole('definition').filter({ hasText: 'Hållet, anteckningar pågår' }).waitFor();
    // The agenda is fixed once the meeting is held.
    expect(await coordinator.getByLabel('Rubrik på punkten').count()).toBe(0);

    const attendance = coordinator.getByRole('region', { name: 'Närvaro' });
    // The adjuster must have been there: "Frånvarande" cannot be chosen for her.
    const adjusterStatus = attendance.getByLabel(/^Maria Ek/).first();
    expect(await adjusterStatus.locator('option', { hasText: 'Frånvarande' }).isDisabled()).toBe(true);
    await attendance.getByRole('button', { name: 'Markera alla som närvarande' }).click();
    await coordinator.getByText('Närvaron är sparad.').waitFor();
    await attendance.getByText(/^\d+ närvarande, 0 frånvarande, 0 ersättare$/).waitFor();
    expect(await attendance.getByRole('button', { name: 'Markera alla som närvarande' }).isDisabled()).toBe(true);

    // One member sent a substitute, who is recorded by their own name.
    const invited = await attendance
      .getByRole('combobox', { name: / deltar som$/ })
      .evaluateAll((selects) =>
        selects.map((select) => select.getAttribute('aria-label')!.replace(/ deltar som$/, '')),
      );
    replacedName = invited.find((name) => name !== 'Maria Ek')!;
    await attendance
      .getByLabel(new RegExp(`^${replacedName}`))
      .first()
      .selectOption({ label: 'Ersatt av ersättare' });
    await attendance.getByLabel(`Ersättare för ${replacedName}`).fill(SUBSTITUTE);
    await attendance.getByRole('button', { name: 'Spara närvaro' }).click();
    await attendance.getByText('Närvaron har ändringar som inte är sparade.').waitFor({ state: 'detached' });
    await attendance.getByText(/^\d+ närvarande, 0 frånvarande, 1 ersättare$/).waitFor();
    await coordinator.reload();
    expect(
      await coordinator
        .getByRole('region', { name: 'Närvaro' })
        .getByLabel(`Ersättare för ${replacedName}`)
        .inputValue(),
    ).toBe(SUBSTITUTE);
    await expectNoAxeViolations(coordinator, 'meeting page (held, attendance)');

    const item = coordinator.getByRole('region', { name: `7. ${ITEM_TITLE}` });
    await item
      .getByLabel('Anteckningar')
      .fill('Anna Smittskydd redogjorde för läget.\n- 41 % av de över 70 har fått dos 1\n- Leveranserna är osäkra');
    await item.getByRole('group', { name: 'Välfärdsrådet beslutade' }).waitFor();
    for (const [index, decision] of DECISIONS.entries()) {
      await item.getByRole('button', { name: 'Lägg till beslut' }).click();
      await item.getByLabel(`Beslut ${index + 1}`, { exact: true }).fill(decision);
    }
    await item.getByRole('button', { name: 'Spara punkt 7' }).click();
    await item
      .getByRole('status')
      .filter({ hasText: /^Sparat kl\. \d\d:\d\d$/ })
      .waitFor({ timeout: 10_000 });
    await item.getByText('Ändringar som inte är sparade än').waitFor({ state: 'detached', timeout: 10_000 });

    await item.getByRole('button', { name: 'Ge ett uppdrag' }).click();
    await item.getByLabel('Ansvarig organisation').selectOption({ label: 'Falu kommun' });
    await item.getByLabel('Uppdraget').fill(TASK);
    await item.getByLabel('Till nästa möte').check();
    await item.getByRole('button', { name: 'Lägg till uppdrag' }).click();
    const actions = item.getByRole('table', { name: 'Uppdrag under punkt 7 (1)' });
    await actions.waitFor();
    expect(await actions.getByRole('cell').allTextContents()).toEqual(['Falu kommun', 'Till nästa möte', 'Öppet']);

    await coordinator.reload();
    const reloaded = coordinator.getByRole('region', { name: `7. ${ITEM_TITLE}` });
    expect(await reloaded.getByLabel('Beslut 2', { exact: true }).inputValue()).toBe(DECISIONS[1]);
    await confirmStep(coordinator, 'Skicka för justering');
    await coordinator.getByRole('definition').filter({ hasText: 'Under justering' }).waitFor();
  });

  it('shows the minutes under "Att justera" on the adjuster\'s start page and "Pågående protokoll" on the coordinator\'s', async () => {
    const adjuster = await app.newPage();
    await signIn(adjuster, users.reporterFalun);
    const toApprove = adjuster.getByRole('region', { name: 'Att justera' });
    await toApprove.getByRole('link', { name: MEETING_TITLE }).waitFor();
    await expectNoAxeViolations(adjuster, 'start page (to approve)');
    await adjuster.context().close();

    await coordinator.goto('/');
    const inProgress = coordinator.getByRole('region', { name: 'Pågående protokoll' });
    const row = inProgress.getByRole('row').filter({ has: coordinator.getByRole('link', { name: MEETING_TITLE }) });
    // allTextContents does not wait for the start page's data to arrive.
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '2030-04-08',
      'Välfärdsrådet',
      'RD30/00123',
      'Under justering',
    ]);
    await expectNoAxeViolations(coordinator, 'start page (minutes in progress)');
    await coordinator.goto(meetingUrl);
  });

  it('pulls the minutes back from justering with a reason, and sends them again', async () => {
    await coordinator.getByRole('button', { name: 'Ta tillbaka från justering' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Ta tillbaka från justering' });
    await dialog.getByRole('button', { name: 'Ta tillbaka' }).click();
    await dialog
      .getByLabel(/^Varför tas anteckningarna tillbaka\?/)
      .and(coordinator.locator('[aria-invalid="true"]'))
      .waitFor();
    await dialog
      .getByLabel(/^Varför tas anteckningarna tillbaka\?/)
      .fill('Beslutet om testplanen behöver en tidpunkt.');
    await expectNoAxeViolations(coordinator, 'withdraw dialog');
    await dialog.getByRole('button', { name: 'Ta tillbaka' }).click();
    await dialog.waitFor({ state: 'detached' });
    await coordinator.getByRole('definition').filter({ hasText: 'Hållet, anteckningar pågår' }).waitFor();
    await coordinator
      .getByText(/^Tagna tillbaka från justering av .*: Beslutet om testplanen behöver en tidpunkt\.$/)
      .waitFor();
    await expectNoAxeViolations(coordinator, 'meeting page (pulled back)');
    await confirmStep(coordinator, 'Skicka för justering');
    await coordinator.getByRole('definition').filter({ hasText: 'Under justering' }).waitFor();
  });

  it('lets the adjuster comment and justera', async () => {
    const adjuster = await app.newPage();
    await signIn(adjuster, users.reporterFalun);
    await adjuster.goto(meetingUrl);
    await adjuster.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();
    const item = adjuster.getByRole('region', { name: `7. ${ITEM_TITLE}` });
    expect(await item.getByRole('listitem').filter({ hasText: DECISIONS[0] }).count()).toBe(1);
    await item.getByLabel('Kommentar till punkt 7').fill('Ser bra ut.');
    await item.getByRole('button', { name: 'Lämna kommentar' }).click();
    await item.getByText(/^Maria Ek, \d{4}-\d\d-\d\d \d\d:\d\d$/).waitFor();
    await confirmStep(adjuster, 'Justera');
    await adjuster
      .getByRole('definition')
      .filter({ hasText: /^Justerat$/ })
      .waitFor();
    await adjuster.getByText(/^Justerat \d{4}-\d\d-\d\d \d\d:\d\d$/).waitFor();
  });

  it('lets the coordinator publish, download the PDF and find the decision in the register', async () => {
    // Minutes that carry a lägesbild are published only once that lägesbild is: the coordinator
    // publishes the round first, as the meeting page's message asks.
    const published = await coordinator.request.patch(`/api/rounds/${roundId}`, {
      headers: { 'samverkan-client': 'test' },
      data: { isPublished: true },
    });
    expect(published.status()).toBe(200);
    await coordinator.reload();
    await confirmStep(coordinator, 'Publicera');
    await coordinator.getByRole('definition').filter({ hasText: 'Publicerat' }).waitFor();
    // Published minutes are read-only: the decisions are text, not fields.
    const item = coordinator.getByRole('region', { name: `7. ${ITEM_TITLE}` });
    expect(await item.getByRole('textbox').count()).toBe(0);
    expect(await item.getByText('Välfärdsrådet beslutade').count()).toBe(1);
    await expectNoAxeViolations(coordinator, 'meeting page (published)');

    const downloads = coordinator.getByRole('navigation', { name: 'Ladda ned anteckningarna' });
    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      downloads.getByRole('link', { name: 'PDF', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The minutes name the forum on every page and list the substitute by name in the run-in Närvarande.
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
    for (const page of text) expect(page.replace(/\s+/g, ' ')).toContain('Minnesanteckningar Välfärdsrådet');
    const whole = text.join(' ').replace(/\s+/g, ' ');
    expect(whole).toContain(`${SUBSTITUTE} (ersättare för ${replacedName}`);
    expect(whole).toMatch(new RegExp(`Närvarande [^§]*${SUBSTITUTE} \\(ersättare för`));
    const response = await coordinator.request.get(
      (await downloads.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href'))!,
    );
    expect(response.headers()['content-type']).toBe('application/pdf');

    await mainNavigation(coordinator).getByRole('link', { name: 'Beslut', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
    await coordinator.getByLabel('Sök i besluten').fill('testplan för vaccinationen');
    const table = coordinator.getByRole('table', { name: 'Beslut (1)' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: DECISIONS[0] }) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '2030-04-08',
      'Välfärdsrådet',
      MEETING_TITLE,
      `7. ${ITEM_TITLE}`,
      'RD30/00123',
    ]);
    await expectNoAxeViolations(coordinator, 'decision register');
    await row.getByRole('link', { name: MEETING_TITLE }).click();
    await coordinator.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();
  });
});

describe('uppdrag: the owner updates the status before the next meeting', () => {
  it('shows the uppdrag under "Mina uppdrag" for Falu kommun and saves "Pågår" with a comment', async () => {
    const reporter = await app.newPage();
    await signIn(reporter, users.reporterFalun);
    const mine = reporter.getByRole('region', { name: 'Mina uppdrag' });
    const card = mine.getByRole('article', { name: TASK, exact: true });
    await card.waitFor();
    await card.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await card.getByLabel('Kommentar').fill('Planen tas fram med hemtjänstens enhetschefer.');
    await card.getByRole('button', { name: 'Spara status' }).click();
    await card.getByText(/^Uppdaterad av Maria Ek /).waitFor();
    expect(await card.locator('.status-badge').first().textContent()).toBe('Pågår');

    await mainNavigation(reporter).getByRole('link', { name: 'Uppdrag', exact: true }).click();
    const board = reporter.getByRole('table', { name: /^Uppdrag \(/ });
    await board.waitFor();
    const row = board
      .getByRole('row')
      .filter({ has: reporter.getByRole('rowheader', { name: new RegExp(`^${TASK}`) }) });
    expect(await row.getByRole('cell').nth(3).textContent()).toContain('Pågår');
    expect(await row.getByRole('cell').nth(3).textContent()).toContain(
      'Planen tas fram med hemtjänstens enhetschefer.',
    );
    await reporter.getByLabel('Bara försenade').check();
    // "Till nästa möte" falls due only when the forum holds its next meeting, which is still to come.
    await row.waitFor({ state: 'detached' });
    await reporter.getByLabel('Bara försenade').uncheck();
    await row.getByRole('button', { name: `Ändra: ${TASK}` }).click();
    await board.getByRole('button', { name: 'Spara status' }).waitFor();
    await expectNoAxeViolations(reporter, 'uppdrag board');
  });
});

describe('import of old minutes', () => {
  it('previews a text file with its notes, names the meeting on the same date, and saves it on "import anyway"', async () => {
    const page = await app.newPage();
    await signIn(page, 'samordnare.halland@samverkan.example');
    const forum = await forumId(page, 'Samlad sjukvårdsresurs i Halland');
    await page.goto(`/forum/${forum}/moten`);
    await page.getByRole('link', { name: 'Importera anteckningar' }).click();
    await page.getByRole('heading', { name: 'Importera anteckningar', level: 2 }).waitFor();
    await page.getByLabel('Fil med anteckningar').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Granska det som lästes in från 002_e5208670ec7b0939.txt' }).waitFor();
    expect(await page.getByLabel('Datum', { exact: false }).first().inputValue()).toBe('2020-12-29');
    expect(await page.getByLabel('Plats', { exact: true }).inputValue()).toBe('Telefonkonferens');
    await page.getByRole('table', { name: 'Lägesrapporter som lästes in' }).waitFor();
    // The Summering's text is neither a decision nor an uppdrag: it is kept, editable, as the item's notes.
    const summering = page.getByRole('group', { name: 'Punkt 2' });
    expect(await summering.getByLabel('Rubrik').inputValue()).toBe('Summering');
    expect(await summering.getByLabel('Anteckningar').inputValue()).toContain('Hallandsjouren bör bjudas in');
    // How sure the reading is, per field, in words.
    expect(await page.getByText(/^Utläst ur filen, säkerhet hög\.$/).count()).toBeGreaterThan(2);
    // The demo forum met that day: the preview names the meeting and asks what to do.
    const sameDate = page.getByRole('radiogroup', { name: /Vad ska göras med 002_e5208670ec7b0939\.txt/ });
    await sameDate.waitFor();
    expect(await page.getByRole('link', { name: 'Avstämningsmöte Samlad sjukvårdsresurs i Halland' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'import preview');

    await page.getByLabel('Rubrik', { exact: true }).first().fill('Avstämningsmöte 29 december 2020');
    await page.getByRole('button', { name: 'Spara som möte' }).click();
    await page.getByText('Välj om filen ska importeras ändå eller hoppas över.').first().waitFor();
    await sameDate.getByRole('radio', { name: 'Importera ändå som ett nytt möte' }).check();
    await page.getByRole('button', { name: 'Spara som möte' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Mötet är sparat' });
    await saved.waitFor({ timeout: 15_000 });
    await saved.getByRole('link', { name: 'Öppna mötet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avstämningsmöte 29 december 2020' }).waitFor();
    expect(await page.getByRole('definition').filter({ hasText: 'Importerat från äldre anteckningar' }).count()).toBe(
      1,
    );
    expect(await page.getByRole('link', { name: /^Originalfil: 002_e5208670ec7b0939\.txt$/ }).count()).toBe(1);

    // The same file again: the preview says so and links to the meeting.
    await page.goto(`/forum/${forum}/importera`);
    await page.getByLabel('Fil med anteckningar').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByText('Filen är redan importerad').waitFor();
  });

  it('shows the text of a protocol cut after its first page as text outside the items, editable, and saves it', async () => {
    const page = await app.newPage();
    await signIn(page, 'samordnare.halland@samverkan.example');
    const forum = await forumId(page, 'Samlad sjukvårdsresurs i Halland');
    await page.goto(`/forum/${forum}/importera`);
    await page
      .getByLabel('Fil med anteckningar')
      .setInputFiles({ name: 'anslag.txt', mimeType: 'text/plain', buffer: Buffer.from(CUT_PROTOCOL) });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Granska det som lästes in från anslag.txt' }).waitFor();
    expect(await page.getByText('Inga punkter lästes in.').count()).toBe(1);
    const outside = page.getByLabel('Text utanför punkterna');
    expect(await outside.inputValue()).toContain('Förvaringsplats för protokollet: Kommunhuset, Storgatan 4');
    await outside.fill(`${await outside.inputValue()}\nKompletterat vid importen.`);
    await expectNoAxeViolations(page, 'import preview without items');
    await page.getByRole('button', { name: 'Spara som möte' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Mötet är sparat' });
    await saved.waitFor({ timeout: 15_000 });
    await saved.getByRole('link', { name: 'Öppna mötet' }).click();
    await page.getByText('Text utanför punkterna').first().waitFor();
    await page
      .getByText(/Kompletterat vid importen\./)
      .first()
      .waitFor();
  });

  it('imports several files at once and ends with a summary per file', async () => {
    const page = await app.newPage();
    await signIn(page, 'samordnare.halland@samverkan.example');
    const forum = await forumId(page, 'Samlad sjukvårdsresurs i Halland');
    await page.goto(`/forum/${forum}/importera`);
    const sample = fs.readFileSync(SAMPLE);
    const other = path.resolve(path.dirname(SAMPLE), '003_b775c9b15ba830a9.txt');
    await page.getByLabel('Fil med anteckningar').setInputFiles([
      // Imported by the test above: recognised by its checksum.
      { name: 'samma-fil.txt', mimeType: 'text/plain', buffer: sample },
      // Another copy of the same meeting: same date, another checksum.
      {
        name: 'renskriven.txt',
        mimeType: 'text/plain',
        buffer: Buffer.concat([sample, Buffer.from('\nRenskriven version.\n')]),
      },
      { name: 'valfardsradet.txt', mimeType: 'text/plain', buffer: fs.readFileSync(other) },
      { name: 'trasig.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nnot really a pdf') },
    ]);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Filer att importera (4)' }).waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Filerna och hur det gick' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    expect(await row('samma-fil.txt').textContent()).toContain('Redan importerad, hoppades över');
    expect(await row('trasig.pdf').textContent()).toContain('Avvisad');
    const choice = row('renskriven.txt').getByRole('radiogroup', { name: /Vad ska göras med renskriven\.txt/ });
    await choice.waitFor();
    await expectNoAxeViolations(page, 'several files before import');

    await page.getByRole('button', { name: 'Importera 2 filer' }).click();
    await page.getByText('Välj för varje fil med ett möte samma dag').waitFor();
    await choice.getByRole('radio', { name: 'Importera ändå som ett nytt möte' }).check();
    await page.getByRole('button', { name: 'Importera 2 filer' }).click();
    await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor({ timeout: 30_000 });
    const summary = page.getByRole('status').filter({ hasText: 'Importerade: 2.' });
    expect(await summary.textContent()).toBe(
      'Importerade: 2. Redan importerade, hoppades över: 1. Hoppades över: 0. Avvisade: 1.',
    );
    expect(await row('renskriven.txt').textContent()).toContain('Importerad');
    expect(await row('trasig.pdf').textContent()).toContain('Filen kunde inte läsas');
    await expectNoAxeViolations(page, 'import summary');
    await row('valfardsradet.txt').getByRole('link', { name: 'Öppna mötet från valfardsradet.txt' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Välfärdsrådet' }).waitFor();
  });
});
