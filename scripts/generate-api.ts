// Regenerates web/src/lib/api-schema.generated.ts from the routes' OpenAPI document (no database needed).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateWebApiTypes, webApiTypesPath } from '../src/openapi.ts';

fs.writeFileSync(webApiTypesPath, await generateWebApiTypes());
process.stdout.write(`Wrote ${fileURLToPath(webApiTypesPath)}\n`);
