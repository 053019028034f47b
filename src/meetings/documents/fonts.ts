import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

// Every PDF embeds its fonts (PDF/A). The faces come from npm packages under free licences:
// Noto Sans (SIL OFL, through Fontsource) for Latin, Greek and Cyrillic; DejaVu Sans for Arabic
// (also Persian, Dari, Sorani, Urdu), Hebrew (also Yiddish), Armenian, Georgian and symbols; the
// monochrome Noto Emoji (OFL). Fontsource splits a face into files by Unicode range, so a style is
// a chain of files and a character is set in the first file that has a glyph for it. The WOFF (not
// WOFF2) files are used: they unpack to plain TrueType with zlib alone. DejaVu, not Noto, sets
// Arabic: Noto Sans Arabic draws ب, ت, ن and ي with one dotless glyph plus dots, so the PDF's
// glyph-to-text map could not give the letters back. docs/decisions/008 says why.

export type FontStyle = 'regular' | 'bold' | 'italic';

const require = createRequire(import.meta.url);

function fontsourceFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files', file);
}

function dejaVuFile(file: string): string {
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);
}

const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
const EMOJI_SUBSETS = ['emoji', ...Array.from({ length: 11 }, (_, index) => String(index))];

const faces: Record<FontStyle, { weight: number; slant: 'normal' | 'italic'; dejaVu: string }> = {
  regular: { weight: 400, slant: 'normal', dejaVu: 'DejaVuSans.ttf' },
  bold: { weight: 600, slant: 'normal', dejaVu: 'DejaVuSans-Bold.ttf' },
  italic: { weight: 400, slant: 'italic', dejaVu: 'DejaVuSans-Oblique.ttf' },
};

function styleFiles(style: FontStyle): string[] {
  const { weight, slant, dejaVu } = faces[style];
  return [
    ...NOTO_SANS_SUBSETS.map((subset) => fontsourceFile('noto-sans', `noto-sans-${subset}-${weight}-${slant}.woff`)),
    dejaVuFile(dejaVu),
  ];
}

/**
 * The files of a style in the order a character looks for its glyph. Every chain ends with the
 * regular one, so bold and italic text can set every character regular text can.
 */
function fontFiles(style: FontStyle): string[] {
  const emoji = EMOJI_SUBSETS.map((subset) => fontsourceFile('noto-emoji', `noto-emoji-${subset}-400-normal.woff`));
  // Emoji come before DejaVu, which has its own older emoticons: a run of emoji stays in one face.
  const [regularDejaVu, ...regularNoto] = styleFiles('regular').reverse();
  const [dejaVu, ...noto] = styleFiles(style).reverse();
  return [...new Set([...noto.reverse(), ...regularNoto.reverse(), ...emoji, dejaVu!, regularDejaVu!])];
}

export interface FontFace {
  /** The name the PDF renderer registers the face under. */
  name: string;
  font: fontkit.Font;
}

/**
 * WOFF 1.0 is an sfnt with each table compressed on its own. fontkit inflates a table on every
 * read, and subsetting reads the glyph table once per glyph, so the tables are inflated once here
 * and the font is handed over as a plain TrueType file (the WOFF 1.0 specification, section 5).
 */
function woffToSfnt(woff: Buffer): Buffer {
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const headerLength = 12 + 16 * numTables;
  const padded = (length: number) => (length + 3) & ~3;
  const sfnt = Buffer.alloc(headerLength + tables.reduce((sum, table) => sum + padded(table.data.length), 0));
  const searchRange = 2 ** Math.floor(Math.log2(numTables)) * 16;
  sfnt.writeUInt32BE(woff.readUInt32BE(4), 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(Math.log2(searchRange / 16), 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const entry = 12 + index * 16;
    table.tag.copy(sfnt, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}

const loaded = new Map<string, FontFace>();

function loadFace(file: string): FontFace {
  let face = loaded.get(file);
  if (!face) {
    const bytes = readFileSync(file);
    const font = fontkit.create(file.endsWith('.woff') ? woffToSfnt(bytes) : bytes);
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection`);
    face = { name: path.basename(file).replace(/\.(woff|ttf)$/, ''), font };
    loaded.set(file, face);
  }
  return face;
}

const chains = new Map<FontStyle, FontFace[]>();

/** The faces of a style in fallback order, parsed once per thread. */
export function fontChain(style: FontStyle): FontFace[] {
  let chain = chains.get(style);
  if (!chain) {
    chain = fontFiles(style).map(loadFace);
    chains.set(style, chain);
  }
  return chain;
}

/**
 * Format characters that have no look of their own (joiners, variation selectors, direction
 * marks, soft hyphen). A face without a glyph for one simply leaves it out.
 */
export function isInvisibleFormat(codePoint: number): boolean {
  return /\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(codePoint));
}

export interface FontRun {
  text: string;
  face: FontFace;
}

/**
 * Splits text into runs that one face can set. A character no face covers becomes "[U+XXXX]", so
 * nothing is silently lost from the paper even when older data holds a script the API now refuses.
 */
export function splitByFace(text: string, style: FontStyle): FontRun[] {
  const chain = fontChain(style);
  const primary = chain[0]!;
  const runs: FontRun[] = [];
  const push = (chunk: string, face: FontFace) => {
    const last = runs.at(-1);
    if (last?.face === face) last.text += chunk;
    else runs.push({ text: chunk, face });
  };
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const current = runs.at(-1)?.face;
    // Spaces and punctuation stay in the face around them, so a run of Arabic words is shaped as one.
    if (current?.font.hasGlyphForCodePoint(codePoint)) {
      push(char, current);
      continue;
    }
    const face = chain.find((candidate) => candidate.font.hasGlyphForCodePoint(codePoint));
    if (face) push(char, face);
    else if (!isInvisibleFormat(codePoint))
      push(`[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`, primary);
  }
  return runs;
}

/** Whether some face of the regular chain can set the character. */
export function hasGlyph(codePoint: number): boolean {
  return fontChain('regular').some((face) => face.font.hasGlyphForCodePoint(codePoint));
}

/** The Noto Sans regular file with Latin glyphs, for the archive's own pages. */
export function primaryFontFile(style: 'regular' | 'bold'): string {
  return fontFiles(style)[0]!;
}

/** A character the API accepts although no face draws it: line breaks, tabs and invisible format characters. */
function isAcceptedWithoutGlyph(codePoint: number): boolean {
  return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d || isInvisibleFormat(codePoint);
}

/** Control and private-use characters mean nothing on paper, whatever a font maps them to. */
function isMeaningless(codePoint: number): boolean {
  return /[\p{Cc}\p{Co}\p{Cs}]/u.test(String.fromCodePoint(codePoint));
}

/**
 * Every code point the PDF can print, as sorted inclusive ranges: what the faces draw, plus what
 * needs no glyph. The API refuses text outside them (src/platform/printable-ranges.generated.ts).
 */
export function printableRanges(): [number, number][] {
  const accepted = new Set<number>();
  for (const face of fontChain('regular')) {
    for (const codePoint of face.font.characterSet) if (!isMeaningless(codePoint)) accepted.add(codePoint);
  }
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
    if (isAcceptedWithoutGlyph(codePoint)) accepted.add(codePoint);
  }
  const ranges: [number, number][] = [];
  for (const codePoint of [...accepted].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}
