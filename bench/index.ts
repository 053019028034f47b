import { benchFoundation } from './foundation.ts';
import { benchRounds } from './rounds.ts';
import { benchSearch } from './search.ts';
import { benchMinutes } from './minutes.ts';
import { benchSubmissions } from './submissions.ts';
import { benchLive } from './live.ts';
import { benchNational } from './national.ts';
import { benchBackup } from './backup.ts';
import { benchWeb } from './web.ts';
import { writeResults } from './support.ts';
import { benchMinutesDocuments } from '../src/meetings/documents/bench.ts';
import { benchDocumentServers } from './documents.ts';

type SuiteOptions = { seconds: number; only?: string; scale?: number };

const suites: Record<string, (options: SuiteOptions) => Promise<unknown>> = {
  foundation: benchFoundation,
  rounds: benchRounds,
  search: benchSearch,
  documents: async () => {
    const results = { server: await benchDocumentServers(), render: await benchMinutesDocuments() };
    writeResults('documents', results);
    return results;
  },
  minutes: benchMinutes,
  web: benchWeb,
  submissions: benchSubmissions,
  live: benchLive,
  national: benchNational,
  backup: benchBackup,
};

const flagsWithValue = ['--seconds', '--only', '--seed', '--scale'];

/**
 * `npm run bench [suite…] [--seconds N] [--only pglite|postgres]`: runs the suites and prints their
 * figures as JSON. `--seed national [--scale F]` is the national suite (F = 1 is the full country), and
 * `backup [--scale F]` the backup round trip PGlite → PostgreSQL → PGlite on that data (default 0.1).
 */
export async function main(args: string[]) {
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const seconds = Number(flag('--seconds') ?? 5);
  const only = flag('--only');
  const scale = flag('--scale') === undefined ? undefined : Number(flag('--scale'));
  const seed = flag('--seed');
  if (seed !== undefined && seed !== 'national') throw new Error(`Unknown seed ${seed}; the one there is: national`);
  const named = args.filter((a, i) => !a.startsWith('--') && !flagsWithValue.includes(args[i - 1]!));
  const chosen = seed ? [...named, 'national'] : named;
  for (const name of chosen.length ? chosen : Object.keys(suites).filter((s) => s !== 'national' && s !== 'backup')) {
    const suite = suites[name];
    if (!suite) throw new Error(`Unknown bench suite ${name}; choose from ${Object.keys(suites).join(', ')}`);
    process.stdout.write(`\n## ${name}\n`);
    process.stdout.write(JSON.stringify(await suite({ seconds, only, scale }), null, 2) + '\n');
  }
}
