import { findDate, findTimeRange, hasFullTextDate } from '../text/dates.ts';
import { type Line, nextNonBlank, prevNonBlank, stripMarkdown, wordCount } from '../text/lines.ts';
import { findNameRuns, isPersonName } from '../text/names.ts';
import { firstSentence, splitSentences } from '../text/sentences.ts';
import { OWNER_SENTENCE } from './actions.ts';
import { matchLabel } from './labels.ts';

export interface ItemStart {
  index: number;
  number: string | null;
  /** Heading text as written, or the paragraph text for numbered paragraphs. */
  heading: string;
  /** First line of the item's body. */
  bodyFrom: number;
  /** A "§ N" paragraph heading, possibly with the paragraph text flattened onto the same line. */
  paragraphMark?: boolean;
  /** "1. …", "Punkt 3 …": a numbered heading whose line may run on into the point's text. */
  digitMark?: boolean;
  /** A web agenda line ("16 BORDLAGT ÄRENDE. Kvalitetsgarantier …"): the whole line is the title. */
  agendaLine?: boolean;
  /** A repeated marker heading ("Direktionens beslut") standing above the item's first paragraph. */
  marker?: string;
  /** "Digitala vårdmöten: Vårdcentralerna erbjuder …": the heading run into its paragraph; the line is the text. */
  runIn?: string;
}

/**
 * "§ 12", "KS § 12", "SN §12:" (a body's abbreviation before the sign), "§ 8 b)." (a sub-paragraph of § 8), "1.", "1)",
 * "A.", "A/".
 */
const NUMBERED =
  /^(?:[•·*–-] ?)?(?:(?:\p{Lu}[\p{Lu}\p{Ll}-]{0,7} ?)?(§) ?(\d{1,4}(?:[a-z]| [a-z](?=\)))?)\)?(?:\/\d{2,4})?[.:]?|(\d{1,3}[a-z]?)[.)]|([A-ZÅÄÖ])[.)/])(?: +(.*))?$/u;
/** Web agendas number without a dot ("12 Yttrande …", "9 a Månadsrapport", "4 ½ Stadsdelsförnyelse"). */
const BARE_NUMBERED = /^(\d{1,3}(?: [a-zA-Z½](?=\)? \p{Lu}))?)\)? (\p{Lu}.*|[”"].*)$/u;
/**
 * "a) Mötets öppnande" ⏎ … ⏎ "b) Fastställande av dagordning": points lettered in lower case, each a heading (no colon or
 * sentence end: "a) Ambulansen: …" under a heading is that heading's text). Such a chain needs three points from "a" and
 * is read only when no other numbering is found (a list inside a numbered point stays in the point).
 */
const DASH_NUMBERED = /^(\d{1,3}) [–-] (\p{Lu}.*)$/u;
const LOWER_LETTERED = /^([a-z])[.)] (\p{Lu}[^:.!?]{1,120})$/u;
/** "15 a) Anmälan av …" ⏎ "b) Anmälan av …": lettered sub-items of a web agenda's number. */
const SUB_LETTER = /^([b-z])\) (\p{Lu}.*)$/u;

interface Candidate {
  index: number;
  marker: 'para' | 'digit' | 'letter' | 'bare' | 'lower';
  label: string;
  value: number;
  text: string;
  sub: boolean;
}

function bareCandidate(lines: readonly Line[], i: number): Candidate | null {
  const m = BARE_NUMBERED.exec(lines[i]!.text);
  if (!m) return null;
  return { index: i, marker: 'bare', label: m[1]!, value: parseInt(m[1]!, 10), text: m[2]!, sub: false };
}

/** "Punkt 1 – Inledning", "Ärende 3: Budget": the number introduced by a word. */
const WORD_NUMBERED =
  /^(?:[•·*–-] ?)?(?:[Pp]unkt|[Ää]rende|[Dd]agordningspunkt) (\d{1,3}[a-z]?)(?:\s*[.:–-]?\s+(\p{Lu}.*)|[.:]?)$/u;
/** "Val av justerare            § 12": the paragraph sign and number at the right end of the title line. */
const RIGHT_PARAGRAPH_SIGN = /^(\p{Lu}[^\s§]*(?: [^\s§]+){1,20}?)\s+§ ?(\d{1,4})$/u;

/** The heading of a protocol paragraph's list of documents: what follows is not the agenda. */
const ATTACHMENT_HEADING = /^(?:beslutsunderlag|underlag|bilagor|bilaga|handlingar i ärendet)$/i;
/**
 * "Äldre- och omsorgsnämndens förslag till beslut" ⏎ "1. … fastställs." ⏎ "2. …": the numbered clauses of a paragraph's
 * proposal, not the agenda.
 */
const PROPOSAL_HEADING = /^(?:[\p{L}-]+ ){0,4}förslag till beslut$/iu;

const TRAILING_PARAGRAPH_SIGN = /^(\d{1,4}) ?§\.?(?: +(\p{Lu}.*))?$/u;

function numberedCandidate(lines: readonly Line[], i: number): Candidate | null {
  // "1.Mötets öppnande": a typed agenda that left out the space after the number.
  const text = lines[i]!.text.replace(/^(\d{1,3})\.(?=\p{Lu}\p{Ll})/u, '$1. ');
  if (text.length > 5000) return null;
  const worded = WORD_NUMBERED.exec(text);
  if (worded) {
    const value = parseInt(worded[1]!, 10);
    return { index: i, marker: 'digit', label: worded[1]!, value, text: worded[2] ?? '', sub: false };
  }
  const right = RIGHT_PARAGRAPH_SIGN.exec(text);
  // Two words or more with lower case: not a body's abbreviation before the sign ("BUN § 12", "KS AU § 3").
  if (right && /\p{Ll}/u.test(right[1]!)) {
    const value = parseInt(right[2]!, 10);
    return { index: i, marker: 'para', label: right[2]!, value, text: right[1]!, sub: false };
  }
  // "1 §" ⏎ "Mötets öppnande": the paragraph sign after its number.
  const trailing = TRAILING_PARAGRAPH_SIGN.exec(text);
  if (trailing) {
    const value = parseInt(trailing[1]!, 10);
    return { index: i, marker: 'para', label: trailing[1]!, value, text: trailing[2] ?? '', sub: false };
  }
  const m = NUMBERED.exec(text);
  // "1 – Mötets öppnande", "2 - Ekonomi": a Word list numbered with a dash after the number.
  const dashed = m ? null : DASH_NUMBERED.exec(text);
  if (dashed) {
    const value = parseInt(dashed[1]!, 10);
    return { index: i, marker: 'digit', label: dashed[1]!, value, text: dashed[2]!, sub: false };
  }
  const lower = m ? null : LOWER_LETTERED.exec(text);
  if (lower && wordCount(lower[2]!) <= 12) {
    const value = lower[1]!.charCodeAt(0) - 96;
    return { index: i, marker: 'lower', label: lower[1]!, value, text: lower[2]!, sub: false };
  }
  if (!m) return bareCandidate(lines, i);
  const rest = m[5] ?? '';
  const marker = m[1] ? 'para' : m[3] ? 'digit' : 'letter';
  // OCR reads a capital O as a zero ("6. 0vriga frågor"); "10." alone on its line has its title on the next.
  if (marker !== 'para' && !/^(?:[\p{Lu}*"”]|0\p{Ll})/u.test(rest) && !(rest === '' && titleBelow(lines, i)))
    return null;
  const label = m[2] ?? m[3] ?? m[4]!;
  const value = marker === 'letter' ? label.charCodeAt(0) - 64 : parseInt(label, 10);
  const prev = prevNonBlank(lines, i - 1);
  // A list introduced by a colon is part of the paragraph above, unless the colon introduces the agenda;
  // so is the numbered list of documents under a protocol's "Beslutsunderlag"/"Bilagor" heading.
  const sub =
    value === 1 &&
    prev >= 0 &&
    ((lines[prev]!.text.endsWith(':') &&
      !/^(?:dagordning|föredragningslista|agenda|ärenden|ärendelista)\b/i.test(lines[prev]!.text) &&
      !AGENDA_INTRODUCED.test(lines[prev]!.text)) ||
      ATTACHMENT_HEADING.test(bare(lines[prev]!.text)) ||
      PROPOSAL_HEADING.test(bare(lines[prev]!.text)));
  return { index: i, marker, label, value, text: rest, sub };
}

/** "… hälsade välkommen och följande ärenden behandlades:": a sentence ending in the colon that introduces the agenda. */
const AGENDA_INTRODUCED = /\bföljande (?:ärenden|punkter|frågor) (?:behandlades|avhandlades|togs upp|diskuterades):$/i;

/** The line under a bare "10." is a title: capitalised, short, not a sentence, not another number. */
function titleBelow(lines: readonly Line[], i: number): boolean {
  const next = lines[nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3))];
  return (
    next !== undefined &&
    !next.cell &&
    /^\p{Lu}/u.test(next.text) &&
    wordCount(next.text) <= 12 &&
    !/[.,;]$/.test(next.text) &&
    !NUMBERED.test(next.text)
  );
}

function continues(chain: readonly Candidate[], c: Candidate): boolean {
  const last = chain[chain.length - 1]!;
  if (last.marker !== c.marker) return false;
  const step = c.value - last.value;
  // Sub-numbers ("9 a", "23 A", "4 ½") share the number of the item before or after them.
  const sub = (label: string) => /[a-zA-Z½]$/.test(label);
  if (step === 0) return sub(c.label) || sub(last.label);
  // Published agendas skip the items that are not public ("2, 3, 4, 6, 7 … 11, 15").
  return step >= 1 && step <= (c.marker === 'bare' ? 4 : 2);
}

function chainScore(chain: readonly Candidate[]): number {
  const span = chain[chain.length - 1]!.index - chain[0]!.index;
  // "§ N" chains win, but one lone "§ 1" (a web agenda followed by the start of its protocol) does not
  // outweigh a numbered agenda.
  const weight = chain[0]!.marker === 'para' && chain.length >= 2 ? 1e9 : chain[0]!.marker === 'lower' ? -1e12 : 0;
  return weight + chain.length * 1e6 + span;
}

const BULLETED_PARAGRAPH = /^[•·▪◦]\s*§\s?\d{1,4}$/u;

/** The numbered agenda: the longest run of consecutive numbers, ignoring lists introduced by a colon. */
export function findNumberedStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const chains: Candidate[][] = [];
  // Chains by marker and last number, so each candidate finds the chain it continues in O(1).
  const byEnd = new Map<string, Candidate[]>();
  const findOpen = (c: Candidate): Candidate[] | undefined => {
    for (const back of [0, 1, 2, 3, 4]) {
      const chain = byEnd.get(`${c.marker}:${c.value - back}`);
      if (chain && continues(chain, c)) return chain;
    }
    return undefined;
  };
  // "• § 92" … "• § 117" ⏎ "• § 118": a web page publishes only some of a protocol's paragraphs, so its bulleted
  // "§ N" lines go on in one chain over any gap upwards.
  let bulleted: Candidate[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.cell || lines[i]!.text === '') continue;
    const c = numberedCandidate(lines, i);
    if (!c) continue;
    const webParagraph = c.marker === 'para' && BULLETED_PARAGRAPH.test(lines[i]!.text);
    let chain = c.sub ? undefined : findOpen(c);
    if (!chain && webParagraph && bulleted && c.value > bulleted[bulleted.length - 1]!.value) chain = bulleted;
    if (chain) chain.push(c);
    else chains.push((chain = [c]));
    byEnd.set(`${c.marker}:${c.value}`, chain);
    if (webParagraph) bulleted = chain;
  }
  // A web agenda needs three numbers, or two from "1" on lines of their own (a short meeting's page).
  const shortAgenda = (ch: readonly Candidate[]) =>
    ch.length === 2 && ch[0]!.value === 1 && ch.every((c) => lines[c.index - 1]?.text === '');
  const usable = chains.filter((ch) =>
    ch[0]!.marker === 'lower'
      ? ch[0]!.value === 1 && ch.length >= 3
      : !ch[0]!.sub && (ch.length >= (ch[0]!.marker === 'bare' ? 3 : 2) || ch[0]!.marker === 'para' || shortAgenda(ch)),
  );
  if (usable.length === 0) return [];
  const best = paragraphOverList(
    usable,
    lettersBefore(
      usable,
      usable.reduce((a, b) => (chainScore(b) > chainScore(a) ? b : a)),
    ),
  );
  const starts =
    leftColumnTitles(lines, best, consumed) ??
    withSubLetters(lines, withDecimalSubs(lines, best, consumed), consumed).map((c, k, all) =>
      headingFromCandidate(lines, c, all[k - 1]),
    );
  return [
    ...agendaAbovePublished(lines, usable, best, starts),
    ...starts,
    ...closingAfter(lines, best[best.length - 1]!.index, consumed),
  ];
}

const titleKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 30);

/**
 * A meeting's web page with its whole agenda ("1 Förslag till justerare" … "14 Extra resurs …") above the few paragraphs
 * published in full ("§1 Information från tillsynsbesök" ⏎ text): the agenda points are items too. A point with its
 * paragraph below is that paragraph; the others are items of their own, their lines above the paragraphs. Only when
 * the agenda numbers at least twice as many points from 1 and each paragraph's title is one of its points.
 */
function agendaAbovePublished(
  lines: readonly Line[],
  chains: readonly Candidate[][],
  best: readonly Candidate[],
  paragraphs: readonly ItemStart[],
): ItemStart[] {
  if (best[0]!.marker !== 'para') return [];
  const agenda = chains.find(
    (ch) =>
      ch[0]!.marker !== 'para' &&
      ch[0]!.value === 1 &&
      ch.length >= 5 &&
      ch.length >= best.length * 2 &&
      ch[ch.length - 1]!.index < best[0]!.index,
  );
  if (!agenda) return [];
  const keys = agenda.map((c) => titleKey(c.text));
  const published = paragraphs.map((p) => keys.findIndex((k) => k !== '' && k === titleKey(p.heading)));
  if (published.some((k) => k < 0)) return [];
  return agenda.filter((_, k) => !published.includes(k)).map((c) => headingFromCandidate(lines, c));
}

/**
 * "ON § 26 ON/2012:15" ⏎ "Information om …" ⏎ … ⏎ "1. Personal" ⏎ "2. Ekonomiskt bistånd": a protocol extract of one
 * paragraph whose text holds a numbered list; the list is the paragraph's, the paragraph the one item. ("§ 1 Mötets
 * öppnande" ⏎ "2. Val av justerare" is an agenda that changed its marks: the list goes on from the paragraph's number.)
 */
function paragraphOverList(chains: readonly Candidate[][], best: Candidate[]): Candidate[] {
  if (best[0]!.marker === 'para') return best;
  const paragraphs = chains.filter((ch) => ch[0]!.marker === 'para');
  const lone = paragraphs.length === 1 && paragraphs[0]!.length === 1 ? paragraphs[0]![0]! : null;
  return lone && lone.index < best[0]!.index && lone.value > best[0]!.value ? [lone] : best;
}

/**
 * "A. Inledning" ⏎ "B. Fastställande av föredragningslista" ⏎ "01. Säkerhet …": opening points lettered from
 * "A" and then the numbered agenda; the letters come first in the items.
 */
function lettersBefore(chains: readonly Candidate[][], best: Candidate[]): Candidate[] {
  const first = (ch: readonly Candidate[]) => ch[0]!.index;
  const last = (ch: readonly Candidate[]) => ch[ch.length - 1]!.index;
  if (best[0]!.marker === 'letter' && best[0]!.label === 'A') {
    const digits = chains.find((ch) => ch[0]!.marker === 'digit' && ch[0]!.value <= 1 && first(ch) > last(best));
    return digits ? [...best, ...digits] : best;
  }
  if (best[0]!.marker !== 'digit' || best[0]!.value > 1) return best;
  const letters = chains.filter((ch) => ch[0]!.marker === 'letter' && ch[0]!.label === 'A' && last(ch) < first(best));
  return letters.length > 0 ? [...letters[letters.length - 1]!, ...best] : best;
}

/** A title in a PDF's left column: short, capitalised, no sentence end, no digits (a page mark, a date). */
const COLUMN_TITLE = /^\p{Lu}[^\d.!?:;]*$/u;

/**
 * "Mötets öppnande" ⏎ "Val av justerare" ⏎ "§1" ⏎ "Ordföranden hälsar …" ⏎ "§2" ⏎ "Till justerare …": a PDF printed
 * the § titles in a left column, which came out as a block above the first bare "§ N" whose paragraphs start with
 * running text. With as many titles as paragraphs (a one-word line being the previous title's wrapped end), each
 * paragraph takes its title in order; otherwise null and the paragraphs keep their first sentence.
 */
function leftColumnTitles(
  lines: readonly Line[],
  chain: readonly Candidate[],
  consumed: Uint8Array,
): ItemStart[] | null {
  if (chain[0]!.marker !== 'para' || chain.length < 2 || chain.some((c) => c.text !== '')) return null;
  // A sentence (or one wrapped onto a lower-case line) follows each "§ N", not a title of its own.
  const opensProse = chain.every((c) => {
    const at = nextNonBlank(lines, c.index + 1, Math.min(lines.length, c.index + 3));
    const text = lines[at]?.text ?? '';
    const wrapped = /^\p{Ll}/u.test(lines[at + 1]?.text ?? '') || ENDS_WITH_FUNCTION_WORD.test(text);
    return at >= 0 && !NUMBERED.test(text) && (/[.!?]$/.test(text) || wrapped || wordCount(text) > 8);
  });
  if (!opensProse) return null;
  const block: number[] = [];
  for (let i = chain[0]!.index - 1; i >= 0 && block.length <= chain.length * 2; i--) {
    const line = lines[i]!;
    if (line.text === '') continue;
    // A name ends the block too: the attendance list above it once the page header between them is blanked.
    const name = isPersonName(line.text.replace(/ \([^()]{1,12}\)$/, ''));
    if (consumed[i] || line.cell || !COLUMN_TITLE.test(line.text) || wordCount(line.text) > 8 || name) break;
    block.unshift(i);
  }
  const titles = block.map((i) => lines[i]!.text);
  for (let k = titles.length - 1; k > 0 && titles.length > chain.length; k--) {
    if (wordCount(titles[k]!) === 1) titles.splice(k - 1, 2, `${titles[k - 1]!} ${titles[k]!}`);
  }
  if (titles.length !== chain.length) return null;
  for (const i of block) consumed[i] = 1;
  return chain.map((c, k) => ({ index: c.index, number: c.label, heading: titles[k]!, bodyFrom: c.index + 1 }));
}

const CLOSING = /^(?:mötets avslutande|mötet avslutas|avslutning|mötets avslutning)$/i;

/** "Mötets avslutande" left unnumbered after the last numbered item is an item of its own. */
function closingAfter(lines: readonly Line[], last: number, consumed: Uint8Array): ItemStart[] {
  for (let i = last + 1; i < lines.length; i++) {
    if (consumed[i] || lines[i - 1]!.text !== '' || !CLOSING.test(bare(lines[i]!.text))) continue;
    return [{ index: i, number: null, heading: lines[i]!.text, bodyFrom: i + 1 }];
  }
  return [];
}

/** After an "N a)" item, "b)", "c)" … lines in alphabetical order are the items "N b", "N c" …. */
/** "1.1 Mötets öppnande", "2.3. Rapport från …", "1.1.2 Justerare": a decimal sub-number and a short title. */
const DECIMAL_SUB = /^(\d{1,3})((?:\.\d{1,2}){1,3})\.? +(\p{Lu}.*)$/u;

/**
 * "1. Inledning" ⏎ "1.1 Mötets öppnande" ⏎ "1.2 Uppföljning av uppdrag" ⏎ "2. Samverkan vid utskrivning": a point's
 * decimal sub-points are items of their own, in order after it. Only under a numbered point ("1." or "1)") and only
 * sub-numbers of that point's number, each a short title (at most 12 words), not a sentence running on. (c07's labels
 * leave its indented sub-points "2.1 Ordförande" out of the items, c199's take its "1.1. Val av mötesfunktionärer" in;
 * the indentation does not survive a web page's paragraphs, so both are read as items.)
 */
function withDecimalSubs(lines: readonly Line[], chain: readonly Candidate[], consumed: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  chain.forEach((c, k) => {
    out.push(c);
    if (c.marker !== 'digit') return;
    const end = chain[k + 1]?.index ?? lines.length;
    for (let i = c.index + 1; i < end; i++) {
      const m = consumed[i] || lines[i]!.cell ? null : DECIMAL_SUB.exec(lines[i]!.text);
      if (!m || m[1] !== c.label || wordCount(m[3]!) > 12) continue;
      out.push({ index: i, marker: 'digit', label: `${m[1]}${m[2]}`, value: c.value, text: m[3]!, sub: false });
    }
  });
  return out;
}

function withSubLetters(lines: readonly Line[], chain: readonly Candidate[], consumed: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  chain.forEach((c, k) => {
    out.push(c);
    const lettered = /^(\d{1,3}) a$/.exec(c.label);
    if (c.marker !== 'bare' || !lettered) return;
    const end = chain[k + 1]?.index ?? lines.length;
    let expected = 'b';
    for (let i = c.index + 1; i < end; i++) {
      const m = consumed[i] ? null : SUB_LETTER.exec(lines[i]!.text);
      if (!m || m[1] !== expected) continue;
      out.push({ index: i, marker: 'bare', label: `${lettered[1]} ${m[1]}`, value: c.value, text: m[2]!, sub: false });
      expected = String.fromCharCode(expected.charCodeAt(0) + 1);
    }
  });
  return out;
}

/**
 * "§ 12 Dnr KS 2020/123" (⏎ "Val av justerare"), "§ 15 Dnr VON 2021/45 Ekonomisk uppföljning": a protocol prints the
 * paragraph's diary number between the number and the title. The number is an optional letter prefix ("KS", "SN")
 * and a token with a digit.
 */
const LEADING_DNR =
  /^(?:Dnr|Diarienr|Diarienummer)\.?:?\s*(?:\p{Lu}{1,8}[\s.-]?)?[\p{L}\d.:/-]*\d[\p{L}\d.:/-]*,?(?:\s+|$)/u;
/** "§ 12 Val av justerare Dnr KS 2020/123": the diary number after the title. */
const TRAILING_DNR = /\s+(?:Dnr|Diarienr|Diarienummer)\.?:?\s*(?:\p{Lu}{1,8}[\s.-]?)?[\p{L}\d.:/-]*\d[\p{L}\d.:/-]*$/u;

/** "ON/2012:15 - 700", "Bu 2012/0015  600", "KS 2020/123": a diary number printed without its label (and an archive code). */
const BARE_DNR = /^(?:\p{Lu}[\p{Lu}\p{Ll}]{0,7}[ /]?)?(?:19|20)\d{2}[:/.-]\d{1,6}(?:\s*[-–]?\s*\d{1,4})?$/u;

/**
 * "§ 11 Förhandlingar 2018/88 7", "§ 17 Omorganisation 2018/195 15 - 17": a protocol's table of contents prints each
 * paragraph's bare diary number and its pages after the title.
 */
const TRAILING_DNR_PAGES = /\s+(?:\p{Lu}{1,8} ?)?(?:19|20)\d{2}\/\d{1,6}\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?$/u;

function withoutDnr(text: string): string {
  if (BARE_DNR.test(text.trim())) return '';
  const lead = LEADING_DNR.exec(text);
  const rest = lead ? text.slice(lead[0].length) : text;
  return rest.replace(TRAILING_DNR, '').replace(TRAILING_DNR_PAGES, '');
}

/** A line of a page's running header: a date, a page number ("2 (11)", "Sida 2 av 9"), the document type in capitals. */
const PAGE_HEADER_LINE =
  /^(?:\d{4}-\d{2}-\d{2}|\d{1,3} ?\(\d{1,3}\)|[Ss]ida \d{1,3}(?: ?(?:av|\/) ?\d{1,3}|\(\d{1,3}\))?|\p{Lu}*(?:PROTOKOLL|ANTECKNINGAR))$/u;

function headingFromCandidate(lines: readonly Line[], c: Candidate, previous?: Candidate): ItemStart {
  if (c.marker === 'para' && c.text !== '') {
    const text = withoutDnr(c.text);
    if (text === '' || /^\p{Lu}/u.test(text)) c = { ...c, text };
  }
  if (c.text !== '')
    return {
      index: c.index,
      number: c.label,
      heading: c.text,
      bodyFrom: c.index + 1,
      paragraphMark: c.marker === 'para',
      digitMark: c.marker === 'digit',
      agendaLine: c.marker === 'bare' && c.text.length <= 250,
    };
  // A page break between "§ 14" and its title leaves the blanked page header and footer between them.
  let next = nextNonBlank(lines, c.index + 1, Math.min(lines.length, c.index + 12));
  if (next < 0) return { index: c.index, number: c.label, heading: '', bodyFrom: c.index + 1 };
  // "§ 37" ⏎ "2015-05-19" ⏎ "2 (11)" ⏎ "FÖRSLAGSPROTOKOLL" ⏎ "Val av justerare": the page's running header (the
  // meeting day, the page number, the document type) printed between the number and its title.
  for (let k = 0; k < 4 && next >= 0 && PAGE_HEADER_LINE.test(lines[next]!.text); k++)
    next = nextNonBlank(lines, next + 1, Math.min(lines.length, next + 4));
  if (next < 0) return { index: c.index, number: c.label, heading: '', bodyFrom: c.index + 1 };
  // "§3" ⏎ "§4" ⏎ "Heading": a PDF column put the paragraph's text above its number; the line just
  // above (not the previous paragraph's own heading) stands in for the missing heading.
  if (NUMBERED.test(lines[next]!.text) && !BARE_NUMBERED.test(lines[next]!.text)) {
    // "• § 117" ⏎ "• § 118": a web page's bullet holds its paragraph; the text above is the previous bullet's.
    if (BULLETED_PARAGRAPH.test(lines[c.index]!.text))
      return { index: c.index, number: c.label, heading: '', bodyFrom: c.index + 1 };
    const above = prevNonBlank(lines, c.index - 1);
    const previousHeading = previous ? nextNonBlank(lines, previous.index + 1, c.index) : -1;
    const heading = above > (previous?.index ?? -1) && above !== previousHeading ? lines[above]!.text : '';
    return { index: c.index, number: c.label, heading, bodyFrom: c.index + 1 };
  }
  // "§ 12" ⏎ "Dnr KS 2020/123" ⏎ "Val av justerare": the title stands under the diary number.
  if (c.marker === 'para' && withoutDnr(lines[next]!.text) === '') {
    const title = nextNonBlank(lines, next + 1, Math.min(lines.length, next + 4));
    if (title >= 0 && !NUMBERED.test(lines[title]!.text))
      return { index: c.index, number: c.label, heading: lines[title]!.text, bodyFrom: title + 1 };
  }
  return { index: c.index, number: c.label, heading: lines[next]!.text, bodyFrom: next + 1 };
}

const KNOWN_SECTION =
  /^(?:rapport|rapporter|summering|sammanfattning|övriga frågor|övrigt|information|informationsärenden|beslutsärenden|nästa möte|mötets öppnande|mötets avslutande|avslutning|uppföljning|dagordning|lägesbild|aktuellt läge|inledning|diskussion)$/i;
const DOCUMENT_TYPE =
  /^(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|sammanträdesprotokoll|dagordning)$/i;
const TRAILING_PAREN = /^([^()]{3,200})\(([^()]{3,150})\):?$/;
const ENDS_WITH_FUNCTION_WORD = / (?:av|och|att|för|till|om|i|på|med|som|de|en|ett|den|det|är|har|samt|eller)$/i;

function bare(text: string): string {
  return stripMarkdown(text).replace(/:$/, '').trim();
}

function isKnownSection(text: string): boolean {
  const b = bare(text);
  return KNOWN_SECTION.test(b) || (/övriga frågor$/i.test(b) && wordCount(b) <= 5);
}

export function presenterParen(text: string): string[] {
  const m = TRAILING_PAREN.exec(bare(text));
  return m && !/[.!]$/.test(m[1]!.trim()) ? findNameRuns(m[2]!) : [];
}

function isProse(line: Line | undefined): boolean {
  return (
    line !== undefined &&
    line.text !== '' &&
    !line.cell &&
    wordCount(line.text) >= 6 &&
    !/^\p{Ll}/u.test(line.text) &&
    // A letter-spaced page header ("S I D AN 1 AV 2") has words but no text.
    (line.text.match(/\p{L}{3,}/gu)?.length ?? 0) >= 3
  );
}

/** Running text rather than another heading: it ends a sentence or is too long for a title. */
function isSentenceProse(line: Line | undefined): boolean {
  return isProse(line) && (/[.!?:;,]["”)]?$/.test(line!.text) || wordCount(line!.text) >= 14);
}

/** Standard sub-headings inside a protocol paragraph, not agenda items of their own. */
const SUBSECTION =
  /^(?:ärendebeskrivning|ärendet|bakgrund|beslutsunderlag|handlingar|yrkanden?|propositionsordning|förslag till beslut|beskrivning av ärendet|bilagor|reservation|protokollsanteckning|sammanfattning av ärendet)$/i;

/**
 * A protocol's sub-heading or distribution heading ("Beslutsunderlag", "Beslutet skickas till"): a paragraph of its
 * own, so what stands under it is not read as the end of the sentence above.
 */
export function isSubsectionHeading(text: string): boolean {
  const b = bare(text);
  return (
    SUBSECTION.test(b) ||
    /^(?:beslut|beslutet skickas till|expedieras(?: till)?|protokollsutdrag(?: till)?|sändlista|kopia till)$/i.test(b)
  );
}

/** "Bakgrund" over a paragraph of running text, in minutes that use it once. */
function subsectionAsHeading(lines: readonly Line[], i: number): boolean {
  const word = bare(lines[i]!.text).toLowerCase();
  // "Ärendebeskrivning", "Beslutsunderlag" … belong to protocols only.
  if (word !== 'bakgrund') return false;
  const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
  if (next < 0 || !isSentenceProse(lines[next])) return false;
  return lines.filter((l) => bare(l.text).toLowerCase() === word).length === 1;
}

/** "Föredragande: Name, Organisation" (a presenter line under a heading). */
export const PRESENTER_LINE = /^(?:föredragande|föredragare|presentatör|presenteras av|moderator)\s*:\s*(.+)$/i;

/** "Ställningstagande:" (the forum's position on a point), alone or with its value: a part of the point, no heading. */
const POSITION_LINE = /^(?:\*\*)?(?:ställningstagande|ställningstaganden)(?:\*\*)?\s*:/i;

/** A web page's byline, photo credit or page button ("Foto: …", "Skribent: …", "Lyssna") is furniture, not a heading. */
const BYLINE =
  /^(?:(?:foto|fotograf|bild|skribent|text|publicerad|uppdaterad|senast uppdaterad|författare)\s*:|(?:lyssna|läs upp|dela|skriv ut|publicerad|uppdaterad)$)/i;

/**
 * A news page's boxes around the report ("För dig som vill veta mer" over a link to the protocol, "Mer information" over
 * contact lines, a "Fakta" box about the forum, the site's "User information" survey): no point of the meeting.
 */
const PAGE_BOX = /^(?:för dig som vill veta mer|mer information|fakta|user information)$/i;

const INTRODUCING_VERB =
  /(?<![\p{L}])(?:blir|blev|är|var|har|hade|skriver|skrev|säger|sade|lyder|löd|gäller|följer|framgår|anförde|anför)(?![\p{L}])/iu;

function isGenericHeading(lines: readonly Line[], i: number, consumed: Uint8Array): boolean {
  const text = lines[i]!.text;
  // Up to ten words; longer titles (a board's published decisions) only before a sentence of prose.
  const long = wordCount(text) > 10 || text.length > 90;
  // A heading may end in an abbreviation ("… vaccinationsprogram m.m."); other final punctuation ends prose.
  // "Förtydligande av punkt 7 nedan!" is a news lead, not a heading.
  const closed = /[.,;!]$/.test(text) && !/(?<![\p{L}])(?:m\.m|m\.fl|etc|o\.s\.v)\.$/u.test(text);
  if (wordCount(text) > 16 || text.length > 140 || !/^[\p{Lu}*]/u.test(text) || closed) return false;
  // Inside a protocol's paragraphs "Bakgrund" or "Beslut" are sub-headings; in notes without numbered paragraphs
  // (the only caller then) they head the notes' sections, over a paragraph of prose.
  if (BYLINE.test(text) || PAGE_BOX.test(bare(text)) || (SUBSECTION.test(bare(text)) && !subsectionAsHeading(lines, i)))
    return false;
  // "Ställningstagande: SRO noterar informationen" (the forum's position on the point) and "Ansvarig: Anna Berg"
  // belong to the point above.
  if (PRESENTER_LINE.test(text) || POSITION_LINE.test(text) || OWNER_SENTENCE.test(text)) return false;
  // A one-line paragraph of several sentences ("Fixarteamet hjälper … Kostar inget. Boka 026…") is prose.
  if (splitSentences(text).length > 1) return false;
  // "Våra frågor blir därför:", "… ett brev där hon skriver:": a clause introducing what follows, no heading.
  if (/:$/.test(text) && INTRODUCING_VERB.test(text)) return false;
  if (ENDS_WITH_FUNCTION_WORD.test(text) || DOCUMENT_TYPE.test(text) || matchLabel(text) || isPersonName(text))
    return false;
  if ((findDate(text) && !datedTopic(text)) || findTimeRange(text, true).start || /^[•·*–-]\s/.test(text)) return false;
  const prev = lines[i - 1];
  const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
  if (next < 0 || consumed[next]) return false;
  if (prev && prev.text !== '' && !consumed[i - 1]) return runInHeading(lines, i, next);
  // "Socialchefsnätverket och Region Dalarna" ⏎ "2026-03-12, kl. 09.00–11.30, Regionhuset": the forum over the
  // meeting's date and time is the head's title, not an item.
  if (findDate(lines[next]!.text) && findTimeRange(lines[next]!.text, true).start) return false;
  if (long) return isSentenceProse(lines[next]);
  // A title over another title is a group heading ("Ärenden till regionfullmäktige"), unless it is itself a
  // long topic ("Myndighetens pågående arbete avseende …" over the sub-topic "Utredning om …").
  if (isTitleLine(lines, next)) return topicOverSubTopic(text) || ORGANISATION_HEADING.test(lines[next]!.text);
  return isProse(lines[next]) || shortSentence(lines[next]!, text) || figuresBelow(lines, next);
}

/** "Region Halland: 12 (föreg. vecka 9)", "Halmstads kommun: 4": a figure reported under a label that is no head label. */
const FIGURE_LINE = /^\p{Lu}[^:]{1,60}: [–-]?\s?\d/u;

/**
 * "Siffror denna vecka" ⏎ "Inneliggande covid-19:" ⏎ "Region Halland: 12 (föreg. vecka 9)": a heading over the week's
 * figures, one "Label: figure" line each, under a caption ending in a colon or not.
 */
function figuresBelow(lines: readonly Line[], next: number): boolean {
  const first = lines[next]!;
  if (first.cell || matchLabel(first.text)) return false;
  if (FIGURE_LINE.test(first.text)) return true;
  const after = lines[next + 1];
  return (
    /^\p{Lu}[^:.!?]{1,60}:$/u.test(first.text) &&
    after !== undefined &&
    !matchLabel(after.text) &&
    FIGURE_LINE.test(after.text)
  );
}

/** "Föregående minnesanteckningar" ⏎ "Minnesanteckningarna lades till handlingarna.": a short title over a short sentence. */
function shortSentence(line: Line, heading: string): boolean {
  return (
    !line.cell &&
    wordCount(heading) <= 6 &&
    // "Hedemora kommun" ⏎ "Ingen rapport.": two words are a sentence when the heading is short too.
    wordCount(line.text) >= (wordCount(heading) <= 3 ? 2 : 3) &&
    /^\p{Lu}/u.test(line.text) &&
    /[.!]$/.test(line.text) &&
    !matchLabel(line.text) &&
    !isPersonName(line.text.replace(/[.!]$/, ''))
  );
}

/**
 * "Nya rutiner från och med 2020-09-02", "Ändrade besökstider efter den 1 juni": a topic that holds a date after a
 * preposition, unlike a title line or a dated header ("Protokoll 2021-03-03", "Uppdaterat 2020-08-31").
 */
function datedTopic(text: string): boolean {
  const m =
    /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){1,8}?) (?:från och med|fr\.o\.m\.?|till och med|t\.o\.m\.?|från|efter|inför|per|under|till)(?: den)? \d/u.exec(
      text,
    );
  return m !== null && !/möte|protokoll|anteckning|sammanträde|dagordning|kallelse|uppdater|publicer/i.test(m[1]!);
}

const GROUP_WORD =
  /(?<![\p{L}])(?:\p{L}*ärenden|frågor|remisser|anmälningar|beslut|rapporter|information)(?![\p{L}])/iu;

/**
 * "Informationsutbyte/aktuellt" ⏎ "Socialstyrelsen" ⏎ prose, "Rapporter från parterna" ⏎ "Region Dalarna" ⏎ prose: a
 * heading over the reports of each organisation (an agency, an abbreviation in capitals, a region or a kommun) is a
 * point of the meeting, not a group heading to drop.
 */
const ORGANISATION_HEADING =
  /^(?:\p{Lu}{2,8}|\p{Lu}\p{Ll}+(?:verket|styrelsen|myndigheten|inspektionen|förbundet)|Region \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ kommun)$/u;

function topicOverSubTopic(text: string): boolean {
  return wordCount(text) >= 5 && !GROUP_WORD.test(text);
}

/**
 * PDF text without blank lines: a short line right after a finished sentence, over a line of prose that
 * runs on ("…till november/december." ⏎ "Gemensam ansökan om medel" ⏎ "Nya medel har utlysts … har").
 * A title is short beside the wrapped lines around it.
 */
function runInHeading(lines: readonly Line[], i: number, next: number): boolean {
  const text = lines[i]!.text;
  const prev = lines[i - 1]!.text;
  return (
    next === i + 1 &&
    wordCount(text) <= 8 &&
    // A table row flattened by the PDF ("RGS -") is no title: a title has words.
    (text.match(/\p{Ll}{3,}/gu)?.length ?? 0) >= 2 &&
    !/[-–]$/.test(text) &&
    text.length <= 60 &&
    /[.!?]["”)]?$/.test(prev) &&
    !/[:]$/.test(text) &&
    isProse(lines[next]) &&
    lines[next]!.text.length >= text.length + 15 &&
    // A link line over a heading of its own ("Title (Presenter, Org)") is not a heading.
    presenterParen(lines[next]!.text).length === 0 &&
    !isKnownSection(lines[next]!.text)
  );
}

/** A line that is itself a heading over prose ("Ärenden till regionfullmäktige" ⏎ "Borgen för …" ⏎ prose). */
function isTitleLine(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  if (isSentenceProse(lines[i]) || wordCount(text) > 16) return false;
  const after = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
  return after >= 0 && isSentenceProse(lines[after]);
}

/**
 * A Markdown heading is a section of the minutes ("## Övrigt", "## Mötets öppnande 12:15"), except the document's
 * title (the first of several headings) and a heading that only dates the minutes ("## 13 oktober 2021").
 */
function markdownSection(lines: readonly Line[], i: number, title: number): boolean {
  const text = lines[i]!.text;
  if (!lines[i]!.heading || i === title || wordCount(text) > 16) return false;
  // "## Genomgångna punkter" ⏎ "### Diggs interna arbete": a heading over a deeper one groups the sections below it.
  const next = lines[nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3))];
  if (next?.heading && markdownLevel(next.raw) > markdownLevel(lines[i]!.raw)) return false;
  return !(wordCount(text) <= 4 && findDate(text));
}

const markdownLevel = (raw: string): number => /^\s*(#{1,6})/.exec(raw)?.[1]!.length ?? 0;

/** Unnumbered minutes: known section words, "Title (Presenter, Org)" lines, bold lines, short title lines. */
/**
 * "Lägesrapport om covid-19" ⏎ ⏎ "Föredragande: Name, VGR": a short line after a blank one, over a presenter line, is
 * an agenda point's heading (a web summary's sections), as a heading with "(Name, organisation)" after it is.
 */
function headingOverPresenter(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  if (PRESENTER_LINE.test(text) || /^[•·*–-]\s/.test(text) || !/^\p{Lu}/u.test(text) || /[.!?:;,]$/.test(text))
    return false;
  if (wordCount(text) > 16 || (i > 0 && lines[i - 1]!.text !== '')) return false;
  const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
  return next >= 0 && PRESENTER_LINE.test(lines[next]!.text);
}

const AGENDA_HEADING = /^(?:dagordning|agenda|föredragningslista)$/i;
const AGENDA_BULLET = /^[-*•–·▪] +(\S.{0,150})$/u;

/**
 * A "Dagordning" heading over a bullet list ("- Uppföljning av föregående möte" ⏎ "- Statistik" …) whose entries recur
 * further down as lines of their own: the heading's line and the lines of those headings (two or more, at least half
 * of the entries).
 */
function agendaOverHeadings(
  lines: readonly Line[],
  consumed: Uint8Array,
): { index: number; headings: number[] } | null {
  const index = lines.findIndex((l, i) => !consumed[i] && !l.cell && AGENDA_HEADING.test(bare(l.text)));
  if (index < 0) return null;
  const entries: string[] = [];
  let i = nextNonBlank(lines, index + 1, Math.min(lines.length, index + 3));
  for (; i >= 0 && i < lines.length && entries.length < 40; i++) {
    const m = AGENDA_BULLET.exec(lines[i]!.text);
    if (!m) break;
    entries.push(bare(m[1]!).toLowerCase());
  }
  if (entries.length < 2 || i < 0) return null;
  const headings: number[] = [];
  const wanted = new Set(entries);
  for (let j = i; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (consumed[j] || lines[j]!.cell || text.length > 160 || AGENDA_BULLET.test(text)) continue;
    const key = bare(text).toLowerCase();
    if (wanted.has(key)) {
      wanted.delete(key);
      headings.push(j);
    }
  }
  return headings.length >= 2 && headings.length * 2 >= entries.length ? { index, headings } : null;
}

/** "Programmet var:", "Agendan för SRO den 23 april var:", "Programpunkter": a heading naming the meeting's programme. */
const PROGRAMME_HEADING =
  /^(?:dagordning(?:en)?|agendan?|programmet?|programpunkter|föredragningslista(?:n)?)(?: för .{1,60})?(?: var| är)?$/i;
/** " – Per Ek, Region Norrland", " - Eva Strand": a presenter after a dash at the end of a programme entry. */
const DASH_PRESENTER = /^(.{3,}?)\s[-–]\s(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,3})(?:,[^,]{1,80})*\.?$/u;

/**
 * A programme heading over bullets whose entries mostly end in " – Name, organisation" ("• Välkommen – Maria Holm,
 * ordförande"): each bullet is an item, titled by its text before the dash, with the named presenter. Entries that
 * recur below as headings are handled as an agenda above (agendaOverHeadings).
 */
function programmeBullets(lines: readonly Line[], consumed: Uint8Array): { index: number; bullets: number[] } | null {
  const index = lines.findIndex((l, i) => !consumed[i] && !l.cell && PROGRAMME_HEADING.test(bare(l.text)));
  if (index < 0) return null;
  const bullets: number[] = [];
  let withPresenter = 0;
  for (let i = nextNonBlank(lines, index + 1, Math.min(lines.length, index + 3)); i >= 0 && i < lines.length; i++) {
    const m = AGENDA_BULLET.exec(lines[i]!.text);
    if (!m || consumed[i]) break;
    bullets.push(i);
    if (DASH_PRESENTER.test(m[1]!)) withPresenter++;
  }
  return bullets.length >= 2 && withPresenter * 2 >= bullets.length ? { index, bullets } : null;
}

/** A programme entry as a heading: "Välkommen – Maria Holm, ordförande" → "Välkommen (Maria Holm, ordförande)". */
function programmeEntry(text: string): string {
  const entry = AGENDA_BULLET.exec(text)![1]!;
  const m = DASH_PRESENTER.exec(entry);
  return m
    ? `${m[1]!.trim()} (${entry
        .slice(m[1]!.length)
        .replace(/^\s[-–]\s/, '')
        .replace(/\.$/, '')})`
    : entry;
}

export function findHeadedStarts(
  lines: readonly Line[],
  consumed: Uint8Array,
  sectionHeadings: readonly number[] = [],
): { starts: ItemStart[]; strong: boolean } {
  const strong: number[] = [];
  const known = new Set(sectionHeadings);
  const generic: number[] = [];
  const headingLines = lines.flatMap((l, i) => (l.heading ? [i] : []));
  const title = headingLines.length >= 2 ? headingLines[0]! : -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (consumed[i] || line.cell || line.text === '' || line.text.length > 300) continue;
    if (
      known.has(i) ||
      isKnownSection(line.text) ||
      presenterParen(line.text).length > 0 ||
      headingOverPresenter(lines, i) ||
      /^\*\*[^*]{2,150}\*\*:?$/.test(line.text) ||
      markdownSection(lines, i, title)
    ) {
      strong.push(i);
    } else if (isGenericHeading(lines, i, consumed)) {
      generic.push(i);
    }
  }
  const agenda = agendaOverHeadings(lines, consumed);
  if (agenda) {
    // "Dagordning" over bullets that recur below as headings: the agenda, not an item; the headings are the items,
    // also those over a table or a one-word paragraph.
    strong.splice(strong.indexOf(agenda.index), 1);
    for (const j of agenda.headings) if (!strong.includes(j)) strong.push(j);
    strong.sort((a, b) => a - b);
    for (const j of agenda.headings) if (generic.includes(j)) generic.splice(generic.indexOf(j), 1);
  }
  const programme = agenda ? null : programmeBullets(lines, consumed);
  if (programme) {
    // "Programmet var:" over "• Title – Name, organisation" bullets: the bullets are the items, not the heading.
    for (const list of [strong, generic])
      if (list.includes(programme.index)) list.splice(list.indexOf(programme.index), 1);
    for (const j of programme.bullets) {
      if (generic.includes(j)) generic.splice(generic.indexOf(j), 1);
      if (!strong.includes(j)) strong.push(j);
    }
    strong.sort((a, b) => a - b);
  }
  // A marker heading repeats word for word; every occurrence starts an item, also over a short paragraph.
  const key = (i: number) => bare(lines[i]!.text).toLowerCase();
  const counts = new Map<string, number>();
  for (const i of generic) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.text === '' || generic.includes(i) || lines[i - 1]?.text) continue;
    if ((counts.get(key(i)) ?? 0) >= 2) generic.push(i);
  }
  generic.sort((a, b) => a - b);
  // A news page's box heading ("För dig som vill veta mer") is no item, but shows that the page is set out in headings.
  const boxes = lines.filter((l, i) => !consumed[i] && lines[i - 1]?.text === '' && PAGE_BOX.test(bare(l.text))).length;
  const chosen =
    strong.length > 0 || generic.length + Math.min(boxes, 1) >= 2 || headsAllText(lines, generic, consumed)
      ? [...strong, ...generic].sort((a, b) => a - b)
      : [];
  return {
    starts: chosen.map(
      (i) =>
        markerStart(lines, i, chosen) ?? {
          index: i,
          number: null,
          heading: programme?.bullets.includes(i) ? programmeEntry(lines[i]!.text) : lines[i]!.text,
          bodyFrom: i + 1,
        },
    ),
    strong: strong.length > 0,
  };
}

/** One heading over all the text of the document ("Verksamhetsplan och budget" ⏎ prose …): it titles the one item. */
function headsAllText(lines: readonly Line[], generic: readonly number[], consumed: Uint8Array): boolean {
  if (generic.length !== 1) return false;
  for (let i = 0; i < generic[0]!; i++) if (!consumed[i] && isProse(lines[i])) return false;
  return true;
}

/**
 * "Direktionens beslut" over every paragraph: a heading repeated word for word marks the items rather
 * than naming them, so each item is titled by the first sentence of the paragraph below its marker.
 */
function markerStart(lines: readonly Line[], i: number, chosen: readonly number[]): ItemStart | null {
  const text = bare(lines[i]!.text).toLowerCase();
  if (chosen.filter((j) => bare(lines[j]!.text).toLowerCase() === text).length < 2) return null;
  const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
  if (next < 0) return null;
  return { index: i, number: null, heading: lines[next]!.text, bodyFrom: next + 1, marker: lines[i]!.text };
}

const OUTLINE_TOP = /^[-*+•] +(\S.*)$/;
const OUTLINE_SUB = /^[ \t]{2,}[-*+•◦o] +\S/;

/**
 * Notes written as an outline under their headings: a top-level list entry with indented entries below it
 * ("- LiTHe Hack" ⏎ "  - Boka möte …") is a topic, an item of its own; its indented entries are its text.
 * A topic is short and no sentence ("- Martin gick igenom profilen:" over its points is a report).
 */
export function addOutlineTopics(
  lines: readonly Line[],
  starts: readonly ItemStart[],
  consumed: Uint8Array,
): ItemStart[] {
  if (starts.length === 0) return [...starts];
  const taken = new Set(starts.map((s) => s.index));
  const topics: ItemStart[] = [];
  for (let i = starts[0]!.index + 1; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (consumed[i] || taken.has(i) || raw.length > 200) continue;
    const m = OUTLINE_TOP.exec(raw);
    if (!m || wordCount(m[1]!) > 8 || /[.!?:;,]$/.test(m[1]!.trim())) continue;
    const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 2));
    if (next < 0 || consumed[next] || !OUTLINE_SUB.test(lines[next]!.raw)) continue;
    topics.push({ index: i, number: null, heading: m[1]!.trim(), bodyFrom: i + 1 });
  }
  return [...starts, ...topics].sort((a, b) => a.index - b.index);
}

/**
 * "7. Reglemente för rådet" between blank lines over prose, the only point of a protocol quoted in a news post: with
 * no other numbering or headings it is the one item.
 */
export function findLoneNumbered(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const found: ItemStart[] = [];
  for (let i = 1; i < lines.length && found.length < 2; i++) {
    if (consumed[i] || lines[i]!.cell || lines[i - 1]!.text !== '') continue;
    const c = numberedCandidate(lines, i);
    if (!c || c.sub || c.marker !== 'digit' || c.text === '' || wordCount(c.text) > 12 || /[.!?:,;]$/.test(c.text))
      continue;
    const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
    if (next > i + 1 && isSentenceProse(lines[next])) found.push(headingFromCandidate(lines, c));
  }
  return found.length === 1 ? found : [];
}

/**
 * "Sammanfattning från styrelsen den 11 maj 2023" ⏎ … ⏎ a lead paragraph ⏎ "Uppdrag till politiska styrgrupper" ⏎
 * paragraphs: a web summary whose one heading (between blank lines, under a paragraph, over running text) is its one
 * item; the lead paragraph above it stays in that item's notes.
 */
export function findLoneHeading(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const found: ItemStart[] = [];
  let proseAbove = 0;
  for (let i = 1; i < lines.length && found.length < 2; i++) {
    const line = lines[i]!;
    if (consumed[i] || line.cell || line.text === '') continue;
    if (isSentenceProse(line)) {
      proseAbove++;
      continue;
    }
    const words = wordCount(line.text);
    // One lead paragraph (an ingress) above; under several paragraphs a short line is a link or a caption.
    if (proseAbove === 0 || lines[i - 1]!.text !== '' || lines[i + 1]?.text !== '') continue;
    if (found.length === 0 && proseAbove > 1) return [];
    if (words < 2 || words > 10 || !/^\p{Lu}/u.test(line.text) || /[.!?:;,]$/.test(line.text)) continue;
    if (matchLabel(line.text) || isPersonName(line.text) || findDate(line.text)) continue;
    const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
    if (next > i + 1 && isSentenceProse(lines[next]))
      found.push({ index: i, number: null, heading: line.text, bodyFrom: i + 1 });
    else return [];
  }
  return found.length === 1 ? found : [];
}

/**
 * "Lägesrapport från vecka 14" ⏎ lead paragraphs ⏎ "Några saker som hänt under veckan:" ⏎ "• …" ⏎ "• …": a web report
 * whose one heading, a line closed by a colon under its lead paragraphs, introduces the bullets that make up the rest of
 * the text is its one item; the bullets are its text, the lead paragraphs above stay in its notes.
 */
export function findLoneListHeading(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  let heading = -1;
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (consumed[i] || line.text === '') continue;
    if (line.cell) return [];
    if (heading < 0) {
      if (INTRODUCES_LIST.test(line.text) && prose > 0 && (i === 0 || lines[i - 1]!.text === '')) heading = i;
      else if (isSentenceProse(line)) prose++;
      else return [];
    } else if (!/^[•·▪*–-]\s/u.test(line.text)) return [];
  }
  if (heading < 0 || nextNonBlank(lines, heading + 1, lines.length) < 0) return [];
  return [{ index: heading, number: null, heading: lines[heading]!.text.replace(/:$/, ''), bodyFrom: heading + 1 }];
}

const RUN_IN = /^(\p{Lu}[^.!?:;]{3,100}): (\S.*)$/u;
const RUN_IN_VERB =
  /^(?:har|hade|är|var|blev|blir|kan|kunde|ska|skulle|får|fick|behöver|vill|tar|ger|går|informerar|berättar|redovisar|rapporterar|meddelar|säger|anser|menar|konstaterar|beslutar|föreslår)$|(?:ade|des|tes|ats|dde|tte)$/u;

/**
 * A summary whose paragraphs open with their topic run in before a colon ("Digitala vårdmöten: Vårdcentralerna
 * erbjuder …"): each such paragraph is an item titled by its topic. The topic is two to ten words, not a label, a
 * name or a speaker ("Region Norr: …" has no lower-case word), and holds no verb ("Vi har kommit överens om att:").
 */
export function findRunInHeadingStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const starts: ItemStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (consumed[i] || line.cell || (i > 0 && lines[i - 1]!.text !== '') || line.text.length > 3000) continue;
    const m = RUN_IN.exec(line.text);
    if (!m || matchLabel(line.text) || wordCount(m[2]!) < 5) continue;
    const words = m[1]!.split(' ');
    if (words.length < 2 || words.length > 10 || !words.some((w) => /^\p{Ll}/u.test(w))) continue;
    if (words.some((w) => RUN_IN_VERB.test(w.toLowerCase())) || isPersonName(m[1]!)) continue;
    starts.push({ index: i, number: null, heading: line.text, bodyFrom: i, runIn: m[1]! });
  }
  return starts;
}

/**
 * A blog post's image text under its title: a photo credit ("Pressfoto av Anna Berg och Bo Ek.") or the picture's
 * description ("En datorskärm visar flera rutor med …", "Gestikulerande händer i förgrunden. …"). Page furniture, not
 * the first sentence of the report.
 */
const IMAGE_TEXT =
  /^(?:(?:press)?foto(?:grafi)?|bild|illustration)(?:\s*:| av | på )|(?<![\p{L}])i (?:förgrunden|bakgrunden)(?![\p{L}])|^(?:en|ett|två|tre|flera) [\p{Ll}-]+ visar (?!att |hur |på )/iu;

/** Minutes without numbering or headings: one item titled by the first sentence of the first paragraph. */
export function findContainerStart(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (consumed[i] || line.cell || line.text === '' || BYLINE.test(line.text)) continue;
    // Only the paragraph right under the title can be the post's image text.
    if (first && IMAGE_TEXT.test(line.text) && !hasFullTextDate(line.text)) {
      first = false;
      continue;
    }
    first = false;
    const words = wordCount(line.text);
    if (words >= 8 || (words >= 4 && /[.!?](?: |$)/.test(line.text))) {
      return [{ index: i, number: null, heading: line.text, bodyFrom: i }];
    }
  }
  return [];
}

const BULLET_HEADING = /^([•·▪*–-])\s*(\p{Lu}.*)$/u;

/**
 * A summary published as bullets that are whole sentences ("• Styrelsen beslutar kring …" ⏎ "• Årsmötet 2019
 * diskuteras …"): when three or more such bullets make up the rest of the text, each is an item titled by its
 * first sentence (a lone container item would hide every point but the first).
 */
export function findSummaryBulletStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const starts: ItemStart[] = [];
  let marker: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (consumed[i] || text === '') continue;
    const m = /^([•·▪*–-]) (\p{Lu}.*)$/u.exec(text.length <= 1000 ? text : '');
    const sentence = m !== null && wordCount(m[2]!) >= 6 && /[.!?]$/.test(m[2]!);
    if (sentence && (marker === null || marker === m[1])) {
      marker = m[1]!;
      starts.push({ index: i, number: null, heading: firstSentence(m[2]!), bodyFrom: i + 1 });
    } else if (starts.length > 0) return [];
  }
  return starts.length >= 3 ? starts : [];
}

/**
 * An unnumbered agenda of short bullets right under a title that names it ("# Agenda & mötesanteckningar 2021-04-23"
 * ⏎ "* Intro & recap" ⏎ "* Use-cases" …): the agenda points are the items, before the headed sections.
 */
export function agendaBulletStarts(lines: readonly Line[], consumed: Uint8Array, before: number): ItemStart[] {
  const title = lines.findIndex((l) => l.text !== '');
  if (title < 0 || title >= before || !/(?<![\p{L}])(?:agenda|dagordning)(?![\p{L}])/iu.test(lines[title]!.text))
    return [];
  const starts: ItemStart[] = [];
  for (let i = title + 1; i < before; i++) {
    const text = lines[i]!.text;
    if (text === '' || (starts.length === 0 && /^https?:\/\//.test(text))) continue;
    const m = /^[*•-] (\S.{0,120})$/u.exec(text);
    if (consumed[i] || !m || wordCount(m[1]!) > 12 || /[.;,]$/.test(m[1]!)) break;
    starts.push({ index: i, number: null, heading: m[1]!, bodyFrom: i + 1 });
  }
  return starts.length >= 3 ? starts : [];
}

/**
 * Web pages publish the agenda points as bullets ("• Laget runt" ⏎ text, "• Övrigt" ⏎ text): bullet
 * lines that read as a heading (short, no closing punctuation) with text below them that is not
 * another bullet. Two or more, all with the same bullet character, are the items.
 */
export function findBulletHeadingStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const byMarker = new Map<string, ItemStart[]>();
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.cell || lines[i]!.text.length > 200) continue;
    const m = BULLET_HEADING.exec(lines[i]!.text);
    if (!m) continue;
    const heading = bare(m[2]!);
    // "- Anna Berg, ledamot" is a list row, not a heading.
    if (wordCount(heading) > 12 || /[.!?,;]$|, /.test(m[2]!) || matchLabel(heading) || isPersonName(heading)) continue;
    const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
    if (next < 0 || consumed[next] || BULLET_HEADING.test(lines[next]!.text) || /^\p{Ll}/u.test(lines[next]!.text))
      continue;
    const starts = byMarker.get(m[1]!) ?? [];
    starts.push({ index: i, number: null, heading: m[2]!, bodyFrom: i + 1 });
    byMarker.set(m[1]!, starts);
  }
  const best = [...byMarker.values()].reduce<ItemStart[]>((a, b) => (b.length > a.length ? b : a), []);
  return best.length >= 2 ? best : [];
}

const TOP_BULLET = /^[•·*]\s?/;
const SUB_BULLET = /^[◦○▪]\s*(\S.*)$/u;

/**
 * Web-rendered protocols nest headed sub-topics as second-level bullets ("• § 48 Information" with
 * "◦ Topic" lines below); each headed sub-topic is an item of its own.
 */
export function addBulletSubItems(
  lines: readonly Line[],
  starts: readonly ItemStart[],
  consumed: Uint8Array,
): ItemStart[] {
  if (starts.length === 0 || !starts.every((s) => TOP_BULLET.test(lines[s.index]!.text))) return [...starts];
  const out: ItemStart[] = [];
  starts.forEach((start, k) => {
    out.push(start);
    const end = starts[k + 1]?.index ?? lines.length;
    for (let i = start.bodyFrom; i < end; i++) {
      if (consumed[i] || lines[i]!.cell) continue;
      const m = SUB_BULLET.exec(lines[i]!.text);
      if (!m || wordCount(m[1]!) > 12 || /[.!?]$/.test(m[1]!)) continue;
      const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
      if (next >= 0 && next < end && isProse(lines[next]))
        out.push({ index: i, number: null, heading: m[1]!, bodyFrom: i + 1 });
    }
  });
  return [...out, ...unheadedBullets(lines, starts, consumed)].sort((a, b) => a.index - b.index);
}

/**
 * A web meeting system that shows the "§ N" heading of the first bullet only: the other top-level bullets,
 * paragraphs of eight words or more ("• Socialdirektören föredrar ärendet …"), are items titled by their
 * first sentence. So are bullets that show a "§ N" out of the chain's order ("• § 1" … "• § 4", the points between
 * unnumbered) and short heading bullets over a paragraph ("• Vaccinationer" ⏎ "Kommunerna rapporterade …"). Bullets
 * under a "§" bullet that hold an att-clause, and short list bullets, stay in its text.
 */
function unheadedBullets(lines: readonly Line[], starts: readonly ItemStart[], consumed: Uint8Array): ItemStart[] {
  if (!starts.every((s) => /^[•·*]\s?§/.test(lines[s.index]!.text))) return [];
  const taken = new Set(starts.map((s) => s.index));
  // A page copy that starts on its first bullet lost that line's indentation: the points' level is then the next one's.
  const firstLine = nextNonBlank(lines, 0, lines.length);
  const levelOf = starts.filter((s) => s.index !== firstLine).map((s) => s.index);
  if (levelOf.length === 0)
    for (let i = starts[0]!.index + 1; i < lines.length; i++) if (/^[•·]\s/.test(lines[i]!.text)) levelOf.push(i);
  const outer = Math.min(...levelOf.map((i) => leadingSpaces(lines[i]!.raw)));
  const out: ItemStart[] = [];
  for (let i = starts[0]!.index + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (consumed[i] || taken.has(i) || lines[i]!.cell || !/^[•·]\s/.test(text)) continue;
    // "Bilagor" ⏎ "  • Temadagen är fastställd …" ⏎ "  • Stenne tar kontakt med …": a bullet indented deeper than the
    // points with no text of its own below it (another bullet or the end follows) is an entry of a list inside the
    // point above; a deeper bullet over its own text is a headed sub-topic.
    if (leadingSpaces(lines[i]!.raw) > outer && !hasBody(lines, i)) continue;
    const paragraph = text.replace(TOP_BULLET, '');
    const sign = /^§ ?(\d{1,4})\.? +(\p{Lu}.*)$/u.exec(paragraph);
    if (sign) out.push({ index: i, number: sign[1]!, heading: sign[2]!, bodyFrom: i + 1 });
    else if (
      /^\p{Lu}/u.test(paragraph) &&
      (wordCount(paragraph) >= 8 ||
        headingOverProse(lines, i, paragraph) ||
        sentenceOverText(lines, i, paragraph, outer))
    )
      out.push({ index: i, number: null, heading: paragraph, bodyFrom: i + 1 });
  }
  return out;
}

/**
 * " • Inga beslut har anmälts idag." ⏎ "  Anna Berg (V) lämnar ett särskilt yttrande …": a short
 * sentence at the points' level with text of its own below it is a point whose heading the page does not show.
 */
function sentenceOverText(lines: readonly Line[], i: number, paragraph: string, outer: number): boolean {
  return (
    /\p{Ll}\.$/u.test(paragraph) &&
    wordCount(paragraph) >= 4 &&
    leadingSpaces(lines[i]!.raw) <= outer &&
    hasBody(lines, i)
  );
}

/** Text of the bullet's own below it: the next non-blank line is no bullet. */
function hasBody(lines: readonly Line[], i: number): boolean {
  const next = nextNonBlank(lines, i + 1, lines.length);
  return next >= 0 && !/^[•·◦○▪*–-]/u.test(lines[next]!.text);
}

/** A bullet that reads as a heading: short, no closing punctuation, not a person, with a paragraph below it. */
function headingOverProse(lines: readonly Line[], i: number, heading: string): boolean {
  if (wordCount(heading) > 12 || /[.!?,;:]$|, /.test(heading) || isPersonName(bare(heading))) return false;
  const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
  return next >= 0 && !/^[•·◦○▪*–-]/u.test(lines[next]!.text) && isProse(lines[next]);
}

const BARE_NUMBER_BULLET = /^[•·]\s?(?:§ ?)?(\d{1,3})\.?$/;
const NUMBERED_PARAGRAPH = /^(\d{1,3})[.)] (\p{Lu}.*)$/u;

/**
 * A web meeting system's page whose first top-level bullet is a bare number over its title ("• 1" ⏎
 * "Protokollsjustering") and whose other bullets are paragraphs without a shown heading: every top-level bullet is an
 * item, a paragraph titled by its first sentence.
 */
export function findWebBulletStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const bullets: number[] = [];
  for (let i = 0; i < lines.length; i++)
    if (!consumed[i] && !lines[i]!.cell && /^[•·]\s?\S/.test(lines[i]!.text)) bullets.push(i);
  if (bullets.length < 3) return [];
  if (!BARE_NUMBER_BULLET.test(lines[bullets[0]!]!.text)) return indentedBulletStarts(lines, consumed, bullets);
  const out: ItemStart[] = [];
  // "  • Företagsutvecklingsbidrag – …, RS2022/1739" under "•   3" ⏎ "Anmälningar för kännedom": a bullet indented deeper
  // than the numbered points is a list inside the point above, also after a blank line.
  // A page copy that starts on its first bullet ("•   1" ⏎ … ⏎ " • Förslag …") lost that line's indentation: the
  // points' level is then the next bullet's.
  const first = bullets[0]! === nextNonBlank(lines, 0, lines.length) && bullets.length > 1 ? bullets[1]! : bullets[0]!;
  const outer = leadingSpaces(lines[first]!.raw);
  for (const i of bullets) {
    if (i !== bullets[0] && leadingSpaces(lines[i]!.raw) > outer) continue;
    const bare = BARE_NUMBER_BULLET.exec(lines[i]!.text);
    if (bare) {
      const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 4));
      if (next < 0 || bullets.includes(next)) return [];
      out.push({ index: i, number: bare[1]!, heading: lines[next]!.text, bodyFrom: next + 1 });
      continue;
    }
    const text = lines[i]!.text.replace(TOP_BULLET, '');
    const numbered = NUMBERED_PARAGRAPH.exec(text);
    // A short bullet without a sentence is a list inside the item above, not an item; a short sentence at the points'
    // level ("• Förslag till föredragningslista har upprättats.") is a point of its own.
    if (!numbered && (!/^\p{Lu}/u.test(text) || (wordCount(text) < 8 && !/\.$/.test(text)))) continue;
    out.push({ index: i, number: numbered?.[1] ?? null, heading: numbered?.[2] ?? text, bodyFrom: i + 1 });
  }
  return out;
}

/** A list marker printed on a line of its own ("-" ⏎ "2" ⏎ "Sammanträdets öppnande"). */
const LONE_MARKER = /^[•·–-]$/;
const BARE_NUMBER = /^(\d{1,3})\.?$/;

/**
 * A web meeting page whose list markers came out as lone "-" lines: a marker over a bare number and a title
 * ("-" ⏎ "2" ⏎ "Sammanträdets öppnande") starts a numbered point; from the first of two or more such points on, a marker
 * over a line that begins with a capital ("-" ⏎ "Inkomna motioner", "-" ⏎ "Förslag till dagordning har …") starts an
 * unnumbered one. Markers above the first numbered point (the page's programme, its attachment links) start none.
 */
export function findLoneMarkerStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const out: ItemStart[] = [];
  let numbered = 0;
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.cell || !LONE_MARKER.test(lines[i]!.text)) continue;
    const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
    if (next < 0 || consumed[next] || LONE_MARKER.test(lines[next]!.text)) continue;
    const bare = BARE_NUMBER.exec(lines[next]!.text);
    if (bare) {
      const title = nextNonBlank(lines, next + 1, Math.min(lines.length, next + 3));
      if (title < 0 || consumed[title] || !/^\p{Lu}/u.test(lines[title]!.text) || wordCount(lines[title]!.text) > 20)
        continue;
      out.push({ index: i, number: bare[1]!, heading: lines[title]!.text, bodyFrom: title + 1 });
      numbered++;
    } else if (numbered > 0 && /^\p{Lu}/u.test(lines[next]!.text) && !matchLabel(lines[next]!.text)) {
      out.push({ index: i, number: null, heading: lines[next]!.text, bodyFrom: next + 1 });
    }
  }
  return numbered >= 2 ? out : [];
}

const leadingSpaces = (raw: string): number => raw.length - raw.trimStart().length;

/** "Senast uppdaterad den 1 februari 2024", "Sidan publicerades 2024-02-01": a web page's dated footer, no text of a point. */
const PAGE_FOOTER =
  /^(?:senast (?:uppdaterad|ändrad|granskad)|sidan (?:uppdaterades|publicerades|granskades)|publicerad|uppdaterad)\b.{0,40}\d/iu;

/**
 * A web meeting page without shown headings (" • Ordförande ställer frågan om jäv …" ⏎ "  Kommunallagen …" ⏎
 * "  • saken angår …" ⏎ " • Sjukfrånvaro redovisas."): three or more bullets at the page's outermost indentation,
 * everything else indented deeper, are the items, each titled by its first sentence.
 */
function indentedBulletStarts(lines: readonly Line[], consumed: Uint8Array, bullets: readonly number[]): ItemStart[] {
  const outer = Math.min(...bullets.map((i) => leadingSpaces(lines[i]!.raw)));
  const top = bullets.filter((i) => leadingSpaces(lines[i]!.raw) === outer);
  if (top.length < 3) return [];
  // "Inledning" ⏎ "• Mötet öppnades …" ⏎ "• …": bullets under a known section heading are that section's points.
  const above = prevNonBlank(lines, top[0]! - 1);
  if (above >= 0 && !consumed[above] && isKnownSection(lines[above]!.text)) return [];
  // "Några saker som hänt under veckan:" ⏎ "• Enkät … har skickats ut." ⏎ …: a line ending in a colon introduces the
  // bullets below it as its list; they are the text of that heading's point, not points of their own.
  if (above >= 0 && !consumed[above] && INTRODUCES_LIST.test(lines[above]!.text)) return [];
  // A web summary's headed sections ("Remissvar på …" ⏎ "Regeringen har skickat …") above the bullets: the bullets are
  // a list inside the last section, and the headings are the points. So under one heading are bullets that its
  // paragraph introduces with a colon ("… med bland annat följande synpunkter:"); without a heading above, such a
  // paragraph is the summary's lead ("… här kommer en kort sammanfattning:") and the bullets are its points.
  const sections = headedSectionsAbove(lines, consumed, top[0]!);
  const colonAbove = above >= 0 && !consumed[above] && /^(?![•·◦○▪*–-])\p{Lu}.*\p{L}:$/u.test(lines[above]!.text);
  if (sections >= 2 || (sections >= 1 && colonAbove)) return [];
  for (let i = top[0]!; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.text === '' || top.includes(i) || PAGE_FOOTER.test(lines[i]!.text)) continue;
    if (lines[i]!.cell || leadingSpaces(lines[i]!.raw) <= outer) return [];
  }
  const out: ItemStart[] = [];
  for (const i of top) {
    const text = lines[i]!.text.replace(TOP_BULLET, '');
    if (!/^[\p{Lu}§\d]/u.test(text)) return [];
    const numbered = NUMBERED_PARAGRAPH.exec(text);
    const topic = numbered ? null : dashTopic(text);
    out.push({
      index: i,
      number: numbered?.[1] ?? null,
      heading: numbered?.[2] ?? text,
      bodyFrom: i + 1,
      ...(topic ? { runIn: topic } : {}),
    });
  }
  return out;
}

/** Lines above `end` that read as a section heading over a paragraph: short, unpunctuated, not a bullet or a name. */
function headedSectionsAbove(lines: readonly Line[], consumed: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) {
    const text = lines[i]!.text;
    if (consumed[i] || text === '' || lines[i]!.cell || /^[•·◦○▪*–-]/u.test(text)) continue;
    if (!/^\p{Lu}/u.test(text) || wordCount(text) > 12 || /[.!?,;:]$/.test(text) || isPersonName(text)) continue;
    if (hasFullTextDate(text) || matchLabel(text)) continue;
    // The paragraph under it is running text: it ends a sentence (a title line under a skip link does not).
    const next = nextNonBlank(lines, i + 1, Math.min(end, i + 3));
    if (next >= 0 && isProse(lines[next]) && /[.!?:]$/.test(lines[next]!.text)) count++;
  }
  return count;
}

/** A short line, not itself a bullet, closed by a colon: "Några saker som hänt under veckan:". */
const INTRODUCES_LIST = /^(?![•·◦○▪*–-])\p{Lu}[^:.!?]{2,80}:$/u;

const DASH_TOPIC = /^(\p{Lu}[^.!?:;,–-]{2,60}?) [-–] (\p{Lu}.*[.!?])$/u;

/**
 * "• Måldialog - Här beslutade rådet att …": a bullet opening with its topic before a dash and a sentence is titled by
 * the topic (one to six words without a verb, not a name), as "Topic: sentence" is.
 */
function dashTopic(text: string): string | null {
  const m = DASH_TOPIC.exec(text.slice(0, 3000));
  if (!m || wordCount(m[2]!) < 4) return null;
  const words = m[1]!.split(' ');
  if (words.length > 6 || words.some((w) => RUN_IN_VERB.test(w.toLowerCase())) || isPersonName(m[1]!)) return null;
  return m[1]!;
}

/** "Kvartalsrapport 2011-09-30 med helårsprognos... 3": a table of contents line (title, leader, page). */
const CONTENTS_LINE = /^(\S.{2,150}?)\s*(?:\.{2,}|…+)\s*\d{1,3}$/u;

/**
 * Protocols exported from PDF often keep only the table of contents of their paragraphs; with three
 * or more entries (participant labels such as "Beslutande" left out) the entries are the items.
 */
export function findContentsStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const starts: ItemStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.cell || lines[i]!.text.length > 200) continue;
    const m = CONTENTS_LINE.exec(lines[i]!.text);
    if (!m || matchLabel(m[1]!)) continue;
    starts.push({ index: i, number: null, heading: m[1]!.trim(), bodyFrom: i + 1 });
  }
  return starts.length >= 3 ? starts : pagedContents(lines, consumed);
}

/** "Landstingsdirektörens rapport 5": a contents line without leaders, its page number after a space. */
const PAGED_LINE = /^(\p{Lu}.{2,150}?) (\d{1,3})$/u;

/**
 * A table of contents whose dot leaders were lost: a run of four or more lines, one after the other, each a
 * title ending in a page number, the numbers never decreasing. A title wrapped onto a lower-case line (the
 * page number then ends the second line) is one entry.
 */
function pagedContents(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  let best: ItemStart[] = [];
  let run: ItemStart[] = [];
  let page = 0;
  const close = () => {
    if (run.length >= 4 && run.length > best.length) best = run;
    run = [];
    page = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (consumed[i] || lines[i]!.cell || text.length > 200 || text === '') {
      close();
      continue;
    }
    const next = lines[i + 1]?.text ?? '';
    const wrapped = run.length >= 3 && !PAGED_LINE.test(text) && /^\p{Lu}/u.test(text) && /^\p{Ll}/u.test(next);
    const entry = PAGED_LINE.exec(wrapped ? `${text} ${next}` : text);
    const value = entry ? Number(entry[2]) : wrapped ? page : -1;
    if (value < page || (!entry && !wrapped) || matchLabel(text)) {
      close();
      if (value < 0 || matchLabel(text)) continue;
    }
    const heading = entry ? entry[1]! : `${text} ${next}`;
    run.push({ index: i, number: null, heading, bodyFrom: wrapped ? i + 2 : i + 1 });
    page = value;
    if (wrapped) i++;
  }
  close();
  return best;
}

const ATTACHMENT_LINK = /^(?:bilagor|bilaga)$/i;

/**
 * A web meeting page flattened without its bullets: each point's description is a paragraph closed by a lone "Bilagor"
 * line (the link to its documents). With two or more such paragraphs, each is an item titled by its first sentence,
 * and a title line above the first ("Val av justerare och dag för justering") is an item of its own.
 */
export function findAttachmentLinkStarts(lines: readonly Line[], consumed: Uint8Array): ItemStart[] {
  const open = (k: number) => k >= 0 && !consumed[k] && !lines[k]!.cell && lines[k]!.text !== '';
  const paragraphs = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!open(i) || !ATTACHMENT_LINK.test(lines[i]!.text)) continue;
    let p = prevNonBlank(lines, i - 1);
    if (!open(p) || !isSentenceProse(lines[p])) continue;
    // A paragraph wrapped over lines: its earlier lines are long, the later ones go on in lower case.
    while (open(p - 1) && /^\p{Ll}/u.test(lines[p]!.text) && wordCount(lines[p - 1]!.text) >= 8) p--;
    paragraphs.add(p);
  }
  if (paragraphs.size < 2) return [];
  const out: ItemStart[] = [...paragraphs].map((p) => ({
    index: p,
    number: null,
    heading: lines[p]!.text,
    bodyFrom: p + 1,
  }));
  let title = 0;
  while (title < out[0]!.index && !open(title)) title++;
  if (open(title) && wordCount(lines[title]!.text) <= 12 && !/[.!?:;,]$/.test(lines[title]!.text))
    out.unshift({ index: title, number: null, heading: lines[title]!.text, bodyFrom: title + 1 });
  return out;
}
