import { type Line, nextNonBlank, prevNonBlank, stripMarkdown, wordCount } from '../text/lines.ts';
import { findNameRuns, isPersonName, leadingNameRun } from '../text/names.ts';
import { endsSentence, firstSentence, splitSentences, tokens } from '../text/sentences.ts';
import type { ItemKind, MinutesItem } from '../types.ts';
import { findActions, listTasks, OWNER_SENTENCE, TODO_HEADING, toSentences } from './actions.ts';
import { readDecisions, sameLineLeadIn } from './decisions.ts';
import {
  addBulletSubItems,
  addOutlineTopics,
  agendaBulletStarts,
  findSummaryBulletStarts,
  findBulletHeadingStarts,
  findContainerStart,
  findRunInHeadingStarts,
  findContentsStarts,
  findHeadedStarts,
  findLoneHeading,
  findLoneListHeading,
  findLoneNumbered,
  findNumberedStarts,
  findAttachmentLinkStarts,
  findWebBulletStarts,
  findLoneMarkerStarts,
  PRESENTER_LINE,
  isSubsectionHeading,
  type ItemStart,
  presenterParen,
} from './headings.ts';

const KIND_MARKER = /^(beslut|beslutsärende|information|informationsärende|info|rapport)\s*:\s*/i;
const BULLET = /^[•·▪◦*–-]\s*/;
const LIST_ENTRY = /^[•·▪◦*–-]\s/;
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

/** "Topic – Anna Mård", "Topic - Anna Mård, fysioterapeut": a heading closed by its presenter's name (and role). */
const DASH_PRESENTER =
  /^(\p{Lu}.{2,120}?) [–-] (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+){1,2})(?:, [^,.!?]{2,60})?$/u;

const TITLE_CUT = / (?:av|och|för|till|om|i|på|med|från|samt|inom|mellan|angående|avseende|gällande)$/i;

const LETTERED_POINT = /^\p{Ll}[.)]\s/u;

/** Heading text follows its wrapped lines ("… och" ⏎ "kvinnofrid"); a paragraph contributes its first sentence. */
function headingText(lines: readonly Line[], start: ItemStart, consumed: Uint8Array): string {
  // A title is at most the first sentence, so the rest of a long paragraph is not examined.
  let text = start.heading.slice(0, TITLE_WINDOW);
  for (
    let i = start.bodyFrom;
    i < start.bodyFrom + 3 && !endsSentence(text) && splitSentences(text).length === 1;
    i++
  ) {
    // "… ska kommunstyrelsen och kommunfullmäktige" ⏎ "" ⏎ "tre gånger per år …": a page copy that puts a blank line
    // between every two lines of a PDF cuts a long opening sentence; it goes on over the blank line in lower case.
    if (lines[i]?.text === '' && wordCount(text) >= 6 && /^\p{Ll}/u.test(lines[i + 1]?.text ?? '')) i++;
    const next = lines[i];
    // "Ansökan om bidrag från" ⏎ "Brottsofferjouren": a title cut after a preposition goes on, capitalised or not.
    const cut = i === start.bodyFrom && TITLE_CUT.test(text) && wordCount(next?.text ?? '') <= 6;
    if (!next || consumed[i] || next.cell || (!/^\p{Ll}/u.test(next.text) && !cut)) break;
    // "§ 4 Information" ⏎ "a) Ambulanssjukvården: …": a lettered point under the heading is its text, not its wrapped end.
    if (LETTERED_POINT.test(next.text)) break;
    text = `${text} ${next.text}`;
  }
  return text;
}

const DNR_IN_HEADING = /\s(?:Dnr|Diarienr|Diarienummer)\b\.?:?\s/;
const SUBHEADING_IN_HEADING =
  /(?<=\S)\s(?:Beslut|Ärendebeskrivning|Sammanfattning|Beslutsunderlag|Bakgrund|Ärendet|Förslag till beslut|[\p{L}-]+s (?:beslut|förslag(?: till beslut)?)):?\s(?=\p{Lu})/u;
const COLLECTIVE_SUBJECT =
  /(?:nämnden|styrelsen|rådet|utskottet|gruppen|förvaltningen|beredningen|fullmäktige|ordföranden|ledningen|nätverket|chefen|direktören|sekreteraren|handläggaren|samordnaren|strategen)$/i;
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

/** A report verb before its subject ("Efter kaffet informerar Anna Berg …"): the words before it are no heading. */
const FRONTED_VERB =
  /^(?:informerar|informerade|berättar|berättade|redogör|redogjorde|presenterar|presenterade|rapporterar|rapporterade|redovisar|redovisade|meddelar|meddelade|föredrar|föredrog|inleder|inledde|hälsar|hälsade)$/;

/**
 * "§ 46 Budget 2023 Dnr KS 2023/12 Ekonomichefen redovisar …": a web page flattens the heading and
 * the paragraph onto one line. The heading ends before a Dnr, or where a capitalised subject
 * ("Nämnden beslutar …", "Anna Berg frågar …") follows a lower-case heading word.
 */
export function flattenedHeading(text: string): string | null {
  const dnr = DNR_IN_HEADING.exec(text.slice(0, 400));
  if (dnr && dnr.index > 0) return text.slice(0, dnr.index).replace(/[,;:]$/, '');
  // "§ 122 Anmälningar Beslut Anmälningarna läggs …", "§ 120 Budget 2023 Ärendebeskrivning Förvaltningen har …": a
  // protocol's sub-heading run in after the heading ends it.
  const sub = SUBHEADING_IN_HEADING.exec(text.slice(0, 400));
  if (sub && !/[.!?]/.test(text.slice(0, sub.index))) return text.slice(0, sub.index);
  const words = tokens(text.slice(0, 400));
  for (let i = 1; i < Math.min(words.length - 3, 14); i++) {
    const prev = words[i - 1]!;
    const word = words[i]!;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(word)) continue;
    // "Meddelanden Nämnden beslutar …": after a one-word heading only a collective subject counts.
    // … or a person who does something ("Inledning Karl Nyberg öppnade mötet").
    const subjectAfterOneWord =
      i === 1 &&
      (COLLECTIVE_SUBJECT.test(word) ||
        (isPersonName(`${word} ${words[2] ?? ''}`) && /^\p{Ll}+$/u.test(words[3] ?? '')));
    // "Offentlig utfrågning med Anna Berg Utskottet höll …": a collective subject and its verb after a name that ends
    // the heading.
    const subjectAfterName =
      i >= 3 &&
      COLLECTIVE_SUBJECT.test(word) &&
      /^\p{Lu}[\p{Ll}\p{N}]+$/u.test(prev) &&
      /^\p{Ll}+$/u.test(words[i + 1] ?? '');
    if (
      !subjectAfterOneWord &&
      !subjectAfterName &&
      (!/^[\p{Ll}\p{N}][\p{L}\p{N}-]*$/u.test(prev) || TITLE_FUNCTION_WORDS.has(prev))
    )
      continue;
    // "Efter kaffet informerar Anna Berg, …": a fronted phrase and its verb, the subject after it; no heading.
    if (FRONTED_VERB.test(prev)) return null;
    return words.slice(0, i).join(' ');
  }
  return null;
}

/**
 * "1. Mötet öppnas Helena Åkesson hälsade välkommen …", "3. Gemensam mottagning för unga Regionen och kommunerna har …":
 * a numbered heading run on into its text on one line, cut like a flattened web heading when what is left before the
 * cut is a short heading (a paragraph opening "1. Helen öppnar och förklarar …" has no such cut).
 */
function runOnHeading(text: string): string | null {
  const words = tokens(text.slice(0, 200));
  // "Kompetensutveckling Från och med hösten …", "Övrigt Inget övrigt.": a capitalised function word opens the text.
  const opener = words.findIndex(
    (w, k) => k > 0 && k <= 6 && SENTENCE_OPENER.test(w) && !/[,.:;]$/.test(words[k - 1]!),
  );
  const heading = opener > 0 ? words.slice(0, opener).join(' ') : flattenedHeading(text);
  if (!heading || wordCount(heading) > 6 || !/^\p{Lu}/u.test(heading)) return null;
  // "Till sekreterare valdes Jan Molde.", "Tillförordnade ordföranden Harald Bohlin öppnade …": a sentence that names
  // someone after its verb is the point's text, not a heading over it.
  return tokens(heading).some((w) => RUN_ON_VERB.test(w.toLowerCase())) ? null : heading;
}

const SENTENCE_OPENER =
  /^(?:Från|Under|Inför|Efter|Sedan|Enligt|Inget|Ingen|Inga|Det|Den|Detta|Dessa|De|Vi|Man|Här|Där|Nu|Även|Också|Som|Vid|Gruppen|Mötet)$/u;
/** A finite or past verb: "valdes", "informerade", "har", "är". */
const RUN_ON_VERB = /^(?:har|hade|är|var|blev|blir|kan|kunde|ska|skulle|får|fick)$|(?:ade|des|tes|ats|dde|tte)$/;

function parseTitle(raw: string, paragraphMark = false, agendaLine = false, digitMark = false): Title {
  // "Information om …__________": a PDF's rule under the paragraph heading is no part of the title.
  let text = stripMarkdown(raw)
    .replace(BULLET, '')
    .replace(/\s*_{3,}$/, '');
  let flattened = false;
  // "§ 2 Anmälningar Kanslichefen anmälde att följande … hade inkommit:": a heading run into a sentence that introduces
  // a list below it.
  const introduces = paragraphMark && text.endsWith(':') && wordCount(text) > 6;
  if ((paragraphMark || digitMark) && (splitSentences(text).length > 1 || endsSentence(text) || introduces)) {
    const heading = paragraphMark ? flattenedHeading(text) : runOnHeading(text);
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
  // "Fallprevention – Anna Mård, fysioterapeut": the presenter after a dash, as in parentheses.
  const dashed = presenters.length === 0 ? DASH_PRESENTER.exec(text.slice(0, 300)) : null;
  if (dashed && isPersonName(dashed[2]!)) {
    presenters.push(dashed[2]!);
    text = dashed[1]!;
  }
  const sentences =
    !flattened && !agendaLine && (splitSentences(text).length > 1 || (endsSentence(text) && wordCount(text) > 6));
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
  let heading = false;
  for (const raw of texts) {
    const text = raw.replace(BULLET, '');
    // "Beslutsunderlag" ⏎ "Tjänsteskrivelse 2021-02-15" ⏎ "Beslutet skickas till" ⏎ "Ekonomiavdelningen": a
    // protocol's sub-heading stands alone, and the line under it starts a paragraph.
    const subheading = isSubsectionHeading(text);
    if (subheading || heading) {
      if (current) out.push(current);
      current = text;
      heading = subheading;
      continue;
    }
    if (text === '' || OWNER_SENTENCE.test(text)) {
      // "Ansvarig: Anna Berg" on a line of its own is a paragraph of its own (the task is above or below it).
      if (current) out.push(current);
      if (text !== '') out.push(text);
      current = '';
    } else if (current && !/[.!?:]["”]?$/.test(current) && !LIST_ENTRY.test(raw)) {
      // A list entry ("- Gustav bokar salen" ⏎ "- 16 november preliminärt") is a sentence of its own.
      current = `${current} ${text}`;
    } else {
      if (current) out.push(current);
      current = text;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Note lines joined as written; runs of blank lines become one paragraph break. */
export function joinNoteLines(texts: readonly string[]): string {
  const out: string[] = [];
  for (const text of texts) {
    if (text === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(text);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** A decision's "X beslutade" lead-in stays in the notes; only the att-clauses move to `decisions`. */
function isDecisionLeadIn(text: string): boolean {
  return !/^att\s/i.test(text) && /beslut|beslöt/i.test(text) && !/\batt\s/i.test(text);
}

function buildItem(
  lines: readonly Line[],
  start: ItemStart,
  end: number,
  consumed: Uint8Array,
  date: string | null,
): { item: MinutesItem; headingInNotes: boolean } {
  const title = parseTitle(headingText(lines, start, consumed), start.paragraphMark, start.agendaLine, start.digitMark);
  if (start.marker !== undefined) {
    // The marker's paragraph is the item's text as well as its title; a decision marker gives the kind.
    title.paragraph = true;
    title.title = firstSentence(start.heading.slice(0, TITLE_WINDOW));
    if (/beslut/i.test(start.marker)) title.kind = 'beslut';
  }
  if (start.runIn !== undefined) {
    // The topic is the title; its line, run into the paragraph, stays whole in the notes.
    title.title = start.runIn;
    title.paragraph = true;
  }
  const from = title.paragraph && start.bodyFrom === start.index + 1 ? start.index : start.bodyFrom;
  const body: number[] = [];
  for (let i = from; i < end; i++) if (!consumed[i] && !lines[i]!.cell) body.push(i);
  const decided = readDecisions(lines, body);
  const skip = new Set(decided.lines);
  const presenters = [...title.presenters];
  const texts: string[] = [];
  const notes: string[] = [];
  // Lines between the number and a heading on a later line ("3." ⏎ ⏎ "Heading") hold nothing else.
  // A heading on a line of its own is the title; a paragraph standing in for one stays in the notes.
  for (let i = start.index + 1; i < from; i++) {
    if (consumed[i] || lines[i]!.text === '' || (i === start.bodyFrom - 1 && !title.paragraph)) continue;
    notes.push(lines[i]!.text);
  }
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (consumed[i]) continue;
    if (line.cell) {
      notes.push(line.text);
      continue;
    }
    const text = i === start.index && from === start.index ? start.heading : line.text;
    if (skip.has(i)) {
      const leadIn = isDecisionLeadIn(text) ? text : sameLineLeadIn(text);
      if (leadIn) notes.push(leadIn);
      continue;
    }
    const presenterLine = PRESENTER_LINE.exec(text);
    if (presenterLine) presenters.push(...findNameRuns(presenterLine[1]!));
    else texts.push(text);
    notes.push(text);
  }
  const item: MinutesItem = {
    number: start.number,
    title: title.title,
    kind: title.kind,
    presenters: [...new Set(presenters)],
    decisions: decided.decisions,
    actions: itemActions(title.title, title.paragraph, texts, date),
    notes: joinNoteLines(notes),
  };
  return { item, headingInNotes: from <= start.index && start.heading === lines[start.index]!.text };
}

function itemActions(title: string, paragraph: boolean, texts: readonly string[], date: string | null) {
  // A one-sentence heading ("§ 56. Ordföranden skriver … omgående.") can itself hold the task.
  const found = findActions(
    toSentences(paragraphsOf(!paragraph && endsSentence(title) ? [title, '', ...texts] : texts)),
    date,
  );
  if (!TODO_HEADING.test(title)) return found;
  const listed = listTasks(texts, date);
  return [...listed, ...found.filter((a) => !listed.some((l) => l.task.includes(a.task) || a.task.includes(l.task)))];
}

/** How the items were found, from explicit structure down to a guess; the confidence follows it. */
export type ItemLayout = 'numbered' | 'headed' | 'generic' | 'container' | 'none';

export interface ItemsRead {
  items: MinutesItem[];
  layout: ItemLayout;
  /** Line index where each item starts (parallel to `items`). */
  starts: number[];
  /** Heading lines: read into titles, kinds and presenters rather than copied into notes. */
  headings: number[];
}

/** Text above the first item that no other reader claimed; it goes to the first item's notes. */
function preamble(lines: readonly Line[], consumed: Uint8Array, end: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < end; i++) if (!consumed[i]) out.push(lines[i]!.text);
  return out;
}

/**
 * Competing segmentations: a numbered run of sentences ("1. Ansvaret flyttas …" ⏎ "2. …") inside an
 * item of minutes whose agenda is a series of unnumbered headings is a list in the text, not the
 * agenda. The headings win when at least as many of them stand outside the numbered run.
 */
function numberedSubList(
  lines: readonly Line[],
  consumed: Uint8Array,
  numbered: readonly ItemStart[],
  sectionHeadings: readonly number[],
): { starts: ItemStart[]; strong: boolean } | null {
  if (numbered.length === 0 || numbered.some((s) => s.paragraphMark)) return null;
  const from = numbered[0]!.index;
  const to = numbered[numbered.length - 1]!.index;
  // "## Actionpoints" ⏎ "1. Rensa upp …" ⏎ "2. …": a numbered list right under a Markdown section heading is that
  // section's content when other sections stand beside it.
  const inSection = lines[prevNonBlank(lines, from - 1)]?.heading === true;
  const sentences = numbered.filter((s) => endsSentence(s.heading) && wordCount(s.heading) >= 4).length;
  if (!inSection && sentences * 2 <= numbered.length) return null;
  const headed = findHeadedStarts(lines, consumed, sectionHeadings);
  const outside = headed.starts.filter((s) => s.index < from || s.index > to).length;
  return outside >= 2 && (inSection || outside >= numbered.length) ? headed : null;
}

/**
 * A numbered list of formal points ("1. Öppnande" … "5. Framställande av interpellationer") followed by unnumbered
 * headings over a presenter line ("Information från regionrevisionen" ⏎ "Föredragande: …"): those headings are points of
 * the agenda as well.
 */
function presenterHeadingsBelow(lines: readonly Line[], consumed: Uint8Array, from: number): ItemStart[] {
  const out: ItemStart[] = [];
  for (let i = from; i < lines.length - 1; i++) {
    const text = lines[i]!.text;
    if (consumed[i] || consumed[i + 1] || lines[i]!.cell || lines[i - 1]?.text !== '') continue;
    if (!/^\p{Lu}/u.test(text) || /[.!?:;,]$/.test(text) || wordCount(text) > 25 || PRESENTER_LINE.test(text)) continue;
    if (PRESENTER_LINE.test(lines[i + 1]!.text)) out.push({ index: i, number: null, heading: text, bodyFrom: i + 1 });
  }
  return out;
}

/** "1. Mötets öppnande", "1. Välkommen, inledning och presentation": a short title numbered 1, no sentence. */
const FIRST_POINT = /^1[.)] (\p{Lu}[^.!?:;]{2,80})$/u;

/**
 * A web copy that numbers only its first point ("1. Mötets öppnande" ⏎ … ⏎ "• Agenda" ⏎ "• Teman"): the numbering went
 * on as bullets or headings, so that lone first point above the items read is an item too (only one such line).
 */
function firstPointAbove(lines: readonly Line[], consumed: Uint8Array, starts: readonly ItemStart[]): ItemStart[] {
  const limit = starts[0]?.index ?? lines.length;
  const found: ItemStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.cell || consumed[i] ? null : FIRST_POINT.exec(lines[i]!.text);
    if (!m) continue;
    if (i >= limit || /^\d{1,3}[.)] /.test(lines[nextNonBlank(lines, i + 1, lines.length)]?.text ?? '')) return [];
    found.push({ index: i, number: '1', heading: m[1]!, bodyFrom: i + 1 });
  }
  return found.length === 1 ? found : [];
}

export function readItems(
  lines: readonly Line[],
  consumed: Uint8Array,
  date: string | null,
  sectionHeadings: readonly number[] = [],
): ItemsRead {
  let layout: ItemLayout = 'numbered';
  let starts = addBulletSubItems(lines, findNumberedStarts(lines, consumed), consumed);
  const headedVote = numberedSubList(lines, consumed, starts, sectionHeadings);
  if (headedVote) {
    starts = headedVote.starts;
    layout = headedVote.strong ? 'headed' : 'generic';
  } else if (starts.length > 0) {
    starts = [...starts, ...presenterHeadingsBelow(lines, consumed, starts[starts.length - 1]!.bodyFrom)];
  }
  if (starts.length === 0) starts = findWebBulletStarts(lines, consumed);
  if (starts.length === 0) starts = findLoneMarkerStarts(lines, consumed);
  if (starts.length === 0) starts = findContentsStarts(lines, consumed);
  if (starts.length === 0) starts = findAttachmentLinkStarts(lines, consumed);
  if (starts.length === 0) {
    const headed = findHeadedStarts(lines, consumed, sectionHeadings);
    const bullets = findBulletHeadingStarts(lines, consumed);
    // Competing segmentations of unnumbered minutes: bullet headings win over guessed headings.
    // "• Tillgänglighet …" ⏎ text ⏎ "• Övriga frågor": a known section that is itself one of the bullets competes with none.
    const sectionsAreBullets = headed.starts.every((h) => bullets.some((b) => b.index === h.index));
    if (bullets.length > 0 && (!headed.strong || sectionsAreBullets)) {
      starts = addBulletSubItems(lines, bullets, consumed);
      layout = 'headed';
    } else {
      starts = headed.strong ? addOutlineTopics(lines, headed.starts, consumed) : headed.starts;
      if (headed.strong) starts = [...agendaBulletStarts(lines, consumed, starts[0]?.index ?? lines.length), ...starts];
      layout = headed.strong ? 'headed' : 'generic';
    }
  }
  if (starts.length === 0) starts = findLoneNumbered(lines, consumed);
  if (starts.length === 0) {
    starts = findLoneHeading(lines, consumed);
    if (starts.length > 0) layout = 'generic';
  }
  if (starts.length === 0) {
    starts = findLoneListHeading(lines, consumed);
    if (starts.length > 0) layout = 'generic';
  }
  if (starts.length === 0) {
    starts = findSummaryBulletStarts(lines, consumed);
    layout = 'generic';
  }
  if (starts.length === 0) {
    starts = findRunInHeadingStarts(lines, consumed);
    layout = 'generic';
  }
  if (starts.length === 0) {
    starts = findContainerStart(lines, consumed);
    layout = 'container';
  }
  if (layout !== 'numbered' && layout !== 'container')
    starts = [...firstPointAbove(lines, consumed, starts), ...starts];
  const first = starts[0]?.index ?? lines.length;
  const before = preamble(lines, consumed, first);
  if (starts.length === 0) {
    // Nothing reads as an item: any leftover text still becomes one item, titled by its first line.
    const text = joinNoteLines(before);
    if (text === '') return { items: [], layout: 'none', starts: [], headings: [] };
    const titleLine = text.split('\n')[0]!;
    const item: MinutesItem = {
      number: null,
      title: firstSentence(titleLine).slice(0, 300),
      kind: null,
      presenters: [],
      decisions: [],
      actions: [],
      notes: text,
    };
    return { items: [item], layout: 'none', starts: [0], headings: [] };
  }
  const built = starts.map((start, k) => buildItem(lines, start, starts[k + 1]?.index ?? lines.length, consumed, date));
  const items = built.map((b) => b.item);
  const head = joinNoteLines(before);
  if (head !== '') items[0]!.notes = items[0]!.notes === '' ? head : `${head}\n\n${items[0]!.notes}`;
  // "Den 11 mars godkände styrelsen … Styrelsen beslutade också att yttra sig över …" ⏎ "Årsredovisning 2020": a web
  // summary's lead paragraph above its headings tells decisions too; they are the first point's.
  const leadDecisions = readDecisions(
    lines,
    before.length === 0 ? [] : [...Array(first).keys()].filter((i) => !consumed[i] && !lines[i]!.cell),
  ).decisions;
  if (leadDecisions.length > 0) items[0]!.decisions = [...leadDecisions, ...items[0]!.decisions];
  // "Lägesrapport från vecka 14" ⏎ "… kommer vi ge ut en lägesrapport varje fredag …" ⏎ "Några saker …:": a web
  // summary's lead paragraphs above its one heading are part of its one point; a task in them is that point's.
  if (layout === 'generic' && starts.length === 1 && head !== '')
    items[0]!.actions = [...itemActions('', false, before, date), ...items[0]!.actions];
  return {
    items,
    layout,
    starts: starts.map((s, k) => (k === 0 ? 0 : s.index)),
    // A paragraph that stands in for a heading is in the notes as written, so it is no heading line here (else the
    // coverage check would copy it into the notes a second time).
    headings: starts.flatMap((s, k) =>
      (s.bodyFrom > s.index + 1 ? [s.index, s.bodyFrom - 1] : [s.index]).filter(
        (i) => !(built[k]!.headingInNotes && i === s.index),
      ),
    ),
  };
}
