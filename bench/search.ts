import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { resolveSession } from '../src/auth/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Db } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { search } from '../src/search/service.ts';
import { signIn } from './rounds.ts';
import { generateForum } from './rounds-data.ts';
import { bareRunner, captureSql, getOk, openBenchDatabase, timeBesideSql, writeResults } from './support.ts';

const SIZE = { organizations: 300, indicators: 4, rounds: 52, reporters: 1 };

// Sentences a report, summering or meeting is made of, three picked per text by the record's hash, so
// the searched words are in most records (the total says how many): every hit must be ranked.
const SENTENCES = [
  'Läget är stabilt men ansträngt i delar av verksamheten.',
  'Bemanningen löses dag för dag med inhyrd personal.',
  'Smittspårningen tar mycket tid och kräver fler sjuksköterskor.',
  'Vaccinationen av personal i hemtjänsten går enligt plan.',
  'Provtagningen räcker inte till; vi behöver fler tider per dag.',
  'Korttidsplatserna är fulla och utskrivningar dröjer.',
  'Skyddsutrustning finns för två veckor framåt.',
  'Sjukfrånvaron bland personalen har ökat sedan förra veckan.',
  'Samverkan med regionen fungerar väl.',
  'Inga nya utbrott på särskilda boenden.',
  'Tydligare rutiner för smittspårning efterfrågas från kommunerna.',
  'Bemanning under helger är fortsatt ett problem.',
];

/** Text made of three sentences chosen by the record's hash, set-based for every row of a table. */
const mixedText = (seed: string) =>
  sql.raw(`(
  select string_agg(s, ' ') from (
    select (array[${SENTENCES.map((s) => `'${s}'`).join(',')}])[1 + abs(hashtext(${seed} || k::text)) % ${SENTENCES.length}] as s
    from generate_series(1, 3) k
  ) picked)`);

/** Texts in the generated forum: varied reports, a summering per round and a published meeting per round. */
async function addSearchableText(db: Db, forumId: string) {
  const raw = db.withoutPlugins();
  await sql`update report_versions set current_situation = ${mixedText('report_id::text')}, challenges = ${mixedText("report_id::text || 'c'")}`.execute(
    raw,
  );
  await sql`update rounds set summary = ${mixedText('id::text')} where forum_id = ${forumId}`.execute(raw);
  await sql`insert into meetings (forum_id, title, meeting_date, round_id, status)
    select forum_id, 'Samverkansmöte ' || title, period_end, id, 'published' from rounds where forum_id = ${forumId} and status = 'closed'`.execute(
    raw,
  );
  await sql`insert into agenda_items (meeting_id, position, title, notes, kind)
    select m.id, p, (array['Lägesbild','Smittspårning','Bemanning','Vaccination','Provtagning','Korttidsplatser','Skyddsutrustning','Övriga frågor'])[p + 1],
      ${mixedText('m.id::text || p::text')}, 'information'
    from meetings m cross join generate_series(0, 7) p where m.forum_id = ${forumId}`.execute(raw);
  await sql`insert into decisions (agenda_item_id, meeting_id, position, text)
    select a.id, a.meeting_id, 0, 'att ' || lower(${mixedText('a.id::text')}) from agenda_items a
    join meetings m on m.id = a.meeting_id where m.forum_id = ${forumId}`.execute(raw);
  await sql`insert into actions (forum_id, meeting_id, agenda_item_id, owner_organization_id, owner_name, task)
    select ${forumId}, a.meeting_id, a.id, fm.organization_id, o.name, 'Återkomma om ' || lower(${mixedText('a.id::text')})
    from agenda_items a join meetings m on m.id = a.meeting_id
    join forum_members fm on fm.forum_id = m.forum_id and fm.position = 1 + abs(hashtext(a.id::text)) % 300
    join organizations o on o.id = fm.organization_id
    where m.forum_id = ${forumId} and a.position in (1, 2)`.execute(raw);
  // A reader sees published rounds and minutes only: the SQL then carries the visibility conditions.
  await sql`insert into users (email, name, organization_id, password_hash)
    select 'reader@bench.example', 'Bänk Läsare', owner_organization_id, (select password_hash from users where email = 'coordinator@bench.example')
    from forums where id = ${forumId}`.execute(raw);
  await sql`insert into forum_roles (forum_id, user_id, role) select ${forumId}, id, 'reader' from users where email = 'reader@bench.example'`.execute(
    raw,
  );
  await sql`analyze`.execute(raw);
  const counts = await sql<Record<string, number>>`select
    (select count(*) from report_versions)::int as reports, (select count(*) from rounds where summary <> '')::int as summaries,
    (select count(*) from agenda_items)::int as agenda_items, (select count(*) from decisions)::int as decisions,
    (select count(*) from actions)::int as actions`.execute(raw);
  return counts.rows[0]!;
}

const QUERIES = [
  { user: 'coordinator', q: 'smittspårning', note: 'a stemmed word' },
  { user: 'coordinator', q: 'bemanning', note: 'another common word' },
  { user: 'reader', q: 'smittspårning', note: 'a reader: the visibility conditions in the SQL' },
  { user: 'coordinator', q: '"korttidsplatserna är fulla"', note: 'a phrase' },
];

async function benchOne(kind: 'pglite' | 'postgres', adminUrl?: string) {
  const {
    database,
    url: databaseUrl,
    cleanup,
  } = await openBenchDatabase('search', kind === 'postgres' ? adminUrl : undefined);
  try {
    await migrateToLatest(database.db);
    const started = performance.now();
    const { forumId } = await generateForum(database.db, SIZE);
    const records = await addSearchableText(database.db, forumId);
    const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
    const config = loadConfig({
      NODE_ENV: 'production',
      SAMVERKAN_LOG_LEVEL: 'silent',
      SAMVERKAN_COOKIE_SECURE: 'false',
      SAMVERKAN_LOGIN_RATE_PER_MINUTE: '1000',
    });
    const app = await buildApp({ config, database, logger: false, serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const runner = await bareRunner(database, databaseUrl);
    try {
      const figures = [];
      for (const { user, q, note } of QUERIES) {
        const cookie = await signIn(base, `${user}@bench.example`);
        const url = `${base}/api/search?${new URLSearchParams({ q, limit: '20' })}`;
        const first = (await (await fetch(url, { headers: { cookie } })).json()) as { total: number };
        const actor = (await resolveSession({
          db: database.db,
          config,
          token: decodeURIComponent(cookie.split('=')[1]!),
        }))!.actor;
        const capture = captureSql(database);
        await search(capture.db, actor, { q, limit: 20, offset: 0 });
        const timed = await timeBesideSql({
          samples: 100,
          warmup: 10,
          request: () => getOk(url, { cookie }),
          statements: capture.captured,
          runner,
        });
        figures.push({ user, q, note, total: first.total, ...timed });
      }
      return {
        database: kind,
        data: { ...SIZE, ...records, generateSeconds },
        search: figures,
        note: 'endpoint = real HTTP incl. session lookup and JSON; ownSql = the statement the service runs (the page with the total of all hits), on a raw connection',
      };
    } finally {
      await runner.close();
      await app.close();
    }
  } finally {
    await cleanup();
  }
}

/** Issue 13 point 4: search over a 300-member forum with 52 rounds, its minutes and uppdrag. */
export async function benchSearch() {
  const results: unknown[] = [await benchOne('pglite')];
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (adminUrl) results.push(await benchOne('postgres', adminUrl));
  else results.push({ database: 'postgres', skipped: 'set DATABASE_URL (an admin connection)' });
  writeResults('search', results);
  return results;
}
