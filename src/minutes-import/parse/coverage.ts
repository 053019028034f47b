import { collapseSpaces, type Line } from '../text/lines.ts';
import type { ParsedMinutes } from '../types.ts';

/**
 * "coronarestriktionerInternt": a lower-case letter run into a capitalised word is two words (a web copy that lost a
 * paragraph break, which the reader restores; "PowerPoint" counts as two words on both sides alike).
 */
const GLUED = /(\p{Ll})(?=\p{Lu}\p{Ll})/gu;

/** Words as the nothing-lost check compares them: lower case, letters and digits, Word bookmarks dropped. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\[bookmark:[^\]\n]{0,200}\]/g, ' ')
    .replace(GLUED, '$1 ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/**
 * Label words the parser reads as structure (the value is kept, the label is not), and month names
 * and weekdays of a date that was normalised. A line of only these words says nothing more.
 */
export const STRUCTURE_WORDS = new Set(
  wordsOf(
    'datum tid plats och klockan kl dnr diarienummer närvarande närvaro deltagare beslutande ersättare övriga ' +
      'deltagande ledamöter frånvarande sekreterare ordförande ordf justerare justerande justeras utses att justera ' +
      'vid protokollet anteckningarna sida av beslut information info rapport sign justerandes utdragsbestyrkande ' +
      'verksamhet nuläge utmaning utmaningar medskick ' +
      'januari februari mars april maj juni juli augusti september oktober november december ' +
      'måndag tisdag onsdag torsdag fredag lördag söndag måndagen tisdagen onsdagen torsdagen fredagen den x',
  ),
);

function resultTexts(result: ParsedMinutes, withNotes: boolean): string[] {
  const texts: (string | null)[] = [
    result.title,
    result.body,
    result.location,
    result.diaryNumber,
    result.chair,
    result.secretary,
    result.adjuster,
    ...result.attendees.flatMap((a) => [a.name, a.organization, a.role]),
    ...result.items.flatMap((i) => [
      i.number,
      i.title,
      withNotes ? i.notes : null,
      ...i.presenters,
      ...i.decisions,
      ...i.actions.flatMap((a) => [a.owner, a.task]),
    ]),
    ...result.statusReports.flatMap((r) => [r.organization, r.current, r.challenge, r.input]),
    withNotes ? result.notes : null,
  ];
  // Dates and times are normalised ("kl 9" → "09:00"): their numbers count as kept.
  for (const t of [result.date, result.startTime, result.endTime]) {
    if (t)
      texts.push(
        t
          .split(/[-:]/)
          .map((part) => String(Number(part)))
          .join(' '),
      );
  }
  return texts.filter((t): t is string => t !== null && t !== '');
}

/** Every word the result holds, as a person sees it in the preview. */
export function resultWords(result: ParsedMinutes): Set<string> {
  const out = new Set<string>();
  for (const t of resultTexts(result, true)) for (const w of wordsOf(t)) out.add(w);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whole-word lookup in a large text without tokenising all of it (results of huge files stay cheap). */
function wordFinder(texts: readonly string[]): (word: string) => boolean {
  const haystack = texts.join('\n').normalize('NFC').replace(GLUED, '$1 ').toLowerCase();
  const cache = new Map<string, boolean>();
  return (word) => {
    let found = cache.get(word);
    if (found !== undefined) return found;
    found = false;
    for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
      const before = haystack[at - 1];
      const after = haystack[at + word.length];
      if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) {
        found = true;
        break;
      }
    }
    cache.set(word, found);
    return found;
  };
}

/**
 * The safety net behind "nothing is silently dropped": a line whose words the readers consumed
 * without representing them (an absent member, a role note in a participant list, a per-paragraph
 * Dnr, a repeated header with a different date, an appended slide deck) is added, as written, to the
 * notes of the item it stands in (the first item for text above the items).
 */
export function keepUnrepresented(
  original: readonly Line[],
  read: { lines: readonly Line[]; consumed: Uint8Array; headings: readonly number[] },
  result: ParsedMinutes,
  itemStarts: readonly number[],
): void {
  // Lines the item reader saw went into notes as written; only the others need a look.
  const headings = new Set(read.headings);
  const inNotes = (i: number) =>
    i < read.lines.length && !read.consumed[i] && read.lines[i]!.text !== '' && !headings.has(i);
  let kept: ((word: string) => boolean) | null = null;
  const pending = new Map<number, string[]>();
  for (let i = 0; i < original.length; i++) {
    if (inNotes(i)) continue;
    const text = collapseSpaces(original[i]!.raw);
    if (text === '' || text.length > 20_000) continue;
    kept ??= wordFinder(resultTexts(result, false));
    const known = kept;
    if (!wordsOf(text).some((w) => !STRUCTURE_WORDS.has(w) && !known(w))) continue;
    let k = 0;
    while (k + 1 < itemStarts.length && itemStarts[k + 1]! <= i) k++;
    pending.set(k, [...(pending.get(k) ?? []), text]);
  }
  if (pending.size === 0) return;
  if (result.items.length === 0) {
    // No item: what no reader represented is the document's own notes, not an item invented to hold it.
    const texts = [...pending.values()].flat().join('\n');
    result.notes = result.notes === '' ? texts : `${result.notes}\n\n${texts}`;
    return;
  }
  for (const [k, texts] of pending) {
    const item = result.items[k]!;
    item.notes = item.notes === '' ? texts.join('\n') : `${item.notes}\n\n${texts.join('\n')}`;
  }
}
