import { Buffer } from 'node:buffer';
import os from 'node:os';
import { renderInProcess, type RenderTask } from './render.ts';

// A render is batch work: a person waiting for any other answer comes first. On Linux this lowers
// the priority of this thread only (setpriority on the calling thread), not of the request thread;
// a worker keeps its core when nothing else wants it.
os.setPriority(10);

/** What a document worker thread runs per task (render-worker-file.ts says which file starts it). */
export default async function render(task: RenderTask): Promise<Uint8Array> {
  if (task.format === 'overview') return new Uint8Array(await renderInProcess(task));
  // Buffers cross the thread boundary as plain Uint8Arrays.
  const attachments = task.attachments.map((a) => ({ ...a, data: a.data && Buffer.from(a.data) }));
  return new Uint8Array(await renderInProcess({ ...task, attachments }));
}
