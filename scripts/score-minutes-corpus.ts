// Scores the parser on the real-minutes development corpus (src/minutes-import/corpus) with the
// shared scorer and prints its report: per document, per metadata field, per field, overall.
//   npx tsx scripts/score-minutes-corpus.ts [--details] [--batch N]
//     [--render pdf|lopdf|lopdf8|docx|docx-lists|html|odt|all] [--dump DIR]
// With --render, each text is also built into that file format (the test builders: a PDF on A4 at 10 pt with a
// running header and a "Sida n (m)" footer, a DOCX, a DOCX whose numbered and bulleted lines are Word's automatic
// numbering (numbering.xml, the numbers not in the text), a web page, an ODT; lopdf: the builder's DOCX converted to
// PDF by LibreOffice, `soffice --headless --convert-to pdf`, as an office program's "Save as PDF" writes it; lopdf8:
// the same with 8 pt after each paragraph, Word's default Normal style), read back as an upload is
// (parseMinutesFile: extractText, then the parser) and scored beside the text in the same run; the documents
// that lose most are listed. --dump writes each extracted text to DIR/<id>.<format>.txt.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildDocx,
  buildHtml,
  buildOdt,
  buildPdf,
  firstLineHeader,
} from '../src/minutes-import/extract/builders.test-support.ts';
import { extractText } from '../src/minutes-import/extract/index.ts';
import { MinutesParseError } from '../src/minutes-import/errors.ts';
import { parseMinutesFile } from '../src/minutes-import/parse-file.ts';
import {
  type CorpusDoc,
  corpusDir,
  loadCorpus,
  parseCorpusText,
  repoRoot,
  scoreDocuments,
} from '../src/minutes-import/test-support.ts';

const FORMATS = ['pdf', 'lopdf', 'lopdf8', 'docx', 'docx-lists', 'html', 'odt'] as const;
type Format = (typeof FORMATS)[number];
/** The file name an upload of the format has (what the reader goes by). */
const fileName = (id: string, format: Format) =>
  `${id}.${format.startsWith('lopdf') ? 'pdf' : format === 'docx-lists' ? 'docx' : format}`;

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const batch = option('--batch') === undefined ? null : Number(option('--batch'));
const renderArg = option('--render');
const formats: Format[] =
  renderArg === undefined ? [] : renderArg === 'all' ? [...FORMATS] : (renderArg.split(',') as Format[]);
for (const f of formats) if (!FORMATS.includes(f)) throw new Error(`--render takes ${FORMATS.join('|')}|all, not ${f}`);
const dumpDir = option('--dump');
const details = args.includes('--details');
const docs = loadCorpus().filter((d) => batch === null || d.batch === batch);

const builderSource = readFileSync(
  path.join(repoRoot, 'src', 'minutes-import', 'extract', 'builders.test-support.ts'),
  'utf8',
);
const cacheDir = path.join(tmpdir(), 'samverkan-render-cache');

const cacheFile = (text: string, format: Format) =>
  path.join(
    cacheDir,
    `${createHash('sha256').update(`${format}\0${builderSource}\0${text}`).digest('hex').slice(0, 32)}.${format}`,
  );

/**
 * The LibreOffice PDFs of the texts not yet in the cache: each text's DOCX (the builder's) converted by `soffice`, 40
 * files per call (starting LibreOffice is the slow part), with a private profile folder (`-env:UserInstallation`) so
 * that no running instance or user profile is touched. Stops with a message when LibreOffice is not installed:
 * nothing is scored silently.
 */
async function convertWithLibreOffice(texts: readonly string[], format: 'lopdf' | 'lopdf8'): Promise<void> {
  const missing = [...new Set(texts)].filter((t) => !existsSync(cacheFile(t, format)));
  if (missing.length === 0) return;
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    process.stderr.write(
      `--render ${format} needs LibreOffice (\`soffice\` on the PATH; Debian: apt-get install libreoffice-writer-nogui)\n`,
    );
    process.exit(2);
  }
  const work = path.join(cacheDir, `lo-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const profile = `-env:UserInstallation=file://${path.join(work, 'profile')}`;
  const stems = missing.map((_, n) => `d${n}`);
  for (const [n, t] of missing.entries())
    writeFileSync(
      path.join(work, `${stems[n]}.docx`),
      await buildDocx(t, { spaceAfter: format === 'lopdf8' ? 8 : undefined }),
    );
  for (let i = 0; i < stems.length; i += 40) {
    execFileSync(
      'soffice',
      [
        profile,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...stems.slice(i, i + 40).map((s) => `${s}.docx`),
      ],
      { cwd: work, stdio: 'ignore' },
    );
  }
  for (const [n, t] of missing.entries()) {
    const pdf = path.join(work, `${stems[n]}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${stems[n]}.docx (in ${work})`);
    renameSync(pdf, cacheFile(t, format));
  }
  rmSync(work, { recursive: true, force: true });
}

/** The file of a text in a format, built once per text and builder version (building PDFs is the slow part). */
async function build(text: string, format: Format): Promise<Buffer> {
  const file = cacheFile(text, format);
  if (existsSync(file)) return readFileSync(file);
  if (format === 'lopdf' || format === 'lopdf8')
    throw new Error(`${format} files are converted before they are read (convertWithLibreOffice)`);
  const built =
    format === 'pdf'
      ? await buildPdf(text, { runningHeader: firstLineHeader(text) })
      : format === 'docx' || format === 'docx-lists'
        ? await buildDocx(text, { wordNumbering: format === 'docx-lists' })
        : format === 'html'
          ? buildHtml(text)
          : buildOdt(text);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, built);
  return built;
}

type Result = { doc: CorpusDoc; parsed: unknown; refused: string | null };

function score(results: Result[]) {
  return scoreDocuments(
    results.map(({ doc, parsed }) => ({ name: doc.id, parsed, goldFile: path.join(corpusDir, `${doc.id}.json`) })),
    details,
  );
}

/** Each document's mean from the scorer's table. */
function documentMeans(report: string): Map<string, number> {
  const means = new Map<string, number>();
  for (const m of report.matchAll(/^(\S+)\s+[01]{8}\s.*\s(\S+)$/gm)) means.set(m[1]!, Number(m[2]));
  return means;
}

const summary = (s: { overall: number; fields: [string, number][] }) =>
  `${s.overall.toFixed(4)} (${s.fields.map(([f, v]) => `${f} ${v.toFixed(3)}`).join(', ')})`;

const textResults: Result[] = docs.map((doc) => ({ doc, ...parseCorpusText(doc.text) }));
const text = score(textResults);
for (const { doc, refused } of textResults) {
  if (refused) process.stdout.write(`${doc.id}: refused by the parser (${refused}), scored as an empty result\n`);
}
process.stdout.write(text.report);

for (const format of formats) {
  if (format === 'lopdf' || format === 'lopdf8') {
    mkdirSync(cacheDir, { recursive: true });
    await convertWithLibreOffice(
      docs.map((d) => d.text),
      format,
    );
  }
  const started = process.cpuUsage();
  const results: Result[] = [];
  for (const doc of docs) {
    const file = await build(doc.text, format);
    if (dumpDir) {
      mkdirSync(dumpDir, { recursive: true });
      const extracted = await extractText(file, fileName(doc.id, format)).catch((e: unknown) => `(unreadable: ${e})`);
      writeFileSync(path.join(dumpDir, `${doc.id}.${format}.txt`), extracted);
    }
    try {
      results.push({ doc, parsed: await parseMinutesFile(file, fileName(doc.id, format)), refused: null });
    } catch (error) {
      if (!(error instanceof MinutesParseError)) throw error;
      results.push({ doc, parsed: null, refused: error.code });
    }
  }
  const cpu = process.cpuUsage(started);
  const rendered = score(results);
  process.stdout.write(`\n== through ${format.toUpperCase()} ==\n`);
  for (const { doc, refused } of results) {
    if (refused) process.stdout.write(`${doc.id}: refused (${refused}), scored as an empty result\n`);
  }
  if (details) process.stdout.write(rendered.report);
  const before = documentMeans(text.report);
  const after = documentMeans(rendered.report);
  const losses = [...before]
    .map(([id, mean]) => ({ id, text: mean, file: after.get(id) ?? 0 }))
    .filter((d) => d.file < d.text - 1e-9)
    .sort((a, b) => b.text - b.file - (a.text - a.file));
  process.stdout.write(
    `text ${summary(text)}\n${format.padEnd(4)} ${summary(rendered)}\n` +
      `${losses.length} of ${docs.length} documents lower through ${format}, most: ` +
      `${losses
        .slice(0, 15)
        .map((d) => `${d.id} ${d.text.toFixed(3)}→${d.file.toFixed(3)}`)
        .join(', ')}\n` +
      `(build, extract and parse: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)\n`,
  );
}
