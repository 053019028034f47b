import { createRequire } from 'node:module';
import path from 'node:path';
import pdfMake from 'pdfmake';
import type { Content, CustomTableLayout, Node, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { buildMinutesLayout, type Block, type PageHeader, type SignatureCell, type TableColumn } from './blocks.ts';
import { DRAFT_MARKER, pageLabelParts } from './format.ts';
import type { MinutesDocument } from './model.ts';

// PDF points: A4 is 595.28 × 841.89.
const PAGE_WIDTH = 595.28;
const MARGIN = { left: 62, top: 100, right: 62, bottom: 60 };
const TEXT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
const INDENT = 18;
const CELL_PADDING = 4;
const LINE_WIDTH = 0.5;
const COLORS = { text: '#1a1a1a', muted: '#595959', rule: '#a6a6a6', headerFill: '#ededed', draft: '#b3261e' };

// headlineLevel tags for pageBreakBefore: blocks that must not end a page on their own
// (headings, labels, "X beslutade"), and the page header, whose nodes pdfmake lists among
// the body's with meaningless positions.
const KEEP_WITH_NEXT = 1;
const PAGE_HEADER = 2;

export async function renderMinutesPdf(doc: MinutesDocument): Promise<Buffer> {
  configurePdfMake();
  const layout = buildMinutesLayout(doc);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    language: 'sv-SE',
    info: { title: layout.title, creator: 'Samverkan', producer: 'Samverkan' },
    header: (currentPage, pageCount) => pageHeader(layout.header, currentPage, pageCount),
    watermark: layout.header.isDraft
      ? { text: DRAFT_MARKER, color: COLORS.draft, opacity: 0.06, bold: true }
      : undefined,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: COLORS.text },
    content: layout.blocks.map(renderBlock),
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === KEEP_WITH_NEXT &&
      queries
        .getFollowingNodesOnPage()
        .filter(isBodyNode)
        .every((next) => next.headlineLevel === KEEP_WITH_NEXT),
  };
  return pdfMake.createPdf(definition).getBuffer();
}

function isBodyNode(node: Node): boolean {
  return node.headlineLevel !== PAGE_HEADER;
}

let isConfigured = false;

/**
 * pdfmake is a process-wide singleton. Fonts come from the Roboto files it ships, and both
 * access policies are locked down: minutes contain no images or links to fetch, so any attempt
 * to read a URL or another local file is a bug, and without policies pdfmake also warns on every call.
 */
function configurePdfMake(): void {
  if (isConfigured) return;
  const fontDir = path.join(
    path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
    'fonts',
    'Roboto',
  );
  const font = (file: string) => path.join(fontDir, file);
  pdfMake.setFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
  isConfigured = true;
}

function pageHeader(header: PageHeader, currentPage: number, pageCount: number): Content {
  const tag = { headlineLevel: PAGE_HEADER };
  const left: Content[] = [{ text: header.documentType, bold: true, fontSize: 12, ...tag }];
  if (header.isDraft) left.push({ text: DRAFT_MARKER, bold: true, color: COLORS.draft, fontSize: 9, ...tag });
  const right: Content[] = [...header.lines, pageLabelParts(currentPage, pageCount).join('')].map((line) => ({
    text: line,
    alignment: 'right',
    fontSize: 8.5,
    ...tag,
  }));
  return {
    margin: [MARGIN.left, 40, MARGIN.right, 0],
    ...tag,
    stack: [
      {
        columns: [
          { stack: left, ...tag },
          { stack: right, ...tag },
        ],
        ...tag,
      },
      {
        canvas: [{ type: 'line', x1: 0, y1: 6, x2: TEXT_WIDTH, y2: 6, lineWidth: LINE_WIDTH, lineColor: COLORS.rule }],
        ...tag,
      },
    ],
  };
}

function renderBlock(block: Block): Content {
  switch (block.type) {
    case 'draftMarker':
      return { text: block.text, bold: true, fontSize: 13, color: COLORS.draft, margin: [0, 0, 0, 8] };
    case 'title':
      return {
        text: block.text,
        bold: true,
        fontSize: 17,
        lineHeight: 1.15,
        margin: [0, 0, 0, 12],
        headlineLevel: KEEP_WITH_NEXT,
      };
    case 'heading':
      return { text: block.text, bold: true, fontSize: 12, margin: [0, 16, 0, 4], headlineLevel: KEEP_WITH_NEXT };
    case 'label':
      return {
        text: block.text,
        fontSize: 8.5,
        italics: true,
        color: COLORS.muted,
        margin: [0, 2, 0, 4],
        headlineLevel: KEEP_WITH_NEXT,
      };
    case 'paragraph':
      return {
        text: block.runs.map((run) => ({ text: run.text, bold: run.bold })),
        margin: [block.indent ? INDENT : 0, 0, 0, 6],
        headlineLevel: block.keepWithNext ? KEEP_WITH_NEXT : undefined,
      };
    case 'bullets':
      return { ul: block.items, margin: [6, 0, 0, 6], markerColor: COLORS.muted };
    case 'group':
      return {
        stack: [
          { text: block.title, bold: true, headlineLevel: KEEP_WITH_NEXT },
          ...block.lines.map((line): Content => ({ text: line, margin: [INDENT, 0, 0, 0] })),
        ],
        margin: [0, 4, 0, 4],
      };
    case 'table':
      return dataTable(block.caption, block.columns, block.rows);
    case 'signatures':
      return signatureTable(block.rows);
  }
}

const dataTableLayout: CustomTableLayout = {
  hLineWidth: () => LINE_WIDTH,
  vLineWidth: () => LINE_WIDTH,
  hLineColor: () => COLORS.rule,
  vLineColor: () => COLORS.rule,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  fillColor: (rowIndex) => (rowIndex === 0 ? COLORS.headerFill : null),
};

/** pdfmake widths exclude padding and rules, so weights are applied to what is left. */
function columnWidths(columns: TableColumn[]): number[] {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const usable = TEXT_WIDTH - columns.length * 2 * CELL_PADDING - (columns.length + 1) * LINE_WIDTH;
  return columns.map((column) => (usable * column.weight) / totalWeight);
}

function dataTable(caption: string | null, columns: TableColumn[], rows: string[][]): Content {
  const header: TableCell[] = columns.map((column) => ({ text: column.header, bold: true }));
  const table: Content = {
    table: { headerRows: 1, widths: columnWidths(columns), body: [header, ...rows] },
    layout: dataTableLayout,
    fontSize: 8.5,
    lineHeight: 1.15,
    margin: [0, 2, 0, 10],
  };
  if (!caption) return table;
  return { stack: [{ text: caption, bold: true, margin: [0, 4, 0, 4], headlineLevel: KEEP_WITH_NEXT }, table] };
}

function signatureTable(rows: [SignatureCell, SignatureCell | null][]): Content {
  return {
    margin: [0, 28, 0, 0],
    unbreakable: true,
    table: { widths: ['*', '*'], dontBreakRows: true, body: rows.map((row) => row.map(signatureStack)) },
    layout: 'noBorders',
  };
}

function signatureStack(cell: SignatureCell | null): TableCell {
  if (!cell) return { text: '' };
  return {
    margin: [0, 0, 0, 22],
    stack: [
      { text: cell.label, bold: true, margin: [0, 0, 0, 6] },
      { text: cell.name },
      ...cell.details.map((line) => ({ text: line, fontSize: 8.5, color: COLORS.muted })),
    ],
  };
}
