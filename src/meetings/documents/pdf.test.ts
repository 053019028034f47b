import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { expectMinutesContent, normalizeText } from './content.test-support.ts';
import { buildValfardsradetMinutes } from './fixtures.ts';
import { renderMinutesPdf } from './pdf.ts';

async function pdfText(buffer: Buffer): Promise<{ text: string; totalPages: number }> {
  return extractText(new Uint8Array(buffer), { mergePages: true });
}

describe('renderMinutesPdf', () => {
  it('prints the whole minutes with attendance, decisions, uppdrag, tables, bilagor and signatures', async () => {
    const doc = buildValfardsradetMinutes();
    const { text } = await pdfText(await renderMinutesPdf(doc));
    expectMinutesContent(text, doc);
    expect(text).not.toContain('UTKAST');
  });

  it('repeats document type, Datum, Dnr and "Sida x (y)" on every page', async () => {
    const buffer = await renderMinutesPdf(buildValfardsradetMinutes());
    const { text, totalPages } = await extractText(new Uint8Array(buffer), { mergePages: false });
    expect(totalPages).toBeGreaterThan(1);
    text.forEach((page, index) => {
      const normalized = normalizeText(page);
      expect(normalized).toContain('Minnesanteckningar');
      expect(normalized).toContain('Datum 2021-03-25');
      expect(normalized).toContain('Dnr RD21/01391');
      expect(normalized).toContain(`Sida ${index + 1} (${totalPages})`);
    });
  });

  it('leaves Dnr out of the header when the minutes have no diary number', async () => {
    const { text } = await pdfText(
      await renderMinutesPdf(buildValfardsradetMinutes({ diaryNumber: null, documentType: 'protokoll' })),
    );
    expect(text).toContain('Protokoll');
    expect(text).not.toContain('Dnr');
  });

  it('prints minutes that nobody signs: no chair, secretary or adjusters', async () => {
    const doc = buildValfardsradetMinutes({ chair: null, secretary: null, adjusters: [] });
    const { text } = await pdfText(await renderMinutesPdf(doc));
    expect(text).toContain(doc.title);
    expect(text).not.toContain('Justerare');
  });

  it('marks a draft with UTKAST', async () => {
    const { text } = await pdfText(await renderMinutesPdf(buildValfardsradetMinutes({ status: 'draft' })));
    expect(text).toContain('UTKAST – ej justerat');
  });

  it('is an A4 document', async () => {
    const buffer = await renderMinutesPdf(buildValfardsradetMinutes());
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(buffer.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('breaks long table rows across pages and keeps every word: a Nuläge of 20 000 characters, an uppdrag of 5 000', async () => {
    const words = (prefix: string, length: number) => {
      const list: string[] = [];
      for (let index = 0; list.join(' ').length < length - 12; index++) list.push(`${prefix}${index}`);
      return list;
    };
    const current = words('nulage', 20_000);
    const task = words('uppdrag', 5_000);
    const doc = buildValfardsradetMinutes();
    const situationItem = doc.items.find((item) => item.situation)!;
    situationItem.situation!.rows[0]!.current = current.join(' ');
    situationItem.actions = [{ owner: 'Region Dalarna', task: task.join(' '), due: null, dueNextMeeting: true }];
    const { text } = await pdfText(await renderMinutesPdf(doc));
    const found = new Set(normalizeText(text).split(' '));
    expect([...current, ...task].filter((word) => !found.has(word))).toEqual([]);
  }, 120_000);
});
