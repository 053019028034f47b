import { type Line, wordCount } from './lines.ts';

const DOC_TYPE = /^(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|sammanträdesprotokoll|justerat protokoll)$/i;
const PAGE_HEADER = /^(?:datum|dnr|diarienummer|sida)\b/i;
const PAGE_NUMBER = /^(?:sida\s+)?\d{1,3}\s*(?:\(\d{1,3}\)|av\s+\d{1,3}|\/\s*\d{1,3})$/i;

/**
 * Word and PDF exports repeat the page header ("Minnesanteckningar", "Datum: …", "Dnr: …") on every
 * page; the repeats land in the middle of items, so every occurrence after the first is blanked.
 */
export function dropRepeatedPageHeaders(lines: Line[]): void {
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.text === '' || line.cell) continue;
    if (PAGE_NUMBER.test(line.text)) {
      line.text = '';
      continue;
    }
    if (line.text.length > 80 || !(DOC_TYPE.test(line.text) || PAGE_HEADER.test(line.text))) continue;
    const key = line.text.toLowerCase();
    if (seen.has(key)) line.text = '';
    else seen.add(key);
  }
}

const MIN_DECK_LINES = 8;

interface Gaps {
  /** Index in `lines` of each non-blank line. */
  at: number[];
  /** Blank lines before each non-blank line. */
  before: number[];
}

function gapsOf(lines: readonly Line[]): Gaps {
  const gaps: Gaps = { at: [], before: [] };
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text === '') {
      blanks++;
      continue;
    }
    gaps.at.push(i);
    gaps.before.push(blanks);
    blanks = 0;
  }
  return gaps;
}

/** The first lines of a deck are all separated by blank lines. */
function sparseStart(before: readonly number[], t: number): boolean {
  for (let k = t + 1; k <= t + MIN_DECK_LINES && k < before.length; k++) if (before[k] === 0) return false;
  return true;
}

/**
 * Slide decks pasted after the minutes come out as short lines separated by runs of blank lines,
 * while the minutes themselves are dense paragraphs. Cut where a dense head (long lines, hardly any
 * blank lines) is followed, up to the end, by a sparse tail (on average 1.5+ blank lines per gap).
 */
export function cutAppendedSlides(lines: Line[]): Line[] {
  const { at, before } = gapsOf(lines);
  const n = at.length;
  if (n < 2 * MIN_DECK_LINES) return lines;
  // Suffix sums over the gaps inside a tail that starts at t (the gap before t is not inside it).
  const tailSum = new Array<number>(n + 1).fill(0);
  const tailZeros = new Array<number>(n + 1).fill(0);
  for (let t = n - 2; t >= 0; t--) {
    tailSum[t] = tailSum[t + 1]! + before[t + 1]!;
    tailZeros[t] = tailZeros[t + 1]! + (before[t + 1] === 0 ? 1 : 0);
  }
  let headGaps = 0;
  let headWords = 0;
  for (let t = 1; t <= n - MIN_DECK_LINES; t++) {
    headGaps += t > 1 ? before[t - 1]! : 0;
    headWords += wordCount(lines[at[t - 1]!]!.text);
    if (t < MIN_DECK_LINES) continue;
    const inner = n - t - 1;
    const denseHead = headGaps / t <= 0.5 && headWords / t >= 12;
    if (denseHead && tailSum[t]! / inner >= 1.5 && tailZeros[t]! / inner <= 0.25 && sparseStart(before, t)) {
      return lines.slice(0, at[t]!);
    }
  }
  return lines;
}
