import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { postForm } from '../../test/upload.ts';
import { buildHtml, buildOdt } from './extract/builders.test-support.ts';
import { countImportRows, loadSamples } from './test-support.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }],
  forums: [{ key: 'F', name: 'Samlad sjukvårdsresurs', owner: 'A', members: ['A', 'B'] }],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
  ],
});

const samples = loadSamples();
const text = (prefix: string) => samples.find((s) => s.name.startsWith(prefix))!.text;
const docFixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'extract', 'fixtures', name));
/**
 * 000.doc damaged the two ways byte mutations of the fixtures found, each of which made word-extractor allocate until
 * the process ran out of memory: a header declaring more allocation-table sectors than the file has, and a directory
 * whose sector chain runs in a circle (sector n → n + 1 → n).
 */
function damagedDoc(damage: 'sector-count' | 'sector-circle'): Buffer {
  const doc = Buffer.from(docFixture('000.doc'));
  if (damage === 'sector-count') {
    doc.writeInt32LE(4_259_841, 44);
    return doc;
  }
  const fatEntry = (sector: number) => 512 + doc.readInt32LE(76) * 512 + sector * 4;
  const directory = doc.readInt32LE(48);
  doc.writeInt32LE(directory + 1, fatEntry(directory));
  doc.writeInt32LE(directory, fatEntry(directory + 1));
  return doc;
}
const base = () => `/api/forums/${ctx.fixture.forum.F}/minutes-imports`;

async function send(kind: 'preview' | 'save', filename: string, data: Buffer, role = 'coordinator') {
  const response = await postForm(ctx.app, {
    url: kind === 'preview' ? `${base()}/preview` : base(),
    cookie: await ctx.cookie(role),
    parts: [{ name: 'file', data, filename }],
  });
  return { status: response.statusCode, type: response.headers['content-type'], body: response.json() };
}

/** What a person checks in the preview: the date, the times, the chair, the points and their decisions. */
const understood = (minutes: {
  date: string | null;
  startTime: string | null;
  chair: string | null;
  items: { title: string; decisions: string[] }[];
  statusReports: unknown[];
}) => ({
  date: minutes.date,
  startTime: minutes.startTime,
  chair: minutes.chair,
  items: minutes.items.map((i) => [i.title, i.decisions]),
  statusReports: minutes.statusReports.length,
});

describe('importing web pages, OpenDocument and Word 97–2003 files through the API', () => {
  const files = [
    {
      label: 'a web page',
      filename: '000.html',
      prefix: '000',
      build: () => buildHtml(text('000'), { furniture: true }),
    },
    { label: 'an OpenDocument text', filename: '001.odt', prefix: '001', build: () => buildOdt(text('001')) },
    { label: 'a Word 97–2003 file', filename: '002.doc', prefix: '002', build: () => docFixture('002.doc') },
  ];

  for (const { label, filename, prefix, build } of files) {
    it(`previews ${label} as the same minutes as text, imports it once with its source file`, async () => {
      const before = await countImportRows(ctx.database.db);
      const preview = await send('preview', filename, build());
      expect(preview.status).toBe(200);
      const asText = await send('preview', `${prefix}.txt`, Buffer.from(text(prefix)));
      expect(understood(preview.body.minutes)).toEqual(understood(asText.body.minutes));
      expect(preview.body.minutes.date).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(await countImportRows(ctx.database.db)).toEqual(before);

      const saved = await send('save', filename, build());
      expect(saved.status).toBe(201);
      const meeting = (await ctx.as('coordinator', 'GET', `/api/meetings/${saved.body.meetingId}`)).body;
      expect(meeting.status).toBe('imported');
      expect(meeting.attachments).toEqual([expect.objectContaining({ isSource: true, filename })]);
      expect(meeting.items.map((i: { title: string }) => i.title)).toEqual(
        asText.body.minutes.items.map((i: { title: string }) => i.title),
      );
      // The .doc is a committed file (the same bytes); the HTML and ODT builders write the same bytes each time.
      expect(await send('save', `kopia-${filename}`, build())).toMatchObject({
        status: 200,
        body: { meetingId: saved.body.meetingId, created: false },
      });
      // Five files read in the worker pool; on a loaded machine (CI runs this suite on PGlite and PostgreSQL) that
      // takes longer than the default 30 s.
    }, 120_000);
  }

  it('refuses a broken or damaged .doc, an .odt zip bomb and a web page with a personnummer: 422 problem+json, nothing written', async () => {
    const before = await countImportRows(ctx.database.db);
    const broken = [
      {
        filename: 'avklippt.doc',
        data: docFixture('002.doc').subarray(0, 8192),
        code: 'minutes.unreadable',
        sv: /kunde inte läsas/,
      },
      {
        filename: 'sektorer.doc',
        data: damagedDoc('sector-count'),
        code: 'minutes.unreadable',
        sv: /kunde inte läsas/,
      },
      {
        filename: 'kretslopp.doc',
        data: damagedDoc('sector-circle'),
        code: 'minutes.unreadable',
        sv: /kunde inte läsas/,
      },
      {
        filename: 'bomb.odt',
        data: buildOdt('Minnesanteckningar', {
          extra: [{ name: 'Pictures/a.xml', data: Buffer.alloc(60 * 1024 * 1024) }],
        }),
        code: 'minutes.zip_bomb',
        sv: /OpenDocument-filen packas upp till orimligt mycket data/,
      },
      {
        filename: 'protokoll.html',
        data: buildHtml(`${text('000')}\nÄrendet för 850709-9805 avslutas.`),
        code: 'validation.personal_identity_number',
        sv: /protokoll\.html/,
      },
      {
        // Only in the markup: a comment and an attribute, which the page does not show.
        filename: 'dold.html',
        data: Buffer.from(`<!doctype html><p title="850709-9805">Möte</p><!-- 850709-9805 -->`),
        code: 'validation.personal_identity_number',
        sv: /dold\.html/,
      },
    ];
    for (const { filename, data, code, sv } of broken) {
      for (const kind of ['preview', 'save'] as const) {
        const response = await send(kind, filename, data);
        expect(response.status, `${kind} ${filename}`).toBe(422);
        expect(response.type).toContain('application/problem+json');
        expect(response.body.code, `${kind} ${filename}`).toBe(code);
        expect(response.body.detail, `${kind} ${filename}`).toMatch(sv);
        expect(response.body.detail).not.toContain('9805');
      }
    }
    expect(await countImportRows(ctx.database.db)).toEqual(before);
  }, 120_000);

  it('refuses the personnummer of a .doc and of an .odt too', async () => {
    const odt = buildOdt(`${text('000')}\nÄrendet för 850709-9805 avslutas.`);
    for (const [filename, data] of [
      ['protokoll-pnr.doc', docFixture('protokoll-pnr.doc')],
      ['protokoll.odt', odt],
    ] as const) {
      const response = await send('preview', filename, data);
      expect(response.status, filename).toBe(422);
      expect(response.body.code, filename).toBe('validation.personal_identity_number');
    }
    // The same minutes without the number are read (so the refusal is about the number).
    expect((await send('preview', 'protokoll.doc', docFixture('protokoll.doc'))).status).toBe(200);
  }, 60_000);

  it('lets only the coordinator of the forum preview or import one', async () => {
    const response = await send('preview', '001.odt', buildOdt(text('001')), 'reporter');
    expect(response.status).toBe(403);
    expect(response.type).toContain('application/problem+json');
  });
});
