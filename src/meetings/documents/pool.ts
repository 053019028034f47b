import os from 'node:os';
import { Piscina } from 'piscina';
import type { OverviewDocument } from './model.ts';
import type { RenderTask } from './render.ts';
import { renderWorkerFile } from './render-worker-file.ts';

// Rendering a long PDF takes seconds of CPU. On the request thread it stalled every other request
// (five parallel 49-page downloads held /api/health for 16 s), so documents render in worker threads:
// at most one per core but one fewer than the cores, so the event loop keeps a core of its own.
// A worker holds about 55 MB (its own V8 heap and the renderers) while it lives and starts again in
// a few hundred milliseconds, so it ends soon after its last document rather than idling for long.
let pool: Piscina | null = null;

function workerPool(): Piscina {
  pool ??= new Piscina({
    filename: renderWorkerFile,
    minThreads: 0,
    maxThreads: Math.max(1, os.availableParallelism() - 1),
    idleTimeout: 5_000,
  });
  return pool;
}

export async function renderDocument(task: RenderTask): Promise<Buffer> {
  const result: Uint8Array = await workerPool().run(task);
  return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
}

/** The lägesbild PDF, rendered like the minutes off the request thread. */
export async function renderOverviewPdf(overview: OverviewDocument): Promise<Buffer> {
  return renderDocument({ format: 'overview', overview, attachments: [] });
}

/** Ends the worker threads, for a clean shutdown of the server. */
export async function closeRenderPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
