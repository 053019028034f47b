import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, data } from '../../../lib/api-client.ts';
import { retryWhenBusy } from './import-minutes.ts';

// i18n.ts reads the remembered language and sets <html lang> when it loads; Node has neither.
vi.hoisted(() => {
  const items = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: { getItem: (key: string) => items.get(key) ?? null, setItem: items.set.bind(items) },
    document: { documentElement: {} },
  });
});

// A real HTTP server that is busy (503 minutes.busy with the Retry-After the path names) a set number of times.
let busyFor = 0;
let answers = 0;
const server = http.createServer((request, response) => {
  answers++;
  const retryAfter = request.url!.split('/').at(-1)!;
  if (answers > busyFor) {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"read":true}');
    return;
  }
  response.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': retryAfter }).end(
    JSON.stringify({
      type: 'urn:samverkan:problem:minutes.busy',
      title: 'Upptagen',
      status: 503,
      detail: 'Servern läser många filer just nu.',
      instance: request.url,
      code: 'minutes.busy',
    }),
  );
});
let client: ReturnType<typeof createApiClient>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = createApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A read that the server keeps busy `times` times, asking each time for `retryAfter` seconds. */
function busyRead(times: number, retryAfter: string) {
  busyFor = times;
  answers = 0;
  return () => data(client.GET('/api/organizations/{id}', { params: { path: { id: retryAfter } } }));
}

describe('retryWhenBusy', () => {
  it('tries again after the wait the server asked for, telling how long', async () => {
    const waits: number[] = [];
    const started = Date.now();
    expect(await retryWhenBusy(busyRead(2, '1'), (seconds) => waits.push(seconds))).toEqual({ read: true });
    expect(waits).toEqual([1, 1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(answers).toBe(3);
  });

  it('gives up when the server is still busy after the tries', async () => {
    const error = await retryWhenBusy(busyRead(5, '0'), () => undefined, 2).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.code).toBe('minutes.busy');
    expect(answers).toBe(2);
  });

  it('does not wait when the server asks for more than five minutes', async () => {
    const waits: number[] = [];
    const started = Date.now();
    const error = await retryWhenBusy(busyRead(1, '600'), (seconds) => waits.push(seconds)).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as ApiError).retryAfterSeconds).toBe(600);
    expect(waits).toEqual([]);
    expect(answers).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
