// Helpers for tests of the import routes over real HTTP (test/app.ts needs vitest, so they are not in test-support.ts,
// which scripts use too).
import { afterAll } from 'vitest';
import { clientHeaders, type TestContext } from '../../test/app.ts';
import type { Db } from '../platform/db.ts';
import { createMinutesReadPool } from './read-pool.ts';
import { countImportRows } from './test-support.ts';

/** A multipart body with one file, as the browser sends it. */
export function uploadForm(filename: string, text: string) {
  const body = new FormData();
  body.append('file', new Blob([Buffer.from(text)]), filename);
  return body;
}

/** The test app on a real port (uploads through real HTTP, not inject). */
export async function listeningUrl(ctx: TestContext): Promise<string> {
  const address = ctx.app.server.address() ?? (await ctx.app.listen({ port: 0, host: '127.0.0.1' }));
  return typeof address === 'string' ? address : `http://127.0.0.1:${address.port}`;
}

/** An answer's JSON: the app's error shape, or what the route returns. */
type AnswerBody = { code?: string; detail: string } & Record<string, unknown>;

/** Posts a file to one of forum F's import routes as its coordinator, over real HTTP. */
export async function postUpload(ctx: TestContext, route: string, body: FormData, language = 'sv') {
  const response = await fetch(`${await listeningUrl(ctx)}/api/forums/${ctx.fixture.forum.F}${route}`, {
    method: 'POST',
    body,
    headers: { cookie: await ctx.cookie('coordinator'), 'accept-language': language, ...clientHeaders },
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as AnswerBody,
  };
}

/** The import's rows and the audit log, to show that a refused file wrote nothing. */
export async function writtenRows(db: Db) {
  const audit = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return { ...(await countImportRows(db)), audit: Number(audit.n) };
}

/** The reader threads `samverkan minutes import` reads files in (read-pool.ts, default limits), ended after the tests. */
export function useReadPool() {
  const pool = createMinutesReadPool({ readThreads: undefined, readQueue: 8, readMemoryMb: 512, readSeconds: 120 });
  afterAll(pool.close);
  return pool;
}
