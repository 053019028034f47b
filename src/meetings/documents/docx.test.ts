import mammoth from 'mammoth';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { describe, expect, it } from 'vitest';
import { expectMinutesContent, normalizeText } from './content.test-support.ts';
import { renderMinutesDocx } from './docx.ts';
import { buildValfardsradetMinutes } from './fixtures.ts';

async function bodyText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

function readEntries(buffer: Buffer, matches: (name: string) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip: ZipFile) => {
      if (error) return reject(error);
      const texts: string[] = [];
      zip.on('entry', (entry: Entry) => {
        if (!matches(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            texts.push(Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(texts));
      zip.readEntry();
    });
  });
}

/** mammoth ignores page headers, so read them from the package. */
async function headerXml(buffer: Buffer): Promise<string> {
  return (await readEntries(buffer, (name) => /^word\/header\d*\.xml$/.test(name))).join('\n');
}

describe('renderMinutesDocx', () => {
  it('prints the whole minutes with attendance, decisions, uppdrag, tables, bilagor and signatures', async () => {
    const doc = buildValfardsradetMinutes();
    const text = await bodyText(await renderMinutesDocx(doc));
    expectMinutesContent(text, doc);
    expect(text).not.toContain('UTKAST');
  });

  it('puts document type, forum, Datum, Dnr and "Sida x (y)" page fields in the page header', async () => {
    const xml = await headerXml(await renderMinutesDocx(buildValfardsradetMinutes()));
    const text = normalizeText(xml.replace(/<[^>]+>/g, ' '));
    expect(text).toContain('Minnesanteckningar Välfärdsrådet');
    expect(text).toContain('Datum 2021-03-25');
    expect(text).toContain('Dnr RD21/01391');
    expect(xml).toMatch(/Sida .*PAGE.*NUMPAGES/s);
  });

  it('leaves Dnr out of the header when the minutes have no diary number', async () => {
    const xml = await headerXml(
      await renderMinutesDocx(buildValfardsradetMinutes({ diaryNumber: null, documentType: 'protokoll' })),
    );
    expect(xml).toContain('Protokoll');
    expect(xml).not.toContain('Dnr');
  });

  it('marks a draft with UTKAST at the top of the body and in the header', async () => {
    const buffer = await renderMinutesDocx(buildValfardsradetMinutes({ status: 'in_review' }));
    expect((await bodyText(buffer)).trimStart().startsWith('UTKAST')).toBe(true);
    expect(await headerXml(buffer)).toContain('UTKAST');
  });

  it('renders "- " note lines as a real list', async () => {
    const html = (await mammoth.convertToHtml({ buffer: await renderMinutesDocx(buildValfardsradetMinutes()) })).value;
    expect(html).toContain('<ul><li>Hög sjukfrånvaro i hemtjänsten</li><li>Ökat tryck på korttidsplatser</li></ul>');
  });
});
