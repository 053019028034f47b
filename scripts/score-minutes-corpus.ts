// Scores the parser on the real-minutes development corpus (src/minutes-import/corpus) with the
// shared scorer and prints its report: per document, per metadata field, per field, overall.
//   npx tsx scripts/score-minutes-corpus.ts [--details] [--batch N]
import path from 'node:path';
import { corpusDir, loadCorpus, parseCorpusText, scoreDocuments } from '../src/minutes-import/test-support.ts';

const args = process.argv.slice(2);
const batchArg = args.indexOf('--batch');
const batch = batchArg >= 0 ? Number(args[batchArg + 1]) : null;
const docs = loadCorpus().filter((d) => batch === null || d.batch === batch);
const results = docs.map((doc) => ({ doc, ...parseCorpusText(doc.text) }));
const { report } = scoreDocuments(
  results.map(({ doc, parsed }) => ({ name: doc.id, parsed, goldFile: path.join(corpusDir, `${doc.id}.json`) })),
  args.includes('--details'),
);
for (const { doc, refused } of results) {
  if (refused) process.stdout.write(`${doc.id}: refused by the parser (${refused}), scored as an empty result\n`);
}
process.stdout.write(report);
