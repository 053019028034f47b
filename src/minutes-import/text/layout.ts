import { type Line, wordCount } from './lines.ts';

const DOC_TYPE =
  /^(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|sammanträdesprotokoll|justerat protokoll)$/i;
const PAGE_HEADER = /^(?:datum|dnr|diarienummer|sida)\b/i;
const PAGE_NUMBER = /^(?:sida\s+)?\d{1,3}\s*(?:\(\d{1,3}\)|av\s+\d{1,3}|\/\s*\d{1,3})$/i;
/** "REGION X   Sida 2 (4)": a running header that ends with the page number. */
const TRAILING_PAGE = /\s+sida\s+\d{1,3}\s*(?:\(\d{1,3}\)|av\s+\d{1,3}|\/\s*\d{1,3})$/i;
const DATE_ONLY = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2} \p{Ll}+ \d{4})$/u;
/** Protocol page footers: the adjusters' initials box and the extract certification. */
const SIGNATURE_FOOTER =
  /^(?:(?:justerandes?|justerares) (?:sign(?:atur)?|signaturer)\.?|utdragsbestyrkande|ordförandes sign(?:atur)?\.?)(?: (?:(?:justerandes?|justerares) (?:sign(?:atur)?|signaturer)\.?|utdragsbestyrkande|ordförandes sign(?:atur)?\.?|sekreterarens sign(?:atur)?\.?))*$/i;
/** Letterhead footers: postal address, phone, web … */
const FOOTER_WORDS =
  /^(?:postadress|besöksadress|adress|telefon|tel\.?|växel|e-post|webb|www\.|org\.? ?nr|organisationsnummer)\b/i;

/**
 * Word and PDF exports repeat the page header ("Minnesanteckningar", "Datum: …", "Dnr: …") on every
 * page; the repeats land in the middle of items, so every occurrence after the first is blanked.
 * Page numbers, protocol signature footers and repeated letterhead footers are blanked everywhere.
 */
export function dropRepeatedPageHeaders(lines: Line[]): void {
  const seen = new Set<string>();
  const footerCount = new Map<string, number>();
  for (const line of lines) {
    if (line.text === '' || line.cell) continue;
    if (PAGE_NUMBER.test(line.text) || (line.text.length <= 80 && SIGNATURE_FOOTER.test(line.text))) {
      line.text = '';
      continue;
    }
    if (line.text.length <= 200 && FOOTER_WORDS.test(line.text)) {
      footerCount.set(line.text, (footerCount.get(line.text) ?? 0) + 1);
    }
    const paged = line.text.length <= 120 ? TRAILING_PAGE.exec(line.text) : null;
    if (paged) {
      const key = `page:${line.text.slice(0, paged.index).toLowerCase()}`;
      if (seen.has(key)) line.text = '';
      else seen.add(key);
      continue;
    }
    // The meeting date alone on a line, under the running header of every page ("SOCIALNÄMNDEN PROTOKOLL" ⏎ "2021-03-03").
    if (
      line.text.length > 80 ||
      !(DOC_TYPE.test(line.text) || PAGE_HEADER.test(line.text) || DATE_ONLY.test(line.text))
    )
      continue;
    const key = line.text.toLowerCase();
    if (seen.has(key)) line.text = '';
    else seen.add(key);
  }
  for (const line of lines) if ((footerCount.get(line.text) ?? 0) >= 2) line.text = '';
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
