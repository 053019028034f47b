import { benchFoundation } from './foundation.ts';
import { benchRounds } from './rounds.ts';
import { benchSearch } from './search.ts';
import { benchMinutes } from './minutes.ts';
import { benchSubmissions } from './submissions.ts';
import { benchLive } from './live.ts';
import { benchWeb } from './web.ts';
import { writeResults } from './support.ts';
import { benchMinutesDocuments } from '../src/meetings/documents/bench.ts';
import { benchDocumentServers } from './documents.ts';

const suites: Record<string, (options: { seconds: number }) => Promise<unknown>> = {
  foundation: benchFoundation,
  rounds: benchRounds,
  search: benchSearch,
  documents: async () => {
    const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
    const results = { server: await benchDocumentServers(adminUrl), render: await benchMinutesDocuments() };
    writeResults('documents', results);
    return results;
  },
  minutes: benchMinutes,
  web: benchWeb,
  submissions: benchSubmissions,
  live: benchLive,
};

/** `npm run bench [suite…] [--seconds N]`: runs the suites and prints their figures as JSON. */
export async function main(args: string[]) {
  const secondsFlag = args.indexOf('--seconds');
  const seconds = secondsFlag >= 0 ? Number(args[secondsFlag + 1]) : 5;
  const chosen = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seconds');
  for (const name of chosen.length ? chosen : Object.keys(suites)) {
    const suite = suites[name];
    if (!suite) throw new Error(`Unknown bench suite ${name}; choose from ${Object.keys(suites).join(', ')}`);
    process.stdout.write(`\n## ${name}\n`);
    process.stdout.write(JSON.stringify(await suite({ seconds }), null, 2) + '\n');
  }
}
