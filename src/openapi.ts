import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { loadConfig } from './platform/config.ts';
import type { Database } from './platform/db.ts';

/** Where the web app's API types live; `npm run generate:api` writes it, a test keeps it current. */
export const webApiTypesPath = new URL('../web/src/lib/api-schema.generated.ts', import.meta.url);

/** A database that is never opened: building the routes must not query it. */
const noDatabase: Database = {
  kind: 'pglite',
  db: new Proxy({} as Database['db'], {
    get(_target, property) {
      throw new Error(`The OpenAPI document is built without a database (db.${String(property)}).`);
    },
  }),
  listen: async () => async () => {},
  withLock: (_name, work) => work(),
  close: async () => {},
};

/** The OpenAPI document the routes describe, as served at /api/docs/json. */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', SAMVERKAN_LOG_LEVEL: 'silent' }),
    database: noDatabase,
    logger: false,
    serveWeb: false,
  });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** TypeScript types of every path, operation and component, for openapi-fetch in the web app. */
export async function generateWebApiTypes(): Promise<string> {
  // A field with a default may be left out of a request, so it must stay optional in the types.
  const ast = await openapiTS(await buildOpenApiDocument(), { alphabetize: true, defaultNonNullable: false });
  return (
    '// Generated from the OpenAPI document by `npm run generate:api` (src/openapi.ts). Do not edit.\n' +
    astToString(ast)
  );
}
