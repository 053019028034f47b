import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { documentErrors } from './errors.ts';

export interface PdfAttachment {
  number: number;
  title: string;
  pdf: Buffer;
}

const STAMP = { fontSize: 9, inset: 24 };

/**
 * The archive copy: the minutes followed by every bilaga in number order, each bilaga's first
 * page stamped "Bilaga N" in the top corner as registrars expect.
 *
 * An archive copy missing a bilaga is worse than none, so if any attachment is not a readable,
 * unencrypted PDF this throws `meetings.attachment_not_pdf` listing all of them, and nothing is built.
 */
export async function buildArchivePdf(minutesPdf: Buffer, attachments: PdfAttachment[]): Promise<Buffer> {
  const sorted = [...attachments].sort((a, b) => a.number - b.number);
  const loaded = await Promise.all(
    sorted.map(async (attachment) => ({ attachment, pdf: await tryLoadPdf(attachment.pdf) })),
  );
  const invalid = loaded.filter((entry) => entry.pdf === null).map((entry) => entry.attachment);
  if (invalid.length > 0) throw documentErrors.attachmentsNotPdf(invalid);

  const archive = await PDFDocument.load(minutesPdf);
  const font = await archive.embedFont(StandardFonts.Helvetica);
  for (const { attachment, pdf } of loaded) {
    if (!pdf) continue;
    const pages = await archive.copyPages(pdf, pdf.getPageIndices());
    pages.forEach((page, index) => {
      archive.addPage(page);
      if (index === 0) stampAttachmentNumber(page, font, attachment.number);
    });
  }
  return Buffer.from(await archive.save());
}

async function tryLoadPdf(bytes: Buffer): Promise<PDFDocument | null> {
  try {
    const pdf = await PDFDocument.load(bytes);
    return pdf.getPageCount() > 0 ? pdf : null;
  } catch {
    // pdf-lib throws on garbage and, without ignoreEncryption, on encrypted files we could not copy faithfully.
    return null;
  }
}

function stampAttachmentNumber(page: PDFPage, font: PDFFont, number: number): void {
  const text = `Bilaga ${number}`;
  const { width, height } = page.getSize();
  const textWidth = font.widthOfTextAtSize(text, STAMP.fontSize);
  page.drawText(text, {
    x: width - STAMP.inset - textWidth,
    y: height - STAMP.inset,
    size: STAMP.fontSize,
    font,
    color: rgb(0.2, 0.2, 0.2),
  });
}
