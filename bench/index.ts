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

const suites: Record<string, (options: { seconds: number; only?: string }) => Promise<unknown>> = {
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

const flagsWithValue = ['--seconds', '--only'];

/**
 * `npm run bench [suite…] [--seconds N] [--only pglite|postgres]`: runs the suites and prints their
 * figures as JSON.
 */
export async function main(args: string[]) {
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const seconds = Number(flag('--seconds') ?? 5);
  const only = flag('--only');
  const chosen = args.filter((a, i) => !a.startsWith('--') && !flagsWithValue.includes(args[i - 1]!));
  for (const name of chosen.length ? chosen : Object.keys(suites)) {
    const suite = suites[name];
    if (!suite) throw new Error(`Unknown bench suite ${name}; choose from ${Object.keys(suites).join(', ')}`);
    process.stdout.write(`\n## ${name}\n`);
    process.stdout.write(JSON.stringify(await suite({ seconds, only }), null, 2) + '\n');
  }
}
