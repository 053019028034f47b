#!/usr/bin/env node
// The CLI is TypeScript, compiled at every start (bin/compile.js), so there is no build step
// between a clone and `npm start`. Where the compiled files cannot be written (a read-only or full
// disk) it runs through tsx as before, only with more memory.
import cluster from 'node:cluster';
import { compileServer } from './compile.js';

// A worker of `serve --workers N` runs the build its primary compiled, named in the environment the
// primary forked it with, rather than compiling again.
const BUILD_VARIABLE = 'SAMVERKAN_SERVER_BUILD';
let cli;
try {
  cli = cluster.isWorker && process.env[BUILD_VARIABLE] ? process.env[BUILD_VARIABLE] : await compileServer();
  process.env[BUILD_VARIABLE] = cli;
} catch (error) {
  if (typeof error?.code !== 'string') throw error;
  process.emitWarning(`Running from TypeScript: the compiled server could not be written (${error.message})`);
  const { register } = await import('tsx/esm/api');
  register();
  cli = '../src/cli.ts';
}
// Stack traces name the TypeScript files and lines, as they did under tsx.
process.setSourceMapsEnabled(true);
const { main } = await import(cli);
await main(process.argv);
