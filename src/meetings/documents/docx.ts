import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBordersOptions,
} from 'docx';
import {
  buildMinutesLayout,
  type Block,
  type PageHeader,
  type Run,
  type SignatureCell,
  type TableColumn,
} from './blocks.ts';
import { DRAFT_MARKER, pageLabelParts } from './format.ts';
import type { MinutesDocument } from './model.ts';

// Word measures in twentieths of a point (twips) and font sizes in half points.
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = { top: 1_701, right: 1_418, bottom: 1_418, left: 1_418, header: 567 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const INDENT = 567;
const FONT = 'Arial';
const COLORS = { text: '1A1A1A', muted: '595959', rule: 'A6A6A6', headerFill: 'EDEDED', draft: 'B3261E' };

export async function renderMinutesDocx(doc: MinutesDocument): Promise<Buffer> {
  const layout = buildMinutesLayout(doc);
  const document = new Document({
    title: layout.title,
    creator: 'Samverkan',
    styles: documentStyles(),
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        headers: { default: new Header({ children: [pageHeader(layout.header)] }) },
        children: layout.blocks.flatMap(renderBlock),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function documentStyles() {
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, color: COLORS.text },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Heading1',
        name: 'Heading 1',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 32, bold: true },
        paragraph: { spacing: { before: 120, after: 240 }, keepNext: true },
      },
      {
        id: 'Heading2',
        name: 'Heading 2',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 24, bold: true },
        paragraph: { spacing: { before: 360, after: 80 }, keepNext: true },
      },
    ],
  };
}

function pageHeader(header: PageHeader): Table {
  const left = [
    new Paragraph({
      spacing: { after: 0 },
      children: [new TextRun({ text: header.documentType, bold: true, size: 24 })],
    }),
    new Paragraph({ children: [new TextRun({ text: header.forumName, size: 18 })] }),
  ];
  if (header.isDraft)
    left.push(new Paragraph({ children: [new TextRun({ text: DRAFT_MARKER, bold: true, color: COLORS.draft })] }));
  const right = [...header.lines, null].map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 0 },
        children: [
          new TextRun({
            size: 18,
            children: line === null ? pageLabelParts(PageNumber.CURRENT, PageNumber.TOTAL_PAGES) : [line],
          }),
        ],
      }),
  );
  const rule = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    borders: { ...TableBorders.NONE, bottom: rule },
    rows: [new TableRow({ children: [new TableCell({ children: left }), new TableCell({ children: right })] })],
  });
}

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'draftMarker':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, bold: true, size: 28, color: COLORS.draft })] }),
      ];
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case 'label':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 60, after: 60 },
          children: [new TextRun({ text: block.text, size: 18, color: COLORS.muted, italics: true })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          keepNext: block.keepWithNext,
          indent: block.indent ? { left: INDENT } : undefined,
          children: block.runs.map(textRun),
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 }, spacing: { after: 60 } }));
    case 'table':
      return dataTable(block.caption, block.columns, block.rows);
    case 'signatures':
      return [new Paragraph({ keepNext: true, spacing: { before: 480 } }), signatureTable(block.rows)];
    // Word has no such block; keepNext on each paragraph (set by the blocks) and row does the same.
    case 'keepTogether':
      return block.blocks.flatMap(renderBlock);
  }
}

function textRun(run: Run): TextRun {
  return new TextRun({ text: run.text, bold: run.bold });
}

function cellParagraphs(text: string, options: { bold?: boolean } = {}): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        spacing: { after: 40, line: 240 },
        children: [new TextRun({ text: line, size: 18, bold: options.bold })],
      }),
  );
}

function dataTable(caption: string | null, columns: TableColumn[], rows: string[][]): (Paragraph | Table)[] {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.weight) / totalWeight));
  const line = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
  const borders: IBordersOptions = { top: line, bottom: line, left: line, right: line };
  const margins = { top: 60, bottom: 60, left: 100, right: 100 };
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          borders,
          margins,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.headerFill },
          children: cellParagraphs(column.header, { bold: true }),
        }),
    ),
  });
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (cell, index) =>
            new TableCell({
              width: { size: widths[index] ?? 0, type: WidthType.DXA },
              borders,
              margins,
              children: cellParagraphs(cell),
            }),
        ),
      }),
  );
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [headerRow, ...bodyRows],
  });
  const captionParagraph = caption
    ? [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 80 },
          children: [new TextRun({ text: caption, bold: true })],
        }),
      ]
    : [];
  // An empty paragraph after a table keeps the next paragraph from gluing to its bottom border.
  return [...captionParagraph, table, new Paragraph({ spacing: { after: 60 } })];
}

/** Word keeps a table row with the next through keepNext on its paragraphs: the block stays on one page. */
function signatureTable(rows: [SignatureCell, SignatureCell | null][]): Table {
  const half = TEXT_WIDTH / 2;
  const cell = (signature: SignatureCell | null, keepNext: boolean) =>
    new TableCell({ width: { size: half, type: WidthType.DXA }, children: signatureParagraphs(signature, keepNext) });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: TableBorders.NONE,
    rows: rows.map(([left, right], index) => {
      const keepNext = index < rows.length - 1;
      return new TableRow({ cantSplit: true, children: [cell(left, keepNext), cell(right, keepNext)] });
    }),
  });
}

function signatureParagraphs(cell: SignatureCell | null, keepNext: boolean): Paragraph[] {
  if (!cell) return [new Paragraph({ keepNext })];
  return [
    new Paragraph({ keepNext, spacing: { after: 120 }, children: [new TextRun({ text: cell.label, bold: true })] }),
    new Paragraph({ keepNext, spacing: { after: 0 }, text: cell.name }),
    ...cell.details.map(
      (line) =>
        new Paragraph({
          keepNext,
          spacing: { after: 0 },
          children: [new TextRun({ text: line, size: 18, color: COLORS.muted })],
        }),
    ),
    new Paragraph({ keepNext, spacing: { after: 360 } }),
  ];
}
