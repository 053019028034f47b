/**
 * The file a minutes worker thread starts from. Run from TypeScript (the tests) that is read-worker.mjs, which
 * registers tsx in the thread; bin/compile.js compiles read-thread.ts beside the server under that name.
 */
export const readWorkerFile = new URL('./read-worker.mjs', import.meta.url).href;
