import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../test/app.ts';
import { createHttpServer, type App } from './http.ts';
import { isWebBuildCurrent, webSourceHash } from './web-build.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-web-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(relative: string, content: string | Buffer) {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

describe('serving the built web app', () => {
  const script = 'console.log("Samverkan");'.repeat(200);
  let app: App;
  beforeAll(async () => {
    write('web/dist/index.html', '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>');
    write('web/dist/assets/index-abc123.js', script);
    write('web/dist/assets/index-abc123.js.br', zlib.brotliCompressSync(script));
    write('web/dist/assets/index-abc123.js.gz', zlib.gzipSync(script));
    app = await createHttpServer(testConfig(), { logger: false, webRoot: path.join(root, 'web', 'dist') });
  });
  afterAll(() => app?.close());

  it('serves hashed assets precompressed and cacheable for a year', async () => {
    const brotli = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(zlib.brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    const gzip = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('serves index.html, also for client-side routes, to be revalidated on every visit', async () => {
    for (const url of ['/', '/forum/123/lagesbild']) {
      const page = await app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });
});

describe('API answers', () => {
  it('are compressed when large and the client accepts it', async () => {
    const app = await createHttpServer(testConfig(), { logger: false });
    try {
      app.get('/api/large', async () => ({
        items: Array.from({ length: 500 }, (_, i) => ({ id: i, name: 'Falu kommun' })),
      }));
      const compressed = await app.inject({ url: '/api/large', headers: { 'accept-encoding': 'br, gzip' } });
      expect(compressed.headers['content-encoding']).toBe('br');
      const json = JSON.parse(zlib.brotliDecompressSync(compressed.rawPayload).toString());
      expect(json.items).toHaveLength(500);
      expect(compressed.rawPayload.length).toBeLessThan(JSON.stringify(json).length / 5);
      // A report-sized answer is compressed in one call, so its length is known (no chunked stream).
      expect(compressed.headers['content-length']).toBe(String(compressed.rawPayload.length));
      const plain = await app.inject({ url: '/api/large' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.json().items).toHaveLength(500);
    } finally {
      await app.close();
    }
  });

  it('compresses a large answer', async () => {
    const app = await createHttpServer(testConfig(), { logger: false });
    try {
      app.get('/api/huge', async () => ({
        items: Array.from({ length: 3000 }, (_, i) => ({ id: i, name: `Organisation ${i}` })),
      }));
      const compressed = await app.inject({ url: '/api/huge', headers: { 'accept-encoding': 'br' } });
      expect(compressed.headers['content-encoding']).toBe('br');
      expect(JSON.parse(zlib.brotliDecompressSync(compressed.rawPayload).toString()).items).toHaveLength(3000);
    } finally {
      await app.close();
    }
  });
});

describe('the web build stamp', () => {
  it('is current only while the web sources and the server files the web imports are unchanged', () => {
    write('web/src/main.tsx', 'export {};');
    write('src/rounds/schema.ts', 'export const a = 1;');
    write('package-lock.json', '{}');
    expect(isWebBuildCurrent(root)).toBe(false);
    write('web/dist.hash', webSourceHash(root));
    expect(isWebBuildCurrent(root)).toBe(true);
    write('src/rounds/schema.test.ts', 'tests do not count');
    expect(isWebBuildCurrent(root)).toBe(true);
    write('src/rounds/schema.ts', 'export const a = 2;');
    expect(isWebBuildCurrent(root)).toBe(false);
    write('web/dist.hash', webSourceHash(root));
    write('web/src/main.tsx', 'export const changed = true;');
    expect(isWebBuildCurrent(root)).toBe(false);
  });
});
