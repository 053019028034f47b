import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutesFile } from '../parse-file.ts';
import { parseMinutesText } from '../parse/index.ts';
import { loadSamples, mainFields } from '../test-support.ts';
import { buildDocx, zip } from './builders.test-support.ts';
import { extractText } from './index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, 'fixtures', name));
const lines = async (file: Buffer) => (await extractText(file, 'protokoll.docx')).split('\n');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const V = 'xmlns:v="urn:schemas-microsoft-com:vml"';

/** A Word file from its parts as Word writes them (document.xml's body, numbering.xml, styles.xml). */
function wordFile(body: string, numbering = '', styles = ''): Buffer {
  const part = (name: string, xml: string) => ({ name, data: Buffer.from(xml) });
  return zip([
    part('word/document.xml', `<?xml version="1.0"?><w:document ${W} ${MC} ${V}><w:body>${body}</w:body></w:document>`),
    ...(numbering ? [part('word/numbering.xml', `<w:numbering ${W}>${numbering}</w:numbering>`)] : []),
    ...(styles ? [part('word/styles.xml', `<w:styles ${W}>${styles}</w:styles>`)] : []),
  ]);
}

const p = (text: string, pPr = '') =>
  `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const num = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, format: string, text: string, start = 1, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

/** The lines of the LibreOffice fixtures (`fixtures/word-parts.*`) that the DOCX and the ODT reader write alike. */
const FIXTURE_HEAD = [
  'Sammanträdesprotokoll\tSammanträdesdatum 2021-03-04',
  'Kommunstyrelsen',
  'Kommunstyrelsen\tDnr KS 2021/123\t2021-03-04',
  'Protokoll',
  'Närvarande: Anna Berg, ordförande, Bo Ek, sekreterare',
];
const FIXTURE_BOX = ['Text före rutan.', 'Beslut: Text i en textruta.', 'Kommentar här.'];
const FIXTURE_NOTES = [
  'Nästa möte 2021-04-01',
  '¹ Enligt lägesrapporten från 2021-03-01.',
  'ⁱ Slutnot om övriga frågor.',
];

describe("Word's automatic numbering (numbering.xml) is written as Word shows it", () => {
  const text = [
    'Protokoll',
    '1. Mötets öppnande',
    'Ordföranden öppnade mötet.',
    '2. Val av justerare',
    '  2.1 Förslag från valberedningen',
    '  2.2 Beslut',
    '3. Läget i regionen',
    '§ 12 Budget 2022',
    '§ 13 Övriga frågor',
    '• Första punkten',
    '  • Andra nivån',
    '• Andra punkten',
  ].join('\n');

  it('points, sub-points, "§ %1" paragraphs and bullets come out as typed (the builder leaves them to numbering.xml)', async () => {
    const docx = await buildDocx(text, { wordNumbering: true });
    expect(await lines(docx)).toEqual(text.split('\n'));
  });

  it('agenda points numbered by Word are items, as the same text typed', async () => {
    const minutes = [
      'Minnesanteckningar styrgruppen',
      'Datum: 2021-03-04',
      'Närvarande: Anna Berg, ordförande, Bo Ek, sekreterare',
      '',
      '1. Mötets öppnande',
      'Ordföranden öppnade mötet och hälsade alla välkomna.',
      '2. Läget i regionen',
      'Bo Ek redovisade läget i regionen. Beslut: Gruppen beslutade att lägga informationen till handlingarna.',
      '3. Nästa möte',
      'Nästa möte hålls 2021-04-01.',
    ].join('\n');
    const expected = parseMinutesText(minutes);
    expect(expected.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Läget i regionen', 'Nästa möte']);
    const parsed = await parseMinutesFile(await buildDocx(minutes, { wordNumbering: true }), 'protokoll.docx');
    expect(mainFields(parsed)).toEqual(mainFields(expected));
    // Read without Word's numbers (as before), the headings were still items, but unnumbered.
    expect(parsed.items.map((i) => i.number)).toEqual(expected.items.map((i) => i.number));
    expect(expected.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  // 000 and 003 (7 and 10 such lines) parsed otherwise when Word's numbers were lost; 004's 55 bullets parsed alike.
  it('the samples with their numbered and bulleted lines numbered by Word parse like their text', async () => {
    for (const { name, text: sample } of loadSamples()) {
      const parsed = await parseMinutesFile(await buildDocx(sample, { wordNumbering: true }), `${name}.docx`);
      expect(mainFields(parsed), name).toEqual(mainFields(parseMinutesText(sample)));
    }
  });

  it('counts as Word does: start values, restarts, levels, letters and roman numerals, numbering from a style', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}` +
      `${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1', 4)}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '§ %1', 12, '<w:pStyle w:val="Paragraf"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="3">${lvl(0, 'bullet', '\uF0B7')}${lvl(1, 'bullet', 'o')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      // A second instance of the same list continues it; one that sets a start value starts again ("Börja om på 1").
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>' +
      '<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>';
    // A heading style numbered through its own numPr, based on by another style.
    const styles =
      '<w:style w:type="paragraph" w:styleId="Paragraf"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ParagrafBeslut"><w:basedOn w:val="Paragraf"/></w:style>';
    const body = [
      p('Ett', num(1)),
      p('Ett ett', num(1, 1)),
      p('a', num(1, 2)),
      p('b', num(1, 2)),
      p('Ett två', num(1, 1)),
      p('Text utan nummer'),
      p('Två', num(2)),
      p('Två ett', num(2, 1)),
      p('Ett igen', num(3)),
      p('Fyra', num(4)),
      p('Fem', num(4)),
      p('Budget', '<w:pStyle w:val="Paragraf"/>'),
      p('Beslut', '<w:pStyle w:val="ParagrafBeslut"/>'),
      p('Inte numrerad', `<w:pStyle w:val="Paragraf"/>${num(0)}`),
      p('Punkt', num(6)),
      p('Underpunkt', num(6, 1)),
      // A numbered paragraph deleted with tracked changes (its text and its mark) is not there, nor counted.
      `<w:p><w:pPr>${num(1)}<w:rPr><w:del w:id="1" w:author="A" w:date="2021-03-04T00:00:00Z"/></w:rPr></w:pPr>` +
        '<w:del w:id="2" w:author="A" w:date="2021-03-04T00:00:00Z"><w:r><w:delText>Struken</w:delText></w:r></w:del></w:p>',
      p('Tre', num(1)),
    ].join('');
    expect(await lines(wordFile(body, numbering, styles))).toEqual([
      '1. Ett',
      '  1.1 Ett ett',
      '    a) a',
      '    b) b',
      '  1.2 Ett två',
      'Text utan nummer',
      '2. Två',
      '  2.1 Två ett',
      '1. Ett igen',
      'IV Fyra',
      'V Fem',
      '§ 12 Budget',
      '§ 13 Beslut',
      'Inte numrerad',
      '• Punkt',
      '  • Underpunkt',
      '2. Tre',
    ]);
  });
});

describe('headers, footers and notes of a Word file', () => {
  const body = [
    'Protokoll',
    'Närvarande: Anna Berg, ordförande, Bo Ek, sekreterare',
    '',
    '1. Mötets öppnande',
    'Ordföranden öppnade mötet.[^1]',
    '2. Läget i regionen',
    'Bo Ek redovisade läget. Beslut: Informationen läggs till handlingarna.',
  ].join('\n');
  const options = {
    firstHeader: ['Kommunstyrelsen\tSammanträdesprotokoll', 'Sammanträdesdatum 2021-03-04\tDnr KS 2021/123'],
    header: ['Kommunstyrelsen\tSammanträdesprotokoll'],
    footer: ['Justerandes sign\tSida 1 (2)'],
    footnotes: { 1: 'Enligt kallelsen 2021-02-25.' },
  };

  it('the headers once at the top (the first page’s first), the footnotes and the footers once at the end', async () => {
    expect(await lines(await buildDocx(body, options))).toEqual([
      'Kommunstyrelsen\tSammanträdesprotokoll',
      'Sammanträdesdatum 2021-03-04\tDnr KS 2021/123',
      ...body.split('\n').map((l) => l.replace('[^1]', '¹')),
      '¹ Enligt kallelsen 2021-02-25.',
      'Justerandes sign\tSida 1 (2)',
    ]);
  });

  it('a meeting date and Dnr only in the first page’s header are the meeting’s', async () => {
    expect(parseMinutesText(body.replace('[^1]', '')).date).toBeNull();
    const parsed = await parseMinutesFile(await buildDocx(body, options), 'protokoll.docx');
    expect(parsed.date).toBe('2021-03-04');
    expect(parsed.diaryNumber).toBe('KS 2021/123');
    expect(parsed.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Läget i regionen']);
  });
});

describe('what else a Word file holds', () => {
  it('field results, content controls, tracked changes, text boxes and symbols as Word shows them; no comments', async () => {
    const run = (inner: string) => `<w:r>${inner}</w:r>`;
    const t = (text: string) => run(`<w:t xml:space="preserve">${text}</w:t>`);
    const body = [
      // A simple field (mammoth reads only complex ones) and a complex field: their results.
      `<w:p><w:r><w:t xml:space="preserve">Datum: </w:t></w:r><w:fldSimple w:instr=" DATE \\@ &quot;yyyy-MM-dd&quot; ">${t('2021-03-04')}</w:fldSimple></w:p>`,
      `<w:p>${t('Sida ')}${run('<w:fldChar w:fldCharType="begin"/>')}${run('<w:instrText> PAGE </w:instrText>')}${run('<w:fldChar w:fldCharType="separate"/>')}${t('1')}${run('<w:fldChar w:fldCharType="end"/>')}</w:p>`,
      // A content control (a template's "Mötesdatum" box) and a merge field's result.
      `<w:sdt><w:sdtPr><w:alias w:val="Mötesdatum"/></w:sdtPr><w:sdtContent>${p('Plats: Regionens hus')}</w:sdtContent></w:sdt>`,
      `<w:p>${t('Ordförande: ')}<w:fldSimple w:instr=" MERGEFIELD Ordf ">${t('Anna Berg')}</w:fldSimple></w:p>`,
      // Tracked changes: the insertion is the text, the deletion is not.
      `<w:p>${t('Beslut: ')}<w:ins w:id="2" w:author="A" w:date="2021-03-04T00:00:00Z">${t('godkänt')}</w:ins><w:del w:id="3" w:author="A" w:date="2021-03-04T00:00:00Z"><w:r><w:delText>avslaget</w:delText></w:r></w:del></w:p>`,
      // A text box (DrawingML with its VML fallback, as Word and LibreOffice write it): once, after its paragraph.
      `<w:p>${t('Före rutan.')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p('Rutans text.')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>${p('Rutans text.')}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      // A comment is an annotation, not the minutes: left out.
      `<w:p>${t('Kommenterat')}<w:r><w:commentReference w:id="0"/></w:r></w:p>`,
      // Symbols: a Symbol-font bullet, a non-breaking hyphen in a Dnr, a soft hyphen in a word.
      `<w:p>${run('<w:sym w:font="Symbol" w:char="F0B7"/>')}${t(' Dnr KS')}${run('<w:noBreakHyphen/>')}${t('2021')}${run('<w:noBreakHyphen/>')}${t('123 Närva')}${run('<w:softHyphen/>')}${t('rande')}</w:p>`,
    ].join('');
    expect(await lines(wordFile(body))).toEqual([
      'Datum: 2021-03-04',
      'Sida 1',
      'Plats: Regionens hus',
      'Ordförande: Anna Berg',
      'Beslut: godkänt',
      'Före rutan.',
      'Rutans text.',
      'Kommenterat',
      '• Dnr KS-2021-123 Närvarande',
    ]);
  });

  it('text boxes drawn only in DrawingML (no VML fallback): once each, after the paragraph that anchors them', async () => {
    // What Word writes in a wps:txbx, without the mc:Fallback copy mammoth reads: in a choice alone, and as a drawing
    // alone. A numbered paragraph in a box counts once.
    const ns =
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
    const box = (...paragraphs: string[]) =>
      `<w:drawing ${ns}><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${paragraphs.join('')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const body = [
      `<w:p><w:r><w:t>Minnesanteckningar</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box(p('Datum: 2024-02-08'), p('Plats: Teams'))}</mc:Choice></mc:AlternateContent></w:r></w:p>`,
      p('Punkt ett', num(1)),
      `<w:p><w:r><w:t>Mobila teamet</w:t></w:r><w:r>${box(p('Beslut: att utvidga uppdraget.'), p('Punkt i rutan', num(1)))}</w:r></w:p>`,
      p('Punkt tre', num(1)),
    ].join('');
    expect(
      await lines(
        wordFile(
          body,
          `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
        ),
      ),
    ).toEqual([
      'Minnesanteckningar',
      'Datum: 2024-02-08',
      'Plats: Teams',
      '1. Punkt ett',
      'Mobila teamet',
      'Beslut: att utvidga uppdraget.',
      '2. Punkt i rutan',
      '3. Punkt tre',
    ]);
  });

  it('a Word file whose text boxes have no VML copy (fixtures/textrutor-dml.docx): the meeting facts in a box are read', async () => {
    // LibreOffice's DOCX of textrutor.fodt with each box's mc:Fallback removed (fixtures/README.md). Before, the date,
    // times, place and Dnr in the box beside the title and both decision boxes were lost: 0.475 against 0.800 as text.
    const file = fixture('textrutor-dml.docx');
    const text = (await lines(file)).join('\n');
    expect(text).toContain('Minnesanteckningar\nDatum: 2024-02-08\nTid: 13.15–15.00\nPlats: Teams\nDnr: SAM 2024/7\n');
    expect(text).toContain(
      'nå korttidsboendena.\nBeslut: Gruppen beslutade att utvidga det mobila teamets uppdrag till korttidsboendena från 1 april.\n',
    );
    const parsed = await parseMinutesFile(file, 'textrutor-dml.docx');
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location, parsed.diaryNumber]).toEqual([
      '2024-02-08',
      '13:15',
      '15:00',
      'Teams',
      'SAM 2024/7',
    ]);
    expect(parsed.items.flatMap((i) => i.decisions)).toHaveLength(2);
  });

  it('a file LibreOffice wrote (fixtures/word-parts.docx): numbers, headers, notes, text box and fields kept', async () => {
    expect(await lines(fixture('word-parts.docx'))).toEqual([
      ...FIXTURE_HEAD,
      '1. Mötets öppnande',
      '2. Val av justerare',
      '  2.1. Underpunkt ett',
      '  2.2. Underpunkt två',
      '3. Läget i regionen¹',
      '§ 12 Budget 2022',
      '§ 13 Övriga frågorⁱ',
      '• Första punkten',
      '  • Andra nivån',
      '• Andra punkten',
      ...FIXTURE_BOX,
      // LibreOffice wrote the date field's value on the day it saved the file.
      'Datumfält: 12/2/26 sida 1',
      ...FIXTURE_NOTES,
      'Justerandes sign\tSida 0 (2)',
    ]);
    const parsed = await parseMinutesFile(fixture('word-parts.docx'), 'word-parts.docx');
    expect(parsed.date).toBe('2021-03-04');
    expect(parsed.diaryNumber).toBe('KS 2021/123');
  });
});

describe('the same in an ODT and a web page', () => {
  it('an ODT LibreOffice wrote (fixtures/word-parts.odt): headers, "2.1." levels, notes and footers kept', async () => {
    expect((await extractText(fixture('word-parts.odt'), 'word-parts.odt')).split('\n')).toEqual([
      ...FIXTURE_HEAD,
      '  1. Mötets öppnande',
      '  2. Val av justerare',
      '    2.1. Underpunkt ett',
      '    2.2. Underpunkt två',
      '  3. Läget i regionen¹',
      '  § 12 Budget 2022',
      '  § 13 Övriga frågorⁱ',
      '  • Första punkten',
      '    • Andra nivån',
      '  • Andra punkten',
      ...FIXTURE_BOX,
      'Datumfält: 12/2/26 sida 0',
      ...FIXTURE_NOTES,
      'Justerandes sign\tSida 0 (1)',
    ]);
    const parsed = await parseMinutesFile(fixture('word-parts.odt'), 'word-parts.odt');
    expect(parsed.date).toBe('2021-03-04');
    expect(parsed.diaryNumber).toBe('KS 2021/123');
  });

  it("a web page's ordered lists: start, value, letters and roman numerals, nested", async () => {
    const page =
      '<!doctype html><html><body><p>Dagordning</p><ol start="5"><li>Fem</li><li>Sex<ol type="a"><li>Sex a</li>' +
      '<li>Sex b</li></ol></li><li value="9">Nio</li></ol><ol type="I" start="3"><li>Tre</li><li>Fyra</li></ol></body></html>';
    expect((await extractText(Buffer.from(page), 'dagordning.html')).split('\n')).toEqual([
      'Dagordning',
      '  5. Fem',
      '  6. Sex',
      '    a. Sex a',
      '    b. Sex b',
      '  9. Nio',
      '  III. Tre',
      '  IV. Fyra',
    ]);
  });
});
