import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildHtml, buildOdt } from '../../src/minutes-import/extract/builders.test-support.ts';
import { loadCorpus } from '../../src/minutes-import/test-support.ts';
import { signIn, startTestApp, type TestApp } from './support.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

/** Invented minutes of a meeting the demo forum does not have; `extra` makes another file of the same meeting. */
function minutes(options: { date?: string; extra?: string; diaryNumber?: string } = {}) {
  return Buffer.from(
    [
      'Minnesanteckningar Samlad sjukvårdsresurs',
      ...(options.date ? [`Datum: ${options.date}`] : []),
      ...(options.diaryNumber ? [`Dnr: ${options.diaryNumber}`] : []),
      'Plats: Teams',
      'Närvarande: Anna Berg, Bo Ek, Carin Dahl',
      '',
      '1. Mötets öppnande',
      'Ordföranden öppnade mötet.',
      '',
      '2. Läget på sjukhusen',
      'Högt tryck på akuten. Beslut: att följa upp läget vid nästa möte.',
      ...(options.extra ? ['', options.extra] : []),
    ].join('\n'),
  );
}

const textFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/plain', buffer });

async function openImport(page: Page) {
  await signIn(page, 'samordnare.halland@samverkan.example');
  const forums = (await (await page.request.get('/api/forums')).json()) as { id: string; name: string }[];
  const forum = forums.find((f) => f.name === 'Samlad sjukvårdsresurs i Halland')!;
  await page.goto(`/forum/${forum.id}/importera`);
}

describe('several files at once, as a coordinator imports an archive', () => {
  it('reads a web page, an OpenDocument text and an old Word file beside each other, and says why a broken one is refused', async () => {
    const page = await app.newPage();
    await openImport(page);
    const doc = readFileSync(new URL('../../src/minutes-import/extract/fixtures/protokoll.doc', import.meta.url));
    await page.getByLabel('Fil med anteckningar').setInputFiles([
      { name: '2017-02-07.html', mimeType: 'text/html', buffer: buildHtml(minutes({ date: '2017-02-07' }).toString()) },
      {
        name: '2017-02-14.odt',
        mimeType: 'application/vnd.oasis.opendocument.text',
        buffer: buildOdt(minutes({ date: '2017-02-14' }).toString()),
      },
      { name: 'protokoll.doc', mimeType: 'application/msword', buffer: doc },
      { name: 'trasig.doc', mimeType: 'application/msword', buffer: doc.subarray(0, 4096) },
    ]);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Filer att importera (4)' }).waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Filerna och hur det gick' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    for (const name of ['2017-02-07.html', '2017-02-14.odt', 'protokoll.doc'])
      expect(await row(name).textContent(), name).toContain('Klar att importera');
    expect(await row('trasig.doc').textContent()).toContain('Filen kunde inte läsas');
    await page.getByRole('button', { name: 'Importera 3 filer' }).click();
    await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Importerade: 3.' }).textContent()).toBe(
      'Importerade: 3. Redan importerade, hoppades över: 0. Hoppades över: 0. Avvisade: 1.',
    );
  });

  it('asks what to do with a second file of the same meeting, and holds back a file without a date for review', async () => {
    const page = await app.newPage();
    await openImport(page);
    await page
      .getByLabel('Fil med anteckningar')
      .setInputFiles([
        textFile('2019-05-14.txt', minutes({ date: '2019-05-14' })),
        textFile('2019-05-14-renskriven.txt', minutes({ date: '2019-05-14', extra: 'Renskriven version.' })),
        textFile('utan-datum.txt', minutes()),
      ]);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Filer att importera (3)' }).waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Filerna och hur det gick' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    // A file without a date cannot be saved as it is: it is not offered as ready, but for review.
    expect(await row('utan-datum.txt').textContent()).toContain('Datum saknas');
    expect(await row('utan-datum.txt').textContent()).not.toContain('Klar att importera');

    await page.getByRole('button', { name: 'Importera 2 filer' }).click();
    // The first file made the meeting; the second is the same meeting in another file: the person chooses, as when the
    // forum had the meeting before (it was not refused with advice the summary gives no means to follow).
    const choice = row('2019-05-14-renskriven.txt').getByRole('radiogroup', {
      name: /Vad ska göras med 2019-05-14-renskriven\.txt/,
    });
    await choice.waitFor({ timeout: 30_000 });
    expect(await row('2019-05-14.txt').textContent()).toContain('Importerad');
    await page.getByText('Välj för varje fil med ett möte samma dag').waitFor();
    expect(
      await row('2019-05-14-renskriven.txt')
        .getByRole('link', { name: 'Minnesanteckningar Samlad sjukvårdsresurs' })
        .count(),
    ).toBe(1);
    await choice.getByRole('radio', { name: 'Hoppa över filen' }).check();
    await page.getByRole('button', { name: 'Importera 1 fil' }).click();
    await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Importerade: 1.' }).textContent()).toBe(
      'Importerade: 1. Redan importerade, hoppades över: 0. Hoppades över: 1. Avvisade: 0. En fil saknar datum: granska den och ange datumet.',
    );

    // The file without a date is reviewed, given its date and saved from the list.
    await row('utan-datum.txt').getByRole('button', { name: 'Granska och rätta utan-datum.txt' }).click();
    await page.getByLabel('Datum', { exact: false }).first().fill('2019-06-11');
    await page.getByRole('button', { name: 'Spara som möte' }).click();
    await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor({ timeout: 30_000 });
    expect(await row('utan-datum.txt').textContent()).toContain('Importerad');
    expect(await page.getByRole('status').filter({ hasText: 'Importerade: 2.' }).textContent()).toBe(
      'Importerade: 2. Redan importerade, hoppades över: 0. Hoppades över: 1. Avvisade: 0.',
    );
  });

  it('drops the same-day choice when the review gives the file another date, and imports it on that date', async () => {
    const page = await app.newPage();
    await openImport(page);
    await page
      .getByLabel('Fil med anteckningar')
      .setInputFiles([
        textFile('2020-01-14.txt', minutes({ date: '2020-01-14' })),
        textFile('2020-01-14-kopia.txt', minutes({ date: '2020-01-14', extra: 'Egentligen mötet veckan efter.' })),
      ]);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Filer att importera (2)' }).waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Filerna och hur det gick' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await page.getByRole('button', { name: 'Importera 2 filer' }).click();
    const choice = row('2020-01-14-kopia.txt').getByRole('radiogroup', { name: /Vad ska göras med 2020-01-14-kopia/ });
    await choice.waitFor({ timeout: 30_000 });

    // The person sees that the second file is the next week's meeting and corrects its date.
    await row('2020-01-14-kopia.txt').getByRole('button', { name: 'Granska och rätta 2020-01-14-kopia.txt' }).click();
    await page.getByLabel('Datum', { exact: false }).first().fill('2020-01-21');
    await page.getByRole('button', { name: 'Tillbaka till listan' }).click();
    expect(await choice.count()).toBe(0);
    expect(await row('2020-01-14-kopia.txt').textContent()).toContain('Klar att importera');

    await page.getByRole('button', { name: 'Importera 1 fil' }).click();
    await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor({ timeout: 30_000 });
    await row('2020-01-14-kopia.txt').getByRole('link', { name: 'Öppna mötet från 2020-01-14-kopia.txt' }).click();
    await page.getByRole('heading', { name: 'Minnesanteckningar Samlad sjukvårdsresurs', level: 1 }).waitFor();
    const meetingId = new URL(page.url()).pathname.split('/').at(-1)!;
    const meeting = (await (await page.request.get(`/api/meetings/${meetingId}`)).json()) as { meetingDate: string };
    expect(meeting.meetingDate).toBe('2020-01-21');
  });

  it('holds back a file whose diary number the forum already has, and imports it once the review clears the number', async () => {
    const page = await app.newPage();
    await openImport(page);
    // A series of minutes kept under one ärende's diary number: the forum gives each meeting its own.
    await page
      .getByLabel('Fil med anteckningar')
      .setInputFiles([
        textFile('2016-09-06.txt', minutes({ date: '2016-09-06', diaryNumber: 'RS 2016-00412' })),
        textFile('2016-09-13.txt', minutes({ date: '2016-09-13', diaryNumber: 'RS 2016-00412' })),
      ]);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Filer att importera (2)' }).waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Filerna och hur det gick' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await page.getByRole('button', { name: 'Importera 2 filer' }).click();
    await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor({ timeout: 30_000 });
    expect(await row('2016-09-06.txt').textContent()).toContain('Importerad');
    expect(await row('2016-09-13.txt').textContent()).toContain(
      'Diarienumret finns redanForumet har redan ett möte med diarienumret RS 2016-00412.',
    );
    expect(await page.getByRole('status').filter({ hasText: 'Importerade: 1.' }).textContent()).toBe(
      'Importerade: 1. Redan importerade, hoppades över: 0. Hoppades över: 0. Avvisade: 0. En fil har ett diarienummer som forumet redan har: granska den och rätta eller töm diarienumret.',
    );

    await row('2016-09-13.txt').getByRole('button', { name: 'Granska och rätta 2016-09-13.txt' }).click();
    await page.getByRole('textbox', { name: 'Diarienummer (Dnr)' }).fill('');
    await page.getByRole('button', { name: 'Tillbaka till listan' }).click();
    expect(await row('2016-09-13.txt').textContent()).toContain('Klar att importera');
    await page.getByRole('button', { name: 'Importera 1 fil' }).click();
    await row('2016-09-13.txt')
      .getByRole('link', { name: 'Öppna mötet från 2016-09-13.txt' })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Importerade: 2.' }).textContent()).toBe(
      'Importerade: 2. Redan importerade, hoppades över: 0. Hoppades över: 0. Avvisade: 0.',
    );
  });

  it("keeps a review's corrections on the way back to the list, names per file what was guessed, and shows where imported minutes came from", async () => {
    const page = await app.newPage();
    await openImport(page);
    await page.getByLabel('Fil med anteckningar').setInputFiles([
      textFile('2018-03-06.txt', minutes({ date: '2018-03-06' })),
      // No numbered points: the whole text is one point, guessed.
      textFile('lost.txt', Buffer.from('Möte om läget 14 maj 2017\nAnna Berg, Bo Ek\nVi pratade om läget.\n')),
    ]);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Filer att importera (2)' }).waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Filerna och hur det gick' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    // Which file to open before importing them all: the guessed fields are named in words.
    expect(await row('lost.txt').textContent()).toContain('GranskaGissat: punkter.');
    expect(await row('2018-03-06.txt').textContent()).toContain('Inget gissat eller osäkert.');

    await row('2018-03-06.txt').getByRole('button', { name: 'Granska och rätta 2018-03-06.txt' }).click();
    const title = page.getByRole('group', { name: 'Mötet' }).getByRole('textbox', { name: 'Rubrik' });
    // Typed key by key, as a person does: the form keeps its field (and focus) from the first change on.
    await title.selectText();
    await title.pressSequentially('Samlad sjukvårdsresurs 6 mars, rättad');
    await page.getByRole('button', { name: 'Tillbaka till listan' }).click();
    expect(await row('2018-03-06.txt').textContent()).toContain(
      'Samlad sjukvårdsresurs 6 mars, rättadMed dina rättelser; de sparas när filen importeras.',
    );
    // Opened again, the review shows the correction, not what was read.
    await row('2018-03-06.txt').getByRole('button', { name: 'Granska och rätta 2018-03-06.txt' }).click();
    expect(await title.inputValue()).toBe('Samlad sjukvårdsresurs 6 mars, rättad');
    await page.getByRole('button', { name: 'Tillbaka till listan' }).click();

    // Imported from the list, the file is saved with the correction.
    await page.getByRole('button', { name: 'Importera 2 filer' }).click();
    await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor({ timeout: 30_000 });
    await row('2018-03-06.txt').getByRole('link', { name: 'Öppna mötet från 2018-03-06.txt' }).click();
    await page.getByRole('heading', { name: 'Samlad sjukvårdsresurs 6 mars, rättad', level: 1 }).waitFor();
    // Old minutes never had a kallelse here: the page says where they came from instead.
    const imported = page.getByRole('region', { name: 'Importerade anteckningar' });
    expect(await imported.textContent()).toMatch(
      /^Importerade anteckningarAnteckningarna importerades från filen 2018-03-06\.txt den .+ av .+\. Mötet kallades inte i Samverkan, så det har ingen kallelse här\.$/,
    );
    expect(await page.getByText('Kallelsen är inte skickad.').count()).toBe(0);
  });
});

describe('a server busy reading other files', () => {
  let busy: TestApp;

  beforeAll(async () => {
    // One file read at a time and one waiting (README, Configuration): two large files fill the reader.
    busy = await startTestApp({ env: { SAMVERKAN_IMPORT_READ_THREADS: '1', SAMVERKAN_IMPORT_READ_QUEUE: '1' } });
  });

  afterAll(async () => {
    await busy?.close();
  });

  it('says so, waits the time the server asks for and reads the file again', { timeout: 180_000 }, async () => {
    const page = await busy.newPage();
    await openImport(page);
    const forumPath = new URL(page.url()).pathname.replace(/^\/forum\//, '/api/forums/').replace(/\/importera$/, '');
    // Seconds of parsing each: the development corpus four times over (refused at its end as too large, 413).
    const corpus = loadCorpus()
      .map((d) => d.text)
      .join('\n\n');
    const large = Buffer.from(Array.from({ length: 4 }, () => corpus).join('\n\n'));
    const filling = [1, 2].map((n) =>
      page.request.post(`${forumPath}/minutes-imports/preview`, {
        multipart: { file: { name: `arkiv-${n}.txt`, mimeType: 'text/plain', buffer: large } },
        headers: { 'samverkan-client': 'test' },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await page
      .getByLabel('Fil med anteckningar')
      .setInputFiles([textFile('2016-02-02.txt', minutes({ date: '2016-02-02' }))]);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Servern läser många filer just nu. Försöker igen om 30 sekunder …' })
      .waitFor({ timeout: 30_000 });
    expect((await Promise.all(filling)).map((answer) => answer.status())).toEqual([413, 413]);
    await page
      .getByRole('heading', { name: 'Granska det som lästes in från 2016-02-02.txt' })
      .waitFor({ timeout: 60_000 });
  });
});
