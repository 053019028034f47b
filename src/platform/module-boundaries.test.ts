import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

/** The boundary messages ESLint gives for one import written in the given file. */
async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport { x };\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module boundaries (eslint.config.js)', () => {
  it.each([
    ['src/forums/service.ts', '../organizations/queries.ts'],
    ['src/forums/service.ts', '../organizations/queries.js'],
    ['src/forums/service.ts', '../organizations/queries'],
    ['src/cli.ts', './users/queries.ts'],
    ['src/meetings/documents/minutes.ts', '../../rounds/queries.ts'],
  ])('%s may not import %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([expect.stringContaining("owning domain's service.ts")]);
  });

  it.each([
    ['src/forums/service.ts', './queries.ts'],
    ['src/forums/service.ts', '../organizations/service.ts'],
    ['src/forums/service.ts', '../organizations/schema.ts'],
    ['src/meetings/documents/minutes.ts', '../queries.ts'],
  ])('%s may import %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });

  it('keeps the browser-safe server files free of server-only imports', async () => {
    expect(await boundaryErrors('src/indicators/schema.ts', '../platform/db.ts')).toHaveLength(1);
    expect(await boundaryErrors('src/indicators/schema.ts', './service.ts')).toHaveLength(1);
    expect(await boundaryErrors('src/platform/time.ts', 'node:fs')).toHaveLength(1);
    expect(await boundaryErrors('src/indicators/schema.ts', '../organizations/schema.ts')).toEqual([]);
    expect(await boundaryErrors('src/meetings/schema.ts', '../platform/schema-helpers.ts')).toEqual([]);
    expect(await boundaryErrors('src/meetings/schema.ts', 'zod')).toEqual([]);
  });

  it('lets the web app import only browser-safe server files', async () => {
    const file = 'web/src/features/meetings/api/get-meeting.ts';
    expect(await boundaryErrors(file, '@server/meetings/service.ts')).toHaveLength(1);
    expect(await boundaryErrors(file, '@server/meetings/queries.ts')).toHaveLength(1);
    expect(await boundaryErrors('web/src/app/pages/x.tsx', '@server/platform/db.ts')).toHaveLength(1);
    expect(await boundaryErrors(file, '@server/meetings/schema.ts')).toEqual([]);
    expect(await boundaryErrors(file, '@server/platform/time.ts')).toEqual([]);
  });

  it.each([
    ['web/src/features/meetings/api/get-meeting.ts', '../../rounds/api/get-rounds.ts'],
    ['web/src/features/meetings/components/agenda-editor.tsx', '../../actions/components/actions-table.tsx'],
    ['web/src/features/auth/permissions.ts', '../forums/api/get-forum.ts'],
    ['web/src/features/meetings/api/get-meeting.ts', '../../../app/session.tsx'],
    ['web/src/lib/format.ts', '../features/auth/permissions.ts'],
    ['web/src/components/ui/data-table.tsx', '../../app/session.tsx'],
  ])('%s may not import %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toHaveLength(1);
  });

  it.each([
    ['web/src/features/meetings/api/get-meeting.ts', '../../../lib/api-client.ts'],
    ['web/src/features/meetings/components/agenda-editor.tsx', '../api/get-meeting.ts'],
    ['web/src/features/meetings/components/agenda-editor.tsx', './item-form.tsx'],
    ['web/src/features/meetings/components/agenda-editor.tsx', '../../../components/ui/data-table.tsx'],
    ['web/src/app/pages/meeting-page.tsx', '../../features/meetings/api/get-meeting.ts'],
  ])('%s may import %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });
});
