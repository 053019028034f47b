import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { primaryFontFile } from './fonts.ts';

export interface ArchiveAttachment {
  number: number;
  title: string;
  filename: string;
  sha256: string;
  /** null when the bytes the record names are no longer stored. */
  data: Buffer | null;
}

const A4: [number, number] = [595.28, 841.89];
const STAMP = { fontSize: 9, inset: 24 };
const PAGE = { margin: 62, top: 100, fontSize: 10, lineHeight: 14 };

/**
 * The archive copy: the minutes followed by every bilaga in number order. A PDF bilaga (known by
 * its bytes, not by the type its uploader claimed) is appended page by page; any other file, and a
 * PDF that cannot be read, gets a page of its own naming the file and its SHA-256, so the archive
 * says what it leaves out. Each bilaga's first page is stamped "Bilaga N" in the top corner.
 */
export async function buildArchivePdf(minutesPdf: Buffer, attachments: ArchiveAttachment[]): Promise<Buffer> {
  const archive = await PDFDocument.load(minutesPdf);
  archive.registerFontkit(fontkit);
  // Subsetting keeps the archive small; every glyph used is still embedded.
  const font = await archive.embedFont(await readFile(primaryFontFile('regular')), { subset: true });
  const bold = await archive.embedFont(await readFile(primaryFontFile('bold')), { subset: true });
  for (const attachment of [...attachments].sort((a, b) => a.number - b.number)) {
    const loaded = await loadPdf(attachment.data);
    let firstPage: PDFPage;
    if (loaded.pdf) {
      const pages = await archive.copyPages(loaded.pdf, loaded.pdf.getPageIndices());
      pages.forEach((page) => archive.addPage(page));
      firstPage = pages[0]!;
    } else {
      firstPage = archive.addPage(A4);
      drawPlaceholder(firstPage, { font, bold }, attachment, loaded.reason);
    }
    stampAttachmentNumber(firstPage, font, attachment.number);
  }
  return Buffer.from(await archive.save());
}

type Unreadable = 'missing' | 'not_pdf' | 'unreadable';

function isPdf(bytes: Buffer): boolean {
  // The header may follow some junk, but must start within the first 1024 bytes (ISO 32000-1, annex H).
  return bytes.subarray(0, 1024).includes('%PDF-');
}

async function loadPdf(
  bytes: Buffer | null,
): Promise<{ pdf: PDFDocument; reason?: never } | { pdf: null; reason: Unreadable }> {
  if (!bytes) return { pdf: null, reason: 'missing' };
  if (!isPdf(bytes)) return { pdf: null, reason: 'not_pdf' };
  try {
    const pdf = await PDFDocument.load(bytes);
    return pdf.getPageCount() > 0 ? { pdf } : { pdf: null, reason: 'unreadable' };
  } catch {
    // pdf-lib throws on damaged files and, without ignoreEncryption, on encrypted ones it could not copy faithfully.
    return { pdf: null, reason: 'unreadable' };
  }
}

const reasons: Record<Unreadable, string> = {
  not_pdf:
    'Filen är inte en PDF-fil och kan inte tas in i arkivexemplaret. Den finns kvar i Samverkan som den laddades upp.',
  unreadable:
    'Filen ser ut som en PDF-fil men kan inte läsas (skadad eller krypterad) och kan inte tas in i arkivexemplaret.',
  missing: 'Filen finns inte längre sparad i Samverkan.',
};

function drawPlaceholder(
  page: PDFPage,
  fonts: { font: PDFFont; bold: PDFFont },
  attachment: ArchiveAttachment,
  reason: Unreadable,
): void {
  const width = A4[0] - 2 * PAGE.margin;
  let y = A4[1] - PAGE.top;
  const write = (text: string, font: PDFFont, size = PAGE.fontSize) => {
    for (const line of wrap(text, font, size, width)) {
      page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size * 1.4;
    }
    y -= 6;
  };
  write(`Bilaga ${attachment.number}: ${attachment.title}`, fonts.bold, 14);
  write(`Filnamn: ${attachment.filename}`, fonts.font);
  write(`SHA-256: ${attachment.sha256}`, fonts.font);
  write(reasons[reason], fonts.font);
}

/** Greedy word wrap; a word wider than the line (a long file name or checksum) is cut by characters. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (!fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
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
