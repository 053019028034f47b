import { randomBytes } from 'node:crypto';
import pdfmake from 'pdfmake';
import { describe, expect, it, vi } from 'vitest';
import { buildPdf, zip } from './extract/builders.test-support.ts';
import { MinutesParseError, type MinutesErrorCode } from './errors.ts';
import { parseMinutesFile } from './parse-file.ts';

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

  it('a damaged PDF, without pdf.js warnings on the console (a folder import printed "Warning: Indexing all PDF objects")', async () => {
    const warn = vi.spyOn(console, 'warn');
    try {
      await expectRefused(Buffer.from('%PDF-1.7\n garbage without objects'), 'minutes.unreadable', 5000);
      expect(warn.mock.calls.filter(([message]) => String(message).startsWith('Warning:'))).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

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
