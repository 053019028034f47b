import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MinutesParseError } from './errors.ts';
import { parseMinutesFile } from './parse-file.ts';
import { toSchemaObject } from './types.ts';

export interface MinutesParseOptions {
  files: string[];
  outDir?: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new MinutesParseError('minutes.unreadable', `${file}: ${reason}`);
  }
}

function describe(file: string, error: MinutesParseError): string {
  return `${file}: ${error.code}: ${error.messages.sv} / ${error.message}\n`;
}

/**
 * `samverkan minutes parse [--out DIR] FILE…`: one pretty-printed JSON object per file on stdout,
 * or `<DIR>/<basename>.json` per file. Bad input is reported on stderr and gives exit code 2;
 * the remaining files are still processed.
 */
export async function runMinutesParse({ files, outDir, stdout, stderr }: MinutesParseOptions): Promise<number> {
  if (files.length === 0) {
    stderr.write('samverkan minutes parse: no input files\n');
    return EXIT_BAD_INPUT;
  }
  if (outDir) await mkdir(outDir, { recursive: true });
  let exitCode = EXIT_OK;
  for (const file of files) {
    try {
      const parsed = await parseMinutesFile(await readInput(file), path.basename(file));
      const json = `${JSON.stringify(toSchemaObject(parsed), null, 2)}\n`;
      if (outDir) await writeFile(path.join(outDir, `${path.parse(file).name}.json`), json);
      else stdout.write(json);
    } catch (error) {
      if (!(error instanceof MinutesParseError)) throw error;
      stderr.write(describe(file, error));
      exitCode = EXIT_BAD_INPUT;
    }
  }
  return exitCode;
}
