import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { cli, tempRoot } from '../../test/cli.ts';
import { postUpload, writtenRows } from './http.test-support.ts';

// A reader thread may take this long per file here (SAMVERKAN_IMPORT_READ_SECONDS, 120 by default).
const READ_SECONDS = '10';

/**
 * A 1 MB PDF whose one page's content stream inflates to 100 MB of text operators: pdf.js decodes and walks all of
 * it (outside the heap limit of the reader thread), which took minutes; 400 MB did not end within five.
 */
function inflatingPdf(): Buffer {
  const operators = Buffer.alloc(100 * 1024 * 1024, '(Beslut att ) Tj ');
  const content = deflateSync(Buffer.concat([Buffer.from('BT /F1 12 Tf 72 700 Td\n'), operators, Buffer.from('ET\n')]));
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  for (const [index, object] of objects.entries()) {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), object, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  }
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

const goodMinutes = (date: string) =>
  [
    'Minnesanteckningar Välfärdsrådet',
    `Datum: ${date}`,
    'Närvarande: Anna Berg, Bo Ek',
    '',
    '1. Läget i kommunerna',
    'Högt tryck i hemtjänsten. Beslut: att följa upp läget vid nästa möte.',
  ].join('\n');

const pdfForm = (filename: string, data: Buffer) => {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(data)]), filename);
  return body;
};

const ctx = useTestApp(
  {
    organizations: [{ key: 'A', kind: 'region' }],
    forums: [{ key: 'F', name: 'Välfärdsrådet', owner: 'A', members: ['A'] }],
    users: [{ key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] }],
  },
  { SAMVERKAN_IMPORT_READ_THREADS: '1', SAMVERKAN_IMPORT_READ_SECONDS: READ_SECONDS },
);

describe('a file whose reading does not end', { timeout: 180_000 }, () => {
  it('is refused in words after the time limit, its thread ended, and the next file is read', async () => {
    await ctx.cookie('coordinator');
    // The reader thread is started by a first file, so the limit below is the bomb's alone.
    expect(
      (await postUpload(ctx, '/minutes-imports/preview', pdfForm('a.txt', Buffer.from(goodMinutes('2019-05-14')))))
        .status,
    ).toBe(200);
    const before = await writtenRows(ctx.database.db);
    const started = Date.now();
    const bomb = await postUpload(ctx, '/minutes-imports', pdfForm('protokoll.pdf', inflatingPdf()));
    expect(bomb.status).toBe(422);
    expect(bomb.body.code).toBe('minutes.unreadable');
    expect(bomb.body.detail).toContain(`läsningen tog mer än ${READ_SECONDS} sekunder`);
    // Refused at the limit, not when the file was done (minutes later); the load of a shared machine aside.
    expect(Date.now() - started).toBeLessThan(90_000);
    expect(await writtenRows(ctx.database.db)).toEqual(before);
    const next = await postUpload(ctx, '/minutes-imports', pdfForm('b.txt', Buffer.from(goodMinutes('2019-05-21'))));
    expect(next.status).toBe(201);
  });

  it('is refused by `samverkan minutes import` too, which goes on with the rest of the folder', async () => {
    const root = tempRoot();
    const archive = path.join(root, 'arkiv');
    fs.mkdirSync(archive);
    fs.writeFileSync(path.join(archive, '1-protokoll.pdf'), inflatingPdf());
    fs.writeFileSync(path.join(archive, '2-anteckningar.txt'), goodMinutes('2019-05-14'));
    const dataDir = path.join(root, 'data');
    expect((await cli(['seed-demo'], dataDir)).stdout).toContain('Demo data loaded');
    const run = await cli(['minutes', 'import', archive, '--forum', 'Välfärdsrådet'], dataDir, {
      SAMVERKAN_IMPORT_READ_SECONDS: READ_SECONDS,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`[1/2] ${path.join(archive, '1-protokoll.pdf')}: refused`);
    expect(run.stdout).toContain(`[2/2] ${path.join(archive, '2-anteckningar.txt')}: imported as meeting`);
    expect(run.stdout).toContain(`läsningen tog mer än ${READ_SECONDS} sekunder`);
    expect(run.stdout).toContain('Summary: 1 imported, 0 skipped as already imported, 1 refused');
  });
});
