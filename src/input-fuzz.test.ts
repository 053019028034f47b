import fc from 'fast-check';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientHeaders, useTestApp, type FixtureSpec } from '../test/app.ts';
import { schemaArbitrary, type JsonSchema, type SchemaArbitraryOptions } from '../test/json-schema-arbitrary.ts';

/**
 * Drives the body, query and path of every route in the OpenAPI document with values generated
 * from its own schema, mixed with hostile input, as an administrator and as a coordinator, and
 * checks the promise of the platform: never a 5xx, every 4xx is problem+json, and a 4xx leaves
 * the database exactly as it was.
 */

/** FUZZ_SEED and FUZZ_RUNS explore further; the defaults are what CI runs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
/** Requests per route and caller. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);

const spec: FixtureSpec = {
  organizations: [
    { key: 'A', kind: 'region' },
    { key: 'B' },
    { key: 'C' },
    { key: 'D', kind: 'myndighet' },
    { key: 'V' },
  ],
  forums: [
    { key: 'F', owner: 'A', members: ['A', 'B', 'V'] },
    { key: 'G', owner: 'C', members: ['C'] },
  ],
  users: [
    { key: 'admin', organization: 'A', isAdmin: true },
    { key: 'coordinator', organization: 'A', roles: [{ forum: 'F', role: 'coordinator' }] },
    { key: 'reporter', organization: 'B', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'victim', organization: 'V', roles: [{ forum: 'F', role: 'reporter' }] },
    { key: 'otherCoordinator', organization: 'C', roles: [{ forum: 'G', role: 'coordinator' }] },
  ],
};
const ctx = useTestApp(spec);

type Kind =
  'organization' | 'user' | 'forum' | 'indicator' | 'round' | 'meeting' | 'agendaItem' | 'attachment' | 'action';

/**
 * Real ids per kind, so generated requests reach the services. The callers' own user and
 * organisation are left out: a fuzzed request that deactivates its own caller would end the run's
 * coverage, not find a bug.
 */
const pools: Record<Kind, string[]> = {
  organization: [],
  user: [],
  forum: [],
  indicator: [],
  round: [],
  meeting: [],
  agendaItem: [],
  attachment: [],
  action: [],
};

const kindOfField: Record<string, Kind> = {
  organizationId: 'organization',
  ownerOrganizationId: 'organization',
  memberOrganizationIds: 'organization',
  parentId: 'organization',
  userId: 'user',
  ownerUserId: 'user',
  actorUserId: 'user',
  forumId: 'forum',
  indicatorId: 'indicator',
  roundId: 'round',
  meetingId: 'meeting',
  agendaItemId: 'agendaItem',
  itemIds: 'agendaItem',
};

const kindOfIdPath: [RegExp, Kind][] = [
  [/^\/api\/organizations\//, 'organization'],
  [/^\/api\/users\//, 'user'],
  [/^\/api\/forums\//, 'forum'],
  [/^\/api\/indicators\//, 'indicator'],
  [/^\/api\/agenda-items\//, 'agendaItem'],
  [/^\/api\/attachments\//, 'attachment'],
  [/^\/api\/actions\//, 'action'],
];

function uuidFor(kind: Kind | undefined): fc.Arbitrary<string> {
  const known = kind ? pools[kind] : Object.values(pools).flat();
  // Pools fill during setup; fc.constantFrom needs its values now, so pick lazily by index.
  return fc.oneof(
    { weight: 6, arbitrary: fc.nat().map((n) => known[n % Math.max(known.length, 1)] ?? crypto.randomUUID()) },
    { weight: 1, arbitrary: fc.uuid() },
  );
}

const megabyte = 'ä'.repeat(512 * 1024);
const deepArray = JSON.parse('['.repeat(1000) + ']'.repeat(1000)) as unknown;
const deepObject = JSON.parse('{"a":'.repeat(1000) + '1' + '}'.repeat(1000)) as unknown;

/** Values no schema expects. JSON.parse makes `__proto__` an own key, as a client's JSON would. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    '\ud800',
    'x\udfffy',
    '0000-01-01',
    '10000-01-01',
    '+275760-09-13',
    '1899-12-31',
    '9999-12-31T23:59:59-14:00',
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '2026-02-30',
    2 ** 31,
    2 ** 31 - 1,
    2 ** 53,
    -(2 ** 31) - 1,
    -1,
    1e308,
    -0,
    0.5,
    'NaN',
    'Infinity',
    '1e400',
    '',
    ' ',
    '\u2028\u200b\ufeff',
    '19850709-9805',
    '../../etc/passwd',
    "'; drop table users; --",
    '%00',
    true,
    null,
    [],
    {},
    megabyte,
    `${megabyte}\u0000`,
  ),
  fc.constant(deepArray),
  fc.constant(deepObject),
  fc.constantFrom(
    JSON.parse('{"__proto__":{"isAdmin":true}}') as unknown,
    JSON.parse('{"constructor":{"prototype":{"isAdmin":true}}}') as unknown,
    { prototype: 'x', hasOwnProperty: 1, toString: 'x' },
  ),
);

/** Query and path values are strings on the wire. */
const hostileText = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\ud800',
  '0000-01-01',
  '10000-01-01',
  '+275760-09-13',
  '2147483648',
  '9007199254740993',
  '-1',
  'NaN',
  'Infinity',
  '1e400',
  '0x10',
  '',
  'true',
  '__proto__',
  'a'.repeat(10_000),
  '%',
  '..',
);

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as its (invalid) WTF-8 bytes. */
function encode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out +=
      code >= 0xd800 && code <= 0xdfff
        ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
            .map((byte) => `%${byte.toString(16).toUpperCase()}`)
            .join('')
        : encodeURIComponent(char);
  }
  return out;
}

const minutesText = [
  'Minnesanteckningar',
  'Välfärdsrådet',
  'Datum: 2026-01-20',
  '§ 1 Mötets öppnande',
  'Ordföranden öppnade mötet.',
  '§ 2 Läget',
  'Beslut',
  'att notera informationen',
].join('\n');

/**
 * Uploads (bilagor, minutes imports) are multipart, which the OpenAPI document does not describe:
 * hostile file names, fields, corrections and contents, or no file at all.
 */
const multipartArbitrary: fc.Arbitrary<Fuzzed['body']> = fc
  .record({
    fields: fc.array(
      fc.tuple(
        fc.constantFrom('title', 'agendaItemId', 'minutes', 'ti\u0000tle'),
        fc.oneof(
          hostileText,
          uuidFor('agendaItem'),
          fc.constantFrom(
            'Underlag',
            '{"title":"a\\u0000b"}',
            '{"title":"\\ud800","date":"0000-01-01"}',
            '{"date":"10000-01-01","items":[]}',
            '{"__proto__":{"x":1}}',
            '{',
            '[]',
          ),
        ),
      ),
      { maxLength: 3 },
    ),
    file: fc.option(
      fc.record({
        filename: fc.constantFrom(
          'underlag.pdf',
          'protokoll.txt',
          'a\u0000b.txt',
          '../../etc/passwd',
          `${'å'.repeat(1000)}.txt`,
          '850709-9805.txt',
          '',
          'bild.svg',
        ),
        type: fc.constantFrom('application/pdf', 'text/plain', 'application/octet-stream', 'image/svg+xml'),
        data: fc.constantFrom(
          Buffer.from(minutesText),
          Buffer.from(`${minutesText}\u0000`),
          Buffer.from(minutesText.replace('Läget', 'Läget 19850709-9805')),
          Buffer.alloc(0),
          Buffer.from('%PDF-1.4\n%%EOF\n'),
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
          Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x89, 0x50]),
          Buffer.from(megabyte),
        ),
      }),
      { freq: 6 },
    ),
  })
  .map(({ fields, file }) => {
    const boundary = 'fuzzboundary';
    const chunks = fields.map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
    if (file)
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
            `Content-Type: ${file.type}\r\n\r\n`,
        ),
        file.data,
        Buffer.from('\r\n'),
      );
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return { multipart: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
  });

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  parameters?: { in: 'query' | 'path'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

/** A server-sent event stream never ends, so an injected request would wait forever; src/live tests it. */
const isStream = (operation: Operation) =>
  Object.values(operation.responses ?? {}).some((response) => response.content?.['text/event-stream']);

interface Fuzzed {
  path: Record<string, string>;
  query: [string, string][];
  body?: { json: unknown } | { raw: string; contentType: string } | { multipart: Buffer; contentType: string };
  language?: string;
}

function arbitraryOptions(
  resolve: (ref: string) => JsonSchema,
  hostile: fc.Arbitrary<unknown>,
): SchemaArbitraryOptions {
  return { resolve, hostile, hostileOneIn: 12, uuid: (name) => uuidFor(name ? kindOfField[name] : undefined) };
}

function requestArbitrary(operation: Operation, resolve: (ref: string) => JsonSchema): fc.Arbitrary<Fuzzed> {
  const textOptions = arbitraryOptions(resolve, hostileText);
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const path = fc.record(
    Object.fromEntries(
      pathParams.map((p) => {
        const kind = p.name === 'id' ? kindOfIdPath.find(([re]) => re.test(operation.path))?.[1] : kindOfField[p.name];
        return [p.name, fc.oneof({ weight: 10, arbitrary: uuidFor(kind) }, { weight: 1, arbitrary: hostileText })];
      }),
    ),
  );
  const query = fc
    .tuple(
      ...queryParams.map((p) =>
        fc.option(
          schemaArbitrary(p.schema, textOptions).map((value) => [p.name, String(value)] as [string, string]),
          { freq: 2 },
        ),
      ),
      // Now and then a repeated key (an array where a string is expected) or a prototype key.
      fc.option(fc.constantFrom<[string, string]>(['__proto__', 'x'], ['constructor', 'x'], ['q', 'a']), { freq: 6 }),
      fc.option(fc.constantFrom(...queryParams.map((p) => p.name), 'q'), { freq: 8 }),
    )
    .map((entries) => {
      const pairs = entries.filter((e): e is [string, string] => Array.isArray(e));
      const repeated = entries.at(-1);
      if (typeof repeated === 'string') pairs.push([repeated, 'again']);
      return pairs;
    });
  const schema = operation.requestBody?.content['application/json']?.schema;
  const body: fc.Arbitrary<Fuzzed['body']> = schema
    ? fc.oneof(
        {
          weight: 12,
          arbitrary: schemaArbitrary(schema, arbitraryOptions(resolve, hostileValue)).map((json) => ({ json })),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            { raw: '{"a":', contentType: 'application/json' },
            { raw: '', contentType: 'application/json' },
            { raw: 'a=1', contentType: 'application/x-www-form-urlencoded' },
            { raw: 'text', contentType: 'text/plain' },
            { raw: '{}', contentType: 'application/json; charset=latin1' },
            { raw: '\u0000', contentType: 'application/json' },
          ),
        },
      )
    : fc.option(
        fc.oneof(
          { weight: 4, arbitrary: multipartArbitrary },
          fc.constantFrom<Fuzzed['body']>(
            { json: {} },
            { raw: '--x--', contentType: 'multipart/form-data; boundary=x' },
          ),
        ),
        { freq: 4 },
      );
  const language = fc.option(
    fc.constantFrom('en', 'sv-SE,sv;q=0.9', 'en;q=abc,sv;q=NaN', '*', ';;;', 'x'.repeat(500)),
    {
      freq: 3,
      nil: undefined,
    },
  );
  return fc.record({ path, query, body, language });
}

function urlOf(operation: Operation, fuzzed: Fuzzed): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(fuzzed.path[name] ?? ''));
  const query = fuzzed.query.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
  return query ? `${path}?${query}` : path;
}

/** Every table a client request may write, hashed: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
      -- A failed sign-in is recorded on purpose, and counted by the rate limit shared by every app
      -- server; sessions note when they were last used.
      and table_name not in ('sessions', 'login_attempts', 'rate_limit_hits') and table_name not like 'kysely_%'
    order by table_name`.execute(ctx.database.db);
  const hashes = tables.map(
    ({ name }) =>
      sql`select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as h from ${sql.table(name)} t`,
  );
  const { rows } = await sql<{ h: string }>`${sql.join(hashes, sql` union all `)}`.execute(ctx.database.db);
  return rows.map((r) => r.h).join('');
}

interface Failure {
  route: string;
  caller: string;
  status: number;
  problem: string;
  request: string;
}

describe('fuzzing every route from the OpenAPI document', () => {
  let operations: Operation[] = [];
  let resolve: (ref: string) => JsonSchema;

  beforeAll(async () => {
    const document = (await ctx.app.inject({ url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
      components: { schemas: Record<string, JsonSchema> };
    };
    resolve = (ref) => document.components.schemas[ref.replace('#/components/schemas/', '')]!;
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        ...operation,
        method: method.toUpperCase() as Operation['method'],
        path,
      })),
    );
    await seedRecords();
  });

  it('leaves out only the event stream, which src/live tests over real HTTP', () => {
    expect(operations.filter(isStream).map((operation) => operation.path)).toEqual(['/api/events']);
  });

  it('never answers 5xx; every 4xx is problem+json and writes nothing', { timeout: 600_000 }, async () => {
    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    let requests = 0;
    const callers = { admin: await ctx.cookie('admin'), coordinator: await ctx.cookie('coordinator') };
    let before = await fingerprint();
    /** Successful writes the fingerprint saw: proof that it would see a 4xx that wrote. */
    let writesSeen = 0;
    for (const operation of operations) {
      // Signing out would end the session the rest of the run uses.
      if (operation.path === '/api/auth/logout' || isStream(operation)) continue;
      for (const [caller, cookie] of Object.entries(callers)) {
        const samples = fc.sample(requestArbitrary(operation, resolve), { seed: SEED + requests, numRuns: RUNS });
        for (const fuzzed of samples) {
          const url = urlOf(operation, fuzzed);
          const headers: Record<string, string> = { ...clientHeaders, cookie };
          if (fuzzed.language !== undefined) headers['accept-language'] = fuzzed.language;
          let payload: string | Buffer | undefined;
          if (fuzzed.body && 'json' in fuzzed.body) {
            payload = JSON.stringify(fuzzed.body.json);
            headers['content-type'] = 'application/json';
          } else if (fuzzed.body) {
            payload = 'raw' in fuzzed.body ? fuzzed.body.raw : fuzzed.body.multipart;
            headers['content-type'] = fuzzed.body.contentType;
          }
          const response = await ctx.app.inject({ method: operation.method, url, headers, payload });
          requests++;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const after = await fingerprint();
          const problem = checkAnswer(response.statusCode, String(response.headers['content-type']), response.body);
          const wrote = response.statusCode >= 400 && after !== before;
          if (problem || wrote)
            failures.push({
              route: `${operation.method} ${operation.path}`,
              caller,
              status: response.statusCode,
              problem: problem ?? 'a 4xx changed the database',
              request: `${url.slice(0, 300)} ${JSON.stringify(payload?.toString().slice(0, 300) ?? '')}`,
            });
          if (response.statusCode < 300) harvest(operation, response.body);
          if (response.statusCode < 300 && after !== before) writesSeen++;
          before = after;
        }
      }
    }
    console.log(
      `fuzzed ${requests} requests over ${operations.length} routes (seed ${SEED}, ${RUNS} per route and caller): ` +
        [...statuses].map(([status, n]) => `${status}×${n}`).join(' '),
    );
    expect(failures).toEqual([]);
    expect(writesSeen).toBeGreaterThan(RUNS);
  });
});

function checkAnswer(status: number, contentType: string, body: string): string | undefined {
  if (status >= 500) return `${status}: ${body.slice(0, 300)}`;
  if (status < 400) return undefined;
  if (!contentType.startsWith('application/problem+json')) return `${status} as ${contentType}: ${body.slice(0, 200)}`;
  const problem = JSON.parse(body) as { status?: unknown; code?: unknown; detail?: unknown; title?: unknown };
  if (problem.status !== status || typeof problem.code !== 'string' || !problem.detail || !problem.title)
    return `incomplete problem: ${body.slice(0, 200)}`;
  // The error handler's fallback quotes Fastify's English message: a client error nobody translated.
  if (/^(Begäran kunde inte behandlas|The request could not be handled)/.test(String(problem.detail)))
    return `untranslated: ${body.slice(0, 200)}`;
  return undefined;
}

/** Records created by fuzzed requests join the pools, so later requests act on them. */
function harvest(operation: Operation, body: string) {
  if (operation.method !== 'POST' || !body.startsWith('{')) return;
  const created = JSON.parse(body) as { id?: string; items?: { id: string }[] };
  const kind = (
    [
      [/\/meetings$/, 'meeting'],
      [/\/rounds$/, 'round'],
      [/\/indicators$/, 'indicator'],
      [/^\/api\/organizations$/, 'organization'],
      [/^\/api\/forums$/, 'forum'],
    ] as [RegExp, Kind][]
  ).find(([re]) => re.test(operation.path))?.[1];
  if (kind && created.id) pools[kind].push(created.id);
  if (kind === 'meeting') pools.agendaItem.push(...(created.items ?? []).map((item) => item.id));
}

async function api(method: Operation['method'], url: string, payload?: object) {
  const response = await ctx.app.inject({
    method,
    url,
    payload,
    headers: { ...clientHeaders, cookie: await ctx.cookie('admin') },
  });
  if (response.statusCode >= 300) throw new Error(`setup ${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json() as Record<string, unknown> & { id: string };
}

/** One of each record, in forum F, for the fuzzed requests to find. */
async function seedRecords() {
  const { org, forum, user } = ctx.fixture;
  pools.organization.push(org.B!, org.D!, org.V!);
  pools.user.push(user.victim!.id, user.reporter!.id);
  pools.forum.push(forum.F!, forum.G!);
  const indicator = await api('POST', `/api/forums/${forum.F}/indicators`, {
    key: 'inlagda',
    nameSv: 'Inlagda',
    nameEn: 'Inpatients',
    kind: 'integer',
    higherIs: 'worse',
  });
  pools.indicator.push(indicator.id);
  const round = await api('POST', `/api/forums/${forum.F}/rounds`, {
    periodStart: '2026-01-12',
    periodEnd: '2026-01-18',
    deadlineDate: '2026-01-18',
    deadlineTime: '12:00',
  });
  pools.round.push(round.id);
  const meeting = await api('POST', `/api/forums/${forum.F}/meetings`, {
    title: 'Samverkansmöte',
    meetingDate: '2026-01-20',
    useTemplate: true,
    roundId: round.id,
  });
  pools.meeting.push(meeting.id);
  const items = meeting.items as { id: string; revision: number }[];
  pools.agendaItem.push(...items.map((item) => item.id));
  const withAction = await api('POST', `/api/agenda-items/${items[0]!.id}/actions`, {
    ownerOrganizationId: org.B,
    task: 'Utreda läget',
  });
  pools.action.push(
    ...(withAction.items as { actions: { id: string }[] }[]).flatMap((i) => i.actions.map((a) => a.id)),
  );
  const form = new FormData();
  form.append('title', 'Underlag');
  form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'underlag.pdf');
  const encoded = new Request('http://localhost', { method: 'POST', body: form });
  const uploaded = await ctx.app.inject({
    method: 'POST',
    url: `/api/meetings/${meeting.id}/attachments`,
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: {
      ...clientHeaders,
      cookie: await ctx.cookie('admin'),
      'content-type': encoded.headers.get('content-type')!,
    },
  });
  pools.attachment.push(
    ...((uploaded.json() as { attachments?: { id: string }[] }).attachments ?? []).map((a) => a.id),
  );
}
