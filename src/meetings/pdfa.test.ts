// Nothing is lost on paper, and the paper is fit for the archive: every free-text field of the
// minutes, filled to its API limit with distinct words in every script the API accepts, comes back
// word for word from `pdftotext` (poppler) and from the DOCX; minutes.pdf and archive.pdf are
// PDF/A-2b and tagged by `pdfinfo` and clean by `qpdf --check`. The Debian tools are required: a
// missing tool fails the test (.ci/run installs poppler-utils and qpdf). docs/decisions/008.
import mammoth from 'mammoth';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { postForm } from '../../test/upload.ts';
import { pdftotext, runPdfTool } from './documents/content.test-support.ts';
import { renderMinutesPdf } from './documents/pdf.ts';
import { buildValfardsradetMinutes } from './documents/fixtures.ts';

const ctx = useTestApp({
  organizations: [
    { key: 'A', kind: 'region', name: 'Region Halland' },
    { key: 'B', name: 'Hylte kommun' },
  ],
  forums: [{ key: 'F', name: 'Samlad sjukvårdsresurs', owner: 'A', members: ['A', 'B'] }],
  users: [
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'A', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'reporterB', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
  ],
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

async function call(role: string, method: Method, url: string, payload?: unknown) {
  const response = await ctx.app.inject({
    method,
    url,
    payload: payload as object,
    headers: { cookie: await ctx.cookie(role) },
  });
  return {
    status: response.statusCode,
    body: response.rawPayload,
    headers: response.headers,
    json: () => response.json(),
  };
}

async function ok(role: string, method: Method, url: string, payload?: unknown) {
  const response = await call(role, method, url, payload);
  expect(response.status, `${method} ${url}: ${response.body.toString().slice(0, 500)}`).toBeLessThan(300);
  return response;
}

// Alphabets of the scripts the API accepts. A word spells its number in one of them, so every word
// is distinct and no word can be mistaken for a piece of another.
const alphabets = [
  'bcdfghjklmnprstvåäö',
  'ابتثجحخدذرزسشصضطظعغفقكمنهوي',
  'אבגדהוזחטיכלמנסעפצקרשת',
  'αβγδεζηθικλμνξοπρτυφχψω',
  'бвгджзклмнпрстфхцчшщ',
  'բգդզթժլխծկհձղճմյնշչպջռսվտրցփքֆ',
  'ბგდვზთკლმნპჟრსტფქღყშჩცძწჭხჯჰ',
];
const emoji = [...'😀😃😄😁😆😅😂😊😇🙂🙃😉😌😍🥰😘🤔🤗🤩🥳'];

let wordCount = 0;
function nextWord(): string {
  const number = wordCount++;
  const script = number % (alphabets.length + 1);
  const alphabet = script < alphabets.length ? [...alphabets[script]!] : emoji;
  let rest = Math.floor(number / (alphabets.length + 1)) + alphabet.length ** 3;
  let word = '';
  while (rest > 0) {
    word = alphabet[rest % alphabet.length]! + word;
    rest = Math.floor(rest / alphabet.length);
  }
  return word;
}

/** Every word written, by the field it was written into. */
const written = new Map<string, string[]>();

/** Distinct words up to `limit` characters (UTF-16 code units, as zod counts), remembered by field. */
function fill(limit: number, field: string): string {
  const words: string[] = [];
  let length = 0;
  for (;;) {
    const word = nextWord();
    const added = (words.length > 0 ? 1 : 0) + word.length;
    if (length + added > limit) break;
    words.push(word);
    length += added;
  }
  written.set(field, [...(written.get(field) ?? []), ...words]);
  return words.join(' ');
}

/** Extracted text, split into words; bidi marks that extractors add around right-to-left runs go. */
function wordsOf(text: string): Set<string> {
  // Punctuation the minutes put between words ("Namn, Namn", "(ersättare för …)") separates them too.
  return new Set(text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069,;:()]/g, ' ').split(/\s+/));
}

/** The words of the given fields that the text lacks, by field; {} when nothing is lost. */
function missingFrom(text: string, fields: string[]): Record<string, string[]> {
  const found = wordsOf(text);
  const missing: Record<string, string[]> = {};
  for (const field of fields) {
    const lost = (written.get(field) ?? []).filter((word) => !found.has(word));
    if (lost.length > 0) missing[field] = lost;
  }
  return missing;
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function plainPdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595.28, 841.89]).drawText(text, { x: 60, y: 700, size: 14, font });
  return Buffer.from(await pdf.save());
}

async function expectPdfA(pdf: Buffer) {
  const info = await runPdfTool('pdfinfo', [], pdf);
  expect(info).toMatch(/^PDF subtype:\s+PDF\/A-2b$/m);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(/^PDF version:\s+1\.7$/m);
  const xmp = await runPdfTool('pdfinfo', ['-meta'], pdf);
  expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
  await expectQpdfClean(pdf);
}

async function expectQpdfClean(pdf: Buffer) {
  // qpdf exits non-zero on errors (2) and warnings (3); runPdfTool rejects on either.
  expect(await runPdfTool('qpdf', ['--check'], pdf)).toContain('No syntax or stream encoding errors found');
}

describe('every word on paper, PDF/A-2b and tagged', () => {
  const forum = () => ctx.fixture.forum.F!;
  const org = (key: string) => ctx.fixture.org[key]!;
  let meetingId: string;

  it('takes every free-text field filled to its limit with words in every accepted script', async () => {
    const round = (
      await ok('coordinator', 'POST', `/api/forums/${forum()}/rounds`, {
        title: fill(100, 'round title'),
        periodStart: '2021-01-11',
        periodEnd: '2021-01-17',
        deadlineDate: '2021-01-12',
        deadlineTime: '12:00',
      })
    ).json();
    const report = await ok('reporter', 'PUT', `/api/rounds/${round.id}/reports/${org('A')}`, {
      revision: 0,
      currentSituation: fill(20_000, 'report Nuläge'),
      challenges: fill(20_000, 'report Utmaning'),
      input: fill(20_000, 'report Medskick'),
      strainLevel: 'strained',
      values: [],
    });
    await ok('reporter', 'POST', `/api/rounds/${round.id}/reports/${org('A')}/submit`, {
      revision: report.json().revision,
    });
    await ok('coordinator', 'PUT', `/api/rounds/${round.id}/summary`, {
      summary: fill(20_000, 'round summering'),
      expectedUpdatedAt: null,
    });

    const planned = await ok('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: fill(300, 'meeting title'),
      meetingDate: '2021-01-14',
      startTime: '13:00',
      endTime: '15:00',
      location: fill(500, 'location'),
      diaryNumber: fill(50, 'Dnr'),
      roundId: round.id,
      chair: { name: fill(200, 'chair') },
      secretary: { name: fill(200, 'secretary') },
      adjusters: [{ name: fill(200, 'adjuster') }, { name: fill(200, 'adjuster') }],
    });
    meetingId = planned.json().id;
    await ok('coordinator', 'PUT', `/api/meetings/${meetingId}/attendees`, {
      attendees: [
        {
          organizationId: org('A'),
          name: fill(200, 'attendee name'),
          title: fill(200, 'attendee title'),
          status: 'present',
        },
        {
          organizationId: org('B'),
          name: fill(200, 'attendee name'),
          title: fill(200, 'attendee title'),
          status: 'substitute',
          substituteName: fill(200, 'substitute name'),
        },
        {
          organizationId: org('A'),
          name: fill(200, 'attendee name'),
          title: fill(200, 'attendee title'),
          status: 'substitute',
          substituteFor: fill(200, 'substitute for'),
        },
        {
          organizationId: org('B'),
          name: fill(200, 'attendee name'),
          title: fill(200, 'attendee title'),
          status: 'absent',
        },
      ],
    });
    const itemTitle = fill(500, 'item title');
    const withItem = (
      await ok('coordinator', 'POST', `/api/meetings/${meetingId}/items`, {
        title: itemTitle,
        kind: 'beslut',
        presenters: [fill(200, 'presenter'), fill(200, 'presenter')],
      })
    )
      .json()
      .items.find((i: { title: string }) => i.title === itemTitle) as { id: string; revision: number };
    await ok('coordinator', 'POST', `/api/meetings/${meetingId}/hold`);
    await ok('coordinator', 'PATCH', `/api/agenda-items/${withItem.id}`, {
      revision: withItem.revision,
      notes: fill(50_000, 'notes'),
      decisions: [fill(5000, 'decision'), fill(5000, 'decision')],
    });
    await ok('coordinator', 'POST', `/api/agenda-items/${withItem.id}/actions`, {
      ownerName: fill(200, 'uppdrag owner'),
      task: fill(5000, 'uppdrag task'),
      dueDate: '2021-01-21',
    });
    const pdfTitle = fill(300, 'bilaga title');
    const pngTitle = fill(300, 'bilaga title');
    const pngName = `${fill(120, 'bilaga file name')} bild.png`;
    written.set('bilaga file name', [...written.get('bilaga file name')!, 'bild.png']);
    const upload = async (title: string, filename: string, data: Buffer) => {
      const response = await postForm(ctx.app, {
        url: `/api/meetings/${meetingId}/attachments`,
        cookie: await ctx.cookie('coordinator'),
        parts: [
          { name: 'title', value: title },
          { name: 'file', data, filename },
        ],
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await upload(pdfTitle, 'lagesrapport.pdf', await plainPdf('Bilagans egen text'));
    await upload(pngTitle, pngName, PNG);
  }, 120_000);

  it('prints every word in minutes.pdf (pdftotext) and minutes.docx, as PDF/A-2b tagged', async () => {
    const pdf = await ok('coordinator', 'GET', `/api/meetings/${meetingId}/minutes.pdf`);
    expect(pdf.headers['samverkan-pdfa']).toBe('PDF/A-2b');
    // The file name of a bilaga is in the archive copy, not in the minutes.
    const fields = [...written.keys()].filter((field) => field !== 'bilaga file name');
    const text = await pdftotext(pdf.body);
    expect(missingFrom(text, fields)).toEqual({});
    await expectPdfA(pdf.body);

    const docx = await ok('coordinator', 'GET', `/api/meetings/${meetingId}/minutes.docx`);
    const docxText = (await mammoth.extractRawText({ buffer: docx.body })).value;
    // mammoth reads the body only; the Dnr stands in the DOCX page header.
    expect(
      missingFrom(
        docxText,
        fields.filter((field) => field !== 'Dnr'),
      ),
    ).toEqual({});
  }, 300_000);

  it('makes an archive that says it is not PDF/A because of a plain PDF bilaga, tagged and clean', async () => {
    const archive = await ok('coordinator', 'GET', `/api/meetings/${meetingId}/archive.pdf`);
    expect(archive.headers['samverkan-pdfa']).toBe('none');
    const info = await runPdfTool('pdfinfo', [], archive.body);
    expect(info).not.toMatch(/PDF subtype/);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    await expectQpdfClean(archive.body);
    const text = await pdftotext(archive.body);
    expect(text).toContain('Om arkivexemplaret');
    expect(text).toContain('Bilagans egen text');
    // The PNG's placeholder page names it by title and file name.
    expect(missingFrom(text, ['bilaga title', 'bilaga file name'])).toEqual({});
  }, 300_000);

  it('makes a PDF/A-2b archive when the PDF bilagor are PDF/A and the others become pages of their own', async () => {
    const planned = await ok('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Möte med bilagor i PDF/A',
      meetingDate: '2021-02-14',
    });
    const id = planned.json().id;
    for (const [title, filename, data] of [
      ['Protokoll i PDF/A', 'protokoll.pdf', await renderMinutesPdf(buildValfardsradetMinutes())],
      ['Bild', 'bild.png', PNG],
    ] as const) {
      const response = await postForm(ctx.app, {
        url: `/api/meetings/${id}/attachments`,
        cookie: await ctx.cookie('coordinator'),
        parts: [
          { name: 'title', value: title },
          { name: 'file', data, filename },
        ],
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    const archive = await ok('coordinator', 'GET', `/api/meetings/${id}/archive.pdf`);
    expect(archive.headers['samverkan-pdfa']).toBe('PDF/A-2b');
    await expectPdfA(archive.body);
    const fonts = await runPdfTool('pdffonts', [], archive.body);
    expect(
      fonts
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() && !/\syes\s/.test(line)),
    ).toEqual([]);
  }, 300_000);

  it('refuses a script the PDF cannot print, in a field and in a file name, with a message in Swedish', async () => {
    const refused = await call('coordinator', 'POST', `/api/forums/${forum()}/meetings`, {
      title: 'Möte 会议',
      meetingDate: '2021-03-01',
    });
    expect(refused.status).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({
        path: 'body.title',
        message: expect.stringContaining('inte kan skrivas ut i protokollet'),
      }),
    ]);
    const upload = await postForm(ctx.app, {
      url: `/api/meetings/${meetingId}/attachments`,
      cookie: await ctx.cookie('coordinator'),
      parts: [{ name: 'file', data: PNG, filename: 'ภาพ.png' }],
    });
    expect(upload.statusCode).toBe(400);
    expect(upload.json().errors).toEqual([expect.objectContaining({ path: 'body.file' })]);
  });
});
