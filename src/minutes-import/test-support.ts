import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedMinutes } from './types.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const samplesDir = path.join(sharedDir, 'samples');
export const goldDir = path.join(sharedDir, 'minutes', 'gold');
export const scorerPath = path.join(sharedDir, 'minutes', 'score.mjs');
const hasShared = existsSync(samplesDir) && existsSync(goldDir);
/** The samples and the scorer are inputs of the tests: without them the tests fail, they never skip. */
export const sharedMissing = `the shared minutes data (samples, gold labels, scorer) is missing at ${sharedDir}: check out ../shared beside the repository`;

export interface Sample {
  name: string;
  text: string;
  gold: ParsedMinutes;
}

export function loadSamples(): Sample[] {
  if (!hasShared) throw new Error(sharedMissing);
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt') && existsSync(path.join(goldDir, f.replace(/\.txt$/, '.json'))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      text: readFileSync(path.join(samplesDir, f), 'utf8'),
      gold: JSON.parse(readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.json')), 'utf8')) as ParsedMinutes,
    }));
}

/** The real-minutes development corpus: `<id>.txt` (text as published), `<id>.json` (gold), manifest.json. */
export const corpusDir = path.join(repoRoot, 'src', 'minutes-import', 'corpus');

export interface CorpusDoc {
  id: string;
  url: string;
  batch: number;
  genre: string;
  text: string;
}

export function loadCorpus(): CorpusDoc[] {
  const manifest = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as Omit<CorpusDoc, 'text'>[];
  return manifest.map((m) => ({ ...m, text: readFileSync(path.join(corpusDir, `${m.id}.txt`), 'utf8') }));
}

/** The fields that must survive a change of file format. */
export function mainFields(m: ParsedMinutes) {
  return {
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    diaryNumber: m.diaryNumber,
    chair: m.chair,
    titles: m.items.map((i) => i.title),
    decisions: m.items.flatMap((i) => i.decisions),
  };
}

export function timeIt(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
