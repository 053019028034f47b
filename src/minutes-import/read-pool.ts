import os from 'node:os';
import { Piscina } from 'piscina';
import { ZodError } from 'zod';
import { AppError } from '../platform/errors.ts';
import type { ReadResult, ReadTask } from './read-file.ts';
import type { ThreadError, ThreadOutcome } from './read-thread.ts';
import { readWorkerFile } from './read-worker-file.ts';

// Parsing a large file takes seconds of CPU (a 4.7 MB text 9 s): on the request thread it stalled every other
// request for as long. Files are read in worker threads instead, as documents are rendered (meetings/documents/pool.ts):
// by default at most two at once and one fewer than the cores, so the event loop keeps a core of its own.
const DEFAULT_THREADS = Math.min(2, Math.max(1, os.availableParallelism() - 1));
// A person who sends a file waits for its preview, so a file waits its turn behind a few others rather than being
// refused (8 by default, SAMVERKAN_IMPORT_READ_QUEUE). Beyond that the server is busy with many large files at once,
// and "try again in a moment" is the honest answer: waiting longer would mostly wait out the browser's patience, and
// each queued file holds memory.
export const BUSY_RETRY_AFTER_SECONDS = 30;

export interface ReadPoolLimits {
  /** Files read at once; undefined: the default above (SAMVERKAN_IMPORT_READ_THREADS). */
  readThreads: number | undefined;
  /** Files that wait their turn (SAMVERKAN_IMPORT_READ_QUEUE). */
  readQueue: number;
}

export interface MinutesReadPool {
  /** readMinutesFile (read-file.ts) in a worker thread; the same answers and the same errors. */
  read: (task: ReadTask) => Promise<ReadResult | null>;
  /** Ends the worker threads, for a clean shutdown of the server. */
  close: () => Promise<void>;
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

/** One server's pool of reader threads, started on the first file (lazily, so a server that imports nothing has none). */
export function createMinutesReadPool(limits: ReadPoolLimits): MinutesReadPool {
  let pool: Piscina | null = null;
  const workerPool = () =>
    (pool ??= new Piscina({
      filename: readWorkerFile,
      minThreads: 0,
      maxThreads: limits.readThreads ?? DEFAULT_THREADS,
      maxQueue: limits.readQueue,
      idleTimeout: 5_000,
    }));
  return {
    async read(task) {
      const outcome: ThreadOutcome = await workerPool()
        .run(task)
        .catch((error: unknown) => {
          // Piscina's only signal of a full queue is this message.
          if (error instanceof Error && error.message === 'Task queue is at limit') throw busyError();
          throw error;
        });
      if (!outcome.ok) throw rebuild(outcome.error);
      return outcome.result;
    },
    async close() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
}
