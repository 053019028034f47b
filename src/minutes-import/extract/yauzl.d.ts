// Minimal typings for the parts of yauzl 3 used here (the package ships none).
declare module 'yauzl' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';

  export interface Entry {
    fileName: string;
    compressedSize: number;
    uncompressedSize: number;
  }

  export interface ZipFile extends EventEmitter {
    entryCount: number;
    readEntry(): void;
    openReadStream(entry: Entry, callback: (error: Error | null, stream: Readable) => void): void;
    close(): void;
  }

  export interface Options {
    lazyEntries?: boolean;
    validateEntrySizes?: boolean;
    autoClose?: boolean;
  }

  export function fromBuffer(
    buffer: Buffer,
    options: Options,
    callback: (error: Error | null, zipfile: ZipFile) => void,
  ): void;

  const yauzl: { fromBuffer: typeof fromBuffer };
  export default yauzl;
}
