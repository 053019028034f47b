// The Swedish genre of the minutes, checked in both documents: § numbering, the run-in Närvarande,
// the forum in the page header and signatures kept with the text they attest.
import mammoth from 'mammoth';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './content.test-support.ts';
import { renderMinutesDocx } from './docx.ts';
import { buildValfardsradetMinutes } from './fixtures.ts';
import type { Attendee, MinutesDocument } from './model.ts';
import { renderMinutesPdf } from './pdf.ts';

async function pdfPages(doc: MinutesDocument): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(await renderMinutesPdf(doc)), { mergePages: false });
  return text.map(normalizeText);
}

function protokoll(): MinutesDocument {
  const doc = buildValfardsradetMinutes({ documentType: 'protokoll' });
  return { ...doc, items: doc.items.map((item, index) => ({ ...item, number: `§ ${index + 14}` })) };
}

const organizations = ['Region Dalarna', 'Avesta kommun', 'Borlänge kommun', 'Falu kommun', 'Gagnefs kommun'];
const firstNames = ['Anna', 'Erik', 'Karin', 'Lars', 'Maria', 'Johan', 'Eva', 'Per', 'Sara', 'Anders'];
const surnames = ['Andersson', 'Berg', 'Lindqvist', 'Nilsson', 'Holm', 'Ek', 'Sandberg', 'Östlund'];

/** 80 people with names of ordinary length, 4 of them absent. */
function eightyAttendees(): Attendee[] {
  return Array.from({ length: 80 }, (_, index) => ({
    name: `${firstNames[index % 10]} ${surnames[Math.floor(index / 10)]}`,
    organization: organizations[index % organizations.length]!,
    status: index % 20 === 7 ? 'absent' : 'present',
    category: index < 30 ? 'ledamot' : index < 40 ? 'ersattare' : 'tjansteperson',
    substituteFor: null,
    title: null,
    isChair: index === 0,
  }));
}

describe('the minutes in the Swedish genre', () => {
  it('numbers a protokoll with its § in the PDF and the DOCX', async () => {
    const doc = protokoll();
    const pdf = (await pdfPages(doc)).join(' ');
    const docx = normalizeText((await mammoth.extractRawText({ buffer: await renderMinutesDocx(doc) })).value);
    for (const text of [pdf, docx]) {
      expect(text).toContain('§ 14 Mötets öppnande');
      expect(text).toContain('§ 18 Lägesbild vecka 12');
      expect(text).not.toContain('1. Mötets öppnande');
    }
  });

  it('names the forum in the header of every PDF page', async () => {
    const pages = await pdfPages(protokoll());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Protokoll Välfärdsrådet Datum 2021-03-25');
  });

  it('fits 80 attendees in well under a page, the first items following on page one', async () => {
    const [first] = await pdfPages(buildValfardsradetMinutes({ attendance: eightyAttendees() }));
    expect(first).toContain('Ledamöter: Region Dalarna: Anna Andersson (ordförande), Johan Andersson, Anna Berg');
    expect(first).toContain('Ersättare: Region Dalarna: Anna Nilsson, Johan Nilsson; Avesta kommun: Erik Nilsson');
    expect(first).toContain('Frånvarande: Borlänge kommun: Per Andersson, Per Lindqvist, Per Holm, Per Sandberg');
    expect(first).toContain('2. Godkännande av dagordning');
  });

  it('never leaves the signatures alone on the last page', { timeout: 240_000 }, async () => {
    const base = buildValfardsradetMinutes();
    const pageCounts = new Set<number>();
    // Longer and longer notes push the end of the minutes over a page boundary, one line at a time.
    for (let lines = 0; lines <= 44; lines++) {
      const notes = Array.from({ length: lines }, (_, index) => `Fråga ${index + 1} togs upp.`).join('\n\n');
      const items = base.items.map((item) => (item.title === 'Övriga frågor' ? { ...item, notes } : item));
      const pages = await pdfPages({ ...base, items });
      pageCounts.add(pages.length);
      const last = pages.at(-1)!;
      expect(last, `${lines} lines`).toContain('Vid anteckningarna');
      expect(last, `${lines} lines`).toContain('Bilaga 2 Presentation kvinnofrid och jämställdhet');
    }
    expect(pageCounts.size, 'the sweep crossed a page boundary').toBeGreaterThan(1);
  });
});
