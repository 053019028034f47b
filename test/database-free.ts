import fs from 'node:fs';
import path from 'node:path';

// The server suite runs twice in CI: on PGlite and again on PostgreSQL (DATABASE_URL). A test file that cannot reach a
// database (the parser's and the extractors' tests, the document builders', the CLI's, which run the CLI on a PGlite
// folder of its own) would only repeat itself in the second run, so that run leaves it out (vitest.config.ts).

/** Modules whose import means a file may open a database. */
const DATABASE_MODULES = [/^kysely$/, /^pg$/, /^@electric-sql\/pglite/, /\/platform\/db\.ts$/, /\/test\/database\.ts$/];
/** Import and export specifiers written in a module, except type-only ones (they open nothing). */
const SPECIFIER = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function specifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER), ...source.matchAll(DYNAMIC)].map((m) => m[1]!);
}

/** Whether the module, or any module it imports from the repository (transitively), may open a database. */
function reachesDatabase(file: string, seen: Set<string>): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const source = fs.readFileSync(file, 'utf8');
  for (const specifier of specifiers(source)) {
    const target = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier;
    if (DATABASE_MODULES.some((pattern) => pattern.test(target.split(path.sep).join('/')))) return true;
    if (specifier.startsWith('.') && /\.tsx?$/.test(target) && fs.existsSync(target) && reachesDatabase(target, seen))
      return true;
  }
  return false;
}

/**
 * Written in a test file that opens only PGlite folders of its own whatever DATABASE_URL says (the CLI's tests: the CLI
 * runs without DATABASE_URL on a data folder), so the PostgreSQL run would repeat it unchanged.
 */
export const PGLITE_ONLY_MARK = '// test-database: PGlite folders of its own';

/**
 * The server test files (relative to `root`) that the PostgreSQL run leaves out: those marked PGlite-only, and those
 * that never reach a database (neither they nor anything they import opens one, and they do not read DATABASE_URL).
 */
export function databaseFreeTestFiles(root: string, files: readonly string[]): string[] {
  return files.filter((file) => {
    const absolute = path.join(root, file);
    const source = fs.readFileSync(absolute, 'utf8');
    if (source.includes(PGLITE_ONLY_MARK)) return true;
    if (/\benv\.DATABASE_URL\b/.test(source)) return false;
    return !reachesDatabase(absolute, new Set());
  });
}

/** Every server test file under src/, relative to `root`, in a stable order. */
export function serverTestFiles(root: string): string[] {
  return (fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join('src', file).split(path.sep).join('/'))
    .sort();
}
