import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { buildArchivePdf } from './archive.ts';
import { buildValfardsradetMinutes } from './fixtures.ts';
import { renderMinutesPdf } from './pdf.ts';

async function attachmentPdf(pages: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) pdf.addPage([595.28, 841.89]).drawText(text, { x: 60, y: 700, size: 14, font });
  return Buffer.from(await pdf.save());
}

async function pageCount(buffer: Buffer): Promise<number> {
  return (await PDFDocument.load(buffer)).getPageCount();
}

describe('buildArchivePdf', () => {
  it('appends the bilagor in number order after the minutes, stamped with their numbers', async () => {
    const minutes = await renderMinutesPdf(buildValfardsradetMinutes());
    const lagesrapport = await attachmentPdf(['Lägesrapport vecka 12, sida ett', 'Lägesrapport vecka 12, sida två']);
    const presentation = await attachmentPdf(['Presentation kvinnofrid och jämställdhet']);

    const archive = await buildArchivePdf(minutes, [
      { number: 2, title: 'Presentation kvinnofrid och jämställdhet', pdf: presentation },
      { number: 1, title: 'Lägesrapport vecka 12', pdf: lagesrapport },
    ]);

    const minutesPages = await pageCount(minutes);
    expect(await pageCount(archive)).toBe(minutesPages + 3);
    const { text } = await extractText(new Uint8Array(archive), { mergePages: false });
    expect(text[minutesPages]).toContain('Lägesrapport vecka 12, sida ett');
    expect(text[minutesPages]).toContain('Bilaga 1');
    expect(text[minutesPages + 1]).toContain('sida två');
    expect(text[minutesPages + 2]).toContain('Presentation kvinnofrid och jämställdhet');
    expect(text[minutesPages + 2]).toContain('Bilaga 2');
  });

  it('refuses to build when a bilaga is not a PDF and names every broken one', async () => {
    const minutes = await renderMinutesPdf(buildValfardsradetMinutes());
    const valid = await attachmentPdf(['Giltig bilaga']);
    const attempt = buildArchivePdf(minutes, [
      { number: 1, title: 'Lägesrapport', pdf: valid },
      { number: 2, title: 'Kalkylblad', pdf: Buffer.from('PK\u0003\u0004 not a pdf') },
      { number: 3, title: 'Trasig', pdf: Buffer.from('%PDF-1.7 truncated') },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'meetings.attachment_not_pdf',
      status: 422,
      extra: { attachmentNumbers: [2, 3] },
    });
  });
});
