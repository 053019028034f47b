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
  /** A reader thread's heap, MB (SAMVERKAN_IMPORT_READ_MEMORY_MB). */
  readMemoryMb: number;
  /** The time a file may take, queue included, before it is refused and its thread ended (SAMVERKAN_IMPORT_READ_SECONDS). */
  readSeconds: number;
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

// The extractors are libraries (pdf.js, mammoth, word-extractor, htmlparser2) fed files anyone with an upload can
// craft: a damaged .doc once made word-extractor allocate until V8 aborted, which in a thread without limits ends the
// whole server. A thread that reaches its heap limit is ended alone (Node's ERR_WORKER_OUT_OF_MEMORY), Piscina starts a
// new thread for the next file, and the file is refused in words.
const unreadable = (sv: string, en: string) =>
  new AppError({
    status: 422,
    code: 'minutes.unreadable',
    message: {
      sv: `Filen kunde inte läsas: ${sv} Den är troligen skadad. Öppna den i Word eller LibreOffice, spara den på nytt och försök igen.`,
      en: `The file could not be read: ${en} It is probably damaged. Open it in Word or LibreOffice, save it again and retry.`,
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
      resourceLimits: { maxOldGenerationSizeMb: limits.readMemoryMb },
    }));
  return {
    async read(task) {
      const readers = workerPool();
      // Piscina's own refusal of a full queue is checked here too: a task with an abort signal must not slip past it.
      if (readers.queueSize >= limits.readQueue) throw busyError();
      // The heap limit does not cover pdf.js's decoded streams (outside the heap), and a file can also just spin: a 1 MB
      // PDF whose content stream inflates to 400 MB of text operators kept a thread busy for good. Aborting the task
      // ends its thread; Piscina starts a new one for the next file.
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), limits.readSeconds * 1000);
      const outcome: ThreadOutcome = await readers
        .run(task, { signal: timeout.signal })
        .catch((error: unknown) => {
          // Piscina's only signal of a full queue is this message.
          if (error instanceof Error && error.message === 'Task queue is at limit') throw busyError();
          if (timeout.signal.aborted) {
            throw unreadable(
              `läsningen tog mer än ${limits.readSeconds} sekunder, vilket mötesanteckningar aldrig gör.`,
              `reading it took more than ${limits.readSeconds} seconds, which minutes never do.`,
            );
          }
          if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
            throw unreadable(
              `läsningen behövde mer än ${limits.readMemoryMb} MB minne, vilket mötesanteckningar aldrig gör.`,
              `reading it needed more than ${limits.readMemoryMb} MB of memory, which minutes never do.`,
            );
          }
          throw error;
        })
        .finally(() => clearTimeout(timer));
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
