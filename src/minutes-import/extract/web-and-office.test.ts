import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MinutesParseError } from '../errors.ts';
import { parseMinutesFile } from '../parse-file.ts';
import { parseMinutesText } from '../parse/index.ts';
import { loadSamples, mainFields } from '../test-support.ts';
import type { MinutesParseResult } from '../types.ts';
import { buildHtml, buildOdt, zip } from './builders.test-support.ts';
import { detectFormat, extractText } from './index.ts';
import { readUploadText } from './upload-text.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.join(here, '..', 'corpus');
const fixture = (name: string) => readFileSync(path.join(here, 'fixtures', name));
const samples = loadSamples();
const sample = (prefix: string) => samples.find((s) => s.name.startsWith(prefix))!;

/** The corpus documents that were published as web pages (manifest genre "web page", "web teaser" …). */
const webDocuments = (
  JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as { id: string; genre: string }[]
)
  .filter((entry) => /\bweb\b/.test(entry.genre))
  .map((entry) => ({ id: entry.id, text: readFileSync(path.join(corpusDir, `${entry.id}.txt`), 'utf8') }));

/**
 * Everything the parser read, but the title and a list's bullet character: a web page or an ODT draws every list item
 * with "•" where the text had "·" or "-" (the title of 002 keeps its "·" bullet).
 */
function readFields(parsed: MinutesParseResult) {
  const bullets = (text: string | null) => text?.replace(/^(\s*)[•·◦▪*-](?=\s)/gm, '$1•') ?? null;
  const { title: _title, confidence: _confidence, notes, items, ...rest } = parsed;
  return { ...rest, notes: bullets(notes ?? null), items: items.map((i) => ({ ...i, notes: bullets(i.notes) })) };
}

async function expectSameParse(file: Buffer, name: string, text: string) {
  const parsed = await parseMinutesFile(file, name);
  const expected = parseMinutesText(text);
  expect(mainFields(parsed)).toEqual(mainFields(expected));
  expect(parsed.statusReports).toEqual(expected.statusReports);
  expect(readFields(parsed)).toEqual(readFields(expected));
}

async function refusal(file: Buffer, name = 'input') {
  return parseMinutesFile(file, name).then(
    () => null,
    (error: unknown) => error as MinutesParseError,
  );
}

describe('a web page (HTML) is read like the same minutes as text', () => {
  for (const { name, text } of samples) {
    it(`${name}: a page of paragraphs, bullet lists and tables (tabs as Word's web export writes them) parses like the text`, async () => {
      const html = buildHtml(text, { furniture: true });
      expect(detectFormat(html)).toBe('html');
      await expectSameParse(html, `${name}.html`, text);
    });
  }

  it('002 written by hand (a tab as a space): the same but for the chair, which only the signature block gives', async () => {
    const { text } = sample('002');
    const parsed = await parseMinutesFile(buildHtml(text, { tabs: 'space' }), '002.html');
    const expected = parseMinutesText(text);
    expect(parsed.statusReports).toEqual(expected.statusReports);
    // "Vid anteckningarna ⇥ Mötesledare" over two names and two roles: as lines of words the parser reads no chair
    // there and takes the first line for a heading (a parser matter: parse/ reads a signature block by its columns).
    expect(expected.chair).toBe('Patrik Dahlqvist Jönsson');
    expect(parsed.chair).toBeNull();
    expect(parsed.items.map((i) => i.title)).toEqual([
      ...expected.items.map((i) => i.title),
      'Vid anteckningarna Mötesledare',
    ]);
    expect({ ...mainFields(parsed), chair: null, titles: [] }).toEqual({
      ...mainFields(expected),
      chair: null,
      titles: [],
    });
  });

  it(`the ${webDocuments.length} corpus documents published as web pages, written back as pages, parse like their text`, async () => {
    expect(webDocuments.length).toBeGreaterThanOrEqual(60);
    for (const { id, text } of webDocuments) {
      const parsed = await parseMinutesFile(buildHtml(text, { furniture: true }), `${id}.html`);
      const expected = parseMinutesText(text);
      expect(mainFields(parsed), id).toEqual(mainFields(expected));
      expect(readFields(parsed), id).toEqual(readFields(expected));
    }
  }, 60_000);

  it('reads a page in Windows-1252 or ISO-8859-1 by its meta charset, and UTF-8 with a byte-order mark', async () => {
    // Sample 004 has en dashes and curly quotes: bytes 0x80–0x9F in Windows-1252, which Node's TextDecoder reads as
    // control characters. Browsers read a page that declares ISO-8859-1 as Windows-1252 too.
    const { text } = sample('004');
    expect(text).toMatch(/[–”’]/);
    const expected = await extractText(buildHtml(text));
    expect(expected).toMatch(/[–”’]/);
    for (const charset of ['windows-1252', 'iso-8859-1'] as const) {
      const legacy = buildHtml(text, { charset });
      expect(legacy.includes(Buffer.from('ö', 'utf8'))).toBe(false);
      expect(legacy.includes(0x96)).toBe(true);
      expect(await extractText(legacy), charset).toBe(expected);
    }
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\n  '), buildHtml(text)]);
    expect(detectFormat(bom)).toBe('html');
    expect(await extractText(bom)).toBe(await extractText(buildHtml(text)));
  });

  it('lays a page out line by line: blocks, line breaks, nested and numbered lists, tables, entities; furniture dropped', async () => {
    const page = `<!doctype html><html><head><title>Sidtitel</title><style>p{color:red}</style>
      <script>document.write("skript")</script></head><body>
      <header>Sidhuvud</header><nav><a href="/">Meny</a></nav>
      <h1>Protokoll   Välfärdsrådet</h1>
      <div><p>Datum: 2021-03-04<br>Tid: 13.00&ndash;15.00</p></div>
      <p>&nbsp;</p>
      <ol start="3"><li>Mötets <b>öppnande</b></li><li><p>Läget</p><p>Kort &amp; gott.</p>
        <ul><li>Hemtjänst</li><li>Boende<ul><li>Särskilt</li></ul></li></ul></li></ol>
      <table><tr><th>Verksamhet</th><th>Nuläge</th></tr><tr><td>Kommun A</td><td><p>Stabilt.</p><p>Ok.</p></td></tr></table>
      <table><tr><td><p>En ram runt en rad</p></td></tr></table>
      <noscript>Aktivera skript</noscript><footer>Sidfot</footer></body></html>`;
    expect(await extractText(Buffer.from(page))).toBe(
      [
        'Protokoll Välfärdsrådet',
        'Datum: 2021-03-04',
        'Tid: 13.00–15.00',
        '',
        '  3. Mötets öppnande',
        '  4. Läget',
        '     Kort & gott.',
        '    • Hemtjänst',
        '    • Boende',
        '      • Särskilt',
        '\tVerksamhet',
        '\tNuläge',
        '',
        '\tKommun A',
        '\tStabilt.',
        'Ok.',
        '',
        'En ram runt en rad',
      ].join('\n'),
    );
  });

  it('takes a file for a page only by its first markup; the name .html is a hint for a fragment', () => {
    expect(detectFormat(Buffer.from('  \n<!-- sparad -->\n<HTML lang="sv"><body>x</body></HTML>'))).toBe('html');
    expect(detectFormat(Buffer.from('<body><p>Protokoll</p></body>'))).toBe('html');
    expect(
      detectFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<!DOCTYPE html><p>x</p>', 'utf16le')])),
    ).toBe('html');
    expect(detectFormat(Buffer.from('Protokoll\nSidan <html> nämns i texten.'))).toBe('text');
    expect(detectFormat(Buffer.from('<div><p>Protokoll</p></div>'))).toBe('text');
    expect(detectFormat(Buffer.from('<div><p>Protokoll</p></div>'), 'protokoll.HTM')).toBe('html');
  });

  it('refuses a page nested deeper than any real one with a clear error, not a stack overflow', async () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}Möte${'</div>'.repeat(20_000)}</body></html>`;
    const error = await refusal(Buffer.from(deep));
    expect(error).toBeInstanceOf(MinutesParseError);
    expect(error!.code).toBe('minutes.unreadable');
    expect(error!.messages.sv).toMatch(/kunde inte läsas/);
  });
});

describe('an OpenDocument text (ODT) is read like the same minutes as text', () => {
  for (const { name, text } of samples) {
    it(`${name}: paragraphs, tabs, lists and tables parse like the text`, async () => {
      const odt = buildOdt(text);
      expect(detectFormat(odt)).toBe('odt');
      await expectSameParse(odt, `${name}.odt`, text);
    });
  }

  it(`the ${webDocuments.length} corpus web documents written as ODT parse like their text`, async () => {
    for (const { id, text } of webDocuments) {
      const parsed = await parseMinutesFile(buildOdt(text), `${id}.odt`);
      const expected = parseMinutesText(text);
      expect(mainFields(parsed), id).toEqual(mainFields(expected));
      expect(readFields(parsed), id).toEqual(readFields(expected));
    }
  }, 60_000);

  it('numbers a numbered list by its list style, keeps spaces and tabs, and leaves out deleted text and comments', async () => {
    const odt = buildOdt('Dagordning\n• Mötets öppnande\n• Läget\n  • Hemtjänst\nDatum:\t2021-03-04\nA  B', {
      numbered: true,
    });
    expect(await extractText(odt)).toBe(
      ['Dagordning', '  1. Mötets öppnande', '  2. Läget', '    • Hemtjänst', 'Datum:\t2021-03-04', 'A  B'].join('\n'),
    );
    const content = (body: string) =>
      `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
    const tracked = zip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), stored: true },
      {
        name: 'content.xml',
        data: Buffer.from(
          content(
            '<text:tracked-changes><text:changed-region><text:deletion><text:p>Struken mening</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>Kvar<office:annotation><text:p>En kommentar</text:p></office:annotation> i texten<text:line-break/>ny rad</text:p>',
          ),
        ),
      },
    ]);
    expect(await extractText(tracked)).toBe('Kvar i texten\nny rad');
  });

  it('reads an ODT whose mimetype is not its first entry by its entries', async () => {
    const odt = zip([
      {
        name: 'content.xml',
        data: Buffer.from(
          '<office:document-content><office:body><office:text><text:p>Minnesanteckningar</text:p></office:text></office:body></office:document-content>',
        ),
      },
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') },
    ]);
    expect(detectFormat(odt)).toBe('docx');
    expect(await extractText(odt)).toBe('Minnesanteckningar');
  });

  it('refuses an ODT zip bomb from the central directory, and a spreadsheet', async () => {
    const bomb = buildOdt('Minnesanteckningar', {
      extra: [{ name: 'Pictures/a.xml', data: Buffer.alloc(60 * 1024 * 1024) }],
    });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect((await refusal(bomb))?.code).toBe('minutes.zip_bomb');
    expect((await refusal(bomb))?.messages.sv).toMatch(/OpenDocument-filen packas upp/);
    const sheet = zip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
      { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
    ]);
    expect((await refusal(sheet))?.code).toBe('minutes.unreadable');
  });
});

describe('a Word 97–2003 file (.doc) is read like the same minutes as text', () => {
  // fixtures/README.md says how the .doc files were made (LibreOffice from the DOCX the builders write).
  for (const prefix of ['000', '002', '003']) {
    it(`${prefix}: parses like the text, its tables (empty cells, cells of two paragraphs) as the DOCX reader lays them`, async () => {
      const doc = fixture(`${prefix}.doc`);
      expect(detectFormat(doc)).toBe('doc');
      const { name, text } = sample(prefix);
      await expectSameParse(doc, `${name}.doc`, text);
      // The text itself, line by line, but for lines of one space, which LibreOffice wrote as empty paragraphs.
      expect((await extractText(doc)).trimEnd()).toBe(text.replace(/^ $/gm, '').trimEnd());
    });
  }

  for (const id of ['c100', 'c153']) {
    it(`${id} (a corpus web page, bullets typed in the text) parses like its text`, async () => {
      const text = readFileSync(path.join(corpusDir, `${id}.txt`), 'utf8');
      await expectSameParse(fixture(`${id}.doc`), `${id}.doc`, text);
    });
  }

  it('refuses a truncated .doc and another OLE file (an old Excel) as unreadable, with a Swedish message', async () => {
    const doc = fixture('002.doc');
    for (const broken of [doc.subarray(0, 4096), doc.subarray(0, 20_000)]) {
      const error = await refusal(broken, 'protokoll.doc');
      expect(error?.code).toBe('minutes.unreadable');
      expect(error?.messages.sv).toBe('Filen kunde inte läsas; den kan vara skadad eller i ett format som inte stöds.');
    }
  });

  it('gives the personnummer check the text of every part, and of the bytes when the file is not Word', async () => {
    expect(await readUploadText(fixture('protokoll-pnr.doc'))).toMatch(/850709.9805/);
    const notWord = Buffer.concat([fixture('002.doc').subarray(0, 512), Buffer.from('850709-9805', 'latin1')]);
    expect(await readUploadText(notWord)).toMatch(/850709-9805/);
  });
});
