import net from 'node:net';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testConfig, useTestApp } from '../../test/app.ts';
import { createHttpServer, writtenFast } from './http.ts';
import { CLIENT_HEADER } from './security.ts';

const ctx = useTestApp();

interface Sent {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** A string is sent as it is (raw JSON with escapes a JS object cannot hold); an object as JSON. */
  body?: string | object;
  contentType?: string;
  as?: 'admin' | 'anonymous';
  language?: 'sv' | 'en';
}

async function send({ method = 'GET', url, body, contentType, as = 'admin', language }: Sent) {
  const headers: Record<string, string> = {};
  if (as !== 'anonymous') headers.cookie = await ctx.cookie(as);
  if (language) headers['accept-language'] = language;
  if (contentType) headers['content-type'] = contentType;
  else if (typeof body === 'string') headers['content-type'] = 'application/json';
  const response = await ctx.app.inject({ method, url, headers, payload: body });
  return { status: response.statusCode, type: String(response.headers['content-type']), body: response.json() };
}

async function auditCount() {
  const row = await ctx.database.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Asserts a 400 problem+json that names the field, and that nothing was written. */
async function expectRefused(request: Sent, path: string, message: RegExp) {
  // Signing in is audited: sign in first, so the count compares only the refused request.
  if (request.as !== 'anonymous') await ctx.cookie(request.as ?? 'admin');
  const before = await auditCount();
  const response = await send(request);
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.type).toContain('application/problem+json');
  expect(response.body.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  expect(await auditCount()).toBe(before);
}

const NUL = /otillåtet tecken \(NUL/;
const SURROGATE = /ensamt UTF-16-surrogat/;
const YEAR = /mellan år 1900 och 9999/;

describe('text the database cannot store is refused with 400, never 500', () => {
  it('refuses a NUL byte in the anonymous sign-in', () =>
    expectRefused(
      { method: 'POST', url: '/api/auth/login', body: { email: 'a\u0000@b.se', password: 'x' }, as: 'anonymous' },
      'body.email',
      NUL,
    ));

  it.each([
    '/api/organizations?q=a%00b',
    '/api/users?q=%00',
    '/api/audit?q=%00',
    '/api/audit?entityId=x%00',
    '/api/actions?q=%00',
    '/api/decisions?q=%00',
  ])('refuses a NUL byte in the search %s', (url) =>
    expectRefused({ url }, `querystring.${url.split(/[?=]/)[1]}`, NUL),
  );

  it('refuses a NUL byte in a name and in an object key, in English when asked', async () => {
    await expectRefused(
      { method: 'POST', url: '/api/organizations', body: { name: 'Falu\u0000kommun', kind: 'kommun' } },
      'body.name',
      NUL,
    );
    const response = await send({
      method: 'POST',
      url: '/api/organizations',
      body: { name: 'Falu kommun', kind: 'kommun', 'x\u0000': 1 },
      language: 'en',
    });
    expect(response.body.errors[0].message).toMatch(/not allowed \(NUL/);
  });

  it('refuses lone surrogates in agenda items, attendees and the agenda template', async () => {
    const forumId = ctx.fixture.forum.F!;
    const meeting = (
      await send({
        method: 'POST',
        url: `/api/forums/${forumId}/meetings`,
        body: { title: 'Möte', meetingDate: '2026-03-02' },
      })
    ).body as { id: string };
    await expectRefused(
      { method: 'POST', url: `/api/meetings/${meeting.id}/items`, body: '{"title":"Läget \\ud800","presenters":[]}' },
      'body.title',
      SURROGATE,
    );
    await expectRefused(
      {
        method: 'POST',
        url: `/api/meetings/${meeting.id}/items`,
        body: '{"title":"Läget","presenters":["\\udc00 Anna"]}',
      },
      'body.presenters.0',
      SURROGATE,
    );
    await expectRefused(
      {
        method: 'PUT',
        url: `/api/meetings/${meeting.id}/attendees`,
        body: '{"attendees":[{"name":"Anna \\ud83d","status":"present"}]}',
      },
      'body.attendees.0.name',
      SURROGATE,
    );
    await expectRefused(
      {
        method: 'PUT',
        url: `/api/forums/${forumId}/meeting-settings`,
        body: '{"diaryPrefix":null,"agendaTemplate":[{"title":"Öppnande","kind":null,"role":"\\udfff"}]}',
      },
      'body.agendaTemplate.0.role',
      SURROGATE,
    );
    // A well-formed pair (an emoji) is ordinary text.
    const emoji = await send({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/items`,
      body: '{"title":"Läget \\ud83d\\ude91","presenters":[]}',
    });
    expect(emoji.status).toBe(200);
  });

  it('refuses a NUL byte in an uploaded file name, a multipart field and import corrections', async () => {
    const forumId = ctx.fixture.forum.F!;
    const meeting = (
      await send({
        method: 'POST',
        url: `/api/forums/${forumId}/meetings`,
        body: { title: 'Möte', meetingDate: '2026-03-16' },
      })
    ).body as { id: string };
    const upload = async (url: string, filename: string, fields: Record<string, string>) => {
      const before = await auditCount();
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append(
        'file',
        new Blob(['Minnesanteckningar\n§ 1 Läget\nBeslut\natt notera'], { type: 'text/plain' }),
        filename,
      );
      const encoded = new Request('http://localhost', { method: 'POST', body: form });
      const response = await ctx.app.inject({
        method: 'POST',
        url,
        payload: Buffer.from(await encoded.arrayBuffer()),
        headers: { cookie: await ctx.cookie('admin'), 'content-type': encoded.headers.get('content-type')! },
      });
      expect(await auditCount()).toBe(before);
      return { status: response.statusCode, type: response.headers['content-type'], body: response.json() };
    };
    const attachments = `/api/meetings/${meeting.id}/attachments`;
    expect(await upload(attachments, 'a\u0000b.txt', {})).toMatchObject({
      status: 400,
      type: expect.stringContaining('application/problem+json'),
      body: { errors: [{ path: 'body.file', message: expect.stringMatching(NUL) }] },
    });
    expect(await upload(attachments, 'a.txt', { title: 'Under\u0000lag' })).toMatchObject({
      status: 400,
      body: { errors: [{ path: 'body.title', message: expect.stringMatching(NUL) }] },
    });
    const corrections = JSON.stringify({ title: 'Möte \u0000', date: '2026-01-20' });
    expect(await upload(`/api/forums/${forumId}/minutes-imports`, 'a.txt', { minutes: corrections })).toMatchObject({
      status: 400,
      body: { errors: [{ path: 'body.title', message: expect.stringMatching(NUL) }] },
    });
  });

  it('cuts the path of a deeply nested value short', async () => {
    const response = await send({
      method: 'POST',
      url: '/api/organizations',
      body: `{"name":${'['.repeat(10_000)}"\\u0000"${']'.repeat(10_000)}}`,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('body.name.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.…');
  });
});

describe('dates outside 1900–9999 and integers beyond int4 are refused with 400', () => {
  it.each(['/api/audit?from=0000-01-01', '/api/audit?to=1899-12-31', '/api/decisions?from=0000-01-01'])(
    'refuses the filter %s',
    (url) => expectRefused({ url }, `querystring.${url.split(/[?=]/)[1]}`, YEAR),
  );

  it('accepts the first and the last year', async () => {
    expect((await send({ url: '/api/audit?from=1900-01-01&to=9999-12-31' })).status).toBe(200);
  });

  it('refuses rounds and meetings in year 0000 and a meeting time past 9999', async () => {
    const forumId = ctx.fixture.forum.F!;
    const round = {
      periodStart: '2026-03-02',
      periodEnd: '2026-03-08',
      deadlineDate: '2026-03-09',
      deadlineTime: '12:00',
    };
    await expectRefused(
      { method: 'POST', url: `/api/forums/${forumId}/rounds`, body: { ...round, periodStart: '0000-01-01' } },
      'body.periodStart',
      YEAR,
    );
    await expectRefused(
      {
        method: 'POST',
        url: `/api/forums/${forumId}/rounds`,
        body: { ...round, meetingAt: '9999-12-31T23:00:00-05:00' },
      },
      'body.meetingAt',
      YEAR,
    );
    await expectRefused(
      { method: 'POST', url: `/api/forums/${forumId}/meetings`, body: { title: 'Möte', meetingDate: '0000-01-05' } },
      'body.meetingDate',
      YEAR,
    );
  });

  it('refuses a revision of 2^31 and treats 2^31 − 1 as an ordinary stale revision', async () => {
    const forumId = ctx.fixture.forum.F!;
    const meeting = (
      await send({
        method: 'POST',
        url: `/api/forums/${forumId}/meetings`,
        body: { title: 'Möte', meetingDate: '2026-03-09' },
      })
    ).body as { items: { id: string }[] };
    const url = `/api/agenda-items/${meeting.items[0]!.id}`;
    await expectRefused(
      { method: 'PATCH', url, body: { revision: 2 ** 31, notes: 'x' } },
      'body.revision',
      /2147483647/,
    );
    expect((await send({ method: 'PATCH', url, body: { revision: 2 ** 31 - 1, notes: 'x' } })).status).toBe(409);
  });
});

describe("Fastify's own errors are problem+json in Swedish or English", () => {
  it.each([
    ['invalid JSON', '{"name":', 'application/json', 400, /inte giltig JSON/],
    [
      'a __proto__ key',
      '{"__proto__":{"isAdmin":true},"name":"Ab","kind":"kommun"}',
      'application/json',
      400,
      /__proto__/,
    ],
    ['an empty JSON body', '', 'application/json', 400, /tomt/],
    ['plain text', 'name=Ab', 'text/plain', 400, /förväntat object/],
    ['a form post', 'name=Ab', 'application/x-www-form-urlencoded', 415, /Skicka JSON/],
  ] as const)('answers %s', async (_, body, contentType, status, detail) => {
    const response = await send({ method: 'POST', url: '/api/organizations', body, contentType });
    expect(response.status).toBe(status);
    expect(response.type).toContain('application/problem+json');
    expect(response.body.detail).toMatch(detail);
  });

  it('answers a badly encoded URL and an over-long path parameter', async () => {
    const bad = await send({ url: '/api/organizations/%E0%A4%A', language: 'en' });
    expect([bad.status, bad.type, bad.body.detail]).toEqual([
      400,
      'application/problem+json; charset=utf-8',
      'The address is not correctly encoded.',
    ]);
    const long = await send({ url: `/api/organizations/${'a'.repeat(500)}` });
    expect([long.status, long.type, long.body.detail]).toEqual([
      414,
      'application/problem+json; charset=utf-8',
      'En del av adressen är för lång.',
    ]);
  });
});

describe('over a real socket', () => {
  let port = 0;
  beforeAll(async () => {
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    port = (ctx.app.server.address() as net.AddressInfo).port;
  });

  /**
   * Writes raw bytes and reads the whole answer; the server closes the connection after an error
   * or a request with `Connection: close`. The socket is not half-closed first: the server would
   * take that as the client leaving and drop an answer that waits on the database (the sign-in
   * rate limit is counted there).
   */
  function raw(request: string): Promise<{ status: number; headers: string; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head = '', body = ''] = text.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
      });
      socket.write(request);
    });
  }

  function expectProblem(answer: { status: number; headers: string; body: string }, status: number, code: string) {
    expect(answer.status).toBe(status);
    expect(answer.headers).toContain('content-type: application/problem+json');
    const problem = JSON.parse(answer.body) as { status: number; code: string; detail: string };
    expect(problem).toMatchObject({ status, code });
    expect(problem.detail).not.toBe('');
  }

  it('answers a URL longer than the header limit with 431', async () =>
    expectProblem(
      await raw(`GET /api/organizations?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
      431,
      'http.header_overflow',
    ));

  it('answers headers too large with 431', async () =>
    expectProblem(
      await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\n${'X-Pad: ' + 'a'.repeat(20_000)}\r\n\r\n`),
      431,
      'http.header_overflow',
    ));

  it('answers a malformed request line with 400', async () =>
    expectProblem(await raw('GET /api/health HTTP/9.Z\r\n\r\n'), 400, 'http.malformed_request'));

  it('answers a NUL byte in a header value with 400', async () =>
    expectProblem(
      await raw('GET /api/health HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'),
      400,
      'http.malformed_request',
    ));

  it('answers invalid JSON and an over-long path parameter through the normal handlers', async () => {
    const body = '{"email":';
    expectProblem(
      await raw(
        `POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${CLIENT_HEADER}: test\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      ),
      400,
      'http.FST_ERR_CTP_INVALID_JSON_BODY',
    );
    expectProblem(
      await raw(`GET /api/organizations/${'a'.repeat(300)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
      414,
      'http.FST_ERR_MAX_PARAM_LENGTH',
    );
  });
});

describe('a database that is away or full answers with words, not 500', () => {
  // The shapes node-pg and PostgreSQL give; the fault tests (test/faults) cause them for real.
  const failures: Record<string, () => Error> = {
    shutdown: () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    starting: () => Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    refused: () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    refusedEverywhere: () =>
      new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })]),
    cut: () => new Error('Connection terminated unexpectedly'),
    diskFull: () =>
      Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100' }),
    bug: () => new TypeError('x is undefined'),
  };

  async function answerTo(failure: keyof typeof failures, language: 'sv' | 'en' = 'sv') {
    const app = await createHttpServer(testConfig(), { logger: false });
    app.get('/api/fails', async () => {
      throw failures[failure]!();
    });
    const response = await app.inject({ url: '/api/fails', headers: { 'accept-language': language } });
    await app.close();
    return { status: response.statusCode, headers: response.headers, body: response.json() };
  }

  it.each(['shutdown', 'starting', 'refused', 'refusedEverywhere', 'cut'] as const)(
    'answers 503 with Retry-After when the database is %s',
    async (failure) => {
      const answer = await answerTo(failure);
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('5');
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body).toMatchObject({
        code: 'db.unavailable',
        title: 'Tillfälligt otillgänglig',
        detail: expect.stringContaining('Databasen går inte att nå just nu'),
      });
    },
  );

  it('answers 507 when the disk is full, in English when asked', async () => {
    const answer = await answerTo('diskFull', 'en');
    expect(answer.status).toBe(507);
    expect(answer.body).toMatchObject({ code: 'db.disk_full', detail: expect.stringContaining('disk is full') });
  });

  it('still answers 500 for a bug', async () => {
    expect((await answerTo('bug')).status).toBe(500);
  });
});

describe('answers are checked against their response schema', () => {
  const shape = z.object({ name: z.string(), counts: z.array(z.number()) });
  async function answer(body: unknown, acceptEncoding?: string, schema: z.ZodType = shape) {
    const app = await createHttpServer(testConfig(), { logger: false });
    app.get('/api/shape', { schema: { response: { 200: schema } } }, async () => body as never);
    const response = await app.inject({
      url: '/api/shape',
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });
    await app.close();
    return response;
  }
  // Checked by zod and written by JSON.stringify, or written by fast-json-stringify (writtenFast).
  const writers = [
    { writer: 'zod', mark: <T extends z.ZodType>(schema: T) => schema },
    { writer: 'fast-json-stringify', mark: writtenFast },
  ];

  it.each(writers)('drops fields the schema does not name ($writer)', async ({ mark }) => {
    const schema = mark(z.object({ name: z.string(), counts: z.array(z.number()) }));
    const response = await answer({ name: 'Region', counts: [1, 2], passwordHash: 'secret' }, undefined, schema);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'Region', counts: [1, 2] });
  });

  it.each(writers)(
    'drops fields the schema does not name at any depth: in lists, nullable objects, unions and records ($writer)',
    async ({ mark }) => {
      const member = z.object({ id: z.uuid(), role: z.enum(['reporter', 'coordinator']).nullable() });
      const nested = mark(
        z.object({
          members: z.array(member),
          chair: member.nullable(),
          owner: z.union([member, z.object({ team: z.string() })]),
          byKey: z.record(z.string(), z.object({ value: z.number().nullable() })),
        }),
      );
      const secret = { passwordHash: 'secret', tokenHash: 'secret' };
      const id = '0b6a2a52-7c3e-4f8e-9a51-2d1f7c9e4b10';
      const response = await answer(
        {
          members: [{ id, role: 'reporter', ...secret }],
          chair: { id, role: null, ...secret },
          owner: { team: 'T', ...secret },
          byKey: { k: { value: 1, ...secret } },
          ...secret,
        },
        undefined,
        nested,
      );
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('secret');
      expect(response.json()).toEqual({
        members: [{ id, role: 'reporter' }],
        chair: { id, role: null },
        owner: { team: 'T' },
        byKey: { k: { value: 1 } },
      });
    },
  );

  it.each(writers)(
    'answers 500 without the data when an answer does not match its schema ($writer)',
    async ({ mark }) => {
      const schema = mark(z.object({ name: z.string(), counts: z.array(z.number()) }));
      const response = await answer({ name: 'Region', counts: ['secret'] }, undefined, schema);
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('secret');
    },
  );

  it.each(writers)('answers 500 without the data when a required field is missing ($writer)', async ({ mark }) => {
    const schema = mark(z.object({ name: z.string(), counts: z.array(z.number()) }));
    const response = await answer({ counts: [1], passwordHash: 'secret' }, undefined, schema);
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
  });

  it('checks a schema JSON Schema cannot express (a transform) with zod, even when marked writtenFast', async () => {
    const transformed = writtenFast(z.object({ name: z.string().transform((name) => name.toUpperCase()) }));
    const ok = await answer({ name: 'Region', passwordHash: 'secret' }, undefined, transformed);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ name: 'REGION' });
    const wrong = await answer({ name: 7, passwordHash: 'secret' }, undefined, transformed);
    expect(wrong.statusCode).toBe(500);
    expect(wrong.body).not.toContain('secret');
  });

  it('compresses a large answer in one piece, with its length', async () => {
    const counts = Array.from({ length: 60_000 }, (_, i) => i);
    const response = await answer({ name: 'Region', counts }, 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    expect(JSON.parse(zlib.brotliDecompressSync(response.rawPayload).toString())).toEqual({ name: 'Region', counts });
  });
});
