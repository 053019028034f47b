// The entry of a document worker thread when the server runs from TypeScript (the tests): workers
// start without the main thread's TypeScript loader, so this plain module registers tsx first.
// `samverkan` itself runs compiled and starts its workers from the compiled render-thread.ts.
import { register } from 'tsx/esm/api';

register();
const { default: render } = await import('./render-thread.ts');

export default render;
