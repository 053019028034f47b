#!/usr/bin/env node
// The CLI is TypeScript, compiled at every start (bin/compile.js), so there is no build step
// between a clone and `npm start`. Where the compiled files cannot be written (a read-only or full
// disk) it runs through tsx as before, only with more memory.
import { compileServer } from './compile.js';

let cli;
try {
  cli = await compileServer();
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
