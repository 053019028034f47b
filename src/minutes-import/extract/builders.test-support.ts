import { Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { createRequire } from 'node:module';
import { crc32, deflateRawSync } from 'node:zlib';
import pdfmake from 'pdfmake';

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
    if (line.startsWith('\t')) {
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

function paragraph(text: string): Paragraph {
  const [first = '', ...rest] = text.split('\t');
  return new Paragraph({
    children: [new TextRun(first), ...rest.map((part) => new TextRun({ children: [new Tab(), part] }))],
  });
}

export async function buildDocx(text: string): Promise<Buffer> {
  const children = toBlocks(text).map((block) => {
    if (block.kind === 'paragraph') return paragraph(block.text);
    const width = Math.max(...block.rows.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.rows.map(
        (r) =>
          new TableRow({
            children: Array.from(
              { length: width },
              (_, i) => new TableCell({ children: (r[i] ?? ['']).map(paragraph) }),
            ),
          }),
      ),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
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
}

/** Column widths like Word's: the first column (Verksamhet) narrow, the others share the rest. */
function tableWidths(columns: number): (number | string)[] {
  return columns === 1 ? ['*'] : [110, ...Array.from({ length: columns - 1 }, () => '*')];
}

function tableBlock(rows: string[][][], options: PdfOptions) {
  if (options.flatTables) return { text: rows.map((r) => r.map((c) => c.join(' ')).join('   ')).join('\n') };
  const width = Math.max(...rows.map((r) => r.length));
  return {
    table: {
      headerRows: options.repeatHeader ? 1 : 0,
      widths: tableWidths(width),
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
  const content = toBlocks(text).map((block) => {
    if (block.kind === 'paragraph') {
      const parts = block.text.split('\t');
      return parts.length > 1
        ? { columns: parts.map((p) => ({ text: p })) }
        : { text: block.text === '' ? ' ' : block.text };
    }
    return tableBlock(block.rows, options);
  });
  const running = options.runningHeader;
  const doc = pdfmake.createPdf({
    content,
    // A3 at 8 pt is the page the samples were built on before: long paragraphs and flattened rows fit on a line.
    ...(options.flatTables || options.page === 'A3'
      ? { defaultStyle: { fontSize: 8 }, pageSize: 'A3' as const }
      : { defaultStyle: { fontSize: 10 }, pageSize: 'A4' as const, pageMargins: [56, 60, 56, 60] as const }),
    ...(running
      ? {
          header: { text: running, margin: [56, 24, 56, 0], fontSize: 9 },
          footer: (page: number, pages: number) => ({
            text: `Sida ${page} (${pages})`,
            alignment: 'right',
            margin: [56, 20, 56, 0],
            fontSize: 9,
          }),
        }
      : {}),
  });
  return (await doc.getBuffer()) as Buffer;
}

/** A minimal zip writer, so the test controls the sizes in the central directory. */
export function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
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
