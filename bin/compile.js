// `samverkan` runs the server compiled: esbuild bundles src/cli.ts and the document worker's
// entry at every start (about half a second), and Node runs the JavaScript. Run through tsx instead,
// the server carried tsx's loader thread (a V8 heap of its own, about 50 MB) and each document
// worker another; README.md "Performance" has the figures. The tests still run the TypeScript.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'samverkan');
// Builds of other code are removed once this many newer ones exist and they are an hour unused
// (a server still running older code starts its document workers from its build).
const KEEP_BUILDS = 5;
const KEEP_UNUSED_MS = 60 * 60 * 1000;

/**
 * Modules keep the meaning of import.meta.url they have as source (app.ts finds the web build,
 * fonts.ts its packages through it), and the worker files name the compiled workers.
 */
const sourceSemantics = {
  name: 'samverkan-source-semantics',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      // A worker file names its worker ("./render-worker.mjs") beside itself, which the build is too.
      if (args.path.endsWith('-worker-file.ts')) return { contents: text, loader: 'ts' };
      return {
        contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
};

/** Compiles the server into node_modules/.cache/samverkan/<hash of the output> and returns the CLI's file URL. */
export async function compileServer() {
  const staging = path.join(cacheDir, 'staging');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli.ts',
      'render-worker': 'src/meetings/documents/render-thread.ts',
      'read-worker': 'src/minutes-import/read-thread.ts',
    },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    // Chunks keep the worker's dynamic imports lazy (render.ts loads pdf-lib for the archive only).
    splitting: true,
    target: 'node20',
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    // Stack traces need the mappings only; the sources are in src/.
    sourcesContent: false,
    write: false,
    logLevel: 'silent',
    plugins: [sourceSemantics],
  });
  const hash = createHash('sha256');
  for (const file of result.outputFiles) hash.update(path.relative(staging, file.path)).update(file.contents);
  const dir = path.join(cacheDir, `server-${hash.digest('hex').slice(0, 16)}`);
  if (!fs.existsSync(dir)) {
    // Written beside and renamed into place: another process starting at the same moment either
    // finds the whole build or writes the same one.
    const temporary = `${dir}.${process.pid}.tmp`;
    fs.mkdirSync(temporary, { recursive: true });
    for (const file of result.outputFiles)
      fs.writeFileSync(path.join(temporary, path.relative(staging, file.path)), file.contents);
    try {
      fs.renameSync(temporary, dir);
    } catch (error) {
      fs.rmSync(temporary, { recursive: true, force: true });
      if (!fs.existsSync(dir)) throw error;
    }
  }
  try {
    const now = new Date();
    fs.utimesSync(dir, now, now);
    pruneBuilds(dir);
  } catch {
    // Housekeeping only: a build already in place runs from a read-only disk too.
  }
  return pathToFileURL(path.join(dir, 'cli.mjs')).href;
}

function pruneBuilds(current) {
  const names = fs.readdirSync(cacheDir);
  // What a process stopped while writing its build left behind.
  for (const name of names.filter((n) => /^server-[0-9a-f]+\.\d+\.tmp$/.test(n))) {
    const dir = path.join(cacheDir, name);
    const writtenAt = fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - writtenAt > KEEP_UNUSED_MS) fs.rmSync(dir, { recursive: true, force: true });
  }
  const builds = names
    .filter((name) => /^server-[0-9a-f]+$/.test(name))
    .map((name) => path.join(cacheDir, name))
    .filter((dir) => dir !== current)
    .map((dir) => ({ dir, usedAt: fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now() }))
    .sort((a, b) => b.usedAt - a.usedAt);
  for (const { dir, usedAt } of builds.slice(KEEP_BUILDS - 1))
    if (Date.now() - usedAt > KEEP_UNUSED_MS) fs.rmSync(dir, { recursive: true, force: true });
}
