import { type Line, stripMarkdown, wordCount } from '../text/lines.ts';
import { findNameRuns, leadingNameRun } from '../text/names.ts';
import { endsSentence, firstSentence, splitSentences, tokens } from '../text/sentences.ts';
import type { ItemKind, MinutesItem } from '../types.ts';
import { findActions, toSentences } from './actions.ts';
import { readDecisions } from './decisions.ts';
import {
  addBulletSubItems,
  findContainerStart,
  findHeadedStarts,
  findNumberedStarts,
  type ItemStart,
  presenterParen,
} from './headings.ts';

const KIND_MARKER = /^(beslut|beslutsärende|information|informationsärende|info|rapport)\s*:\s*/i;
const PRESENTER_LINE = /^(?:föredragande|föredragare|presentatör|presenteras av)\s*:\s*(.+)$/i;
const BULLET = /^[•·▪◦*–-]\s*/;
const TITLE_WINDOW = 2000;

function kindFromMarker(marker: string): ItemKind {
  const m = marker.toLowerCase();
  if (m.startsWith('beslut')) return 'beslut';
  return m.startsWith('rapport') ? 'rapport' : 'information';
}

interface Title {
  title: string;
  kind: ItemKind | null;
  presenters: string[];
  /** True when the "heading" is really the item's opening paragraph. */
  paragraph: boolean;
}

/** Heading text follows its wrapped lines ("… och" ⏎ "kvinnofrid"); a paragraph contributes its first sentence. */
function headingText(lines: readonly Line[], start: ItemStart, consumed: Uint8Array): string {
  // A title is at most the first sentence, so the rest of a long paragraph is not examined.
  let text = start.heading.slice(0, TITLE_WINDOW);
  for (
    let i = start.bodyFrom;
    i < start.bodyFrom + 3 && !endsSentence(text) && splitSentences(text).length === 1;
    i++
  ) {
    const next = lines[i];
    if (!next || consumed[i] || next.cell || !/^\p{Ll}/u.test(next.text)) break;
    text = `${text} ${next.text}`;
  }
  return text;
}

const DNR_IN_HEADING = /\s(?:Dnr|Diarienr|Diarienummer)\b\.?:?\s/;
const COLLECTIVE_SUBJECT =
  /(?:nämnden|styrelsen|rådet|utskottet|gruppen|förvaltningen|beredningen|fullmäktige|ordföranden|ledningen|nätverket)$/i;
const TITLE_FUNCTION_WORDS = new Set([
  'av',
  'och',
  'att',
  'för',
  'till',
  'om',
  'i',
  'på',
  'med',
  'från',
  'samt',
  'eller',
  'mot',
  'vid',
  'inom',
  'enligt',
  'över',
  'under',
  'efter',
  'inför',
  'mellan',
  'hos',
  'kring',
  'angående',
  'avseende',
  'gällande',
  'the',
  'en',
  'ett',
  'den',
  'det',
]);

/**
 * "§ 46 Budget 2023 Dnr KS 2023/12 Ekonomichefen redovisar …": a web page flattens the heading and
 * the paragraph onto one line. The heading ends before a Dnr, or where a capitalised subject
 * ("Nämnden beslutar …", "Anna Berg frågar …") follows a lower-case heading word.
 */
function flattenedHeading(text: string): string | null {
  const dnr = DNR_IN_HEADING.exec(text.slice(0, 400));
  if (dnr && dnr.index > 0) return text.slice(0, dnr.index).replace(/[,;:]$/, '');
  const words = tokens(text.slice(0, 400));
  for (let i = 1; i < Math.min(words.length - 3, 14); i++) {
    const prev = words[i - 1]!;
    const word = words[i]!;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word)) continue;
    // "Meddelanden Nämnden beslutar …": after a one-word heading only a collective subject counts.
    const subjectAfterOneWord = i === 1 && COLLECTIVE_SUBJECT.test(word);
    if (!subjectAfterOneWord && (!/^[\p{Ll}\p{N}][\p{L}\p{N}-]*$/u.test(prev) || TITLE_FUNCTION_WORDS.has(prev)))
      continue;
    return words.slice(0, i).join(' ');
  }
  return null;
}

function parseTitle(raw: string, paragraphMark = false): Title {
  let text = stripMarkdown(raw).replace(BULLET, '');
  let flattened = false;
  if (paragraphMark && (splitSentences(text).length > 1 || endsSentence(text))) {
    const heading = flattenedHeading(text);
    if (heading) {
      text = heading;
      flattened = true;
    }
  }
  let kind: ItemKind | null = null;
  const marker = KIND_MARKER.exec(text);
  if (marker) {
    kind = kindFromMarker(marker[1]!);
    text = text.slice(marker[0].length);
  }
  const presenters = presenterParen(text);
  if (presenters.length > 0) text = text.replace(/\s*\([^()]*\):?$/, '');
  const sentences = !flattened && (splitSentences(text).length > 1 || (endsSentence(text) && wordCount(text) > 6));
  const paragraph = flattened || sentences;
  text = sentences ? firstSentence(text) : text.replace(/:$/, '').trim();
  if (kind === null && /övriga frågor|^övrigt$/i.test(text)) kind = 'ovrigt';
  if (kind === null && /^rapport(?:er)?$/i.test(text)) kind = 'rapport';
  if (sentences && presenters.length === 0) {
    const lead = leadingNameRun(text);
    if (lead) presenters.push(lead);
  }
  return { title: text, kind, presenters, paragraph };
}

/** Lines of an item joined into paragraphs: a line continues the previous one unless that ended a sentence. */
function paragraphsOf(texts: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of texts) {
    const text = raw.replace(BULLET, '');
    if (text === '') {
      if (current) out.push(current);
      current = '';
    } else if (current && !/[.!?:]["”]?$/.test(current)) {
      current = `${current} ${text}`;
    } else {
      if (current) out.push(current);
      current = text;
    }
  }
  if (current) out.push(current);
  return out;
}

function buildItem(
  lines: readonly Line[],
  start: ItemStart,
  end: number,
  consumed: Uint8Array,
  date: string | null,
): MinutesItem {
  const title = parseTitle(headingText(lines, start, consumed), start.paragraphMark);
  const from = title.paragraph && start.bodyFrom === start.index + 1 ? start.index : start.bodyFrom;
  const body: number[] = [];
  for (let i = from; i < end; i++) if (!consumed[i] && !lines[i]!.cell) body.push(i);
  const decided = readDecisions(lines, body);
  const skip = new Set(decided.lines);
  const presenters = [...title.presenters];
  const texts: string[] = [];
  for (const i of body) {
    if (skip.has(i)) continue;
    const presenterLine = PRESENTER_LINE.exec(lines[i]!.text);
    if (presenterLine) presenters.push(...findNameRuns(presenterLine[1]!));
    else texts.push(i === start.index && from === start.index ? start.heading : lines[i]!.text);
  }
  return {
    number: start.number,
    title: title.title,
    kind: title.kind,
    presenters: [...new Set(presenters)],
    decisions: decided.decisions,
    actions: findActions(toSentences(paragraphsOf(texts)), date),
  };
}

export function readItems(
  lines: readonly Line[],
  consumed: Uint8Array,
  date: string | null,
  sectionHeadings: readonly number[] = [],
): MinutesItem[] {
  let starts = addBulletSubItems(lines, findNumberedStarts(lines, consumed), consumed);
  if (starts.length === 0) starts = findHeadedStarts(lines, consumed, sectionHeadings);
  if (starts.length === 0) starts = findContainerStart(lines, consumed);
  return starts.map((start, k) => buildItem(lines, start, starts[k + 1]?.index ?? lines.length, consumed, date));
}
