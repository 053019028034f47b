// The entry of a document worker thread. Workers start without the main thread's TypeScript
// loader, so this plain module registers tsx before loading the renderers.
import { Buffer } from 'node:buffer';
import os from 'node:os';
import { register } from 'tsx/esm/api';

// A render is batch work: a person waiting for any other answer comes first. On Linux this lowers
// the priority of this thread only (setpriority on the calling thread), not of the request thread;
// a worker keeps its core when nothing else wants it.
os.setPriority(10);
register();
const { renderInProcess } = await import('./render.ts');

export default async function render(task) {
  // Buffers cross the thread boundary as plain Uint8Arrays.
  const attachments = task.attachments.map((a) => ({ ...a, data: a.data && Buffer.from(a.data) }));
  return new Uint8Array(await renderInProcess({ ...task, attachments }));
}
