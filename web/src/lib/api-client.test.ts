import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, data, formBody, retryAfterSeconds } from './api-client.ts';

// i18n.ts reads the remembered language and sets <html lang> when it loads; Node has neither.
vi.hoisted(() => {
  const items = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: { getItem: (key: string) => items.get(key) ?? null, setItem: items.set.bind(items) },
    document: { documentElement: {} },
  });
});

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

// A real HTTP server that records what the client sends and answers like the API does.
const received: Received[] = [];
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
    if (request.url?.startsWith('/api/forums') && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    } else if (request.url === '/api/forums') {
      response.writeHead(422, { 'content-type': 'application/problem+json' }).end(
        JSON.stringify({
          type: 'urn:samverkan:problem:validation.invalid',
          title: 'Ogiltig begäran',
          status: 422,
          detail: 'Namnet är upptaget.',
          instance: '/api/forums',
          code: 'forums.name_taken',
          errors: [{ path: 'body.name', message: 'Namnet är upptaget.' }],
        }),
      );
    } else if (request.url?.endsWith('/minutes-imports/preview')) {
      response
        .writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '1' })
        .end(JSON.stringify({ status: 503, detail: 'Servern läser många filer just nu.', code: 'minutes.busy' }));
    } else if (request.url === '/api/organizations/later') {
      // A proxy's own 503, not problem+json, with its wait as a date.
      const at = new Date(Date.now() + 90_000).toUTCString();
      response.writeHead(503, { 'content-type': 'text/html', 'retry-after': at }).end('<h1>Unavailable</h1>');
    } else if (request.url?.endsWith('/attachments')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } else {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    }
  });
});
let client: ReturnType<typeof createApiClient>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = createApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const last = () => received.at(-1)!;

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the typed API client', () => {
  it('sends the language and the same-origin header, and leaves absent filters out', async () => {
    expect(await data(client.GET('/api/forums', { params: { query: { includeInactive: undefined } } }))).toEqual([]);
    expect(last().url).toBe('/api/forums');
    expect(last().headers).toMatchObject({ 'accept-language': 'sv', 'samverkan-client': 'web' });
    await data(client.GET('/api/forums', { params: { query: { includeInactive: 'true' } } }));
    expect(last().url).toBe('/api/forums?includeInactive=true');
  });

  it('throws a problem+json answer as an ApiError with its code, detail and field errors', async () => {
    const error = await failure(
      data(client.POST('/api/forums', { body: { name: 'Välfärdsrådet', ownerOrganizationId: 'x' } })),
    );
    expect(last()).toMatchObject({ method: 'POST', body: '{"name":"Välfärdsrådet","ownerOrganizationId":"x"}' });
    expect(last().headers['content-type']).toBe('application/json');
    expect(error.status).toBe(422);
    expect(error.problem).toMatchObject({
      code: 'forums.name_taken',
      detail: 'Namnet är upptaget.',
      errors: [{ path: 'body.name', message: 'Namnet är upptaget.' }],
    });
  });

  it('turns an answer that is not problem+json into an ApiError named after the status', async () => {
    const error = await failure(data(client.GET('/api/organizations/{id}', { params: { path: { id: 'x' } } })));
    expect(error.problem).toMatchObject({ status: 502, code: 'http.502' });
  });

  it('turns a refused connection into a network ApiError', async () => {
    const unreachable = createApiClient('http://127.0.0.1:1');
    const error = await failure(data(unreachable.GET('/api/forums')));
    expect(error.problem).toMatchObject({ status: 0, code: 'network', instance: '/api/forums' });
  });

  it('sends a FormData body as multipart with its boundary', async () => {
    const form = new FormData();
    form.append('title', 'Bilaga');
    await data(
      client.POST('/api/meetings/{meetingId}/attachments', { params: { path: { meetingId: 'm' } }, ...formBody(form) }),
    );
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(last().body).toContain('Bilaga');
  });
});

describe('a busy server', () => {
  const preview = () =>
    data(
      client.POST('/api/forums/{forumId}/minutes-imports/preview', {
        params: { path: { forumId: 'f' } },
        ...formBody(new FormData()),
      }),
    );

  it("carries the server's Retry-After on the error, in seconds or as a date", async () => {
    const busy = await failure(preview());
    expect(busy.problem.code).toBe('minutes.busy');
    expect(busy.retryAfterSeconds).toBe(1);
    const later = await failure(data(client.GET('/api/organizations/{id}', { params: { path: { id: 'later' } } })));
    expect(later.problem.code).toBe('http.503');
    expect(later.retryAfterSeconds).toBeGreaterThanOrEqual(88);
    expect(later.retryAfterSeconds).toBeLessThanOrEqual(90);
    expect(
      (await failure(data(client.GET('/api/organizations/{id}', { params: { path: { id: 'x' } } })))).retryAfterSeconds,
    ).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
    expect(retryAfterSeconds(new Date(0).toUTCString())).toBe(0);
  });
});
