import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runMinutesParse } from './cli-parse.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MINUTES =
  'Minnesanteckningar\nDatum: 2022-01-10\nTid: kl 9-10\nNärvarande: Anna Berg, Bo Ek\n\n1. Mötets öppnande\nMötet öppnades.\n2. Övriga frågor\n';

function capture() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('runMinutesParse', () => {
  const good = path.join(dir, 'mote.txt');
  const empty = path.join(dir, 'tom.txt');
  writeFileSync(good, MINUTES);
  writeFileSync(empty, '');

  it('prints exactly one pretty JSON object for one file', async () => {
    const out = capture();
    const err = capture();
    expect(await runMinutesParse({ files: [good], stdout: out.stream, stderr: err.stream })).toBe(0);
    const parsed = JSON.parse(out.text());
    expect(parsed).toMatchObject({ date: '2022-01-10', startTime: '09:00', endTime: '10:00' });
    expect(out.text()).toContain('\n  "title"');
    expect(err.text()).toBe('');
  });

  it('writes <out>/<basename>.json and reports bad files with exit code 2', async () => {
    const out = capture();
    const err = capture();
    const outDir = path.join(dir, 'out');
    expect(await runMinutesParse({ files: [good, empty], outDir, stdout: out.stream, stderr: err.stream })).toBe(2);
    expect(JSON.parse(readFileSync(path.join(outDir, 'mote.json'), 'utf8')).items).toHaveLength(2);
    expect(err.text()).toMatch(/tom\.txt: minutes\.empty: Filen är tom/);
    expect(out.text()).toBe('');
  });

  it('reports a missing file', async () => {
    const err = capture();
    expect(
      await runMinutesParse({ files: [path.join(dir, 'saknas.txt')], stdout: capture().stream, stderr: err.stream }),
    ).toBe(2);
    expect(err.text()).toMatch(/minutes\.unreadable.*ENOENT/);
  });
});
