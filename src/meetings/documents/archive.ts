import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import {
  beginMarkedContent,
  decodePDFRawStream,
  endMarkedContent,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  rgb,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { Block } from './blocks.ts';
import { primaryFontFile } from './fonts.ts';
import type { MinutesDocument } from './model.ts';
import { renderMinutesWithAppendix, type AppendixSection } from './pdf.ts';

export interface ArchiveAttachment {
  number: number;
  title: string;
  filename: string;
  sha256: string;
  /** null when the bytes the record names are no longer stored. */
  data: Buffer | null;
}

const STAMP = { fontSize: 9, inset: 24 };

type Unreadable = 'missing' | 'not_pdf' | 'unreadable';
type Loaded = { pdf: PDFDocument; isPdfA: boolean } | { pdf: null; reason: Unreadable };

/**
 * The archive copy: the minutes followed by every bilaga in number order. A PDF bilaga (known by
 * its bytes, not by the type its uploader claimed) is appended page by page; any other file, and a
 * PDF that cannot be read, gets a page of its own naming the file and its SHA-256, so the archive
 * says what it leaves out. Each bilaga's first page is stamped "Bilaga N" in the top corner.
 *
 * The archive is PDF/A-2b only when every part is: Samverkan's own pages always are, and a PDF
 * bilaga must declare PDF/A-1 or PDF/A-2 itself, with no output intent other than RGB. Otherwise
 * the archive drops the PDF/A identification and says so on a page after the minutes, naming the
 * bilagor that are not PDF/A (docs/decisions/008). `isPdfA` tells the API the same.
 */
export async function buildArchivePdf(document: MinutesDocument, attachments: ArchiveAttachment[]): Promise<Buffer> {
  const sorted = [...attachments].sort((a, b) => a.number - b.number);
  const loaded = await Promise.all(sorted.map((attachment) => loadPdf(attachment.data)));
  const notPdfA = sorted.filter((_, index) => {
    const part = loaded[index]!;
    return part.pdf && !part.isPdfA;
  });
  const sections: AppendixSection[] = [];
  if (notPdfA.length > 0) sections.push({ stamp: null, blocks: noticeBlocks(notPdfA) });
  sorted.forEach((attachment, index) => {
    const part = loaded[index]!;
    if (!part.pdf)
      sections.push({ stamp: `Bilaga ${attachment.number}`, blocks: placeholderBlocks(attachment, part.reason) });
  });
  const rendered = await renderMinutesWithAppendix(document, sections);
  // updateMetadata: false keeps Producer and dates as pdfkit wrote them, equal to the XMP packet.
  const archive = await PDFDocument.load(rendered.pdf, { updateMetadata: false });
  archive.registerFontkit(fontkit);
  const stampFont = await archive.embedFont(await readFile(primaryFontFile('regular')), { subset: true });

  const placeholders = rendered.sections.slice(notPdfA.length > 0 ? 1 : 0);
  let cursor = placeholders[0]?.firstPage ?? archive.getPageCount();
  let placeholderIndex = 0;
  for (const [index, part] of loaded.entries()) {
    if (!part.pdf) {
      cursor += placeholders[placeholderIndex++]!.pageCount;
      continue;
    }
    const pages = await archive.copyPages(part.pdf, part.pdf.getPageIndices());
    for (const page of pages) {
      // The bilaga's own tags pointed into its own structure tree, which is not copied.
      page.node.delete(PDFName.of('StructParents'));
      archive.insertPage(cursor++, page);
    }
    stampAttachmentNumber(pages[0]!, stampFont, sorted[index]!.number);
  }
  if (notPdfA.length > 0) withdrawPdfaClaim(archive);
  return Buffer.from(await archive.save());
}

function isPdf(bytes: Buffer): boolean {
  // The header may follow some junk, but must start within the first 1024 bytes (ISO 32000-1, annex H).
  return bytes.subarray(0, 1024).includes('%PDF-');
}

async function loadPdf(bytes: Buffer | null): Promise<Loaded> {
  if (!bytes) return { pdf: null, reason: 'missing' };
  if (!isPdf(bytes)) return { pdf: null, reason: 'not_pdf' };
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    if (pdf.getPageCount() === 0) return { pdf: null, reason: 'unreadable' };
    return { pdf, isPdfA: declaresCompatiblePdfA(pdf) };
  } catch {
    // pdf-lib throws on damaged files and, without ignoreEncryption, on encrypted ones it could not copy faithfully.
    return { pdf: null, reason: 'unreadable' };
  }
}

function streamText(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A bilaga that declares PDF/A-1 or PDF/A-2 (part 3 may embed any file, which PDF/A-2 forbids)
 * and whose output intent, if any, is RGB like the archive's sRGB. Its declaration is trusted:
 * Samverkan has no PDF/A validator, and a false declaration is the uploader's.
 */
function declaresCompatiblePdfA(pdf: PDFDocument): boolean {
  try {
    const metadata = pdf.catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
    if (!metadata || !/<pdfaid:part>\s*[12]\s*<|pdfaid:part\s*=\s*["'][12]["']/.test(streamText(metadata)))
      return false;
    const intents = pdf.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
    for (let index = 0; index < (intents?.size() ?? 0); index++) {
      const profile = intents!.lookup(index, PDFDict).lookupMaybe(PDFName.of('DestOutputProfile'), PDFStream);
      if (profile && profile.dict.get(PDFName.of('N'))?.toString() !== '3') return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Removes the PDF/A identification pdfkit wrote, from the XMP packet and the information dictionary. */
function withdrawPdfaClaim(archive: PDFDocument): void {
  const ref = archive.catalog.get(PDFName.of('Metadata'));
  if (ref instanceof PDFRef) {
    const xmp = streamText(archive.context.lookup(ref, PDFStream)).replace(
      /<rdf:Description[^>]*xmlns:pdfaid[\s\S]*?<\/rdf:Description>/g,
      '',
    );
    // In place, so the packet that claimed PDF/A is not left behind as an unreferenced object.
    archive.context.assign(ref, archive.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' }));
  }
  const info = archive.context.lookupMaybe(archive.context.trailerInfo.Info, PDFDict);
  info?.delete(PDFName.of('GTS_PDFA1Version'));
}

const reasons: Record<Unreadable, string> = {
  not_pdf:
    'Filen är inte en PDF-fil och kan inte tas in i arkivexemplaret. Den finns kvar i Samverkan som den laddades upp.',
  unreadable:
    'Filen ser ut som en PDF-fil men kan inte läsas (skadad eller krypterad) och kan inte tas in i arkivexemplaret.',
  missing: 'Filen finns inte längre sparad i Samverkan.',
};

function placeholderBlocks(attachment: ArchiveAttachment, reason: Unreadable): Block[] {
  return [
    { type: 'heading', text: `Bilaga ${attachment.number}: ${attachment.title}` },
    { type: 'paragraph', runs: [{ text: 'Filnamn: ', bold: true }, { text: attachment.filename }] },
    { type: 'paragraph', runs: [{ text: 'SHA-256: ', bold: true }, { text: attachment.sha256 }] },
    { type: 'paragraph', runs: [{ text: reasons[reason] }] },
  ];
}

function noticeBlocks(notPdfA: ArchiveAttachment[]): Block[] {
  return [
    { type: 'heading', text: 'Om arkivexemplaret' },
    {
      type: 'paragraph',
      runs: [
        {
          text:
            'Protokollet och Samverkans egna sidor är PDF/A-2b, men följande bilagor är PDF-filer som inte är ' +
            'PDF/A och har tagits in som de laddades upp. Arkivexemplaret som helhet är därför inte PDF/A. ' +
            'Konvertera bilagorna till PDF/A och ladda upp dem på nytt för ett arkivexemplar i PDF/A.',
        },
      ],
    },
    { type: 'bullets', items: notPdfA.map((a) => `Bilaga ${a.number}: ${a.title} (${a.filename})`) },
  ];
}

/** The stamp is page furniture, not content: an artifact for assistive technology. */
function stampAttachmentNumber(page: PDFPage, font: PDFFont, number: number): void {
  const text = `Bilaga ${number}`;
  const { width, height } = page.getSize();
  const textWidth = font.widthOfTextAtSize(text, STAMP.fontSize);
  page.pushOperators(beginMarkedContent('Artifact'));
  page.drawText(text, {
    x: width - STAMP.inset - textWidth,
    y: height - STAMP.inset,
    size: STAMP.fontSize,
    font,
    color: rgb(0.2, 0.2, 0.2),
  });
  page.pushOperators(endMarkedContent());
}
