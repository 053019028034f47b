import os from 'node:os';
import { Piscina } from 'piscina';
import { ZodError } from 'zod';
import { AppError } from '../platform/errors.ts';
import type { ReadResult, ReadTask } from './read-file.ts';
import type { ThreadError, ThreadOutcome } from './read-thread.ts';
import { readWorkerFile } from './read-worker-file.ts';

// Parsing a large file takes seconds of CPU (a 4.7 MB text 9 s): on the request thread it stalled every other
// request for as long. Files are read in worker threads instead, as documents are rendered (meetings/documents/pool.ts):
// at most two at once and one fewer than the cores, so the event loop keeps a core of its own.
const MAX_THREADS = Math.min(2, Math.max(1, os.availableParallelism() - 1));
// A person who sends a file waits for its preview, so a file waits its turn behind a few others rather than being
// refused. Beyond that the server is busy with many large files at once, and "try again in a minute" is the honest
// answer: waiting longer would mostly wait out the browser's patience, and each queued file holds memory.
const MAX_QUEUE = 8;
export const BUSY_RETRY_AFTER_SECONDS = 30;

let pool: Piscina | null = null;

function workerPool(): Piscina {
  pool ??= new Piscina({
    filename: readWorkerFile,
    minThreads: 0,
    maxThreads: MAX_THREADS,
    maxQueue: MAX_QUEUE,
    idleTimeout: 5_000,
  });
  return pool;
}

function rebuild(error: ThreadError): Error {
  if (error.kind === 'app') return new AppError(error);
  if (error.kind === 'validation') return new ZodError(error.issues);
  return new Error(error.message);
}

export const busyError = () =>
  new AppError({
    status: 503,
    code: 'minutes.busy',
    message: {
      sv: `Servern läser många filer just nu. Försök igen om ${BUSY_RETRY_AFTER_SECONDS} sekunder.`,
      en: `The server is reading many files right now. Try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
    },
  });

/** readMinutesFile (read-file.ts) in a worker thread; the same answers and the same errors. */
export async function readMinutesFileInWorker(task: ReadTask): Promise<ReadResult | null> {
  const outcome: ThreadOutcome = await workerPool()
    .run(task)
    .catch((error: unknown) => {
      // Piscina's only signal of a full queue is this message.
      if (error instanceof Error && error.message === 'Task queue is at limit') throw busyError();
      throw error;
    });
  if (!outcome.ok) throw rebuild(outcome.error);
  return outcome.result;
}

/** Ends the worker threads, for a clean shutdown of the server. */
export async function closeMinutesReadPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
