import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, generateWebApiTypes, webApiTypesPath } from './openapi.ts';

describe('the OpenAPI document and the web app’s types', () => {
  it('the committed web/src/lib/api-schema.generated.ts matches the routes (run `npm run generate:api`)', async () => {
    // A route changed without regenerating would type the web client against an API that no longer exists.
    expect(fs.readFileSync(webApiTypesPath, 'utf8')).toBe(await generateWebApiTypes());
  });

  it('names every JSON body as a component, so the document and the web types read well', async () => {
    const document = await buildOpenApiDocument();
    const named = (schema: { $ref?: string; items?: { $ref?: string }; anyOf?: { $ref?: string; type?: string }[] }) =>
      Boolean(schema.$ref || schema.items?.$ref || schema.anyOf?.every((s) => s.$ref || s.type === 'null'));
    const inline: string[] = [];
    for (const [path, item] of Object.entries(document.paths ?? {}))
      for (const [method, operation] of Object.entries(item ?? {})) {
        if (typeof operation !== 'object' || !operation || !('responses' in operation)) continue;
        const bodies = [operation.requestBody, ...Object.values(operation.responses ?? {})] as {
          content?: Record<string, { schema?: Parameters<typeof named>[0] }>;
        }[];
        for (const body of bodies) {
          const schema = body?.content?.['application/json']?.schema;
          if (schema && !named(schema)) inline.push(`${method.toUpperCase()} ${path}`);
        }
      }
    expect(inline).toEqual([]);
  });
});
