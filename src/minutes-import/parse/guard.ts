import { MinutesParseError, tooLarge } from '../errors.ts';

/**
 * Upper bound for text handed to the parser, in characters (UTF-16 code units, as a JS string counts them) wherever
 * it is checked; larger inputs are refused before any work.
 */
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;
const MAX_LINES = 200_000;

const FUNCTION_WORDS = new Set([
  'och',
  'att',
  'det',
  'som',
  'en',
  'på',
  'är',
  'för',
  'med',
  'till',
  'av',
  'inte',
  'har',
  'de',
  'den',
  'om',
  'vi',
  'kan',
  'ett',
  'i',
  'från',
  'ska',
  'man',
  'även',
  'samt',
  'finns',
  'vid',
  'efter',
  'när',
]);
/**
 * Words of a meeting or of the product's own genre: a crisis organisation's status page ("Stadens lägesbild 24 juni",
 * "krisledningen") is what a region's archive of crisis-collaboration minutes holds beside the minutes proper.
 */
const MEETING_WORDS =
  /(?<![\p{L}\p{N}])(?:möte|mötet|mötets|möten|sammanträde|närvarande|deltagare|protokoll|(?:minnes|mötes)?anteckning(?:ar|en)?|dagordning|ordförande|justerare|beslutade|beslut|föredragande|information|rapport|övriga frågor|kommun|kommunerna|region|regionen|nätverket|rådet|nämnden|datum|plats|dnr|läges(?:bild|rapport)\p{L}*|krisledning\p{L}*)(?![\p{L}\p{N}])/iu;

function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) count++;
  }
  return count;
}

function swedishShare(text: string): number {
  const sample = text.slice(0, 200_000).toLowerCase();
  let words = 0;
  let hits = 0;
  for (const word of sample.split(/[^\p{L}]+/u)) {
    if (word === '') continue;
    words++;
    if (FUNCTION_WORDS.has(word)) hits++;
  }
  return words === 0 ? 0 : hits / words;
}

/**
 * Only the head of a document ("Protokoll" ⏎ "Kommunstyrelsen" ⏎ "2021-03-03"): a page cut after the title has no
 * function words to count, yet it names its type and its date; it is read (a preview with that little) rather than
 * refused.
 */
const DOCUMENT_TYPE = /(?<![\p{L}])\p{L}*(?:protokoll|minnesanteckningar|mötesanteckningar)(?![\p{L}])/iu;
const A_DATE =
  /(?<![\p{N}])(?:\d{4}-\d\d-\d\d|\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4})(?![\p{N}])/iu;

function isDocumentHead(head: string): boolean {
  return head.length <= 600 && DOCUMENT_TYPE.test(head) && A_DATE.test(head);
}

/**
 * "Datum:", "Tid:", "Plats:", "Deltagare:": the labels of a Swedish minutes head, each opening its line. A short head of
 * names and labels has few function words to count; three such labels say the language as well.
 */
const SWEDISH_HEAD_LABEL =
  /^(?:datum|mötesdatum|tid|plats|lokal|närvarande|deltagare|deltog|mötesledare|ordförande|sekreterare|antecknare|justerare|dagordning)\s*:/gimu;

/** `atLeast`: the count is a lower bound (a file refused by its size in bytes before it is decoded). */
export const textTooLong = (chars: number, atLeast = false) =>
  tooLarge({ amount: chars, limit: MAX_TEXT_CHARS, sv: 'tecken text', en: 'characters of text', atLeast });

/** Refuses input that cannot be minutes: empty, too large, binary, or not Swedish meeting text. */
export function guardText(text: string): void {
  if (text.length > MAX_TEXT_CHARS) throw textTooLong(text.length);
  if (text.trim() === '') throw new MinutesParseError('minutes.empty');
  if (countControlCharacters(text.slice(0, 100_000)) > Math.max(2, Math.min(text.length, 100_000) * 0.01)) {
    throw new MinutesParseError('minutes.binary');
  }
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_LINES) throw tooLarge({ amount: lines, limit: MAX_LINES, sv: 'rader', en: 'lines' });
  const head = text.slice(0, 200_000);
  // Short, table-heavy minutes have few function words; å/ä/ö in meeting words are then evidence enough.
  const swedish =
    swedishShare(head) >= 0.04 ||
    (head.match(/[åäöÅÄÖ]/g)?.length ?? 0) >= 5 ||
    (head.slice(0, 3000).match(SWEDISH_HEAD_LABEL)?.length ?? 0) >= 3;
  if ((!MEETING_WORDS.test(head) || !swedish) && !isDocumentHead(head)) {
    throw new MinutesParseError('minutes.not_minutes');
  }
}
