import os from 'node:os';
import { ZodError } from 'zod';
import { AppError } from '../platform/errors.ts';
import { readMinutesFile, type ReadResult, type ReadTask } from './read-file.ts';

// Reading a file is batch work: a person waiting for any other answer comes first (as in the document workers, this
// lowers the priority of this thread only).
os.setPriority(10);

/** An error as it crosses the thread boundary: structured cloning keeps an Error's message but not its class. */
export type ThreadError =
  | { kind: 'app'; status: number; code: string; message: AppError['localized']; fieldErrors: AppError['fieldErrors'] }
  | { kind: 'validation'; issues: ZodError['issues'] }
  | { kind: 'other'; message: string };

export type ThreadOutcome = { ok: true; result: ReadResult | null } | { ok: false; error: ThreadError };

function describeError(error: unknown): ThreadError {
  if (error instanceof AppError) {
    const { status, code, localized, fieldErrors } = error;
    return { kind: 'app', status, code, message: localized, fieldErrors };
  }
  if (error instanceof ZodError) return { kind: 'validation', issues: error.issues };
  return { kind: 'other', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** What a minutes worker thread runs per file (read-worker-file.ts says which file starts it). */
export default async function read(task: ReadTask): Promise<ThreadOutcome> {
  try {
    return { ok: true, result: await readMinutesFile(task) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
