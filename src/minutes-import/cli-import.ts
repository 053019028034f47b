import { readFile } from 'node:fs/promises';
import { ZodError } from 'zod';
import { systemAdmin } from '../auth/service.ts';
import { listForums } from '../forums/service.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { MinutesParseError } from './errors.ts';
import { importMinutesFile } from './import.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './cli-parse.ts';

function explain(error: unknown): string | undefined {
  if (error instanceof MinutesParseError) return `${error.code}: ${error.messages.sv}`;
  if (error instanceof AppError) return `${error.code}: ${error.localized.sv}`;
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'filen finns inte';
  return undefined;
}

/** `samverkan minutes import FILE… --forum ID`: each file becomes a meeting; bad files are reported and skipped (exit 2). */
export async function runMinutesImport(options: {
  db: Db;
  files: string[];
  forum: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}): Promise<number> {
  const { db, files, stdout, stderr } = options;
  const forums = await listForums(db, systemAdmin, { includeInactive: true });
  const forum = forums.find((f) => f.id === options.forum || f.name.toLowerCase() === options.forum.toLowerCase());
  if (!forum) {
    stderr.write(
      `samverkan minutes import: no forum "${options.forum}". Forums: ${forums.map((f) => `${f.name} (${f.id})`).join(', ')}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  let exitCode = EXIT_OK;
  for (const file of files) {
    try {
      const data = await readFile(file);
      const result = await importMinutesFile({
        db,
        actor: systemAdmin,
        forumId: forum.id,
        forumName: forum.name,
        filename: file,
        data,
      });
      stdout.write(
        `${file}: ${result.created ? 'imported as meeting' : 'already imported as meeting'} ${result.meetingId}\n`,
      );
    } catch (error) {
      const reason = explain(error);
      if (!reason) throw error;
      stderr.write(`${file}: ${reason}\n`);
      exitCode = EXIT_BAD_INPUT;
    }
  }
  return exitCode;
}
