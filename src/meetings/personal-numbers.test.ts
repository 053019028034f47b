import { Document, Header, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { postForm, type FormPart } from '../../test/upload.ts';
import { buildDocx, buildPdf, buildPdfWithDamagedPage, zip } from '../minutes-import/extract/builders.test-support.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }],
  forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B'] }],
  users: [{ key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] }],
});

const cleanText = 'Läget i hemtjänsten. Kontakt 070-123 45 67, Region Dalarna 232100-0198, Dnr RD 2021/00123.';

async function docxWith(options: { body: string; header?: string; creator?: string }) {
  const header = options.header ? { default: new Header({ children: [new Paragraph(options.header)] }) } : undefined;
  const document = new Document({
    creator: options.creator ?? 'Samverkan',
    sections: [{ headers: header, children: [new Paragraph(options.body)] }],
  });
  return Packer.toBuffer(document);
}

async function pdfWithAuthor(author: string) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Bilaga: läget i hemtjänsten vecka 12', { x: 50, y: 700, font, size: 12 });
  pdf.setAuthor(author);
  return Buffer.from(await pdf.save());
}

const XLSX_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';

/** A minimal Excel file whose shared string is split over two runs, as Excel writes them. */
function sheetWith(cell: [string, string]) {
  const strings = `<?xml version="1.0"?><sst><si><r><t>${cell[0]}</t></r><r><t>${cell[1]}</t></r></si></sst>`;
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(XLSX_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    { name: 'xl/sharedStrings.xml', data: Buffer.from(strings) },
  ]);
}

/** The smallest GIF: one transparent pixel. */
const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

let meetingId: string;

beforeAll(async () => {
  const created = await ctx.app.inject({
    method: 'POST',
    url: `/api/forums/${ctx.fixture.forum.F}/meetings`,
    payload: { title: 'Välfärdsrådets möte', meetingDate: '2021-03-25' },
    headers: { cookie: await ctx.cookie('coordinator') },
  });
  expect(created.statusCode).toBe(201);
  meetingId = created.json().id;
});

async function attach(filename: string, data: Buffer, fields: FormPart[] = []) {
  return postForm(ctx.app, {
    url: `/api/meetings/${meetingId}/attachments`,
    cookie: await ctx.cookie('coordinator'),
    parts: [...fields, { name: 'file', data, filename }],
  });
}

async function stored() {
  const { db } = ctx.database;
  const attachments = await db.selectFrom('attachments').select('id').execute();
  const audited = await db.selectFrom('auditLog').select('id').where('action', '=', 'add_attachment').execute();
  return { attachments: attachments.length, audited: audited.length };
}

describe('a personnummer in a bilaga', () => {
  it('refuses a PDF that opens but whose page cannot be decoded, since it cannot be checked', async () => {
    const before = await stored();
    const response = await attach('skadad-sida.pdf', buildPdfWithDamagedPage());
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'minutes.unreadable' });
    expect(response.json().detail).toMatch(/kunde inte läsas|could not be read/);
    expect(await stored()).toEqual(before);
  });

  it.each<[string, string, () => Promise<Buffer>]>([
    ['a text file (en dash)', 'anteckning.txt', async () => Buffer.from('Patient 850709\u20139805 vårdas på IVA.')],
    [
      'a Windows-1252 text file',
      'gammal.txt',
      async () => Buffer.from('Ärende för 811218-9876, åtgärd klar.', 'latin1'),
    ],
    ['a CSV file', 'lista.csv', async () => Buffer.from('Namn;Personnummer\nAnna Berg;19850709 9805\n')],
    ['a text file split over a line break', 'rad.txt', async () => Buffer.from('Personnr: 330907-\n1235')],
    ['the body of a Word file', 'bilaga.docx', () => buildDocx(`${cleanText}\nBeslut om 850709-9805.`)],
    ['the header of a Word file', 'sidhuvud.docx', () => docxWith({ body: cleanText, header: 'Pnr 850709-9805' })],
    ['the author of a Word file', 'egenskaper.docx', () => docxWith({ body: cleanText, creator: 'id-198507099805' })],
    ['the text layer of a PDF', 'bilaga.pdf', () => buildPdf(`${cleanText}\nsam.nr 701063\u22122391`)],
    ['the author of a PDF', 'metadata.pdf', () => pdfWithAuthor('850709-9805')],
    ['a spreadsheet, split over runs', 'lista.xlsx', async () => sheetWith(['8507', '09-9805'])],
  ])('refuses %s: 422 naming the file, nothing stored', async (_label, filename, build) => {
    const before = await stored();
    const response = await attach(filename, await build());
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('validation.personal_identity_number');
    expect(problem.errors).toEqual([{ path: 'body.file', message: problem.detail }]);
    expect(problem.detail).toContain(filename);
    expect(await stored()).toEqual(before);
  });

  it('refuses a file name holding one (the name becomes the title) without repeating it', async () => {
    const before = await stored();
    const response = await attach('intyg pnr-850709-9805.pdf', await buildPdf(cleanText));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'validation.personal_identity_number',
      errors: [{ path: 'body.file' }],
    });
    expect(response.json().detail).not.toContain('9805');
    expect(await stored()).toEqual(before);
  });

  it('refuses a title holding one, naming the field', async () => {
    const before = await stored();
    const response = await attach('bilaga.pdf', await buildPdf(cleanText), [
      { name: 'title', value: 'Intyg 850709\u20119805' },
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.title' })]);
    expect(await stored()).toEqual(before);
  });

  it('refuses a PDF it cannot read, since it cannot be checked', async () => {
    const before = await stored();
    const response = await attach('trasig.pdf', Buffer.from('%PDF-1.7\n garbage without objects'));
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('minutes.unreadable');
    expect(await stored()).toEqual(before);
  });

  it.each<[string, string, () => Promise<Buffer>]>([
    [
      'a text file with phone numbers, Dnr and organisationsnummer',
      'kontakter.txt',
      async () => Buffer.from(cleanText),
    ],
    ['a Word file', 'bilaga.docx', () => buildDocx(cleanText)],
    ['a PDF', 'bilaga.pdf', () => buildPdf(cleanText)],
    ['a spreadsheet', 'lista.xlsx', async () => sheetWith(['2021-03-15', ' 791 71 Falun'])],
    ['an image (no text to read)', 'bild.gif', async () => gif],
  ])('stores %s without one', async (_label, filename, build) => {
    const before = await stored();
    const response = await attach(filename, await build());
    expect(response.statusCode).toBe(200);
    expect(await stored()).toEqual({ attachments: before.attachments + 1, audited: before.audited + 1 });
  });
});

describe('the agenda template', () => {
  const settingsUrl = () => `/api/forums/${ctx.fixture.forum.F}/meeting-settings`;
  const put = async (agendaTemplate: unknown) =>
    ctx.app.inject({
      method: 'PUT',
      url: settingsUrl(),
      payload: { diaryPrefix: null, agendaTemplate },
      headers: { cookie: await ctx.cookie('coordinator') },
    });
  const template = async () =>
    (await ctx.app.inject({ url: settingsUrl(), headers: { cookie: await ctx.cookie('coordinator') } })).json()
      .agendaTemplate;

  it('refuses a role that is not a standard item: a personnummer or 1.5 MB of text', async () => {
    const before = await template();
    for (const role of ['850709-9805', 'x'.repeat(1_500_000)]) {
      const response = await put([{ title: 'Öppnande', kind: null, role }]);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.agendaTemplate.0.role' })]);
    }
    expect(await template()).toEqual(before);
  });

  it('refuses a title holding a personnummer with 422', async () => {
    const response = await put([{ title: 'Ärende 850709 9805', kind: null, role: null }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.agendaTemplate.0.title' })]);
  });

  it('stores a template of standard roles', async () => {
    const response = await put([{ title: 'Lägesbild', kind: 'rapport', role: 'situation' }]);
    expect(response.statusCode).toBe(200);
    expect(await template()).toEqual([{ title: 'Lägesbild', kind: 'rapport', role: 'situation' }]);
  });
});
