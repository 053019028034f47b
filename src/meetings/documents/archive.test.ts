import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildArchivePdf, type ArchiveAttachment } from './archive.ts';
import { buildValfardsradetMinutes } from './fixtures.ts';
import { renderMinutesPdf } from './pdf.ts';
import { normalizeText, pdfFonts } from './content.test-support.ts';

async function attachmentPdf(pages: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) pdf.addPage([595.28, 841.89]).drawText(text, { x: 60, y: 700, size: 14, font });
  return Buffer.from(await pdf.save());
}

function bilaga(number: number, title: string, data: Buffer | null, filename = `${title}.pdf`): ArchiveAttachment {
  return {
    number,
    title,
    filename,
    sha256: createHash('sha256')
      .update(data ?? '')
      .digest('hex'),
    data,
  };
}

async function pageTexts(buffer: Buffer): Promise<string[]> {
  return (await extractText(new Uint8Array(buffer), { mergePages: false })).text.map(normalizeText);
}

describe('buildArchivePdf', () => {
  it('appends the bilagor in number order after the minutes, stamped with their numbers', async () => {
    const minutes = await renderMinutesPdf(buildValfardsradetMinutes());
    const lagesrapport = await attachmentPdf(['Lägesrapport vecka 12, sida ett', 'Lägesrapport vecka 12, sida två']);
    const presentation = await attachmentPdf(['Presentation kvinnofrid och jämställdhet']);

    const archive = await buildArchivePdf(minutes, [
      bilaga(2, 'Presentation kvinnofrid och jämställdhet', presentation),
      bilaga(1, 'Lägesrapport vecka 12', lagesrapport),
    ]);

    const minutesPages = (await pageTexts(minutes)).length;
    const text = await pageTexts(archive);
    expect(text).toHaveLength(minutesPages + 3);
    expect(text[minutesPages]).toContain('Lägesrapport vecka 12, sida ett');
    expect(text[minutesPages]).toContain('Bilaga 1');
    expect(text[minutesPages + 1]).toContain('sida två');
    expect(text[minutesPages + 2]).toContain('Presentation kvinnofrid och jämställdhet');
    expect(text[minutesPages + 2]).toContain('Bilaga 2');
  });

  it('recognises a PDF by its bytes and gives every other or broken file a page naming it and its SHA-256', async () => {
    const minutes = await renderMinutesPdf(buildValfardsradetMinutes());
    const attachments = [
      bilaga(1, 'Lägesrapport', await attachmentPdf(['Giltig bilaga']), 'rapport.bin'),
      bilaga(2, 'Kalkylblad', Buffer.from('PK\u0003\u0004 not a pdf'), 'budget.xlsx'),
      bilaga(3, 'Trasig', Buffer.from('%PDF-1.7 truncated'), 'trasig.pdf'),
      bilaga(4, 'Borttappad', null, 'borta.docx'),
    ];
    const text = await pageTexts(await buildArchivePdf(minutes, attachments));
    const [pdfPage, sheet, broken, missing] = text.slice(-4);
    expect(pdfPage).toContain('Giltig bilaga');
    expect(pdfPage).toContain('Bilaga 1');
    expect(sheet).toContain('Bilaga 2: Kalkylblad');
    expect(sheet).toContain('Filnamn: budget.xlsx');
    expect(sheet).toContain(`SHA-256: ${attachments[1]!.sha256}`);
    expect(sheet).toContain('inte en PDF-fil');
    expect(broken).toContain('Bilaga 3: Trasig');
    expect(broken).toContain('kan inte läsas');
    expect(missing).toContain('Bilaga 4: Borttappad');
    expect(missing).toContain('finns inte längre');
  });

  it('stamps with an embedded font', async () => {
    const minutes = await renderMinutesPdf(buildValfardsradetMinutes());
    const blank = await PDFDocument.create();
    blank.addPage([595.28, 841.89]);
    const archive = await buildArchivePdf(minutes, [bilaga(1, 'Tom', Buffer.from(await blank.save()))]);
    const fonts = await pdfFonts(archive);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });
});
