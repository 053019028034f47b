import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { postUpload, uploadForm, writtenRows } from './http.test-support.ts';
import { loadCorpus } from './test-support.ts';

// One file read at a time and one waiting (SAMVERKAN_IMPORT_READ_THREADS, SAMVERKAN_IMPORT_READ_QUEUE): two large files
// fill the reader, so the third is the one the server cannot take.
const ctx = useTestApp(
  {
    organizations: [{ key: 'A', kind: 'region' }],
    forums: [{ key: 'F', name: 'Samlad sjukvårdsresurs', owner: 'A', members: ['A'] }],
    users: [{ key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] }],
  },
  { SAMVERKAN_IMPORT_READ_THREADS: '1', SAMVERKAN_IMPORT_READ_QUEUE: '1' },
);

/** Seconds of parsing: the development corpus four times over (0.8 MB; refused 413 at its end, too many attendees). */
const slowText = () => {
  const corpus = loadCorpus()
    .map((d) => d.text)
    .join('\n\n');
  return Array.from({ length: 4 }, () => corpus).join('\n\n');
};

const smallMinutes = [
  'Minnesanteckningar Samlad sjukvårdsresurs',
  'Datum: 2019-05-14',
  'Närvarande: Anna Berg, Bo Ek',
  '',
  '1. Läget på sjukhusen',
  'Högt tryck på akuten. Beslut: att följa upp läget vid nästa möte.',
].join('\n');

describe('a full read queue', { timeout: 240_000 }, () => {
  it('answers 503 with Retry-After and a message in words, writes nothing, and reads the file once the queue drains', async () => {
    await ctx.cookie('coordinator'); // signed in first: the sign-in is audited
    const before = await writtenRows(ctx.database.db);
    // The server has read both large uploads to their end when both are in the reader (one parsing, one waiting).
    let uploadsRead = 0;
    const onRequest = (request: IncomingMessage) => {
      if (request.url?.endsWith('/minutes-imports/preview')) request.once('end', () => uploadsRead++);
    };
    ctx.app.server.on('request', onRequest);
    const text = slowText();
    const large = [1, 2].map((n) => postUpload(ctx, '/minutes-imports/preview', uploadForm(`arkiv-${n}.txt`, text)));
    try {
      while (uploadsRead < 2) await sleep(20);
    } finally {
      ctx.app.server.off('request', onRequest);
    }
    await sleep(200);

    const busyImport = await postUpload(ctx, '/minutes-imports', uploadForm('2019-05-14.txt', smallMinutes));
    const busyPreview = await postUpload(
      ctx,
      '/minutes-imports/preview',
      uploadForm('2019-05-14.txt', smallMinutes),
      'en',
    );
    for (const busy of [busyImport, busyPreview]) {
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('30');
      expect(busy.body.code).toBe('minutes.busy');
    }
    expect(busyImport.body.detail).toBe('Servern läser många filer just nu. Försök igen om 30 sekunder.');
    expect(busyPreview.body.detail).toBe('The server is reading many files right now. Try again in 30 seconds.');
    expect(await writtenRows(ctx.database.db)).toEqual(before);

    // The two large files were read in their turn, neither refused for the queue (too large for a meeting, 413).
    expect((await Promise.all(large)).map((answer) => answer.status)).toEqual([413, 413]);
    const imported = await postUpload(ctx, '/minutes-imports', uploadForm('2019-05-14.txt', smallMinutes));
    expect(imported.status).toBe(201);
    expect((await writtenRows(ctx.database.db)).meetings).toBe(before.meetings + 1);
  });
});
