// The minutes as a tagged PDF/A-2b, drawn with pdfkit from the same blocks as the DOCX. pdfkit is
// used directly (not through pdfmake) because only it can build a structure tree: every block
// becomes a structure element (H1, H2, P, L/LI, Table/TR/TH/TD) and everything else on the page
// (page header, table rules, the draft watermark, a table header repeated on a new page) is an
// artifact. docs/decisions/008 records the choices.
import PDFDocument from 'pdfkit';
import {
  buildMinutesLayout,
  type Block,
  type MinutesLayout,
  type PageHeader,
  type SignatureCell,
  type TableColumn,
} from './blocks.ts';
import { fontChain, type FontStyle } from './fonts.ts';
import { DRAFT_MARKER, pageLabelParts } from './format.ts';
import type { MinutesDocument } from './model.ts';
import { layoutLines, type Line, type StyledRun } from './pdf-text.ts';

// PDF points: A4 is 595.28 × 841.89.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 62, top: 100, right: 62, bottom: 60 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;
const INDENT = 18;
const CELL_PADDING = { x: 4, y: 3 };
const LINE_WIDTH = 0.5;
// The watermark is a light solid colour under the text rather than a transparent one over it:
// PDF/A-2 allows transparency, but opaque drawing needs no blending colour space to be declared.
const COLORS = {
  text: '#1a1a1a',
  muted: '#595959',
  rule: '#a6a6a6',
  headerFill: '#ededed',
  draft: '#b3261e',
  watermark: '#f8e9e8',
};

/** The PDF/A level the minutes claim; see docs/decisions/008 for why B and not A. */
export const PDFA_PART = 2;
export const PDFA_CONFORMANCE = 'B';

interface TextStyle {
  size: number;
  style?: FontStyle;
  color?: string;
  /** Line height as a factor of the font size. */
  leading?: number;
}

const BODY: TextStyle = { size: 10, leading: 1.25 };
const SMALL: TextStyle = { size: 8.5, leading: 1.25 };
// Emoji glyphs are taller than letters: at a tighter leading poppler assigns them to the next line.
const CELL: TextStyle = { size: 8.5, leading: 1.3 };

export async function renderMinutesPdf(doc: MinutesDocument): Promise<Buffer> {
  return (await renderMinutesWithAppendix(doc, [])).pdf;
}

/** Pages of Samverkan's own after the minutes in the archive copy: a bilaga's placeholder, a notice. */
export interface AppendixSection {
  /** Printed in the top corner of the section's first page, e.g. "Bilaga 2". */
  stamp: string | null;
  blocks: Block[];
}

/**
 * The minutes followed by appendix sections, each from a new page, in one tagged document; the
 * page header with "Sida x (y)" belongs to the minutes' pages only. Returns where each section
 * starts (0-based page index) and how many pages it has, so the archive can put PDF bilagor between them.
 */
export async function renderMinutesWithAppendix(
  doc: MinutesDocument,
  sections: AppendixSection[],
): Promise<{ pdf: Buffer; sections: { firstPage: number; pageCount: number }[] }> {
  const layout = buildMinutesLayout(doc);
  const writer = new MinutesPdfWriter(layout.title, layout.header);
  writer.renderBlocks(layout.blocks);
  const minutesPages = writer.pageCount();
  const placed = sections.map((section) => writer.renderSection(section));
  return { pdf: await writer.finish(minutesPages), sections: placed };
}

/** Another document written in blocks (the lägesbild), with the look and tagging of the minutes. */
export async function renderLayoutPdf(layout: MinutesLayout): Promise<Buffer> {
  const writer = new MinutesPdfWriter(layout.title, layout.header);
  writer.renderBlocks(layout.blocks);
  return writer.finish(writer.pageCount());
}

type StructElement = PDFKit.PDFStructureElement;

/**
 * poppler's pdfinfo names the PDF/A part from the key GTS_PDFA1Version of the information
 * dictionary, and reads it only as a direct string, while pdfkit writes every Info value it knows
 * as an indirect object. pdfkit creates that dictionary when the document ends, so the key is added
 * the moment it is created. The XMP packet (pdfaid:part and conformance) is the normative claim.
 */
function declarePdfaInInfo(pdf: PDFKit.PDFDocument, version: string): void {
  let info: { data: Record<string, unknown> } | undefined;
  Object.defineProperty(pdf, '_info', {
    get: () => info,
    set: (value: { data: Record<string, unknown> }) => {
      value.data.GTS_PDFA1Version = new String(version);
      info = value;
    },
  });
}

/** One block, laid out for the text width, ready to draw wherever the page cursor stands. */
interface Placed {
  marginTop: number;
  marginBottom: number;
  height: number;
  /** What must stand on the same page as the block's start: its first line or first table row. */
  head: number;
  keepWithNext: boolean;
  unbreakable: boolean;
  draw: () => void;
}

class MinutesPdfWriter {
  private readonly pdf: PDFKit.PDFDocument;
  private readonly root: StructElement;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private y = MARGIN.top;

  constructor(
    title: string,
    private readonly header: PageHeader,
  ) {
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      autoFirstPage: false,
      bufferPages: true,
      pdfVersion: '1.7',
      subset: `PDF/A-${PDFA_PART}${PDFA_CONFORMANCE.toLowerCase()}` as PDFKit.Mixins.PDFSubsets,
      tagged: true,
      lang: 'sv-SE',
      displayTitle: true,
      // No default font: pdfkit's is a standard Helvetica that PDF/A forbids unless embedded.
      font: null as unknown as string,
      info: { Title: title, Creator: 'Samverkan', Producer: 'Samverkan' },
    });
    declarePdfaInInfo(this.pdf, `PDF/A-${PDFA_PART}${PDFA_CONFORMANCE.toLowerCase()}`);
    for (const style of ['regular', 'bold', 'italic'] as const) {
      for (const face of fontChain(style)) this.pdf.registerFont(face.name, face.font as never);
    }
    this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
    this.root = this.pdf.struct('Document');
    this.pdf.addStructure(this.root);
    this.newPage();
  }

  renderBlocks(blocks: Block[]): void {
    const placed = blocks.map((block) => this.place(block));
    placed.forEach((block, index) => {
      if (this.y > MARGIN.top && this.needsNewPage(placed, index)) this.newPage();
      if (this.y > MARGIN.top) this.y += block.marginTop;
      block.draw();
      this.y += block.marginBottom;
    });
  }

  pageCount(): number {
    return this.pdf.bufferedPageRange().count;
  }

  renderSection(section: AppendixSection): { firstPage: number; pageCount: number } {
    const firstPage = this.pageCount();
    this.newPage();
    if (section.stamp) this.drawStamp(section.stamp);
    this.renderBlocks(section.blocks);
    return { firstPage, pageCount: this.pageCount() - firstPage };
  }

  /** Draws the page header on the minutes' pages (the first `headerPages`) and ends the document. */
  async finish(headerPages: number): Promise<Buffer> {
    this.root.end();
    for (let index = 0; index < headerPages; index++) {
      this.pdf.switchToPage(index);
      this.drawPageHeader(index + 1, headerPages);
    }
    this.pdf.end();
    return this.done;
  }

  /** Keeps headings with what follows, and unbreakable blocks whole, when a fresh page would help. */
  private needsNewPage(placed: Placed[], index: number): boolean {
    const block = placed[index]!;
    const room = CONTENT_BOTTOM - this.y;
    const pageRoom = CONTENT_BOTTOM - MARGIN.top;
    if (block.keepWithNext) {
      let needed = 0;
      let next = index;
      for (; next < placed.length && placed[next]!.keepWithNext; next++) {
        const kept = placed[next]!;
        needed += kept.marginTop + kept.height + kept.marginBottom;
      }
      const following = placed[next];
      if (following) needed += following.marginTop + following.head;
      return needed > room && needed <= pageRoom;
    }
    if (block.unbreakable) return block.marginTop + block.height > room && block.height <= pageRoom;
    return block.marginTop + block.head > room;
  }

  private newPage(): void {
    this.pdf.addPage({ size: 'A4', margins: MARGIN });
    this.y = MARGIN.top;
    if (this.header.isDraft) this.drawWatermark();
  }

  private ensureRoom(height: number): void {
    if (this.y + height > CONTENT_BOTTOM && this.y > MARGIN.top) this.newPage();
  }

  // ---- drawing primitives -------------------------------------------------------------------

  private lines(runs: StyledRun[] | string, style: TextStyle, width: number): Line[] {
    const styled = typeof runs === 'string' ? [{ text: runs, style: style.style ?? 'regular' }] : runs;
    return layoutLines(styled, style.size, width);
  }

  private lineHeight(style: TextStyle): number {
    return style.size * (style.leading ?? 1.25);
  }

  /** Draws one line with its top at y; fragments are already in display order. */
  private drawLine(line: Line, style: TextStyle, x: number, y: number, width: number, align: 'left' | 'right'): void {
    const leading = this.lineHeight(style);
    const baseline = y + (leading - style.size) / 2 + style.size * 0.8;
    let cursor = align === 'right' || line.rtl ? x + width - line.width : x;
    this.pdf.fillColor(style.color ?? COLORS.text);
    for (const fragment of line.fragments) {
      this.pdf
        .font(fragment.face.name)
        .fontSize(fragment.size)
        .text(fragment.text, cursor, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          ...(fragment.features ? { features: { ...fragment.features } as never } : {}),
        });
      cursor += fragment.width;
    }
  }

  /** Marks what `draw` puts on the current page as content of a structure element. */
  private tagged(element: StructElement, tag: string, draw: () => void): void {
    const content = this.pdf.markStructureContent(tag);
    draw();
    this.pdf.endMarkedContent();
    element.add(content);
  }

  private artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.pdf.markContent('Artifact', { type });
    this.pdf.save();
    draw();
    this.pdf.restore();
    this.pdf.endMarkedContent();
  }

  /**
   * Draws lines under one structure element from the cursor on, continuing on a new page when the
   * page is full. Each page's part is its own marked content of the same element.
   */
  private flowLines(element: StructElement, tag: string, lines: Line[], style: TextStyle, x: number, width: number) {
    const leading = this.lineHeight(style);
    let index = 0;
    while (index < lines.length) {
      this.ensureRoom(leading);
      let end = index;
      let y = this.y;
      while (end < lines.length && (y + leading <= CONTENT_BOTTOM || end === index)) {
        y += leading;
        end++;
      }
      const start = index;
      this.tagged(element, tag, () => {
        lines.slice(start, end).forEach((line, offset) => {
          this.drawLine(line, style, x, this.y + offset * leading, width, 'left');
        });
      });
      this.y = y;
      index = end;
    }
  }

  private child(parent: StructElement, tag: string): StructElement {
    const element = this.pdf.struct(tag);
    parent.add(element);
    return element;
  }

  // ---- blocks -----------------------------------------------------------------------------------

  private textBlock(options: {
    tag: string;
    runs: StyledRun[] | string;
    style: TextStyle;
    margin: [number, number];
    indent?: number;
    keepWithNext?: boolean;
    parent?: StructElement;
  }): Placed {
    const indent = options.indent ?? 0;
    const lines = this.lines(options.runs, options.style, TEXT_WIDTH - indent);
    const leading = this.lineHeight(options.style);
    return {
      marginTop: options.margin[0],
      marginBottom: options.margin[1],
      height: lines.length * leading,
      head: leading,
      keepWithNext: options.keepWithNext ?? false,
      unbreakable: false,
      draw: () => {
        const element = this.child(options.parent ?? this.root, options.tag);
        this.flowLines(element, options.tag, lines, options.style, MARGIN.left + indent, TEXT_WIDTH - indent);
        element.end();
      },
    };
  }

  private place(block: Block): Placed {
    switch (block.type) {
      case 'draftMarker':
        return this.textBlock({
          tag: 'P',
          runs: block.text,
          style: { size: 13, style: 'bold', color: COLORS.draft },
          margin: [0, 8],
        });
      case 'title':
        return this.textBlock({
          tag: 'H1',
          runs: block.text,
          style: { size: 17, style: 'bold', leading: 1.15 },
          margin: [0, 12],
          keepWithNext: true,
        });
      case 'heading':
        return this.textBlock({
          tag: 'H2',
          runs: block.text,
          style: { size: 12, style: 'bold' },
          margin: [16, 4],
          keepWithNext: true,
        });
      case 'label':
        return this.textBlock({
          tag: 'P',
          runs: block.text,
          style: { ...SMALL, style: 'italic', color: COLORS.muted },
          margin: [2, 4],
          keepWithNext: true,
        });
      case 'paragraph':
        return this.textBlock({
          tag: 'P',
          runs: block.runs.map((run) => ({ text: run.text, style: run.bold ? 'bold' : 'regular' })),
          style: BODY,
          margin: [0, 6],
          indent: block.indent ? INDENT : 0,
          keepWithNext: block.keepWithNext ?? false,
        });
      case 'bullets':
        return this.bulletList(block.items);
      case 'table':
        return this.table(block.caption, block.columns, block.rows);
      case 'signatures':
        return this.signatures(block.rows);
      case 'keepTogether':
        return this.together(block.blocks.map((inner) => this.place(inner)));
    }
  }

  /** Blocks that stand on one page together, moved to a new page as a whole when they do not fit there. */
  private together(parts: Placed[]): Placed {
    const inner = (index: number) => (index > 0 ? parts[index]!.marginTop : 0);
    const after = (index: number) => (index < parts.length - 1 ? parts[index]!.marginBottom : 0);
    const height = parts.reduce((sum, part, index) => sum + inner(index) + part.height + after(index), 0);
    return {
      marginTop: parts[0]?.marginTop ?? 0,
      marginBottom: parts.at(-1)?.marginBottom ?? 0,
      height,
      head: height,
      keepWithNext: false,
      unbreakable: true,
      draw: () =>
        parts.forEach((part, index) => {
          this.y += inner(index);
          part.draw();
          this.y += after(index);
        }),
    };
  }

  private bulletList(items: string[]): Placed {
    const bulletWidth = 12;
    const x = MARGIN.left + 6;
    const itemLines = items.map((item) => this.lines(item, BODY, TEXT_WIDTH - 6 - bulletWidth));
    const leading = this.lineHeight(BODY);
    const bullet = this.lines('•', { ...BODY, color: COLORS.muted }, bulletWidth)[0]!;
    return {
      marginTop: 0,
      marginBottom: 6,
      height: itemLines.reduce((sum, lines) => sum + lines.length * leading, 0),
      head: leading,
      keepWithNext: false,
      unbreakable: false,
      draw: () => {
        const list = this.child(this.root, 'L');
        for (const lines of itemLines) {
          const item = this.child(list, 'LI');
          this.ensureRoom(leading);
          const label = this.child(item, 'Lbl');
          this.tagged(label, 'Lbl', () =>
            this.drawLine(bullet, { ...BODY, color: COLORS.muted }, x, this.y, 8, 'left'),
          );
          label.end();
          const body = this.child(item, 'LBody');
          this.flowLines(body, 'LBody', lines, BODY, x + bulletWidth, TEXT_WIDTH - 6 - bulletWidth);
          body.end();
          item.end();
        }
        list.end();
      },
    };
  }

  // ---- tables -----------------------------------------------------------------------------------

  private table(caption: string | null, columns: TableColumn[], rows: string[][]): Placed {
    const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
    const widths = columns.map((column) => (TEXT_WIDTH * column.weight) / totalWeight);
    const cellLines = (texts: string[], style: TextStyle) =>
      texts.map((text, index) => this.lines(text, style, widths[index]! - 2 * CELL_PADDING.x));
    const headerStyle: TextStyle = { ...CELL, style: 'bold' };
    const header = cellLines(
      columns.map((column) => column.header),
      headerStyle,
    );
    const body = rows.map((row) => cellLines(row, CELL));
    const leading = this.lineHeight(CELL);
    const rowHeight = (cells: Line[][]) =>
      Math.max(...cells.map((lines) => lines.length)) * leading + 2 * CELL_PADDING.y;
    const headerHeight = rowHeight(header);
    const captionLines = caption ? this.lines(caption, { ...BODY, style: 'bold' }, TEXT_WIDTH) : [];
    const captionHeight = captionLines.length * this.lineHeight(BODY) + (caption ? 8 : 0);
    const firstRow = body[0] ? Math.min(rowHeight(body[0]), leading + 2 * CELL_PADDING.y) : 0;
    return {
      marginTop: 2,
      marginBottom: 10,
      height: captionHeight + headerHeight + body.reduce((sum, row) => sum + rowHeight(row), 0),
      head: captionHeight + headerHeight + firstRow,
      keepWithNext: false,
      unbreakable: false,
      draw: () => {
        const table = this.child(this.root, 'Table');
        if (caption) {
          this.y += 4;
          const element = this.child(table, 'Caption');
          this.flowLines(element, 'Caption', captionLines, { ...BODY, style: 'bold' }, MARGIN.left, TEXT_WIDTH);
          element.end();
          this.y += 4;
        }
        const drawHeader = (isRepeat: boolean) =>
          this.tableRow({ table, cells: header, widths, style: headerStyle, cellTag: 'TH', isRepeat });
        drawHeader(false);
        for (const row of body) {
          this.tableRow({
            table,
            cells: row,
            widths,
            style: CELL,
            cellTag: 'TD',
            isRepeat: false,
            onBreak: drawHeader,
          });
        }
        table.end();
      },
    };
  }

  /**
   * One table row. A row that does not fit on the rest of the page moves to the next one whole;
   * a row taller than a page breaks between lines, and every new page repeats the header row
   * (as an artifact: the header is tagged once, where the table starts).
   */
  private tableRow(options: {
    table: StructElement;
    cells: Line[][];
    widths: number[];
    style: TextStyle;
    cellTag: 'TH' | 'TD';
    isRepeat: boolean;
    onBreak?: (isRepeat: boolean) => void;
  }): void {
    const { cells, widths, style, cellTag } = options;
    const leading = this.lineHeight(style);
    const padding = 2 * CELL_PADDING.y;
    const totalLines = Math.max(...cells.map((lines) => lines.length));
    const fullHeight = totalLines * leading + padding;
    const pageRoom = CONTENT_BOTTOM - MARGIN.top;
    const newPageWithHeader = () => {
      this.newPage();
      options.onBreak?.(true);
    };
    if (options.onBreak && this.y + fullHeight > CONTENT_BOTTOM && fullHeight <= pageRoom * 0.8) newPageWithHeader();
    else if (this.y + leading + padding > CONTENT_BOTTOM) newPageWithHeader();

    const row = options.isRepeat ? null : this.child(options.table, 'TR');
    const elements = row
      ? cells.map(() => {
          const cell = this.pdf.struct(cellTag, cellTag === 'TH' ? ({ scope: 'Column' } as never) : {});
          row.add(cell);
          return cell;
        })
      : [];
    let from = 0;
    while (from < totalLines || from === 0) {
      const fitting = Math.max(1, Math.floor((CONTENT_BOTTOM - this.y - padding) / leading));
      const to = Math.min(totalLines, from + fitting);
      const height = (to - from) * leading + padding;
      this.drawCellFrames(widths, height, cellTag === 'TH');
      let x = MARGIN.left;
      cells.forEach((lines, index) => {
        const width = widths[index]!;
        const part = lines.slice(from, to);
        const drawPart = () =>
          part.forEach((line, offset) =>
            this.drawLine(
              line,
              style,
              x + CELL_PADDING.x,
              this.y + CELL_PADDING.y + offset * leading,
              width - 2 * CELL_PADDING.x,
              'left',
            ),
          );
        const element = elements[index];
        if (element && part.length > 0) this.tagged(element, cellTag, drawPart);
        else if (part.length > 0) this.artifact(drawPart, 'Pagination');
        x += width;
      });
      this.y += height;
      from = to;
      if (from < totalLines) newPageWithHeader();
      if (totalLines === 0) break;
    }
    elements.forEach((element) => element.end());
    row?.end();
  }

  private drawCellFrames(widths: number[], height: number, isHeader: boolean): void {
    this.artifact(() => {
      let x = MARGIN.left;
      this.pdf.lineWidth(LINE_WIDTH).strokeColor(COLORS.rule);
      for (const width of widths) {
        if (isHeader) this.pdf.rect(x, this.y, width, height).fillAndStroke(COLORS.headerFill, COLORS.rule);
        else this.pdf.rect(x, this.y, width, height).stroke();
        x += width;
      }
    });
  }

  // ---- signatures ---------------------------------------------------------------------------------

  /** Two by two, as on paper, and never split over two pages. */
  private signatures(rows: [SignatureCell, SignatureCell | null][]): Placed {
    const width = TEXT_WIDTH / 2;
    const leading = this.lineHeight(BODY);
    const smallLeading = this.lineHeight(SMALL);
    const cellLayout = (cell: SignatureCell) => ({
      label: this.lines(cell.label, { ...BODY, style: 'bold' }, width - 12),
      name: this.lines(cell.name, BODY, width - 12),
      details: cell.details.map((detail) => this.lines(detail, { ...SMALL, color: COLORS.muted }, width - 12)),
    });
    type CellLayout = ReturnType<typeof cellLayout>;
    const cellHeight = (cell: CellLayout) =>
      (cell.label.length + cell.name.length) * leading +
      6 +
      cell.details.reduce((sum, lines) => sum + lines.length * smallLeading, 0) +
      22;
    const laidOut = rows.map((row) => row.map((cell) => (cell ? cellLayout(cell) : null)));
    const rowHeights = laidOut.map((row) => Math.max(...row.map((cell) => (cell ? cellHeight(cell) : 0))));
    return {
      marginTop: 28,
      marginBottom: 0,
      height: rowHeights.reduce((sum, height) => sum + height, 0),
      head: rowHeights[0] ?? 0,
      keepWithNext: false,
      unbreakable: true,
      draw: () => {
        const div = this.child(this.root, 'Div');
        laidOut.forEach((row, rowIndex) => {
          this.ensureRoom(rowHeights[rowIndex]!);
          row.forEach((cell, column) => {
            if (cell) this.signatureCell(div, cell, MARGIN.left + column * width, width - 12);
          });
          this.y += rowHeights[rowIndex]!;
        });
        div.end();
      },
    };
  }

  private signatureCell(
    parent: StructElement,
    cell: { label: Line[]; name: Line[]; details: Line[][] },
    x: number,
    width: number,
  ): void {
    const startY = this.y;
    const element = this.child(parent, 'Div');
    const write = (lines: Line[], style: TextStyle, gapAfter = 0) => {
      const paragraph = this.child(element, 'P');
      this.flowLines(paragraph, 'P', lines, style, x, width);
      paragraph.end();
      this.y += gapAfter;
    };
    write(cell.label, { ...BODY, style: 'bold' }, 6);
    write(cell.name, BODY);
    cell.details.forEach((lines) => write(lines, { ...SMALL, color: COLORS.muted }));
    element.end();
    this.y = startY;
  }

  // ---- page furniture -------------------------------------------------------------------------------

  private drawPageHeader(page: number, pageCount: number): void {
    const top = 40;
    const half = TEXT_WIDTH / 2;
    const typeStyle: TextStyle = { size: 12, style: 'bold' };
    const draftStyle: TextStyle = { size: 9, style: 'bold', color: COLORS.draft };
    const rightStyle: TextStyle = { size: 8.5, leading: 1.25 };
    this.artifact(() => {
      let leftY = top;
      const left: [string, TextStyle][] = [
        [this.header.documentType, typeStyle],
        [this.header.forumName, rightStyle],
      ];
      if (this.header.isDraft) left.push([DRAFT_MARKER, draftStyle]);
      for (const [text, style] of left) {
        for (const line of this.lines(text, style, half)) {
          this.drawLine(line, style, MARGIN.left, leftY, half, 'left');
          leftY += this.lineHeight(style);
        }
      }
      let rightY = top;
      for (const text of [...this.header.lines, pageLabelParts(page, pageCount).join('')]) {
        for (const line of this.lines(text, rightStyle, half)) {
          this.drawLine(line, rightStyle, MARGIN.left + half, rightY, half, 'right');
          rightY += this.lineHeight(rightStyle);
        }
      }
      const ruleY = Math.max(leftY, rightY) + 6;
      this.pdf
        .moveTo(MARGIN.left, ruleY)
        .lineTo(MARGIN.left + TEXT_WIDTH, ruleY)
        .lineWidth(LINE_WIDTH)
        .strokeColor(COLORS.rule)
        .stroke();
    }, 'Pagination');
  }

  private drawStamp(text: string): void {
    const style: TextStyle = { size: 9, color: '#333333' };
    const line = this.lines(text, style, TEXT_WIDTH)[0]!;
    this.artifact(() => this.drawLine(line, style, 0, 24 - style.size, PAGE.width - 24, 'right'), 'Pagination');
  }

  private drawWatermark(): void {
    const size = 110;
    const angle = (Math.atan2(PAGE.height, PAGE.width) * 180) / Math.PI;
    const line = this.lines(DRAFT_MARKER, { size, style: 'bold' }, PAGE.height)[0]!;
    this.artifact(() => {
      this.pdf.rotate(-angle, { origin: [PAGE.width / 2, PAGE.height / 2] });
      this.drawLine(
        line,
        { size, style: 'bold', color: COLORS.watermark, leading: 1 },
        PAGE.width / 2 - line.width / 2,
        PAGE.height / 2 - size / 2,
        line.width,
        'left',
      );
    }, 'Pagination');
  }
}
