import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditActionLabels, auditEntityTypeLabels } from './labels.ts';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The argument text of every recordAudit(...) call, by balancing parentheses. */
function auditCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/\brecordAudit\(/g)) {
    let depth = 1;
    let index = match.index + match[0].length;
    const start = index;
    while (depth > 0 && index < source.length) {
      if (source[index] === '(') depth += 1;
      if (source[index] === ')') depth -= 1;
      index += 1;
    }
    calls.push(source.slice(start, index - 1));
  }
  return calls;
}

/** The quoted codes in a property of a call: `action: version === 1 ? 'submit' : 'amend'` gives both. */
function codesOf(call: string, property: string): string[] {
  const line = new RegExp(`\\b${property}:\\s*([^,\\n]+)`).exec(call)?.[1] ?? '';
  return [...line.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
}

// A computed action (updateAction(), describeUpdate(), a meeting transition) is typed AuditAction,
// so the type check holds it to the same list; this scan catches the literal codes.
describe('audit labels', () => {
  it('has a label in both languages for every action and entity type written anywhere in src', async () => {
    const written = { actions: new Set<string>(), entityTypes: new Set<string>() };
    let calls = 0;
    for (const file of await sourceFiles(srcDir)) {
      const source = await readFile(file, 'utf8');
      const found = auditCalls(source).filter((call) => !call.includes('entry: {'));
      calls += found.length;
      for (const call of found) {
        codesOf(call, 'action').forEach((code) => written.actions.add(code));
        codesOf(call, 'entityType').forEach((code) => written.entityTypes.add(code));
      }
    }
    // The scan must see the services, or it proves nothing.
    expect(calls).toBeGreaterThan(30);
    expect(written.actions.size).toBeGreaterThan(15);
    const missingActions = [...written.actions].filter((code) => !Object.hasOwn(auditActionLabels, code));
    const missingTypes = [...written.entityTypes].filter((code) => !Object.hasOwn(auditEntityTypeLabels, code));
    expect(missingActions).toEqual([]);
    expect(missingTypes).toEqual([]);
  });

  it('finds a code without a label', () => {
    const call = auditCalls("recordAudit(trx, { actor, action: 'teleport', entityType: 'spaceship', entityId })")[0]!;
    expect(codesOf(call, 'action')).toEqual(['teleport']);
    expect(Object.hasOwn(auditActionLabels, 'teleport')).toBe(false);
    expect(codesOf(call, 'entityType')).toEqual(['spaceship']);
  });

  it('says every action and entity type in words, in Swedish and English', () => {
    for (const [code, labels] of [...Object.entries(auditActionLabels), ...Object.entries(auditEntityTypeLabels)]) {
      expect(labels.sv.trim(), code).not.toBe('');
      expect(labels.en.trim(), code).not.toBe('');
      expect(labels.sv, code).not.toBe(code);
    }
  });
});
