import { randomBytes } from 'node:crypto';
import { deflateRawSync, crc32 } from 'node:zlib';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { buildPdf } from './extract/builders.test-support.ts';
import { MinutesParseError, type MinutesErrorCode } from './errors.ts';
import { parseMinutesFile } from './parse-file.ts';

/** A minimal zip writer, so the test controls the sizes in the central directory. */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
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

async function expectRefused(buffer: Buffer, code: MinutesErrorCode, maxMs = 2000): Promise<void> {
  const start = performance.now();
  const error = await parseMinutesFile(buffer, 'input').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MinutesParseError);
  expect((error as MinutesParseError).code).toBe(code);
  expect((error as MinutesParseError).messages.sv).not.toBe('');
  expect(performance.now() - start).toBeLessThan(maxMs);
}

describe('bad input is refused with a clear code', () => {
  it('an empty file', () => expectRefused(Buffer.alloc(0), 'minutes.empty'));

  it('a file of whitespace', () => expectRefused(Buffer.from(' \n\t\n  '), 'minutes.empty'));

  it('binary garbage', () => expectRefused(randomBytes(64 * 1024), 'minutes.binary'));

  it('an image', () =>
    expectRefused(Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), randomBytes(100)]), 'minutes.binary'));

  it('a 20 MB text file, before any parsing', () =>
    expectRefused(Buffer.alloc(20 * 1024 * 1024, 'möte och beslut '), 'minutes.too_large', 200));

  it('a DOCX zip bomb, from the central directory', () =>
    expectRefused(
      zip([{ name: 'word/document.xml', data: Buffer.alloc(60 * 1024 * 1024) }]),
      'minutes.zip_bomb',
      5000,
    ));

  it('a zip archive that is not a Word document', () =>
    expectRefused(zip([{ name: 'readme.txt', data: Buffer.from('hej') }]), 'minutes.unreadable'));

  it('a damaged zip', () =>
    expectRefused(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(200)]), 'minutes.unreadable'));

  it('a PDF without a text layer', async () => {
    pdfmake.setUrlAccessPolicy(() => false);
    const doc = pdfmake.createPdf({
      content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 300, h: 400, color: '#888' }] }],
    });
    await buildPdf('Minnesanteckningar'); // registers the fonts
    await expectRefused((await doc.getBuffer()) as Buffer, 'minutes.no_text_layer', 5000);
  });

  it('a damaged PDF', () =>
    expectRefused(Buffer.from('%PDF-1.7\n garbage without objects'), 'minutes.unreadable', 5000));

  it('text in another language', () =>
    expectRefused(
      Buffer.from(
        'Minutes of the board meeting\nDate: 2021-03-04\nPresent: Anna Berg, Bo Ek\n1. The chair opened the meeting and the agenda was approved.\n',
      ),
      'minutes.not_minutes',
    ));

  it('Swedish text that is not minutes', () =>
    expectRefused(
      Buffer.from('Det var en gång en katt som hette Måns och han bodde på en gård i skogen.'),
      'minutes.not_minutes',
    ));
});
