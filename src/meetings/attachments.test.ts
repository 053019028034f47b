import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

async function plannedMeeting(): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/forums/${ctx.fixture.forum.F}/meetings`,
    headers: { cookie: await ctx.cookie('coordinator') },
    payload: { title: 'Möte med bilagor', meetingDate: '2021-03-25' },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

async function upload(meetingId: string, filename: string, data: Buffer, claimedType = 'application/pdf') {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(data)], { type: claimedType }), filename);
  const request = new Request('http://localhost', { method: 'POST', body });
  return ctx.app.inject({
    method: 'POST',
    url: `/api/meetings/${meetingId}/attachments`,
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { cookie: await ctx.cookie('coordinator'), 'content-type': request.headers.get('content-type')! },
  });
}

const storedAttachments = (meetingId: string) =>
  ctx.database.db.selectFrom('attachments').select('id').where('meetingId', '=', meetingId).execute();

const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
// The start of a Windows program: the MZ header pointing at a PE signature.
const exe = Buffer.alloc(512);
exe.write('MZ', 0, 'latin1');
exe.writeUInt32LE(128, 0x3c);
exe.write('PE\0\0', 128, 'latin1');
const png = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.from('0000000100000001080600000000', 'hex'),
]);

describe('uploaded bilagor are identified by their content', () => {
  it('refuses a page, an SVG image or a program named .pdf with 415 and a clear message; nothing is stored', async () => {
    const meetingId = await plannedMeeting();
    for (const [data, what] of [
      [html, 'HTML, SVG eller XML (kod som en webbläsare kan köra)'],
      [svg, 'HTML, SVG eller XML (kod som en webbläsare kan köra)'],
      [exe, 'EXE'],
      [Buffer.from([0, 1, 2, 3, 200, 0, 7]), 'okänd binärdata'],
    ] as const) {
      const response = await upload(meetingId, 'protokoll.pdf', data);
      expect(response.statusCode).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'files.kind_not_accepted' });
      expect(response.json().detail).toContain(`Filen protokoll.pdf tas inte emot: innehållet är ${what}.`);
      expect(response.json().detail).toContain('Tillåtna filtyper: PDF, Word, Excel');
    }
    expect(await storedAttachments(meetingId)).toEqual([]);
  });

  it('refuses a file whose name says another accepted kind than its content (422)', async () => {
    const meetingId = await plannedMeeting();
    const response = await upload(meetingId, 'diagram.pdf', png);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'files.name_does_not_match_content',
      detail: 'Filen diagram.pdf heter .pdf men innehållet är PNG. Byt namn på filen eller spara den i rätt format.',
    });
  });

  it('stores and serves the sniffed type, not the claimed one, as a nosniff attachment', async () => {
    const meetingId = await plannedMeeting();
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const cases = [
      { filename: 'underlag.pdf', data: Buffer.from(await pdf.save()), type: 'application/pdf' },
      { filename: 'diagram.png', data: png, type: 'image/png' },
      { filename: 'siffror.csv', data: Buffer.from('kommun;antal\nFalun;12\n'), type: 'text/csv' },
      { filename: 'anteckning', data: Buffer.from('Läget är stabilt.\n'), type: 'text/plain' },
    ];
    for (const file of cases) {
      const uploaded = await upload(meetingId, file.filename, file.data, 'text/html');
      expect(uploaded.statusCode, file.filename).toBe(200);
      const attachment = uploaded.json().attachments.find((a: { filename: string }) => a.filename === file.filename);
      expect(attachment.contentType).toBe(file.type);
      const download = await ctx.app.inject({
        method: 'GET',
        url: `/api/attachments/${attachment.id}`,
        headers: { cookie: await ctx.cookie('coordinator') },
      });
      expect(download.headers['content-type']).toBe(file.type);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      );
      expect(download.rawPayload.equals(file.data)).toBe(true);
    }
  });

  it('serves a file stored with a type outside the allow-list as a plain download', async () => {
    const meetingId = await plannedMeeting();
    const uploaded = await upload(meetingId, 'gammal.txt', Buffer.from('text'));
    const id = uploaded.json().attachments[0].id;
    await ctx.database.db.updateTable('attachments').set({ contentType: 'text/html' }).where('id', '=', id).execute();
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/attachments/${id}`,
      headers: { cookie: await ctx.cookie('coordinator') },
    });
    expect(download.headers['content-type']).toBe('application/octet-stream');
  });
});

describe('a bilaga over the upload limit', () => {
  it('is refused with a 413 that names the limit in the caller’s language; nothing is stored', async () => {
    const meetingId = await plannedMeeting();
    const tooLarge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * 1024 * 1024)]);
    const response = await upload(meetingId, 'stor-bilaga.pdf', tooLarge);
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'meetings.file_too_large' });
    expect(response.json().detail).toContain('högst 20 MB');
    expect(await storedAttachments(meetingId)).toEqual([]);
  });
});
