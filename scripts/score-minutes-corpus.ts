// Scores the parser on the real-minutes development corpus (src/minutes-import/corpus) with the
// shared scorer and prints its report: per document, per metadata field, per field, overall.
//   npx tsx scripts/score-minutes-corpus.ts [--details] [--batch N]
import path from 'node:path';
import { parseMinutesText } from '../src/minutes-import/parse/index.ts';
import { corpusDir, loadCorpus, scoreDocuments } from '../src/minutes-import/test-support.ts';

const args = process.argv.slice(2);
const batchArg = args.indexOf('--batch');
const batch = batchArg >= 0 ? Number(args[batchArg + 1]) : null;
const docs = loadCorpus().filter((d) => batch === null || d.batch === batch);
const { report } = scoreDocuments(
  docs.map((doc) => ({
    name: doc.id,
    parsed: parseMinutesText(doc.text),
    goldFile: path.join(corpusDir, `${doc.id}.json`),
  })),
  args.includes('--details'),
);
process.stdout.write(report);
