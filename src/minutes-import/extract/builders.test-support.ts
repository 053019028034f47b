import {
  BorderStyle,
  ColumnBreak,
  Document,
  FootnoteReferenceRun,
  Footer,
  Header,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { createRequire } from 'node:module';
import { crc32, deflateRawSync } from 'node:zlib';
import pdfmake from 'pdfmake';
import type { Content } from 'pdfmake';
import iconv from 'iconv-lite';

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][][] };

/**
 * Splits sample text the way Word produced it: lines starting with a tab are table cells (a blank line
 * ends a row, tab-less lines continue the cell); other lines are paragraphs.
 */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: string[][][] | null = null;
  let row: string[][] | null = null;
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [n, line] of all.entries()) {
    // "⇥Svårighet …" ⏎ "" ⏎ "Smittspårning: …" ⏎ "" ⏎ "⇥Kommunikation": a cell's later paragraph after an empty one
    // (the table goes on below it), not text after the table.
    const lastRow = table?.at(-1);
    if (!row && lastRow && line.trim() !== '' && !line.startsWith('\t') && all[n - 1] === '' && tableGoesOn(all, n)) {
      lastRow[lastRow.length - 1]!.push(line);
      row = lastRow;
      continue;
    }
    if (line === '\f') {
      // A form feed on a line of its own: a page break (`buildPdf`), read before blank lines (it is white space).
      row = table = null;
      blocks.push({ kind: 'paragraph', text: line });
    } else if (line.startsWith('\t')) {
      if (!table) blocks.push({ kind: 'table', rows: (table = []) });
      if (!row) table.push((row = []));
      row.push([line.slice(1)]);
    } else if (line.trim() === '') {
      if (row) row = null;
      else {
        table = null;
        blocks.push({ kind: 'paragraph', text: '' });
      }
    } else if (row) {
      row[row.length - 1]!.push(line);
    } else {
      table = null;
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

/** The tab-less lines from `n` are followed, after one blank line, by another row of the table. */
function tableGoesOn(lines: readonly string[], n: number): boolean {
  let k = n;
  while (k < lines.length && lines[k]!.trim() !== '' && !lines[k]!.startsWith('\t')) k++;
  return lines[k] === '' && (lines[k + 1]?.startsWith('\t') ?? false);
}

/** Footnote references written in a builder's text as "[^1]". */
const FOOTNOTE_MARK = /\[\^(\d+)\]/;

function runs(text: string): (TextRun | FootnoteReferenceRun)[] {
  return text.split(/(\[\^\d+\])/).flatMap((piece) => {
    const note = FOOTNOTE_MARK.exec(piece);
    if (note) return [new FootnoteReferenceRun(Number(note[1]))];
    const [first = '', ...rest] = piece.split('\t');
    return [
      ...(first === '' ? [] : [new TextRun(first)]),
      ...rest.map((part) => new TextRun({ children: [new Tab(), part] })),
    ];
  });
}

function paragraph(text: string, numbering?: { reference: string; level: number }): Paragraph {
  return new Paragraph({ children: runs(text), ...(numbering ? { numbering } : {}) });
}

export interface DocxOptions {
  /**
   * The space after each paragraph in points, set in the document's default paragraph style (Word's Normal has 8 pt;
   * many templates 0, as without the option).
   */
  spaceAfter?: number;
  /**
   * Numbered and bulleted paragraphs as Word's automatic numbering writes them (numbering.xml), not as typed text: a
   * line "3. Text" is "Text" in a list whose level writes "%1." (a list starting at 3 when the number before it was not
   * 2), "§ 12 Text" one whose level writes "§ %1", "2.1 Text" under a point "2." the second level "%1.%2" of that
   * list, and "• Text" a bullet list (indented two spaces or more, "  • Text", its second level).
   */
  wordNumbering?: boolean;
  /** The first page's header (Word's "Annorlunda första sida"), every other page's header, and every page's footer. */
  firstHeader?: string[];
  header?: string[];
  footer?: string[];
  /** Footnotes by number, referenced in the text as "[^1]". */
  footnotes?: Record<number, string>;
}

interface ListLine {
  kind: 'decimal' | 'paragraf' | 'bullet';
  number: number;
  level: number;
  text: string;
}

/** A numbered or bulleted line; "2.1 Text" only under a point "2." (not a time, "08.30 Sammanträdet startar"). */
function listLine(text: string, point: number | undefined): ListLine | null {
  let m = /^ *(\d+)\.(\d+)\.? (\S.*)$/.exec(text);
  if (m && Number(m[1]) === point) return { kind: 'decimal', number: Number(m[2]), level: 1, text: m[3]! };
  m = /^(\d+)\. (\S.*)$/.exec(text);
  if (m) return { kind: 'decimal', number: Number(m[1]), level: 0, text: m[2]! };
  m = /^§ ?(\d+) (\S.*)$/.exec(text);
  if (m) return { kind: 'paragraf', number: Number(m[1]), level: 0, text: m[2]! };
  m = /^( *)• (\S.*)$/.exec(text);
  if (m) return { kind: 'bullet', number: 0, level: m[1]!.length >= 2 ? 1 : 0, text: m[2]! };
  return null;
}

/** Word's numbering for `wordNumbering`: a list definition per run of numbers (a new one where the count jumps). */
class WordLists {
  readonly config: { reference: string; levels: ILevelsOptions[] }[] = [];
  private readonly last = new Map<string, { reference: string; number: number }>();

  /** The number of the last "N." point, under which "N.1" is a second level. */
  point(): number | undefined {
    return this.last.get('decimal')?.number;
  }

  reference(line: ListLine): { reference: string; level: number } {
    const current = this.last.get(line.kind);
    if (line.kind === 'bullet' || line.level > 0) {
      if (line.kind === 'bullet' && !current) this.add('bullet', 'bullet-0', 0);
      const reference = this.last.get(line.kind)?.reference ?? this.add(line.kind, `${line.kind}-0`, 1);
      return { reference, level: line.level };
    }
    const reference =
      current && current.number + 1 === line.number
        ? current.reference
        : this.add(line.kind, `${line.kind}-${this.config.length}`, line.number);
    this.last.set(line.kind, { reference, number: line.number });
    return { reference, level: 0 };
  }

  private add(kind: ListLine['kind'], reference: string, start: number): string {
    const levels: ILevelsOptions[] =
      kind === 'bullet'
        ? [
            { level: 0, format: LevelFormat.BULLET, text: '\uF0B7' },
            { level: 1, format: LevelFormat.BULLET, text: 'o' },
          ]
        : [
            { level: 0, format: LevelFormat.DECIMAL, text: kind === 'paragraf' ? '§ %1' : '%1.', start },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1 },
          ];
    this.config.push({ reference, levels });
    this.last.set(kind, { reference, number: start - 1 });
    return reference;
  }
}

const headerOf = (lines: string[] | undefined) => lines && { children: lines.map((l) => paragraph(l)) };

function wordBlocks(text: string, lists: WordLists | null): (Paragraph | Table)[] {
  return toBlocks(text).map((block) => {
    if (block.kind === 'paragraph') {
      if (block.text === '\f') return new Paragraph({ children: [new PageBreak()] });
      const line = lists ? listLine(block.text, lists.point()) : null;
      return line && lists ? paragraph(line.text, lists.reference(line)) : paragraph(block.text);
    }
    const width = Math.max(...block.rows.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.rows.map(
        (r) =>
          new TableRow({
            children: Array.from(
              { length: width },
              (_, i) => new TableCell({ children: (r[i] ?? ['']).map((cellText) => paragraph(cellText)) }),
            ),
          }),
      ),
    });
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/**
 * A Word file of the text: one paragraph per line, the sample's tables as tables, "\f" as a page break; with Word's
 * numbering, headers, footers and footnotes on request (`DocxOptions`). Layout marks
 * (see `layoutSegments`) become Word's own layouts: a section in columns with column breaks, a landscape section, and
 * the margin layout as a rule-less table (the § and Dnr in the narrow left cell, the title and text in the right).
 */
export async function buildDocx(text: string, options: DocxOptions = {}): Promise<Buffer> {
  const lists = options.wordNumbering ? new WordLists() : null;
  const docxBlocks = (part: string) => wordBlocks(part, lists);
  const segments = layoutSegments(text);
  const sections = segments.map((segment, n) => {
    // A landscape section ends on its own page: the section after it starts a new (portrait) page.
    const type = segments[n - 1]?.kind === 'landscape' ? SectionType.NEXT_PAGE : SectionType.CONTINUOUS;
    if (segment.kind === 'flow') return { properties: { type }, children: docxBlocks(segment.text) };
    if (segment.kind === 'columns')
      return {
        properties: { type, column: { count: segment.parts.length, space: 567 } },
        children: segment.parts.flatMap((part, n) => [
          ...(n > 0 ? [new Paragraph({ children: [new ColumnBreak()] })] : []),
          ...docxBlocks(part),
        ]),
      };
    if (segment.kind === 'landscape')
      return {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } },
        },
        children: docxBlocks(segment.text),
      };
    return {
      properties: { type },
      children: [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: [1700, 7300],
          borders: NO_BORDERS,
          rows: segment.rows.map(
            (row) =>
              new TableRow({
                children: [
                  new TableCell({
                    width: { size: 1700, type: WidthType.DXA },
                    children: row.side.map((l) => paragraph(l)),
                  }),
                  new TableCell({
                    width: { size: 7300, type: WidthType.DXA },
                    children: row.body.map((l) => paragraph(l)),
                  }),
                ],
              }),
          ),
        }),
      ],
    };
  });
  const first = headerOf(options.firstHeader);
  const header = headerOf(options.header);
  const footer = headerOf(options.footer);
  // The headers and footers are the first section's; Word's later sections without their own inherit them.
  const [opening, ...rest] = sections;
  const withFurniture = {
    ...opening!,
    properties: { ...opening!.properties, ...(first ? { titlePage: true } : {}) },
    headers: {
      ...(first ? { first: new Header(first) } : {}),
      ...(header ? { default: new Header(header) } : {}),
    },
    footers: footer ? { default: new Footer(footer) } : {},
  };
  return Packer.toBuffer(
    new Document({
      numbering: { config: lists?.config ?? [] },
      ...(options.spaceAfter === undefined
        ? {}
        : { styles: { default: { document: { paragraph: { spacing: { after: options.spaceAfter * 20 } } } } } }),
      ...(options.footnotes
        ? {
            footnotes: Object.fromEntries(
              Object.entries(options.footnotes).map(([n, note]) => [n, { children: [paragraph(note)] }]),
            ),
          }
        : {}),
      sections: [withFurniture, ...rest],
    }),
  );
}

/**
 * A text's layout marks, each on a line of its own (test documents only): "[[columns]]" … "[[column]]" … "[[/columns]]"
 * sets the parts side by side in columns (a newsletter page, a participant list in Word columns); "[[landscape]]" …
 * "[[/landscape]]" prints the text on a landscape page of its own; "[[margin]]" … "[[/margin]]" is a protocol's margin
 * layout, each "[[side: § 34 | Dnr SN 2021/45]]" starting a row whose side lines stand in the left margin beside the
 * lines up to the next row. Outside the marks the text flows as before.
 */
export type LayoutSegment =
  | { kind: 'flow'; text: string }
  | { kind: 'columns'; parts: string[] }
  | { kind: 'landscape'; text: string }
  | { kind: 'margin'; rows: { side: string[]; body: string[] }[] };

export function layoutSegments(text: string): LayoutSegment[] {
  const segments: LayoutSegment[] = [];
  let current: string[] = [];
  let mode: 'flow' | 'columns' | 'landscape' | 'margin' = 'flow';
  let parts: string[][] = [];
  let rows: { side: string[]; body: string[] }[] = [];
  const flush = () => {
    if (mode === 'flow' && current.length) segments.push({ kind: 'flow', text: current.join('\n') });
    if (mode === 'landscape') segments.push({ kind: 'landscape', text: current.join('\n') });
    current = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const mark = /^\[\[(\/?)(columns|column|landscape|margin|side)(?::\s*(.*))?\]\]$/.exec(line.trim());
    if (!mark) {
      if (mode === 'columns') parts.at(-1)!.push(line);
      else if (mode === 'margin') rows.at(-1)?.body.push(line);
      else current.push(line);
      continue;
    }
    const [, close, name, arg] = mark;
    if (name === 'column') parts.push([]);
    else if (name === 'side') rows.push({ side: (arg ?? '').split('|').map((s) => s.trim()), body: [] });
    else if (close) {
      if (mode === 'columns') segments.push({ kind: 'columns', parts: parts.map((p) => p.join('\n')) });
      else if (mode === 'margin') segments.push({ kind: 'margin', rows });
      else flush();
      mode = 'flow';
    } else {
      flush();
      mode = name as 'columns' | 'landscape' | 'margin';
      parts = [[]];
      rows = [];
    }
  }
  flush();
  return segments;
}

/** The text without its layout marks, as a text copy of the document reads: columns one after the other, a margin row's side lines above its text. */
export function plainLayout(text: string): string {
  return layoutSegments(text)
    .map((s) =>
      s.kind === 'columns'
        ? s.parts.join('\n')
        : s.kind === 'margin'
          ? s.rows.map((r) => [...r.side, ...r.body].join('\n')).join('\n')
          : s.text,
    )
    .join('\n');
}

const require = createRequire(import.meta.url);
const robotoDir = `${require.resolve('pdfmake/package.json').replace(/package\.json$/, '')}fonts/Roboto`;

export interface PdfOptions {
  /** Repeat each table's first row on every page it runs onto (Word's "repeat header row"; pdfmake `headerRows`). */
  repeatHeader?: boolean;
  /** A running header and a page-number footer on every page ("Sida n (m)"), as Word exports print them. */
  runningHeader?: string;
  /** Each table row flattened into one line of text: how the samples' PDFs were built before real tables. */
  flatTables?: boolean;
  /** A4 at 10 pt (the default, a Word page) or A3 at 8 pt. */
  page?: 'A4' | 'A3';
  /**
   * Text in front of the page number in the footer of every page, tab-separated parts as columns: a meeting system's
   * protocol prints "Justerandes sign\tUtdragsbestyrkande" there. Needs `runningHeader`.
   */
  footerText?: string;
  /**
   * The text's first table printed without rules and with a wider label column: the label/value first page of a
   * protocol from a meeting system ("Plats och tid", "Beslutande", "Justerare", "Underskrifter"), as Ciceron, Platina
   * and Lex print it.
   */
  labelTable?: boolean;
}

/** A running header as a Word template prints one: the document's first line (its title or body), shortened. */
export function firstLineHeader(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? 'Protokoll').trim().slice(0, 90);
}

/** Column widths like Word's: the first column (Verksamhet) narrow, the others share the rest. */
function tableWidths(columns: number): (number | string)[] {
  return columns === 1 ? ['*'] : [110, ...Array.from({ length: columns - 1 }, () => '*')];
}

function tableBlock(rows: string[][][], options: PdfOptions, labels = false) {
  if (options.flatTables) return { text: rows.map((r) => r.map((c) => c.join(' ')).join('   ')).join('\n') };
  const width = Math.max(...rows.map((r) => r.length));
  return {
    ...(labels ? { layout: 'noBorders' } : {}),
    table: {
      headerRows: options.repeatHeader ? 1 : 0,
      widths: labels ? [140, ...Array.from({ length: width - 1 }, () => '*')] : tableWidths(width),
      // A cell's lines are its paragraphs; pdfmake wraps each at the column's width.
      body: rows.map((r) => Array.from({ length: width }, (_, i) => ({ text: (r[i] ?? ['']).join('\n') }))),
    },
  };
}

/**
 * An A4 PDF with one paragraph per line; tab-separated parts become columns and the sample's tables real tables
 * (ruled cells, wrapped text, rows running over page breaks), unless `flatTables`.
 */
export async function buildPdf(text: string, options: PdfOptions = {}): Promise<Buffer> {
  pdfmake.setFonts({
    Roboto: {
      normal: `${robotoDir}/Roboto-Regular.ttf`,
      bold: `${robotoDir}/Roboto-Medium.ttf`,
      italics: `${robotoDir}/Roboto-Italic.ttf`,
      bolditalics: `${robotoDir}/Roboto-MediumItalic.ttf`,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p: string) => p.startsWith(robotoDir));
  let tables = 0;
  const pdfBlocks = (part: string) =>
    toBlocks(part).map((block) => {
      if (block.kind === 'paragraph') {
        // A form feed on a line of its own starts a new page (a protocol's paragraphs each on a page of their own).
        if (block.text === '\f') return { text: '', pageBreak: 'after' as const };
        const parts = block.text.split('\t');
        return parts.length > 1
          ? { columns: parts.map((p) => ({ text: p })) }
          : { text: block.text === '' ? ' ' : block.text };
      }
      return tableBlock(block.rows, options, options.labelTable === true && tables++ === 0);
    });
  const content = layoutSegments(text).flatMap((segment, n, all): Content[] => {
    if (segment.kind === 'flow') {
      const blocks = pdfBlocks(segment.text);
      // After a landscape page the text goes on on a portrait page.
      return all[n - 1]?.kind === 'landscape'
        ? [{ text: '', pageBreak: 'before', pageOrientation: 'portrait' }, ...blocks]
        : blocks;
    }
    if (segment.kind === 'columns')
      return [{ columns: segment.parts.map((part) => ({ width: '*', stack: pdfBlocks(part) })), columnGap: 24 }];
    if (segment.kind === 'landscape')
      return [{ text: '', pageBreak: 'before', pageOrientation: 'landscape' }, ...pdfBlocks(segment.text)];
    return segment.rows.map((row) => ({
      columns: [
        { width: 90, stack: row.side.map((line) => ({ text: line })) },
        { width: '*', stack: pdfBlocks(row.body.join('\n')) },
      ],
      columnGap: 12,
      margin: [0, 0, 0, 8],
    }));
  });
  const running = options.runningHeader;
  const columns = (line: string) => ({ columns: line.split('\t').map((p) => ({ text: p })) });
  const doc = pdfmake.createPdf({
    content,
    // A3 at 8 pt is the page the samples were built on before: long paragraphs and flattened rows fit on a line.
    ...(options.flatTables || options.page === 'A3'
      ? { defaultStyle: { fontSize: 8 }, pageSize: 'A3' as const }
      : { defaultStyle: { fontSize: 10 }, pageSize: 'A4' as const, pageMargins: [56, 60, 56, 60] as const }),
    ...(running
      ? {
          // A header of several lines (a meeting system's: kommun, document kind, body, date) and tab-separated columns.
          header: {
            stack: running.split('\n').map(columns),
            margin: [56, running.includes('\n') ? 14 : 24, 56, 0],
            fontSize: 9,
          },
          footer: (page: number, pages: number) => ({
            columns: [
              ...(options.footerText ? columns(options.footerText).columns : []),
              { text: `Sida ${page} (${pages})`, alignment: 'right' },
            ],
            margin: [56, 20, 56, 0],
            fontSize: 9,
          }),
        }
      : {}),
  });
  return (await doc.getBuffer()) as Buffer;
}

/**
 * A PDF that opens (catalogue, page tree, cross-reference table) but whose one page's content stream is not the deflate
 * data its /FlateDecode filter declares, so pdf.js fails only when it reads the page's text.
 */
export function buildPdfWithDamagedPage(): Buffer {
  const stream = 'x\u009c\u00ff\u00ff\u00ff not deflate data';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A minimal zip writer, so the test controls the sizes in the central directory. */
export function zip(entries: { name: string; data: Buffer; stored?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, stored } of entries) {
    const packed = stored ? data : deflateRawSync(data, { level: 9 });
    const method = stored ? 0 : 8;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A paragraph, or a list whose items hold paragraphs and nested lists: the structure a web page or an ODT shows. */
type Flow = { kind: 'p'; text: string } | { kind: 'list'; items: Flow[][] };

const BULLET_LINE = /^(\s*)[•·◦▪*-]\s+(.*)$/;
const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/**
 * Reads a text's paragraphs as a page would hold them: bullet lines ("• ", "· ", "- ") are list items, nested by their
 * indentation; a deeper-indented line or a blank line after an item (before the next item) belongs to that item.
 */
export function toFlow(lines: string[]): Flow[] {
  const flow: Flow[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!BULLET_LINE.test(lines[i]!)) {
      flow.push({ kind: 'p', text: lines[i]! });
      i++;
      continue;
    }
    const [list, next] = readList(lines, i, indentOf(lines[i]!));
    flow.push(list);
    i = next;
  }
  return flow;
}

function readList(lines: string[], start: number, indent: number): [Flow, number] {
  const items: Flow[][] = [];
  let i = start;
  while (i < lines.length) {
    const match = BULLET_LINE.exec(lines[i]!);
    if (!match || match[1]!.length !== indent) break;
    const item: Flow[] = [{ kind: 'p', text: match[2]!.trim() }];
    i++;
    for (;;) {
      // Blank lines and deeper lines up to the next item at this level (or deeper text) stay in the item.
      let j = i;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      const line = lines[j];
      if (line === undefined || indentOf(line) < indent) break;
      const bullet = BULLET_LINE.exec(line);
      if (bullet && bullet[1]!.length === indent) {
        for (; i < j; i++) item.push({ kind: 'p', text: '' });
        break;
      }
      if (indentOf(line) === indent && !bullet) break;
      for (; i < j; i++) item.push({ kind: 'p', text: '' });
      if (bullet) {
        const [nested, next] = readList(lines, j, indentOf(line));
        item.push(nested);
        i = next;
      } else {
        item.push({ kind: 'p', text: line.trim() });
        i = j + 1;
      }
    }
    items.push(item);
  }
  return [{ kind: 'list', items }, i];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A paragraph's text as a page writes it: spaces that align columns as no-break spaces, and a tab so too, as Word's
 * "save as web page" writes one (`<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp; </span>`).
 */
const htmlText = (text: string, tabs: HtmlOptions['tabs']) =>
  escapeXml(text)
    .replace(/ {2,}/g, (spaces) => `${'&nbsp;'.repeat(spaces.length - 1)} `)
    .replace(/\t/g, tabs === 'space' ? ' ' : '<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp; </span>');

function htmlFlow(flow: Flow[], tabs: HtmlOptions['tabs']): string {
  return flow
    .map((f) =>
      f.kind === 'p'
        ? `<p>${f.text.trim() === '' ? '&nbsp;' : htmlText(f.text.trim(), tabs)}</p>`
        : `<ul>${f.items.map((item) => `<li>${htmlFlow(item, tabs)}</li>`).join('\n')}</ul>`,
    )
    .join('\n');
}

export interface HtmlOptions {
  /** The charset the page declares and is written in (UTF-8 by default; ISO-8859-1 pages are written as browsers read them, in Windows-1252). */
  charset?: 'utf-8' | 'windows-1252' | 'iso-8859-1';
  /** A site's furniture around the text: navigation, page header and footer, a script and a style. */
  furniture?: boolean;
  /** A tab as Word's "save as web page" writes it (the default), or as a space (a page written by hand). */
  tabs?: 'word' | 'space';
}

/**
 * A web page of the text: one element per line (`<p>`, bullet lines as nested `<ul>` lists, a blank line as
 * `<p>&nbsp;</p>`), the text's tables as `<table>`s.
 */
export function buildHtml(text: string, options: HtmlOptions = {}): Buffer {
  const charset = options.charset ?? 'utf-8';
  const body = groupParagraphs(toBlocks(text))
    .map((block) =>
      block.kind === 'paragraphs'
        ? htmlFlow(toFlow(block.lines), options.tabs)
        : `<table>\n${block.rows
            .map((row) => `<tr>${row.map((cell) => `<td>${htmlFlow(toFlow(cell), options.tabs)}</td>`).join('')}</tr>`)
            .join('\n')}\n</table>`,
    )
    .join('\n');
  const furniture = options.furniture
    ? {
        head: '<style>p { margin: 0 }</style><script>var menu = "Hem Om oss Kontakt";</script>',
        top: '<header><a href="/">Kommunen</a></header><nav><ul><li><a href="/">Start</a></li><li>Protokoll</li></ul></nav>',
        bottom: '<footer><p>Telefon 0771-00 00 00 · Cookies</p></footer>',
      }
    : { head: '', top: '', bottom: '' };
  const page = `<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="${charset}">\n<title>Protokoll</title>${furniture.head}\n</head>\n<body>${furniture.top}<main>\n${body}\n</main>${furniture.bottom}</body>\n</html>\n`;
  return charset === 'utf-8' ? Buffer.from(page, 'utf8') : iconv.encode(page, 'windows-1252');
}

type Grouped = { kind: 'paragraphs'; lines: string[] } | { kind: 'table'; rows: string[][][] };

function groupParagraphs(blocks: Block[]): Grouped[] {
  const grouped: Grouped[] = [];
  for (const block of blocks) {
    const last = grouped.at(-1);
    if (block.kind === 'table') grouped.push(block);
    else if (last?.kind === 'paragraphs') last.lines.push(block.text);
    else grouped.push({ kind: 'paragraphs', lines: [block.text] });
  }
  return grouped;
}

/** An ODT paragraph: tabs as `text:tab`, runs of spaces as `text:s`, as LibreOffice writes them. */
function odtParagraph(text: string): string {
  const inner = escapeXml(text)
    .replace(/\t/g, '<text:tab/>')
    .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`)
    .replace(/^ /, '<text:s/>');
  return `<text:p text:style-name="Standard">${inner}</text:p>`;
}

function odtFlow(flow: Flow[]): string {
  return flow
    .map((f) =>
      f.kind === 'p'
        ? odtParagraph(f.text)
        : `<text:list text:style-name="L1">${f.items.map((item) => `<text:list-item>${odtFlow(item)}</text:list-item>`).join('')}</text:list>`,
    )
    .join('\n');
}

const ODF_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"';

export interface OdtOptions {
  /** The list style of the bullet lists: bullets (the default) or numbers ("1."). */
  numbered?: boolean;
  /** Entries added to the archive (a zip bomb's). */
  extra?: { name: string; data: Buffer }[];
}

/**
 * An OpenDocument text of the text, as LibreOffice writes one: paragraphs as `text:p` (tabs and spaces kept), bullet
 * lines as nested `text:list`s, the text's tables as `table:table`s; `mimetype` stored first.
 */
export function buildOdt(text: string, options: OdtOptions = {}): Buffer {
  const body = groupParagraphs(toBlocks(text))
    .map((block) =>
      block.kind === 'paragraphs'
        ? odtFlow(toFlow(block.lines))
        : `<table:table table:name="T"><table:table-column table:number-columns-repeated="${Math.max(...block.rows.map((r) => r.length))}"/>${block.rows
            .map(
              (row) =>
                `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string">${cell.map(odtParagraph).join('')}</table:table-cell>`).join('')}</table:table-row>`,
            )
            .join('\n')}</table:table>`,
    )
    .join('\n');
  const level = options.numbered
    ? '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    : '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/><text:list-level-style-bullet text:level="2" text:bullet-char="◦"/>';
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODF_NAMESPACES}><office:automatic-styles><text:list-style style:name="L1">${level}</text:list-style></office:automatic-styles><office:body><office:text>\n${body}\n</office:text></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), stored: true },
    { name: 'content.xml', data: Buffer.from(content) },
    { name: 'META-INF/manifest.xml', data: Buffer.from(manifest) },
    ...(options.extra ?? []),
  ]);
}
