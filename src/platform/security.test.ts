import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { clientHeaders, testConfig, TEST_PASSWORD, useTestApp } from '../../test/app.ts';
import type { App } from './http.ts';

const ctx = useTestApp();
const opened: App[] = [];
afterAll(async () => {
  for (const app of opened) await app.close();
});

/** An app that answers exactly what arrives: no client header is added to injected requests. */
async function rawApp(overrides: Record<string, string> = {}): Promise<App> {
  const app = await buildApp({ config: testConfig(overrides), database: ctx.database, logger: false, serveWeb: false });
  opened.push(app);
  return app;
}

describe('state-changing requests must prove they are same-origin', () => {
  it('refuses cross-site form posts (text/plain, urlencoded, multipart) with 403 problem+json', async () => {
    const app = await rawApp();
    const cookie = await ctx.cookie('admin');
    const attempts = [
      { url: '/api/auth/logout', headers: { 'content-type': 'text/plain' }, payload: 'x=1' },
      {
        url: '/api/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        payload: 'email=admin%40test.example&password=x',
      },
      {
        url: '/api/organizations',
        headers: { 'content-type': 'multipart/form-data; boundary=b', origin: 'null' },
        payload: '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nEvil\r\n--b--\r\n',
      },
      { url: '/api/organizations', headers: { 'content-type': 'application/json' }, payload: '{"name":"Evil"}' },
    ];
    for (const attempt of attempts) {
      const response = await app.inject({
        method: 'POST',
        ...attempt,
        headers: { ...attempt.headers, cookie },
      });
      expect(response.statusCode, attempt.url).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'http.cross_origin', status: 403 });
      expect(response.json().detail).toContain('samverkan-client');
    }
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const response = await app.inject({ method, url: '/api/auth/me/locale', headers: { cookie } });
      expect(response.statusCode, method).toBe(403);
    }
    const organizations = await ctx.database.db.selectFrom('organizations').select('name').execute();
    expect(organizations.map((o) => o.name)).not.toContain('Evil');
  });

  it('accepts the client header, an Origin equal to the Host, or the configured public URL', async () => {
    const app = await rawApp();
    const viaHeader = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: clientHeaders,
      payload: { email: 'reader@test.example', password: TEST_PASSWORD },
    });
    expect(viaHeader.statusCode).toBe(200);
    const viaOrigin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: 'samverkan.example:8443', origin: 'https://samverkan.example:8443' },
      payload: { email: 'reader@test.example', password: TEST_PASSWORD },
    });
    expect(viaOrigin.statusCode).toBe(200);
    const otherPort = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: 'samverkan.example:8443', origin: 'https://samverkan.example:9999' },
      payload: { email: 'reader@test.example', password: TEST_PASSWORD },
    });
    expect(otherPort.statusCode).toBe(403);

    const behindProxy = await rawApp({ SAMVERKAN_PUBLIC_URL: 'https://samverkan.region.example/' });
    const viaPublicUrl = await behindProxy.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: '10.0.0.5:3000', origin: 'https://samverkan.region.example' },
      payload: { email: 'reader@test.example', password: TEST_PASSWORD },
    });
    expect(viaPublicUrl.statusCode).toBe(200);
  });

  it('leaves reads alone', async () => {
    const app = await rawApp();
    const response = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('proxies are trusted only when configured', () => {
  const signIn = (app: App, forwardedFor: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.1.2.3',
      headers: { ...clientHeaders, 'x-forwarded-for': forwardedFor },
      payload: { email: 'nobody@test.example', password: 'wrong' },
    });

  async function storedAddresses() {
    const rows = await ctx.database.db
      .selectFrom('loginAttempts')
      .select('ip')
      .where('email', '=', 'nobody@test.example')
      .execute();
    await ctx.database.db.deleteFrom('loginAttempts').where('email', '=', 'nobody@test.example').execute();
    return rows.map((r) => r.ip);
  }

  it('ignores X-Forwarded-For by default: forged addresses do not get past the per-address limit', async () => {
    const app = await rawApp({ SAMVERKAN_LOGIN_RATE_PER_MINUTE: '2' });
    expect((await signIn(app, '203.0.113.1')).statusCode).toBe(401);
    expect((await signIn(app, '203.0.113.2')).statusCode).toBe(401);
    const third = await signIn(app, '203.0.113.3');
    expect(third.statusCode).toBe(429);
    expect(third.headers['content-type']).toContain('application/problem+json');
    expect(await storedAddresses()).toEqual(['10.1.2.3', '10.1.2.3']);
  });

  it('honours X-Forwarded-For from a configured proxy, so each client has its own limit', async () => {
    const app = await rawApp({ SAMVERKAN_LOGIN_RATE_PER_MINUTE: '2', SAMVERKAN_TRUST_PROXY: '10.1.0.0/16' });
    for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
      expect((await signIn(app, client)).statusCode).toBe(401);
    expect(await storedAddresses()).toEqual(['203.0.113.1', '203.0.113.2', '203.0.113.3']);
    expect((await signIn(app, '203.0.113.9')).statusCode).toBe(401);
    expect((await signIn(app, '203.0.113.9')).statusCode).toBe(401);
    expect((await signIn(app, '203.0.113.9')).statusCode).toBe(429);
    await storedAddresses();
  });

  it('accepts a hop count, and refuses a malformed setting at start', async () => {
    const app = await rawApp({ SAMVERKAN_TRUST_PROXY: '1' });
    await signIn(app, '198.51.100.7, 203.0.113.4');
    expect(await storedAddresses()).toEqual(['203.0.113.4']);
    expect(() => testConfig({ SAMVERKAN_TRUST_PROXY: 'sometimes' })).toThrow(/SAMVERKAN_TRUST_PROXY/);
  });
});

describe('security headers', () => {
  it('send a CSP that allows only the site itself to run scripts, and the usual hardening headers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    const csp = response.headers['content-security-policy'] as string;
    expect(csp.split(';')).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "script-src-attr 'none'",
        "style-src 'self' 'unsafe-inline'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]),
    );
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('add HSTS and upgrade-insecure-requests where the site runs over TLS', async () => {
    const app = await rawApp({ NODE_ENV: 'production' });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('reach error answers and the API documentation too', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-security-policy']).toContain("script-src 'self'");
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('request timeouts', () => {
  it('cut off a client that sends its body slowly, with 408, and still serve others', async () => {
    const app = await rawApp({ SAMVERKAN_REQUEST_TIMEOUT_SECONDS: '1' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as net.AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const started = Date.now();
    socket.write(
      'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nsamverkan-client: test\r\nContent-Length: 1000\r\n\r\n{',
    );
    const trickle = setInterval(() => socket.writable && socket.write(' '), 100);
    const answer = await new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      socket.on('error', () => {});
      socket.once('close', () => resolve(received));
    });
    clearInterval(trickle);
    const seconds = (Date.now() - started) / 1000;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"http.request_timeout"');
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThan(5);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });
});

describe('session cookie', () => {
  it('is Secure unless the app runs in development on localhost', () => {
    expect(testConfig({ NODE_ENV: 'development', HOST: '127.0.0.1' }).cookieSecure).toBe(false);
    expect(testConfig({ NODE_ENV: 'development', HOST: 'localhost' }).cookieSecure).toBe(false);
    expect(testConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }).cookieSecure).toBe(true);
    expect(testConfig({ NODE_ENV: 'production', HOST: '127.0.0.1' }).cookieSecure).toBe(true);
    expect(testConfig({ NODE_ENV: 'production', SAMVERKAN_COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });
});
