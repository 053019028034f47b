// What both renderers must print for the Välfärdsrådet fixture, checked against extracted text.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { MinutesDocument } from './model.ts';

/** Extracted text wraps lines and splits table cells differently per format; compare words only. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function expectInOrder(text: string, parts: string[]): void {
  let from = 0;
  for (const part of parts) {
    const index = text.indexOf(part, from);
    expect(index, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = index + part.length;
  }
}

export function expectMinutesContent(rawText: string, doc: MinutesDocument): void {
  const text = normalizeText(rawText);
  expect(text).toContain(doc.title);
  expect(text).toContain('Tid: 2021-03-25 kl. 13.00–15.00');
  expect(text).toContain('Plats: Teams och Regionens hus, Falun');
  expectAttendance(text);
  expectDecisions(text, doc);
  expectActions(text);
  expectSituationAndFollowUps(text);
  expectInOrder(text, [
    'Bilagor',
    'Bilaga 1 Lägesrapport vecka 12',
    'Bilaga 2 Presentation kvinnofrid och jämställdhet',
  ]);
  expectInOrder(text, [
    'Vid anteckningarna Tanja Mårtensson Verksamhetsutvecklare, Region Dalarna',
    'Ordförande Sofia Jarl',
    'Justerare Susanne Berger Socialchef, Avesta kommun Justerat digitalt 2021-03-26 10.15',
    'Justerare Håkan Frank Förvaltningschef, Ludvika kommun',
  ]);
  // Mojibake from a wrong encoding would show up as "Ã¥" or replacement characters.
  expect(text).not.toMatch(/Ã|\uFFFD/);
  expect(text).toContain('9. Övriga frågor Övrigt');
}

function expectAttendance(text: string): void {
  expectInOrder(text, [
    'Närvarande',
    'Ledamöter: Region Dalarna: Sofia Jarl (ordförande); Avesta kommun: Susanne Berger; Ludvika kommun: Håkan Frank',
    'Ersättare: Älvdalens kommun: Anette Eriksson (ersättare för Björn Östlund)',
    'Tjänstepersoner: Region Dalarna: Crister Carlsson',
    'Övriga: Region Dalarna: Elin Axman',
    'Frånvarande: Region Dalarna: Roger Larsson; Malung-Sälens kommun: Britta Sohlin',
    '1. Mötets öppnande',
  ]);
}

function expectDecisions(text: string, doc: MinutesDocument): void {
  expectInOrder(text, ['1. Mötets öppnande', 'Beslutsärende', 'Välfärdsrådet beslutade att öppna mötet.']);
  expectInOrder(text, [
    '6. Det regionala samverkansarbetet för jämställdhet och kvinnofrid',
    'Informationsärende · Bilaga 2',
    'Föredragande: Elin Axman, Utvecklingsledare, Agneta Haraldsson',
    'Välfärdsrådet beslutade att lägga informationen till handlingarna. att ge Länsnätverket för förvaltningschefer i uppdrag',
  ]);
  for (const clause of doc.items.flatMap((item) => item.decisions)) {
    expect(text).toContain(clause.startsWith('att ') ? clause : `att ${clause}`);
  }
}

function expectActions(text: string): void {
  expectInOrder(text, [
    'Uppdrag Ansvarig Klart senast',
    'Ta fram underlag för regional överenskommelse om kvinnofrid och jämställdhet Länsnätverket för förvaltningschefer 2021-05-20',
    'Bjuda in kommunernas samordnare till workshop Elin Axman till nästa möte',
  ]);
  expect(text).toContain('Skicka ut uppdaterade kallelser Tanja Mårtensson 2021-04-01');
}

// Levels and statuses in the same words as the web app (src/platform/labels.ts): "Öppet", not "öppen".
function expectSituationAndFollowUps(text: string): void {
  expectInOrder(text, [
    'Lägesbild: Avstämning vecka 12',
    'Verksamhet Rapport Läge Nuläge Utmaning Medskick',
    'Region Dalarna Inlämnad Mycket ansträngt Många inneliggande i slutenvården. • IVA nära full beläggning',
    'Avesta kommun Sen Ansträngt',
    'Älvdalens kommun Inlämnad av samordnaren Normalläge',
    'Ludvika kommun Inlämnad Kritiskt',
    'Indikatorer',
    'Verksamhet Inneliggande covid-19 (st)',
    'Region Dalarna 42 Avesta kommun 3 Älvdalens kommun – Ludvika kommun 7',
    'Totalt 52 summa, 3 av 4 har rapporterat',
    'Summering',
    'Bemanning är den gemensamma utmaningen',
  ]);
  expectInOrder(text, [
    'Uppdrag Ansvarig Status Kommentar',
    'Ta fram underlag för regional överenskommelse om kvinnofrid Från mötet 2021-02-18 Länsnätverket för förvaltningschefer Pågår Remissversion klar i april.',
    'Klart',
    'Struket Ersatt av regional plan.',
    'Susanne Berger Öppet',
  ]);
}

/** Runs a poppler or qpdf tool (arguments, the file, then `after`) (Debian packages, installed by .ci/run) on a PDF and returns its stdout. */
export async function runPdfTool(command: string, args: string[], pdf: Buffer, after: string[] = []): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'samverkan-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)(command, [...args, file, ...after], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `pdffonts`: every font of the document, and whether it is embedded. */
export async function pdfFonts(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  const lines = (await runPdfTool('pdffonts', [], pdf)).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [encoding words…] emb sub uni object ID: emb is the fifth column from the end.
    return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
  });
}

/** The text layer as poppler's `pdftotext` reads it, the extractor archives and search indexes commonly use. */
export function pdftotext(pdf: Buffer): Promise<string> {
  return runPdfTool('pdftotext', ['-enc', 'UTF-8'], pdf, ['-']);
}
