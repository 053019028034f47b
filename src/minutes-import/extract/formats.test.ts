import { describe, expect, it } from 'vitest';
import { parseMinutesFile } from '../parse-file.ts';
import { parseMinutesText } from '../parse/index.ts';
import { loadSamples, mainFields } from '../test-support.ts';
import { buildDocx, buildPdf } from './builders.test-support.ts';
import { detectFormat, extractText } from './index.ts';

const samples = loadSamples();

describe('DOCX and PDF built from the samples', () => {
  for (const { name, text } of samples) {
    it(`${name}: a DOCX with real tables parses like the text`, async () => {
      const docx = await buildDocx(text);
      expect(detectFormat(docx)).toBe('docx');
      const parsed = await parseMinutesFile(docx, `${name}.docx`);
      const expected = parseMinutesText(text);
      expect(mainFields(parsed)).toEqual(mainFields(expected));
      expect(parsed.statusReports).toEqual(expected.statusReports);
    });

    it(`${name}: a PDF parses like the text`, async () => {
      const pdf = await buildPdf(text);
      expect(detectFormat(pdf)).toBe('pdf');
      const parsed = await parseMinutesFile(pdf, `${name}.pdf`);
      expect(mainFields(parsed)).toEqual(mainFields(parseMinutesText(text)));
    });
  }
});

describe('text decoding', () => {
  const sample =
    'Minnesanteckningar\nDatum: 2021-03-04\nNärvarande: Anna Berg, Bo Ek\n1. Mötets öppnande\nMötet öppnades och dagordningen godkändes av de närvarande.\n';

  it('reads UTF-16 with a byte-order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expect(await extractText(le)).toBe(sample);
  });

  it('falls back to Windows-1252 for old Swedish exports', async () => {
    expect(await extractText(Buffer.from(sample, 'latin1'))).toBe(sample);
  });
});
