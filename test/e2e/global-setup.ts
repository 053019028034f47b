import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/server.ts';
import { e2eConfig } from './config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite folder migrated and seeded with the demo data, and the address its mail links to. */
    e2eDemoTemplate: { pgliteDir: string; appUrl: string };
  }
}

/**
 * Migrates and seeds the demo data once per run (about 10 s on a busy machine); every test file's
 * server then starts on a copy of the folder, the same data a fresh folder gets at its first start.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-e2e-template-'));
  const config = e2eConfig(dataDir);
  const { database, seeded } = await prepareDatabase(config, { seed: true });
  await database.close();
  if (!seeded) throw new Error(`the e2e template in ${dataDir} was not seeded`);
  if (config.database.kind !== 'pglite') throw new Error('the e2e template must be a PGlite folder');
  project.provide('e2eDemoTemplate', { pgliteDir: path.join(dataDir, 'pglite'), appUrl: config.mail.appUrl });
  return async () => fs.rmSync(dataDir, { recursive: true, force: true });
}
