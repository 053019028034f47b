import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../platform/db.ts';
import { MinutesParseError, type MinutesErrorCode } from './errors.ts';
import { parseMinutesText } from './parse/index.ts';
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

/** A protocol cut after its first page (an invented certificate of posting): no item, only the document's notes. */
export const CUT_PROTOCOL = [
  'Protokoll',
  'Miljönämnden',
  '2022-06-15',
  '',
  'ANSLAG/BEVIS',
  'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
  'Paragrafer: §§ 61–74',
  'Datum då anslaget sätts upp: 2022-06-20',
  'Förvaringsplats för protokollet: Kommunhuset, Storgatan 4',
  '',
].join('\n');

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

/**
 * Parses a corpus document as the importer would. A text the guard refuses gets a clear refusal, not a silent loss;
 * it scores as an empty result (the shared scorer reads `null` as an empty prediction).
 */
export function parseCorpusText(text: string): { parsed: ParsedMinutes | null; refused: MinutesErrorCode | null } {
  try {
    return { parsed: parseMinutesText(text), refused: null };
  } catch (error) {
    if (error instanceof MinutesParseError) return { parsed: null, refused: error.code };
    throw error;
  }
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

export interface ScoreReport {
  report: string;
  overall: number;
  /** Field means as the scorer prints them ("-" = not applicable is left out). */
  fields: [string, number][];
}

/** Scores parse results against gold files with the shared scorer (both copied to temporary folders). */
export function scoreDocuments(docs: readonly { name: string; parsed: unknown; goldFile: string }[], details = true) {
  const pred = mkdtempSync(path.join(tmpdir(), 'minutes-pred-'));
  const gold = mkdtempSync(path.join(tmpdir(), 'minutes-gold-'));
  try {
    for (const doc of docs) {
      writeFileSync(path.join(pred, `${doc.name}.json`), JSON.stringify(doc.parsed));
      writeFileSync(path.join(gold, `${doc.name}.json`), readFileSync(doc.goldFile));
    }
    const report = execFileSync(process.execPath, [scorerPath, pred, gold, ...(details ? ['--details'] : [])], {
      encoding: 'utf8',
    });
    const means = /^field means: (.*)$/m.exec(report)?.[1] ?? '';
    const fields = [...means.matchAll(/(\w+)=(\S+)/g)]
      .filter(([, , value]) => value !== '-')
      .map(([, field, value]) => [field!, Number(value)] as [string, number]);
    return { report, overall: Number(/^overall (\S+)/m.exec(report)?.[1]), fields } satisfies ScoreReport;
  } finally {
    rmSync(pred, { recursive: true, force: true });
    rmSync(gold, { recursive: true, force: true });
  }
}

/** The rows an import writes, to show that a refused file wrote none of them. */
export async function countImportRows(db: Db) {
  const count = async (table: 'meetings' | 'attachments' | 'decisions' | 'agendaItems' | 'actions') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    meetings: await count('meetings'),
    attachments: await count('attachments'),
    decisions: await count('decisions'),
    items: await count('agendaItems'),
    actions: await count('actions'),
  };
}
