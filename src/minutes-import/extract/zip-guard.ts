import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MinutesParseError } from '../errors.ts';

export const ZIP_LIMITS = {
  maxEntries: 2000,
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 200,
};

export interface ZipSummary {
  names: string[];
  /** The entries asked for with `keep`, uncompressed. */
  kept: Map<string, Buffer>;
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zipfile) => {
      if (error) reject(new MinutesParseError('minutes.unreadable', error.message));
      else resolve(zipfile);
    });
  });
}

function checkEntry(entry: Entry, totalBytes: number): void {
  const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : Infinity;
  if (totalBytes > ZIP_LIMITS.maxTotalBytes) {
    throw new MinutesParseError('minutes.zip_bomb', `expands to more than ${ZIP_LIMITS.maxTotalBytes} bytes`);
  }
  if (entry.uncompressedSize > 1024 * 1024 && ratio > ZIP_LIMITS.maxRatio) {
    throw new MinutesParseError('minutes.zip_bomb', `${entry.fileName} compresses ${Math.round(ratio)}:1`);
  }
}

/**
 * Streams every entry through yauzl, which verifies that the declared sizes are the real ones, so
 * the limits below hold before mammoth (which trusts the archive) ever sees the file.
 */
function drain(zipfile: ZipFile, entry: Entry, chunks?: Buffer[]): Promise<void> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error) return reject(new MinutesParseError('minutes.unreadable', error.message));
      stream.on('data', (chunk: Buffer) => chunks?.push(chunk));
      stream.on('end', () => resolve());
      stream.on('error', (e: Error) => reject(new MinutesParseError('minutes.zip_bomb', e.message)));
    });
  });
}

/**
 * Reads the central directory and refuses archives that are too big, too many or too compressed.
 * Entries whose name passes `keep` are returned uncompressed.
 */
export async function inspectZip(buffer: Buffer, keep: (name: string) => boolean = () => false): Promise<ZipSummary> {
  const zipfile = await openZip(buffer);
  if (zipfile.entryCount > ZIP_LIMITS.maxEntries) {
    zipfile.close();
    throw new MinutesParseError('minutes.zip_bomb', `${zipfile.entryCount} entries`);
  }
  const entries: Entry[] = [];
  const kept = new Map<string, Buffer>();
  let totalBytes = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zipfile.on('entry', (entry: Entry) => {
        totalBytes += entry.uncompressedSize;
        try {
          checkEntry(entry, totalBytes);
        } catch (error) {
          return reject(error);
        }
        entries.push(entry);
        zipfile.readEntry();
      });
      zipfile.on('end', () => resolve());
      zipfile.on('error', (e: Error) => reject(new MinutesParseError('minutes.unreadable', e.message)));
      zipfile.readEntry();
    });
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const chunks = keep(entry.fileName) ? [] : undefined;
      await drain(zipfile, entry, chunks);
      if (chunks) kept.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zipfile.close();
  }
  return { names: entries.map((e) => e.fileName), kept };
}
