import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const STAMP = 'dist.hash';

/** The folders and files the built web app depends on (the web imports the server's schema files). */
function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'dist' && entry.name !== 'node_modules') walk(full);
      } else if (!/\.test\.tsx?$/.test(entry.name) && entry.name !== STAMP) {
        files.push(full);
      }
    }
  };
  walk(path.join(root, 'web'));
  walk(path.join(root, 'src'));
  files.push(path.join(root, 'package-lock.json'));
  return files.filter((file) => fs.existsSync(file)).sort();
}

export function webSourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Beside web/dist rather than inside it, so the build's emptying of dist cannot leave a stale stamp. */
function stampFile(root: string): string {
  return path.join(root, 'web', STAMP);
}

export function isWebBuildCurrent(root: string): boolean {
  const stamp = stampFile(root);
  if (!fs.existsSync(path.join(root, 'web', 'dist', 'index.html')) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, 'utf8').trim() === webSourceHash(root);
}

export class WebBuildError extends Error {}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Brotli and gzip copies at full strength once, so no request pays for compression. */
async function precompress(dir: string): Promise<void> {
  for (const name of fs.readdirSync(dir)) {
    if (!/\.(js|css|svg|json|html|txt|map)$/.test(name)) continue;
    const file = path.join(dir, name);
    const data = fs.readFileSync(file);
    fs.writeFileSync(`${file}.gz`, await gzip(data, { level: 9 }));
    fs.writeFileSync(
      `${file}.br`,
      await brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY } }),
    );
  }
}

export async function buildWeb(root: string): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new WebBuildError(
      'The web app is not built (web/dist) and vite is not installed to build it. Run `npm ci` (dependencies include the web build tools) and `npx samverkan build`, or ship web/dist.',
    );
  }
  fs.rmSync(stampFile(root), { force: true });
  // The hash of the sources as they were when the build began: a file changed during the build
  // leaves a stamp that no longer matches, so the next `build --if-changed` builds again.
  const sourceHash = webSourceHash(root);
  await vite.build({ configFile: path.join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  await precompress(path.join(root, 'web', 'dist', 'assets'));
  fs.writeFileSync(stampFile(root), sourceHash + '\n');
}
