import iconv from 'iconv-lite';
import { MinutesParseError } from '../errors.ts';

/**
 * Labels a web page may declare for text that is Windows-1252 in practice: browsers (WHATWG Encoding) read ISO-8859-1,
 * Latin-1 and ASCII as Windows-1252, so a page's "–", "”" and "€" (bytes 0x80–0x9F) are what its author typed.
 */
const WINDOWS_1252_LABELS =
  /^(?:windows-1252|cp1252|x-cp1252|iso-?8859-1|iso_8859-1(?::1987)?|l(?:atin)?1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100|csisolatin1)$/i;

/**
 * Text in a legacy single-byte encoding, through iconv-lite: Node's own TextDecoder reads Windows-1252 as Latin-1 (bytes
 * 0x80–0x9F become control characters, so an old Word export's dashes and quotes vanish or the file is refused as
 * binary). `null` for a label iconv-lite does not know.
 */
export function decodeLegacy(buffer: Buffer, label: string): string | null {
  const encoding = WINDOWS_1252_LABELS.test(label) ? 'windows-1252' : label;
  return iconv.encodingExists(encoding) ? iconv.decode(buffer, encoding) : null;
}

function countZeros(buffer: Buffer, parity: number, limit: number): number {
  let zeros = 0;
  for (let i = parity; i < limit; i += 2) if (buffer[i] === 0) zeros++;
  return zeros;
}

/** UTF-16 without a byte-order mark: every other byte of mostly-Latin text is zero. */
function guessUtf16(buffer: Buffer): 'utf-16le' | 'utf-16be' | null {
  const limit = Math.min(buffer.length, 4096);
  const half = limit / 2;
  if (countZeros(buffer, 1, limit) > half * 0.4 && countZeros(buffer, 0, limit) < half * 0.05) return 'utf-16le';
  if (countZeros(buffer, 0, limit) > half * 0.4 && countZeros(buffer, 1, limit) < half * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(buffer: Buffer, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(buffer.subarray(skip));
  const swapped = Buffer.from(buffer.subarray(skip, buffer.length - ((buffer.length - skip) % 2)));
  return new TextDecoder('utf-16le').decode(swapped.swap16());
}

/** Decodes a plain-text file: BOMs first, then strict UTF-8, then Windows-1252 (old Swedish Word exports). */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decodeUtf16(buffer, 'utf-16le', 2);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decodeUtf16(buffer, 'utf-16be', 2);
  const utf16 = guessUtf16(buffer);
  if (utf16) return decodeUtf16(buffer, utf16, 0);
  if (buffer.subarray(0, 65536).includes(0)) throw new MinutesParseError('minutes.binary');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return decodeLegacy(buffer, 'windows-1252')!;
  }
}
