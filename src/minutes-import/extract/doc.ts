import { createRequire } from 'node:module';
import { MinutesParseError } from '../errors.ts';
import { pushRow } from './lines.ts';

// word-extractor (pinned) reads the OLE compound file, the piece table and the fields of a Word 97–2003 file; its
// public getBody() writes a table cell's end as a tab, the same character as a tab typed in a paragraph, so a table
// cannot be told from "Datum:⇥2020-12-29". Its extractor class is extended here to keep the marks apart: the cell
// ends (0x07), the row ends (which it finds by the paragraph property sprmPFTtp and writes as "\n") and, read here
// from the same paragraph properties, which paragraphs stand in a table cell (sprmPFInTable).
const require = createRequire(import.meta.url);

interface Piece {
  text: string;
  startCp: number;
  startFilePos: number;
  endFilePos: number;
  bpc: number;
}
interface WordOleDocument {
  getBody(): string;
  getFootnotes(): string;
  getEndnotes(): string;
  getHeaders(options?: { includeFooters?: boolean }): string;
  getAnnotations(): string;
  getTextboxes(options?: { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
}
interface RawDocument extends WordOleDocument {
  raw: string;
}
interface WordOleExtractorClass {
  new (): {
    _pieces: Piece[];
    _boundaries: { ccpText: number };
    extract(reader: unknown): Promise<WordOleDocument>;
    writeParagraphProperties(buffer: Buffer, table: Buffer): void;
    buildDocument(): WordOleDocument;
  };
}
interface BufferReaderClass {
  new (buffer: Buffer): { open(): Promise<unknown>; close(): Promise<unknown> };
}

const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as WordOleExtractorClass;
const BufferReader = require('word-extractor/lib/buffer-reader.js') as BufferReaderClass;
const { clean } = require('word-extractor/lib/filters.js') as { clean: (text: string) => string };

interface AllocationTableClass {
  prototype: { _table: number[]; getSecIdChain(startSecId: number): number[] };
}
const AllocationTable = require('word-extractor/lib/ole-allocation-table.js') as AllocationTableClass;

/**
 * word-extractor trusts a compound file's header and sector chains: a damaged or crafted .doc (found by mutating the
 * fixtures' bytes) that declares four million allocation-table sectors in a 26 kB file, or whose sector chain runs in
 * a circle, made it allocate until the process ran out of memory. Every count is held to what the file can hold, and
 * a chain must stay inside its table and never come back to a sector, before the library reads a byte more.
 */
function assertPlausibleCompoundFile(buffer: Buffer): void {
  const damaged = (detail: string) => new MinutesParseError('minutes.unreadable', `damaged Word file: ${detail}`);
  if (buffer.length < 512) throw damaged('shorter than its header');
  const sectorShift = buffer.readUInt16LE(30);
  if (sectorShift !== 9 && sectorShift !== 12) throw damaged(`sector size 2^${sectorShift}`);
  if (buffer.readUInt16LE(32) !== 6) throw damaged('short sector size');
  const sectors = Math.ceil(buffer.length / 2 ** sectorShift);
  for (const [name, offset] of [
    ['allocation table', 44],
    ['short allocation table', 64],
    ['master allocation table', 72],
  ] as const) {
    const count = buffer.readInt32LE(offset);
    if (count < 0 || count > sectors) throw damaged(`${count} ${name} sectors in a file of ${sectors}`);
  }
}

// The library's own chain walk stops only at a sector that points to itself (its comment names the out-of-memory
// error a longer circle still causes); this one stops at every circle and at a sector outside the table.
AllocationTable.prototype.getSecIdChain = function getSecIdChain(startSecId: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let secId = startSecId; secId > -1; secId = this._table[secId]!) {
    if (secId >= this._table.length || seen.has(secId) || !Number.isInteger(secId)) {
      throw new MinutesParseError('minutes.unreadable', `damaged Word file: sector chain broken at ${secId}`);
    }
    seen.add(secId);
    chain.push(secId);
  }
  return chain;
};

const SPRM_P_F_IN_TABLE = 0x2416;
/** Private-use characters, so clean() (fields, deleted text, control characters) leaves the marks in place. */
const CELL_END = '\ue000';
const IN_TABLE_PARAGRAPH_END = '\ue001';
const ROW_END = '\ue002';
const LINE_BREAK = '\ue003';

/** The file positions of the paragraphs with sprmPFInTable set, from the PAPX pages (the layout word-extractor reads). */
function inTableRanges(buffer: Buffer, table: Buffer): [number, number][] {
  const ranges: [number, number][] = [];
  const fc = buffer.readUInt32LE(0x0102);
  const lcb = buffer.readUInt32LE(0x0106);
  const count = (lcb - 4) / 8;
  const plc = table.subarray(fc, fc + lcb);
  for (let i = 0; i < count; i++) {
    const page = plc.readUInt32LE((count + 1) * 4 + i * 4) & 0x3fffff;
    const fkp = buffer.subarray(page * 512, (page + 1) * 512);
    if (fkp.length < 512) continue;
    const runs = fkp.readUInt8(511);
    for (let j = 0; j < runs; j++) {
      const offset = fkp.readUInt8((runs + 1) * 4 + j * 13) * 2;
      if (offset === 0) continue;
      const cb = fkp.readUInt8(offset);
      const papx =
        cb !== 0
          ? fkp.subarray(offset + 1, offset + 2 * cb)
          : fkp.subarray(offset + 2, offset + 2 + 2 * fkp.readUInt8(offset + 1));
      if (hasInTable(papx)) ranges.push([fkp.readUInt32LE(j * 4), fkp.readUInt32LE((j + 1) * 4)]);
    }
  }
  return ranges;
}

/** Operand sizes by spra (the sprm's top three bits); 6 is variable (a length byte first). */
const OPERAND_SIZE = [1, 1, 2, 4, 2, 2, -1, 3];

/** Whether a PAPX's grpprl (after the 2-byte style index) sets sprmPFInTable to 1. */
function hasInTable(papx: Buffer): boolean {
  let offset = 2;
  while (offset + 2 <= papx.length) {
    const sprm = papx.readUInt16LE(offset);
    offset += 2;
    if (sprm === SPRM_P_F_IN_TABLE) return papx[offset] === 1;
    const size = OPERAND_SIZE[sprm >> 13]!;
    offset += size === -1 ? (papx[offset] ?? 0) + 1 : size;
  }
  return false;
}

/** Whether `position` falls in one of the sorted, disjoint ranges (a binary search: a long file has many paragraphs). */
function within(ranges: [number, number][], position: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle]!;
    if (position < from) high = middle - 1;
    else if (position >= to) low = middle + 1;
    else return true;
  }
  return false;
}

class TableAwareExtractor extends WordOleExtractor {
  private inTable: [number, number][] = [];

  override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
    super.writeParagraphProperties(buffer, table);
    this.inTable = inTableRanges(buffer, table).sort((a, b) => a[0] - b[0]);
  }

  /** The body with the marks of tables and line breaks kept apart, before clean(). */
  override buildDocument(): RawDocument {
    const document = super.buildDocument() as RawDocument;
    const chars: string[] = [];
    for (const piece of this._pieces) {
      for (let i = 0; i < piece.text.length; i++) {
        const char = piece.text[i]!;
        const filePos = piece.startFilePos + i * piece.bpc;
        if (char === '\x07') chars.push(CELL_END);
        else if (char === '\n') chars.push(ROW_END);
        else if (char === '\x0b' || char === '\x0c') chars.push(LINE_BREAK);
        else if (char === '\r' && within(this.inTable, filePos)) chars.push(IN_TABLE_PARAGRAPH_END);
        else chars.push(char);
      }
    }
    document.raw = clean(chars.slice(0, this._boundaries.ccpText).join(''));
    return document;
  }
}

/** Lays the marked body out like the DOCX reader's text (lines.ts). */
function layout(raw: string): string {
  const out: string[] = [];
  let line = '';
  let cell: string[] = [];
  let row: string[][] = [];
  for (const char of raw.replace(/\r?\n/g, '\r')) {
    if (char === '\r') {
      out.push(line);
      line = '';
    } else if (char === IN_TABLE_PARAGRAPH_END) {
      cell.push(line);
      line = '';
    } else if (char === CELL_END) {
      row.push([...cell, line]);
      cell = [];
      line = '';
    } else if (char === ROW_END) {
      pushRow(out, row);
      row = [];
      line = '';
    } else line += char === LINE_BREAK ? '\n' : char;
  }
  if (row.length > 0) pushRow(out, row);
  if (line !== '') out.push(line);
  return out.join('\n');
}

/** Text of a Word 97–2003 document (.doc): the body, laid out like a DOCX's (tables as tab-led cell lines). */
export async function docToText(buffer: Buffer): Promise<string> {
  assertPlausibleCompoundFile(buffer);
  const reader = new BufferReader(buffer);
  await reader.open();
  try {
    const document = (await new TableAwareExtractor().extract(reader)) as RawDocument;
    return layout(document.raw);
  } catch (error) {
    if (error instanceof MinutesParseError) throw error;
    throw new MinutesParseError('minutes.unreadable', error instanceof Error ? error.message : String(error));
  } finally {
    await reader.close();
  }
}

/**
 * Every text a Word 97–2003 file carries, for the personnummer check: body, headers and footers, footnotes, endnotes,
 * comments and text boxes.
 */
export async function docAllText(buffer: Buffer): Promise<string> {
  assertPlausibleCompoundFile(buffer);
  const reader = new BufferReader(buffer);
  await reader.open();
  try {
    const document = await new WordOleExtractor().extract(reader);
    return [
      document.getBody(),
      document.getHeaders({ includeFooters: true }),
      document.getFootnotes(),
      document.getEndnotes(),
      document.getAnnotations(),
      document.getTextboxes({ includeHeadersAndFooters: true, includeBody: true }),
    ].join('\n\n');
  } finally {
    await reader.close();
  }
}
