import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { postForm } from '../../test/upload.ts';
import { runMinutesImport } from './cli-import.ts';
import { buildDocx, buildPdf } from './extract/builders.test-support.ts';
import { useReadPool } from './http.test-support.ts';
import { countImportRows } from './test-support.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }, { key: 'B' }],
  forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A', 'B'] }],
  users: [{ key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] }],
});
const readPool = useReadPool();

function minutesText(decision: string) {
  return [
    'Minnesanteckningar Välfärdsrådet',
    'Datum: 2021-03-04',
    'Tid: kl 13.00–15.00',
    'Plats: Teams',
    '',
    'Närvarande: Anna Berg, Bo Ek, Carin Dahl',
    '',
    '1. Mötets öppnande',
    'Ordföranden öppnade mötet och hälsade alla välkomna.',
    '',
    '2. Stöd till hemtjänsten',
    'Kommunerna rapporterade om läget i hemtjänsten och behovet av stöd.',
    `Beslut: ${decision}`,
    '',
    '3. Mötets avslutande',
    'Nästa möte hålls den 18 mars 2021. Kontakt: 070-123 45 67, Region Dalarna 232100-0198.',
  ].join('\n');
}

const clean = minutesText('Välfärdsrådet beslutar att ge hemtjänsten stöd.');
const withNumber = minutesText('Välfärdsrådet beslutar att ärendet för 850709\u20139805 avslutas.');

const counts = () => countImportRows(ctx.database.db);

async function send(kind: 'preview' | 'save', filename: string, data: Buffer, corrections?: unknown) {
  const base = `/api/forums/${ctx.fixture.forum.F}/minutes-imports`;
  return postForm(ctx.app, {
    url: kind === 'preview' ? `${base}/preview` : base,
    cookie: await ctx.cookie('coordinator'),
    parts: [
      { name: 'file', data, filename },
      ...(corrections === undefined ? [] : [{ name: 'minutes', value: JSON.stringify(corrections) }]),
    ],
  });
}

function expectRefusedFile(response: Awaited<ReturnType<typeof send>>, filename?: string) {
  expect(response.statusCode).toBe(422);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const problem = response.json();
  expect(problem.code).toBe('validation.personal_identity_number');
  expect(problem.errors).toEqual([{ path: 'body.file', message: problem.detail }]);
  if (filename) expect(problem.detail).toContain(filename);
  expect(problem.detail).not.toContain('9805');
}

describe('a personnummer in minutes to import', () => {
  it('previews the same minutes without one (the fixture is readable minutes)', async () => {
    const preview = await send('preview', 'protokoll.txt', Buffer.from(clean));
    expect(preview.statusCode).toBe(200);
    expect(preview.json().minutes.items.flatMap((i: { decisions: string[] }) => i.decisions)).toEqual([
      'att ge hemtjänsten stöd.',
    ]);
  });

  it.each([
    ['a text file', 'protokoll.txt', () => Promise.resolve(Buffer.from(withNumber))],
    ['a UTF-16 text file', 'protokoll-utf16.txt', () => Promise.resolve(Buffer.from(`\uFEFF${withNumber}`, 'utf16le'))],
    ['a Word file', 'protokoll.docx', () => buildDocx(withNumber)],
    ['a PDF', 'protokoll.pdf', () => buildPdf(withNumber)],
  ])('refuses the preview of %s with a decision holding one: 422 naming the file', async (_label, name, build) => {
    expectRefusedFile(await send('preview', name, await build()), name);
  });

  it.each([
    ['a text file', 'protokoll.txt', () => Promise.resolve(Buffer.from(withNumber))],
    ['a Word file', 'protokoll.docx', () => buildDocx(withNumber)],
    ['a PDF', 'protokoll.pdf', () => buildPdf(withNumber)],
  ])('refuses to save %s holding one and stores nothing', async (_label, name, build) => {
    const before = await counts();
    expectRefusedFile(await send('save', name, await build()), name);
    expect(await counts()).toEqual(before);
  });

  it('refuses the file even when clean corrections are saved instead of what was read, since the file is kept', async () => {
    const corrections = (await send('preview', 'protokoll.txt', Buffer.from(clean))).json().minutes;
    const before = await counts();
    expectRefusedFile(await send('save', 'protokoll.txt', Buffer.from(withNumber), corrections), 'protokoll.txt');
    expect(await counts()).toEqual(before);
  });

  it('refuses corrections that add one, naming the field', async () => {
    const corrections = (await send('preview', 'protokoll.txt', Buffer.from(clean))).json().minutes;
    corrections.items[1].decisions = ['Ärendet för 850709-9805 avslutas.'];
    const before = await counts();
    const response = await send('save', 'protokoll.txt', Buffer.from(clean), corrections);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.items.1.decisions.0' })]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file name holding one without repeating it', async () => {
    const before = await counts();
    const preview = await send('preview', 'pnr-850709-9805.txt', Buffer.from(clean));
    expectRefusedFile(preview);
    expect(preview.json().detail).toContain('Filnamnet');
    expectRefusedFile(await send('save', 'pnr-850709-9805.txt', Buffer.from(clean)));
    expect(await counts()).toEqual(before);
  });

  it('refuses it in the command-line import and imports nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samverkan-pnr-'));
    const file = path.join(dir, 'protokoll.txt');
    await writeFile(file, withNumber);
    const before = await counts();
    let errors = '';
    const stderr = new Writable({
      write(chunk, _encoding, done) {
        errors += String(chunk);
        done();
      },
    });
    const exitCode = await runMinutesImport({
      db: ctx.database.db,
      paths: [file],
      forum: ctx.fixture.forum.F!,
      read: readPool.read,
      stdout: new Writable({ write: (_chunk, _encoding, done) => done() }),
      stderr,
    });
    expect(exitCode).toBe(2);
    expect(errors).toContain('validation.personal_identity_number');
    expect(await counts()).toEqual(before);
  });

  it('saves the clean file (so the refusals above are about the number)', async () => {
    const before = await counts();
    const saved = await send('save', 'protokoll.txt', Buffer.from(clean));
    expect(saved.statusCode).toBe(201);
    expect(await counts()).toMatchObject({ meetings: before.meetings + 1, attachments: before.attachments + 1 });
  });
});
