// The entry of a minutes worker thread when the server runs from TypeScript (the tests): workers
// start without the main thread's TypeScript loader, so this plain module registers tsx first.
// `samverkan` itself runs compiled and starts its workers from the compiled read-thread.ts.
import { register } from 'tsx/esm/api';

register();
const { default: read } = await import('./read-thread.ts');

export default read;
