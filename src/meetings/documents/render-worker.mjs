// The entry of a document worker thread. Workers start without the main thread's TypeScript
// loader, so this plain module registers tsx before loading the renderers.
import { Buffer } from 'node:buffer';
import { register } from 'tsx/esm/api';

register();
const { renderInProcess } = await import('./render.ts');

export default async function render(task) {
  // Buffers cross the thread boundary as plain Uint8Arrays.
  const attachments = task.attachments.map((a) => ({ ...a, data: a.data && Buffer.from(a.data) }));
  return new Uint8Array(await renderInProcess({ ...task, attachments }));
}
