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

/**
 * Slide decks pasted after the minutes come out as short lines separated by runs of blank lines,
 * while the minutes themselves are dense. Cut at the first line from which every gap is blank-separated
 * and the gaps average at least two blank lines, provided the text before it is dense.
 */
export function cutAppendedSlides(lines: Line[]): Line[] {
  const idx: number[] = [];
  const gap: number[] = [];
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text === '') {
      blanks++;
      continue;
    }
    idx.push(i);
    gap.push(blanks);
    blanks = 0;
  }
  const n = idx.length;
  if (n < 2 * MIN_DECK_LINES) return lines;
  // Suffix minima and sums of the gaps inside a tail starting at k (the gap before k itself excluded).
  const sufMin = new Array<number>(n + 1).fill(Infinity);
  const sufSum = new Array<number>(n + 1).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    const inner = k + 1 < n ? gap[k + 1]! : Infinity;
    sufMin[k] = Math.min(sufMin[k + 1]!, inner);
    sufSum[k] = sufSum[k + 1]! + (k + 1 < n ? gap[k + 1]! : 0);
  }
  let headSum = 0;
  let headWords = 0;
  for (let k = 0; k < n - MIN_DECK_LINES; k++) {
    headSum += k > 0 ? gap[k]! : 0;
    headWords += wordCount(lines[idx[k]!]!.text);
    const tailLen = n - k - 1;
    if (k + 1 < MIN_DECK_LINES || tailLen < MIN_DECK_LINES) continue;
    const denseHead = headSum / (k + 1) <= 0.5 && headWords / (k + 1) >= 12;
    if (denseHead && sufMin[k + 1]! >= 1 && sufSum[k + 1]! / (tailLen - 1 || 1) >= 2) {
      return lines.slice(0, idx[k + 1]!);
    }
  }
  return lines;
}
