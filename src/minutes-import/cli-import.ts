import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ZodError } from 'zod';
import { systemAdmin } from '../auth/service.ts';
import { listForums } from '../forums/service.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { MinutesParseError } from './errors.ts';
import { importMinutesFile, type MinutesReader } from './import.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './cli-parse.ts';

/** What the importer reads (format is detected from the content; the extension only picks files in a folder). */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.doc', '.docx', '.odt', '.pdf'] as const;

type FileOutcome =
  | { file: string; status: 'imported'; meetingId: string }
  | { file: string; status: 'already_imported'; meetingId: string }
  | { file: string; status: 'refused'; reason: string }
  | { file: string; status: 'ignored'; reason: string };

/** The person running the command chose nothing yet: the flag is how to say "import anyway". */
const SAME_DATE_HINT = {
  sv: ' Kör igen med --allow-same-date för att importera filen ändå.',
  en: ' Run again with --allow-same-date to import the file anyway.',
};

/** A diary number cannot be corrected from here: the web app's review can (a copy of a meeting often repeats it). */
const DIARY_NUMBER_HINT = {
  sv: ' Filen är troligen en kopia av det mötet; importera den i webbappen om diarienumret ska rättas eller tömmas.',
  en: ' The file is probably a copy of that meeting; import it in the web app to correct or clear the diary number.',
};
const HINTS: Record<string, { sv: string; en: string }> = {
  'minutes.date_taken': SAME_DATE_HINT,
  'minutes.diary_number_taken': DIARY_NUMBER_HINT,
};

/** Why a file was refused, in Swedish and in English, as `samverkan minutes parse` says it. */
function explain(error: unknown): string {
  if (error instanceof MinutesParseError) return `${error.code}: ${error.messages.sv} / ${error.message}`;
  if (error instanceof AppError) {
    const hint = HINTS[error.code] ?? { sv: '', en: '' };
    return `${error.code}: ${error.localized.sv}${hint.sv} / ${error.localized.en}${hint.en}`;
  }
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'filen finns inte / no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'filen får inte läsas / permission denied';
  return `oväntat fel / unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

const isImportable = (file: string) =>
  (IMPORTABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
// Word's lock files ("~$protokoll.docx") and hidden files are not minutes.
const isHidden = (name: string) => name.startsWith('.') || name.startsWith('~$');

/**
 * The files to import, in a stable order: a file named on the command line as it is, and a folder's
 * files recursively (symbolic links to folders are not followed, so a loop cannot trap the walk).
 * Files in a folder that the importer does not read are listed as ignored, never dropped silently.
 */
async function collectFiles(paths: string[]): Promise<{ files: string[]; outcomes: FileOutcome[] }> {
  const files: string[] = [];
  const outcomes: FileOutcome[] = [];
  async function walk(dir: string) {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (isHidden(entry.name)) continue;
      else if (entry.isFile() && isImportable(entry.name)) files.push(full);
      else
        outcomes.push({
          file: full,
          status: 'ignored',
          reason: `inte ${IMPORTABLE_EXTENSIONS.join('/')} / not ${IMPORTABLE_EXTENSIONS.join('/')}`,
        });
    }
  }
  for (const given of paths) {
    const info = await stat(given).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (info instanceof Error) outcomes.push({ file: given, status: 'refused', reason: explain(info) });
    else if (info.isDirectory()) await walk(given);
    else files.push(given);
  }
  return { files, outcomes };
}

const STATUS_TEXT = {
  imported: 'imported as meeting',
  already_imported: 'already imported as meeting',
} as const;

function summary(outcomes: FileOutcome[]): string {
  const count = (status: FileOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const lines = [
    '',
    `Summary: ${count('imported')} imported, ${count('already_imported')} skipped as already imported, ${count('refused')} refused, ${count('ignored')} ignored (not minutes files)`,
  ];
  for (const status of ['refused', 'ignored'] as const) {
    const listed = outcomes.filter((o) => o.status === status);
    if (listed.length === 0) continue;
    lines.push(`${status === 'refused' ? 'Refused' : 'Ignored'}:`);
    for (const o of listed) if ('reason' in o) lines.push(`  ${o.file}: ${o.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `samverkan minutes import PATH… --forum ID [--allow-same-date]`: every file, and every
 * .txt/.html/.doc/.docx/.odt/.pdf file under a folder, becomes a meeting, each in its own transaction, so a bad file
 * leaves nothing behind and does not stop the rest. Progress goes to stdout as it happens, a refusal
 * also to stderr, and a summary ends the run. Exit status 2 when any file was refused, so a script
 * notices; files imported before and ignored files are not failures.
 */
export async function runMinutesImport(options: {
  db: Db;
  paths: string[];
  forum: string;
  allowSameDate?: boolean;
  /** How each file is checked and parsed: the server's reader threads (read-pool.ts), with their memory and time limits. */
  read: MinutesReader;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}): Promise<number> {
  const { db, stdout, stderr } = options;
  const forums = await listForums(db, systemAdmin, { includeInactive: true });
  const forum = forums.find((f) => f.id === options.forum || f.name.toLowerCase() === options.forum.toLowerCase());
  if (!forum) {
    stderr.write(
      `samverkan minutes import: no forum "${options.forum}". Forums: ${forums.map((f) => `${f.name} (${f.id})`).join(', ')}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const { files, outcomes } = await collectFiles(options.paths);
  for (const o of outcomes) if (o.status === 'refused') stderr.write(`${o.file}: ${o.reason}\n`);
  for (const [index, file] of files.entries()) {
    const progress = `[${index + 1}/${files.length}] ${file}`;
    try {
      const result = await importMinutesFile({
        db,
        actor: systemAdmin,
        forumId: forum.id,
        forumName: forum.name,
        filename: file,
        data: await readFile(file),
        allowSameDate: options.allowSameDate,
        read: options.read,
      });
      const status = result.created ? 'imported' : 'already_imported';
      outcomes.push({ file, status, meetingId: result.meetingId });
      stdout.write(`${progress}: ${STATUS_TEXT[status]} ${result.meetingId}\n`);
    } catch (error) {
      const reason = explain(error);
      outcomes.push({ file, status: 'refused', reason });
      stdout.write(`${progress}: refused\n`);
      stderr.write(`${file}: ${reason}\n`);
    }
  }
  stdout.write(summary(outcomes));
  return outcomes.some((o) => o.status === 'refused') ? EXIT_BAD_INPUT : EXIT_OK;
}
