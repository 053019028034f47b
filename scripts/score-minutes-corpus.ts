// Scores the parser on the real-minutes development corpus (src/minutes-import/corpus) with the
// shared scorer and prints its report (per document, per metadata field, per field, overall).
//   npx tsx scripts/score-minutes-corpus.ts [--details] [--batch N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusDir, loadCorpus } from '../src/minutes-import/test-support.ts';
import { parseMinutesText } from '../src/minutes-import/parse/index.ts';
import { scorerPath } from '../src/minutes-import/test-support.ts';

const args = process.argv.slice(2);
const batchArg = args.indexOf('--batch');
const batch = batchArg >= 0 ? Number(args[batchArg + 1]) : null;
const docs = loadCorpus().filter((d) => batch === null || d.batch === batch);
const pred = mkdtempSync(path.join(tmpdir(), 'minutes-corpus-pred-'));
const gold = mkdtempSync(path.join(tmpdir(), 'minutes-corpus-gold-'));
try {
  for (const doc of docs) {
    writeFileSync(path.join(pred, `${doc.id}.json`), JSON.stringify(parseMinutesText(doc.text)));
    writeFileSync(path.join(gold, `${doc.id}.json`), readFileSync(path.join(corpusDir, `${doc.id}.json`)));
  }
  const report = execFileSync(
    process.execPath,
    [scorerPath, pred, gold, ...(args.includes('--details') ? ['--details'] : [])],
    {
      encoding: 'utf8',
    },
  );
  process.stdout.write(report);
} finally {
  rmSync(pred, { recursive: true, force: true });
  rmSync(gold, { recursive: true, force: true });
}
