import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testConfig } from '../../test/app.ts';
import { createHttpServer } from './http.ts';

async function logOf(url: string) {
  let lines = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines += String(chunk);
      done();
    },
  });
  const app = await createHttpServer(testConfig({ SAMVERKAN_LOG_LEVEL: 'info' }), { logger: { stream } });
  app.get('/api/search', { schema: { querystring: z.object({ q: z.string() }) } }, async () => ({ ok: true }));
  await app.inject({ url });
  await app.close();
  return lines;
}

// The clock, process id and response time are numbers the request did not send; the clock once ended
// in the very digits the test looks for, so they are left out of what is searched.
function withoutMeasurements(log: string) {
  return log
    .trim()
    .split('\n')
    .map((line) => {
      const {
        time: _time,
        pid: _pid,
        responseTime: _responseTime,
        ...rest
      } = JSON.parse(line) as Record<string, unknown>;
      return JSON.stringify(rest);
    })
    .join('\n');
}

describe('the request log', () => {
  it.each([
    ['/api/search?q=850709-9805', '9805'],
    ['/api/search?q=850709%E2%80%939805', '9805'],
    ['/api/search?q=pnr+19850709+9805', '9805'],
    ['/api/850709-9805', '9805'],
  ])('withholds %s, which holds a personnummer, and keeps its route', async (url, digits) => {
    const log = withoutMeasurements(await logOf(url));
    expect(log).toContain('personnummer withheld');
    expect(log).not.toContain(digits);
  });

  it('logs an ordinary search as sent', async () => {
    expect(await logOf('/api/search?q=070-123%2045%2067')).toContain('/api/search?q=070-123%2045%2067');
  });
});
