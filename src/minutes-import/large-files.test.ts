import { setTimeout as sleep } from 'node:timers/promises';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientHeaders, useTestApp } from '../../test/app.ts';
import { extractText } from './extract/index.ts';
import { MAX_TEXT_CHARS } from './parse/guard.ts';
import { listeningUrl, postUpload, uploadForm, writtenRows } from './http.test-support.ts';
import { getDocumentProxy } from 'unpdf';
import { buildPdf } from './extract/builders.test-support.ts';
import { parseMinutesText } from './parse/index.ts';
import { loadCorpus, loadSamples } from './test-support.ts';

const ctx = useTestApp({
  organizations: [{ key: 'A', kind: 'region' }],
  forums: [{ key: 'F', name: 'Samlad sjukvårdsresurs', owner: 'A', members: ['A'] }],
  users: [{ key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] }],
});

/** The development corpus as one file: 110 real minutes, 0.2 MB, more attendees than a meeting holds. */
const wholeCorpus = () =>
  loadCorpus()
    .map((d) => d.text)
    .join('\n\n');

const form = uploadForm;
const serverUrl = () => listeningUrl(ctx);
const post = (route: string, body: FormData, language = 'sv') => postUpload(ctx, route, body, language);
const writtenRowsOf = () => writtenRows(ctx.database.db);

// Parsing takes seconds of CPU here, more on a loaded machine.
describe('large files through the import routes', { timeout: 180_000 }, () => {
  it('answers other requests while a large preview is being parsed', async () => {
    const base = await serverUrl();
    const cookie = await ctx.cookie('coordinator');
    const text = wholeCorpus();
    // The upload has been read to its end when the server starts on the file; a request sent after that is only
    // answered first if the parse leaves the event loop free.
    let uploadRead = false;
    const onRequest = (request: IncomingMessage) => {
      if (request.url?.endsWith('/minutes-imports/preview')) request.once('end', () => (uploadRead = true));
    };
    ctx.app.server.on('request', onRequest);
    const completed: string[] = [];
    let previewAnswered = false;
    const preview = post('/minutes-imports/preview', form('arkiv.txt', text)).finally(() => {
      previewAnswered = true;
      completed.push('preview');
    });
    try {
      for (let i = 0; !previewAnswered; i++) {
        const sentAfterUpload = uploadRead;
        const path = i % 2 === 0 ? '/api/health' : '/api/auth/me';
        const response = await fetch(`${base}${path}`, { headers: { cookie, ...clientHeaders } });
        expect(response.status).toBe(200);
        if (sentAfterUpload) completed.push(path);
        await sleep(5);
      }
      expect((await preview).status).toBe(413);
    } finally {
      ctx.app.server.off('request', onRequest);
    }
    expect(completed[0]).not.toBe('preview');
    expect(completed.slice(0, completed.indexOf('preview'))).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/me']),
    );
  });

  it('refuses a file over 20 MB with a 413 that names the limit, and writes nothing', async () => {
    await ctx.cookie('coordinator'); // signed in first: the sign-in is audited
    const before = await writtenRowsOf();
    const large = 'möte och beslut\n'.repeat((21 * 1024 * 1024) / 16);
    const preview = await post('/minutes-imports/preview', form('arkiv.txt', large));
    expect(preview.status).toBe(413);
    expect(preview.body.code).toBe('minutes.file_too_large');
    expect(preview.body.detail).toMatch(
      /^Filen är större än 20 MB, den största fil med anteckningar som kan läsas in\./,
    );
    const english = await post('/minutes-imports', form('arkiv.txt', large), 'en');
    expect(english.status).toBe(413);
    expect(english.body.detail).toMatch(
      /^The file is larger than 20 MB, the largest file of minutes that can be read\./,
    );
    expect(await writtenRowsOf()).toEqual(before);
  });

  it('refuses a parse larger than a meeting holds with a 413 that names the limit, and writes nothing', async () => {
    const before = await writtenRowsOf();
    const preview = await post('/minutes-imports/preview', form('arkiv.txt', wholeCorpus()));
    expect(preview.status).toBe(413);
    expect(preview.body.code).toBe('minutes.result_too_large');
    expect(preview.body.detail).toMatch(
      /^Dokumentet är för stort för förhandsgranskning: \d+ deltagare, högst 500 .*Dela upp filen/,
    );
    const english = await post('/minutes-imports', form('arkiv.txt', wholeCorpus()), 'en');
    expect(english.status).toBe(413);
    expect(english.body.detail).toMatch(/^The document is too large to preview: \d+ attendees, at most 500/);
    expect(await writtenRowsOf()).toEqual(before);
  });

  it('refuses a text over the limit in characters with a 413 that names the limit, and writes nothing', async () => {
    const before = await writtenRowsOf();
    const text = 'Minnesanteckningar möte\n' + 'a'.repeat(MAX_TEXT_CHARS);
    for (const path of ['/minutes-imports/preview', '/minutes-imports']) {
      const answer = await post(path, form('stor.txt', text));
      expect(answer.status).toBe(413);
      expect(answer.body.code).toBe('minutes.too_large');
      // Numbers are grouped with no-break spaces (sv-SE).
      expect(answer.body.detail.replaceAll('\u00a0', ' ')).toBe(
        'Filen är för stor för att importeras: 5 242 904 tecken text, högst 5 242 880. Dela upp den i mindre filer och importera dem var för sig.',
      );
    }
    expect(await writtenRowsOf()).toEqual(before);
  });

  it('counts the text limit in characters, not in the bytes UTF-8 takes for å, ä and ö', async () => {
    const text = 'Minnesanteckningar möte\n' + 'å'.repeat(MAX_TEXT_CHARS - 30);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_TEXT_CHARS);
    expect((await extractText(Buffer.from(text))).length).toBe(text.length);
  });
});

describe('a long PDF of status tables', { timeout: 180_000 }, () => {
  it('is read well within the extraction limit (20 s), every table row of its 50 pages kept', async () => {
    const { text } = loadSamples().find((s) => s.name.startsWith('002'))!;
    const copies = 20;
    const pdf = await buildPdf(Array.from({ length: copies }, () => text).join('\n\n'), { repeatHeader: true });
    expect((await getDocumentProxy(new Uint8Array(pdf))).numPages).toBeGreaterThanOrEqual(50);
    const rows = parseMinutesText(text).statusReports.length;
    // extractText gives up after 20 s (minutes.unreadable "extraction timed out"); measured about 0.9 s of CPU here.
    const extracted = await extractText(pdf);
    expect(parseMinutesText(extracted).statusReports.length).toBeGreaterThanOrEqual(rows);
    expect(extracted.match(/^\tVarbergs kommun$/gm)).toHaveLength(copies * 2);
  });
});
