import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildArchivePdf, type ArchiveAttachment } from './archive.ts';
import { isPdfA } from './pdfa.ts';
import { buildValfardsradetMinutes } from './fixtures.ts';
import { renderMinutesPdf } from './pdf.ts';
import { normalizeText, pdfFonts, runPdfTool } from './content.test-support.ts';

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
    const doc = buildValfardsradetMinutes();
    const minutes = await renderMinutesPdf(doc);
    const lagesrapport = await attachmentPdf(['Lägesrapport vecka 12, sida ett', 'Lägesrapport vecka 12, sida två']);
    const presentation = await attachmentPdf(['Presentation kvinnofrid och jämställdhet']);

    const archive = await buildArchivePdf(doc, [
      bilaga(2, 'Presentation kvinnofrid och jämställdhet', presentation),
      bilaga(1, 'Lägesrapport vecka 12', lagesrapport),
    ]);

    // The minutes, the page saying why the archive is not PDF/A, then the bilagor.
    const minutesPages = (await pageTexts(minutes)).length;
    const text = await pageTexts(archive);
    expect(text).toHaveLength(minutesPages + 1 + 3);
    expect(text[minutesPages]).toContain('Om arkivexemplaret');
    expect(text[minutesPages + 1]).toContain('Lägesrapport vecka 12, sida ett');
    expect(text[minutesPages + 1]).toContain('Bilaga 1');
    expect(text[minutesPages + 2]).toContain('sida två');
    expect(text[minutesPages + 3]).toContain('Presentation kvinnofrid och jämställdhet');
    expect(text[minutesPages + 3]).toContain('Bilaga 2');
  });

  it('recognises a PDF by its bytes and gives every other or broken file a page naming it and its SHA-256', async () => {
    const attachments = [
      bilaga(1, 'Lägesrapport', await attachmentPdf(['Giltig bilaga']), 'rapport.bin'),
      bilaga(2, 'Kalkylblad', Buffer.from('PK\u0003\u0004 not a pdf'), 'budget.xlsx'),
      bilaga(3, 'Trasig', Buffer.from('%PDF-1.7 truncated'), 'trasig.pdf'),
      bilaga(4, 'Borttappad', null, 'borta.docx'),
    ];
    const text = await pageTexts(await buildArchivePdf(buildValfardsradetMinutes(), attachments));
    const [pdfPage, sheet, broken, missing] = text.slice(-4);
    expect(text.at(-5)).toContain('Om arkivexemplaret');
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
    const blank = await PDFDocument.create();
    blank.addPage([595.28, 841.89]);
    const archive = await buildArchivePdf(buildValfardsradetMinutes(), [
      bilaga(1, 'Tom', Buffer.from(await blank.save())),
    ]);
    const fonts = await pdfFonts(archive);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('is PDF/A-2b when every bilaga is PDF/A or becomes a page of its own', async () => {
    const pdfaBilaga = await renderMinutesPdf(buildValfardsradetMinutes({ title: 'Ett PDF/A-dokument' }));
    const archive = await buildArchivePdf(buildValfardsradetMinutes(), [
      bilaga(1, 'Protokoll i PDF/A', pdfaBilaga),
      bilaga(2, 'Kalkylblad', Buffer.from('PK\u0003\u0004'), 'budget.xlsx'),
    ]);
    expect(isPdfA(archive)).toBe(true);
    const info = await runPdfTool('pdfinfo', [], archive);
    expect(info).toMatch(/^PDF subtype:\s+PDF\/A-2b$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const text = await pageTexts(archive);
    expect(text.join(' ')).not.toContain('Om arkivexemplaret');
    expect(text.join(' ')).toContain('Ett PDF/A-dokument');
  });

  it('withdraws the PDF/A claim and names the bilagor that are not PDF/A', async () => {
    const archive = await buildArchivePdf(buildValfardsradetMinutes(), [
      bilaga(1, 'Vanlig PDF', await attachmentPdf(['Inte PDF/A']), 'vanlig.pdf'),
      bilaga(2, 'Kalkylblad', Buffer.from('PK\u0003\u0004'), 'budget.xlsx'),
    ]);
    expect(isPdfA(archive)).toBe(false);
    const info = await runPdfTool('pdfinfo', [], archive);
    expect(info).not.toMatch(/PDF subtype/);
    expect(await runPdfTool('pdfinfo', ['-meta'], archive)).not.toContain('pdfaid');
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const notice = (await pageTexts(archive)).find((page) => page.includes('Om arkivexemplaret'));
    expect(notice).toContain('Bilaga 1: Vanlig PDF (vanlig.pdf)');
    expect(notice).not.toContain('Kalkylblad');
  });
});
