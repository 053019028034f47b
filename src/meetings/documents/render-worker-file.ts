/**
 * The file a document worker thread starts from. Run from TypeScript (the tests) that is
 * render-worker.mjs, which registers tsx in the thread; bin/compile.js replaces this module when it
 * compiles the server, so a compiled server starts its workers from the compiled render-thread.ts.
 */
export const renderWorkerFile = new URL('./render-worker.mjs', import.meta.url).href;
