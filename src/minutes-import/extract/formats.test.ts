import iconv from 'iconv-lite';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parseMinutesFile } from '../parse-file.ts';
import { parseMinutesText } from '../parse/index.ts';
import { loadSamples, mainFields } from '../test-support.ts';
import { STRUCTURE_WORDS, resultWords, wordsOf } from '../parse/coverage.ts';
import { buildDocx, buildPdf, toBlocks } from './builders.test-support.ts';
import { detectFormat, extractText } from './index.ts';

const samples = loadSamples();

/** Words of every table cell of the sample (the status table's and the participant table's). */
function cellWords(text: string): string[] {
  return toBlocks(text)
    .flatMap((block) => (block.kind === 'table' ? block.rows.flat(2) : []))
    .flatMap(wordsOf)
    .filter((w) => !STRUCTURE_WORDS.has(w));
}

describe('DOCX and PDF built from the samples', () => {
  for (const { name, text } of samples) {
    it(`${name}: a DOCX with real tables parses like the text`, async () => {
      const docx = await buildDocx(text);
      expect(detectFormat(docx)).toBe('docx');
      const parsed = await parseMinutesFile(docx, `${name}.docx`);
      const expected = parseMinutesText(text);
      expect(mainFields(parsed)).toEqual(mainFields(expected));
      expect(parsed.statusReports).toEqual(expected.statusReports);
    });

    // The tables as Word draws them (ruled cells, a narrow first column, cells wrapped over several lines, rows running
    // over page breaks), with and without the header row repeated on every page, on A4 pages where the long paragraphs
    // wrap (002's status table runs over two page breaks; 004's item headings and paragraphs wrap, which lost its last
    // item before wrapped lines were joined again).
    for (const repeatHeader of [false, true]) {
      it(`${name}: a PDF (A4) with real tables${repeatHeader ? ', header row on every page,' : ''} parses like the text`, async () => {
        const pdf = await buildPdf(text, { repeatHeader });
        expect(detectFormat(pdf)).toBe('pdf');
        const parsed = await parseMinutesFile(pdf, `${name}.pdf`);
        const expected = parseMinutesText(text);
        expect(mainFields(parsed)).toEqual(mainFields(expected));
        expect(parsed.statusReports).toEqual(expected.statusReports);
        // Nothing lost: every word of every cell reaches the result.
        const kept = resultWords(parsed);
        expect(cellWords(text).filter((w) => !kept.has(w))).toEqual([]);
      });
    }
  }

  it('002 as a PDF with a running header and page numbers: no page furniture in a cell, nothing lost', async () => {
    const { text } = samples.find((s) => s.name.startsWith('002'))!;
    const running = 'Avstämningsmöte Samlad sjukvårdsresurs';
    const pdf = await buildPdf(text, { repeatHeader: true, runningHeader: running });
    const extracted = await extractText(pdf);
    const { numPages } = await getDocumentProxy(new Uint8Array(pdf));
    expect(numPages).toBeGreaterThan(1);
    expect(extracted.match(/^Sida \d \(\d\)$/gm)).toHaveLength(numPages);
    const parsed = await parseMinutesFile(pdf, '002.pdf');
    const expected = parseMinutesText(text);
    const cells = parsed.statusReports.flatMap((r) => [r.organization, r.current, r.challenge, r.input]).join('\n');
    expect(cells).not.toMatch(/Sida \d|Samlad sjukvårdsresurs/);
    // The rows before the paragraph that follows the table at the second page break (which the text's layout reads
    // into the last cell) come out as in the text.
    expect(parsed.statusReports.slice(0, 11)).toEqual(expected.statusReports.slice(0, 11));
    expect(mainFields(parsed)).toEqual(mainFields(expected));
    const kept = resultWords(parsed);
    expect([...cellWords(text), ...wordsOf(running), 'sida'].filter((w) => !kept.has(w))).toEqual([]);
  });

  it('a paragraph wrapped at the page width comes out as one line, lines broken by hand as their own', async () => {
    const paragraph =
      'Förvaltningen redovisade läget i hemtjänsten och på särskilda boenden: bemanningen är ansträngd under ' +
      'sommaren, inköpen av skyddsutrustning fungerar och samverkan med regionens vårdhygien har förstärkts. ' +
      'Nätverket diskuterade hur information ska nå personer som inte läser svenska, med kommun-region-gemensamma ' +
      'texter på flera språk från 2021-05-01.';
    const item =
      '• Kommunerna rapporterar läget i hemtjänsten, på särskilda boenden och i daglig verksamhet varje vecka till regionens stab.';
    const names = ['Närvarande:', 'Anna Berg, ordförande', 'Bo Ek, sekreterare', 'Cecilia Holm'];
    const text = [
      'Minnesanteckningar',
      'Datum: 2021-03-04',
      '',
      ...names,
      '',
      '1. Läget',
      paragraph,
      item,
      'Nästa möte',
    ].join('\n');
    const lines = (await extractText(await buildPdf(text))).split('\n');
    // The builder's A4 page wraps the paragraph over four lines and the list item over two.
    expect(lines).toContain(paragraph);
    expect(lines).toContain(item);
    for (const line of [...names, '1. Läget', 'Nästa möte', 'Datum: 2021-03-04']) expect(lines).toContain(line);
  });

  it("a running header and footer are not read into the pages' text: the header once at the top, the footers at the end", async () => {
    const header = 'Kommunstyrelsens protokoll 2021-03-04';
    const body = Array.from({ length: 150 }, (_, i) => `${i + 1}. Ärende nummer ${i + 1}`);
    const pdf = await buildPdf([header, '', ...body].join('\n'), { runningHeader: header });
    const { numPages } = await getDocumentProxy(new Uint8Array(pdf));
    expect(numPages).toBeGreaterThan(2);
    const lines = (await extractText(pdf)).split('\n').filter((l) => l.trim() !== '');
    // The title and the first page's header are one line; no later page's header or any footer among the points.
    expect(lines.slice(0, body.length + 1)).toEqual([header, ...body]);
    expect(lines.slice(body.length + 1)).toEqual(
      Array.from({ length: numPages }, (_, i) => `Sida ${i + 1} (${numPages})`),
    );
  });

  it('a paragraph that runs on over a page break is one line; a page that ends with a whole paragraph keeps its break', async () => {
    const paragraph =
      'Förvaltningen redovisade läget i hemtjänsten och på särskilda boenden: bemanningen är ansträngd under ' +
      'sommaren, inköpen av skyddsutrustning fungerar och samverkan med regionens vårdhygien har förstärkts, ' +
      'och nätverket diskuterade hur information ska nå personer som inte läser svenska.';
    const filler = Array.from({ length: 60 }, (_, i) => `Punkt ${i + 1}`);
    const pdf = await buildPdf([...filler, paragraph, 'Nästa möte'].join('\n'));
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBe(2);
    const lines = (await extractText(pdf)).split('\n');
    expect(lines).toContain(paragraph);
    expect(lines.slice(0, 61)).toEqual([...filler, paragraph]);
  });

  it('a PDF with flattened table rows (one line per row) still gives the main fields', async () => {
    for (const { name, text } of samples) {
      const parsed = await parseMinutesFile(await buildPdf(text, { flatTables: true }), `${name}.pdf`);
      expect(mainFields(parsed), name).toEqual(mainFields(parseMinutesText(text)));
    }
  });
});

describe('text decoding', () => {
  const sample =
    'Minnesanteckningar\nDatum: 2021-03-04\nNärvarande: Anna Berg, Bo Ek\n1. Mötets öppnande\nMötet öppnades och dagordningen godkändes av de närvarande.\n';

  it('reads UTF-16 with a byte-order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expect(await extractText(le)).toBe(sample);
  });

  it('falls back to Windows-1252 for old Swedish exports, dashes, quotes and bullets included', async () => {
    expect(await extractText(Buffer.from(sample, 'latin1'))).toBe(sample);
    // Bytes 0x80–0x9F are Windows-1252's typographic characters, not control characters (as Latin-1 would read them).
    const typographic = `${sample}• Vecka 12 – ”inget nytt” från regionen’s stab, 3 € per test …\n`;
    const file = iconv.encode(typographic, 'windows-1252');
    expect(file.includes(0x96) && file.includes(0x95) && file.includes(0x94)).toBe(true);
    expect(await extractText(file)).toBe(typographic);
    const parsed = await parseMinutesFile(file, 'anteckningar.txt');
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Bo Ek']);
  });
});

describe('gen24 invented: a PDF page with text in two columns side by side', () => {
  const text =
    'Minnesanteckningar\nLänsgemensam ledning i samverkan\n\nDatum: 2020-11-20\n\n[[columns]]\nLägesbild v. 47\n' +
    'Smittspridningen i länet fortsätter att öka. Under vecka 46 rapporterades 1 412 nya fall, en ökning med 38 procent från veckan innan.\n' +
    'Antalet inlagda på sjukhus med covid-19 är 52, varav 8 i intensivvård. Regionen har öppnat en femte covid-avdelning.\n' +
    '[[column]]\nBeslut och uppdrag\nLedningsgruppen beslutade\n' +
    'att rekommendera kommunerna att stänga dagverksamhet för äldre till och med den 6 december.\n' +
    'Agneta Frost återkommer med Länsstyrelsens besked om de allmänna råden vid nästa möte.\n[[/columns]]\n\n' +
    '1. Testning i kommunal verksamhet\nMaja Nordin tar upp att svarstiderna för PCR-prover från personal på boenden är för långa.\n';

  it("is read column by column, each column's wrapped lines joined, and the text below the columns after both", async () => {
    const extracted = await extractText(await buildPdf(text), 'ledning.pdf');
    const lines = extracted.split('\n');
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
    expect(lines).toContain(
      'Antalet inlagda på sjukhus med covid-19 är 52, varav 8 i intensivvård. Regionen har öppnat en femte covid-avdelning.',
    );
    expect(lines).toContain(
      'att rekommendera kommunerna att stänga dagverksamhet för äldre till och med den 6 december.',
    );
    expect(at('Lägesbild v. 47')).toBeLessThan(at('Antalet inlagda'));
    expect(at('Antalet inlagda')).toBeLessThan(at('Beslut och uppdrag'));
    expect(at('Beslut och uppdrag')).toBeLessThan(at('1. Testning i kommunal verksamhet'));
    expect(lines[at('1. Testning i kommunal verksamhet') + 1]).toMatch(/^Maja Nordin tar upp/);
  });

  it('leaves a label column beside its values (short labels, no wrapped text) as lines', async () => {
    const labels =
      'Protokoll\nSocialnämnden\n\n' +
      Array.from({ length: 5 }, (_, k) => `Etikett ${k + 1}\tVärde nummer ${k + 1} som står i högra kolumnen`).join(
        '\n',
      ) +
      '\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n';
    const extracted = await extractText(await buildPdf(labels), 'labels.pdf');
    expect(extracted).toContain('Etikett 3\tVärde nummer 3 som står i högra kolumnen');
  });
});
