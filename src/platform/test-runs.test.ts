import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { databaseFreeTestFiles, serverTestFiles } from '../../test/database-free.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the files the PostgreSQL run leaves out (test/database-free.ts)', () => {
  const all = serverTestFiles(root);
  const left = databaseFreeTestFiles(root, all);

  it('leaves out the files that never reach a database and those marked PGlite-only', () => {
    expect(left).toEqual(
      expect.arrayContaining([
        'src/minutes-import/parse/corpus.test.ts',
        'src/minutes-import/extract/formats.test.ts',
        'src/meetings/documents/pdf.test.ts',
        'src/policy/policy.test.ts',
        'src/cli.test.ts',
        'src/cli-serve.test.ts',
      ]),
    );
  });

  it('keeps every file that opens the test database, reaches it through an import, or reads DATABASE_URL', () => {
    for (const file of [
      'src/reports/routes.test.ts',
      'src/permission-matrix.test.ts',
      'src/minutes-import/hostile-files.test.ts',
      'src/minutes-import/cli-import.test.ts',
      'src/openapi.test.ts',
      'src/health/routes.test.ts',
      'src/platform/db.test.ts',
    ])
      expect(left).not.toContain(file);
    // Most of the suite still runs on PostgreSQL.
    expect(all.length - left.length).toBeGreaterThan(45);
  });
});
