import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp({});

describe('platform routes', () => {
  it('GET /api/health names the database kind', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('describes every API route in an OpenAPI 3.1 document at /api/docs/json', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const routes = ctx.app.printRoutes({ commonPrefix: false });
    for (const path of [
      '/api/auth/login',
      '/api/organizations',
      '/api/organizations/{id}',
      '/api/users',
      '/api/forums/{id}',
      '/api/audit',
      '/api/health',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(routes).toContain('/api/docs');
    expect(doc.components.schemas).toHaveProperty('OrganizationCreate');
    expect(doc.paths['/api/organizations'].post.requestBody.content['application/json'].schema).toBeTruthy();
  });

  it('serves the interactive documentation at /api/docs', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 404,
      code: 'http.not_found',
      detail: '/api/nothing-here does not exist.',
    });
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
