import { splitSentences } from '../text/sentences.ts';
import type { Line } from '../text/lines.ts';
import { isSubsectionHeading } from './headings.ts';

const DECIDED =
  /^(.{0,150}?)\b(?:beslutade|beslutar|beslöt|beslutades|beslutas)\b(?: därefter| enhälligt| enligt följande| följande|,? för egen del,?| om(?= att\b)| också| även| dessutom| vidare)?\s*:?\s*(.*)$/i;
const ATT_CLAUSE = /^att\s/i;
/** "- att …", "1. att …", "b) att …": clauses written as bullets or numbered points. */
const DASHED_ATT = /^(?:[-–•]|\d{1,2}[.)]|[a-h]\))\s*(?=att\s)/i;
/** "1. godkänna förslaget …": a numbered decision clause without "att", its verb in lower case. */
const NUMBERED_CLAUSE = /^\d{1,2}[.)]\s+(\p{Ll}.*)$/u;
/** Protocols put the decision under its own heading line: "Beslut", "Beslut:", "Nämndens beslut". */
const DECISION_HEADING =
  /^(?:(?:\p{L}+-? (?:och |för |i )?){0,3}\p{L}+s )?(?:beslut|beslutet|beslutades|beslutar)\s*:?$/iu;
/**
 * "Arbetsutskottets förslag till kommunstyrelsen", "Förvaltningens förslag", "Förslag till beslut": a heading over a
 * proposal; "Kommunstyrelsen beslutar att …" under it is the decision proposed, not taken.
 */
const PROPOSAL_HEADING = /^(?:(?:[\p{L}-]+ (?:och )?){0,3}[\p{L}-]+s )?förslag(?: till [\p{L} -]{2,40})?\s*:?$/iu;
/** A decision taken at the meeting is told in the past tense, also under a proposal heading. */
const PAST_DECISION = /\b(?:beslutade|beslöt|beslutades|beslöts)\b/i;

/**
 * "Nämnden beslutar att …" on one line: its lead-in "Nämnden beslutar", which says who decided and stays in the
 * item's notes while the att-clause moves to the decisions. Null for a line without such a lead-in.
 */
export function sameLineLeadIn(text: string): string | null {
  const m = DECIDED.exec(text);
  if (!m || !ATT_CLAUSE.test(m[2]!)) return null;
  const leadIn = m[0].slice(0, m[0].length - m[2]!.length).replace(/[\s:]+$/, '');
  return /\p{L}/u.test(leadIn) ? leadIn : null;
}

export interface DecisionBlock {
  decisions: string[];
  /** Lines used by the decision ("X beslutade" and its att-clauses). */
  lines: number[];
}

/**
 * A wrapped clause continues on lines that neither start a new "att" nor look like a new sentence; a line opening with
 * a number continues a clause cut after a lower-case word ("… vid nämndens sammanträde den" ⏎ "30 januari 2024.").
 */
function continuesClause(text: string, previous = ''): boolean {
  if (text === '' || ATT_CLAUSE.test(text)) return false;
  return /^\p{Ll}/u.test(text) || (/^\d/.test(text) && /\p{Ll}$/u.test(previous));
}

/**
 * OCR and PDF line breaks split words ("beslu- tade"); joined again only to recognise the verb, which
 * DECIDED looks for near the start, so only the head of a long line is rewritten.
 */
function dehyphenate(text: string): string {
  if (text.length > 400) return dehyphenateShort(text.slice(0, 400)) + text.slice(400);
  return dehyphenateShort(text);
}

function dehyphenateShort(text: string): string {
  if (!text.includes('- ')) return text;
  return text.replace(/(\p{Ll})-\s+(?!(?:och|eller|samt|respektive|som|till)(?![\p{L}]))(?=\p{Ll})/gu, '$1');
}

const PROPOSAL = /\b(?:förslag|yrka|föreslå)/i;
/**
 * The part of the text before the verb that belongs to the verb's own sentence: "Linda Hjort presenterade ett förslag
 * … i mars. Nätverket beslutade att …" is a decision; only a proposal in the same sentence makes it none.
 */
function ownSentence(lead: string): string {
  const at = lead.search(/[.!?]\s+\p{Lu}[^.!?]*$/u);
  const sentence = at >= 0 ? lead.slice(at + 1) : lead;
  // "Förslag till arbetsgrupper utskickat till styrelsen, beslutas att …": a finished clause before the comma names
  // the matter (a proposal sent out), not a proposal of this decision.
  const clause = /, (?=[^,]*$)/u.exec(sentence);
  return clause ? sentence.slice(clause.index + 2) : sentence;
}
/** A sentence inside a flattened paragraph: "Nämnden beslutar att godkänna …", "Styrgruppen beslutade om att starta …". */
const DECISION_SENTENCE =
  /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3} (?:beslutade|beslutar|beslöt)(?: därefter| enhälligt| enligt följande|,? för egen del,?| om| också| även| dessutom| vidare)? (att\s.*)$/u;
/**
 * "Styrelsen beslutade om bland annat om programpriser 2022 … och att rekommendera kommunerna …": a decision on a matter
 * (no clause) and an att-clause joined to it; the clause is the decision as written.
 */
const DECIDED_ON_AND =
  /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3} (?:beslutade|beslutar|beslöt) om [^.;]{1,200}? och (att\s.*)$/u;

/** Decision sentences inside one long line (web pages put a whole paragraph on one line). */
function inlineDecisions(text: string): string[] {
  if (text.length > 20_000 || !/beslut|beslöt/i.test(text)) return [];
  const out: string[] = [];
  for (const whole of splitSentences(text)) {
    // "Färdplanen har reviderats. Beslut: att färdplanen antas …": the marker and its clause after a sentence.
    const marked = DECISION_MARKER.exec(whole);
    if (marked) {
      out.push(...splitAttClauses(marked[1]!));
      continue;
    }
    // "§ 121 Rapport om vårdskador … Beslut Rapporten läggs till handlingarna.", "… Dnr KS 2023/9 Meddelanden
    // Kommunstyrelsens beslut Meddelandena läggs …": a protocol flattened to one line runs its decision heading into
    // the decision.
    const runIn = RUN_IN_DECISION_HEADING.exec(whole.slice(0, 600));
    const after = runIn ? whole.slice(runIn.index + runIn[0].length) : null;
    if (after !== null && isPassiveDecision(after)) {
      out.push(after);
      continue;
    }
    // "… uppföljningen. Beslut: Ledningen beslutade att …": a decision marker run into the paragraph before it.
    const sentence = after ?? whole.replace(/^beslut\s*:\s*/i, '');
    const m =
      DECISION_SENTENCE.exec(sentence) ??
      DECIDED_ON_AND.exec(sentence) ??
      IMPERSONAL_DECISION.exec(sentence) ??
      TOOK_DECISION.exec(sentence) ??
      INVERTED_DECISION.exec(sentence);
    // "att antalet är fem och att A och B återväljs samt att C är suppleant": each att-clause is a decision.
    if (m && !PROPOSAL.test(ownSentence(sentence.slice(0, m.index + sentence.indexOf(m[1]!)))))
      out.push(...splitAttClauses(m[1]!.replace(NEXT_PREDICATE, '')));
  }
  return out;
}

/** "… Beslut Rapporten …", "… Kommunstyrelsens beslut Meddelandena …": a decision heading inside a flattened line. */
const RUN_IN_DECISION_HEADING = /(?:(?<=\S)\s(?:Beslut|[\p{L}-]+s beslut):?|^Beslut) (?=\p{Lu})/u;

/** "att A, att B och att C": each att-clause of a run-on decision is a decision of its own. */
function splitAttClauses(text: string): string[] {
  return text.split(/(?:,| och| samt) (?=att )/u);
}

/** "Styrelsen tog (som årets första) beslut att utse …", "Nämnden fattade beslut att …": a decision told in prose. */
const TOOK_DECISION =
  /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3} (?:tog|fattade)(?: [\p{L}-]+){0,3} beslut(?:et)?(?: om)? (att\s.*)$/u;

/** The decider named after the verb: a capitalised name or a forum word ("rådet", "styrelsen"). */
const DECIDER = String.raw`(?:\p{Lu}[\p{L}-]*|\p{Ll}*(?:rådet|styrelsen|nämnden|gruppen|utskottet|beredningen|förbundet|föreningen|mötet))`;
const DECIDER_FIRST = new RegExp(String.raw`^${DECIDER} att\s`, 'u');

/**
 * "Här beslutade Folkhälsorådet att …", "Måldialog - Här beslutade rådet att …": a fronted adverb before the verb, the
 * decider after it.
 */
const INVERTED_DECISION = new RegExp(
  String.raw`^(?:[^.]{0,60} [-–] )?\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2} (?:beslutade|beslutar|beslöt) ${DECIDER} (att\s.*)$`,
  'u',
);

/** "… beslut om att godkänna inriktningen och kommer att påbörja en dialog …": the decider's next deed ends the clause. */
const NEXT_PREDICATE = / (?:och|samt) (?:kommer|ska|skall|fick|gav|har|återkommer) .*$/u;

/**
 * "Beslutas att UPS står för …", "Om verksamheten kommer igång beslutas att …", "Beslöts att …" (also misspelt
 * "Besluts att"): no named decider.
 */
const IMPERSONAL_DECISION =
  /^(?:[^.]{0,120} )?(?:[Bb]eslutas|[Bb]eslutades|[Bb]eslöts|[Bb]esluts(?= att))(?: därefter| också| även| dessutom| vidare)? (att\s.*)$/u;

/**
 * "Beslut: Att …", "Nämndens beslut: att …", "- Beslut att använda …" (a list entry, no colon): a decision marker with
 * its clause on the same line.
 */
const DECISION_MARKER =
  /^(?:[-*•] )?(?:\*\*|__)?(?:\p{L}+s )?beslut(?:et)?(?:\s*:\s*(?:\*\*|__)?\s*|(?:\*\*|__)\s*:?\s*| )(att\s.*)$/iu;
/** "Beslut:", "RMPG Konklusion:", "Slutsatser:": a heading over the decisions written as bullets. */
const CONCLUSION_HEADING = /^(?:[\p{L}:-]+ ){0,2}(?:beslut|beslutet|konklusion(?:er)?|slutsats(?:er)?)\s*:$/iu;
const BULLET = /^[-–•*]\s*(.*)$/u;
/** A sub-bullet ("o En inledande del …", "◦ …"): detail of the decision above, left in the notes. */
const SUB_BULLET = /^(?:o|◦|▪|·)\s/u;

/**
 * Decisions written without "att" as bullets under a conclusion heading: each top-level bullet (with
 * its wrapped lower-case lines) is one decision; the list ends at the first line that is neither.
 */
function bulletDecisions(
  lines: readonly Line[],
  indexes: readonly number[],
  k: number,
): { decisions: string[]; next: number } {
  const decisions: string[] = [];
  let j = k + 1;
  // Wrapped lines of a sub-bullet belong to it, not to the decision above.
  let inSubBullet = false;
  for (; j < indexes.length; j++) {
    const text = lines[indexes[j]!]!.text;
    if (text === '') continue;
    const bullet = BULLET.exec(text);
    if (bullet) {
      decisions.push(bullet[1]!);
      inSubBullet = false;
    } else if (decisions.length > 0 && SUB_BULLET.test(text)) inSubBullet = true;
    else if (inSubBullet && continuesClause(text)) continue;
    else if (decisions.length > 0 && (continuesClause(text) || decisions[decisions.length - 1] === '')) {
      const last = decisions.length - 1;
      decisions[last] = `${decisions[last]!} ${text}`.trim();
    } else break;
  }
  return { decisions: decisions.filter((d) => d !== ''), next: j };
}

/**
 * A one-sentence decision in the present passive ("Dagordningen fastställs.", "Redovisningen läggs till handlingarna.",
 * "Uppföljningen godkänns och läggs till handlingarna."): a capitalised subject of one to three words, then the verb.
 */
const PASSIVE_DECISION = /^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2} \p{Ll}{3,}(?:s|as)(?![\p{L}])[^.!?]{0,200}\.$/u;
const NOT_PASSIVE =
  /^(?:\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}) (?:är|har|blir|finns|gäller|kan|ska|skall|var|hade|blev)(?![\p{L}])/u;

function isPassiveDecision(text: string): boolean {
  if (text.length > 300 || DECIDED.test(text) || !PASSIVE_DECISION.test(text) || NOT_PASSIVE.test(text)) return false;
  return splitSentences(text).length === 1;
}

/** The line under a decision heading when it is a decision in the present passive, else null. */
function passiveDecision(lines: readonly Line[], indexes: readonly number[], from: number): string | null {
  let j = from;
  while (j < indexes.length && lines[indexes[j]!]!.text === '') j++;
  const text = j < indexes.length ? lines[indexes[j]!]!.text : '';
  return isPassiveDecision(text) ? text : null;
}

/** "1. Socialnämnden godkänner …", "2. Socialnämnden ger förvaltningen i uppdrag att …": a numbered point. */
const NUMBERED_SENTENCE = /^(\d{1,2})[.)]\s+(\p{Lu}.*)$/u;

/**
 * Numbered decisions under a decision heading, each a sentence of its own from 1 on (wrapped lines in lower case
 * continue it); their lines, empty if the heading is over something else.
 */
function numberedDecisions(
  lines: readonly Line[],
  indexes: readonly number[],
  from: number,
): { decisions: string[]; used: number[] } {
  const decisions: string[] = [];
  const used: number[] = [];
  for (let j = from; j < indexes.length; j++) {
    const text = lines[indexes[j]!]!.text;
    if (text === '' && decisions.length === 0) continue;
    const m = NUMBERED_SENTENCE.exec(text);
    if (m && Number(m[1]) === decisions.length + 1 && !PROPOSAL.test(m[2]!)) decisions.push(m[2]!);
    else if (decisions.length > 0 && continuesClause(text, decisions[decisions.length - 1])) {
      decisions[decisions.length - 1] += ` ${text}`;
    } else break;
    used.push(indexes[j]!);
  }
  return decisions.length > 0 ? { decisions, used } : { decisions: [], used: [] };
}

/** "Utskottet föreslår att nämnden antar …", "Nämnden föreslår kommunfullmäktige att …": a proposal sent on. */
const PROPOSES =
  /^\p{Lu}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,3} (?:föreslår|rekommenderar)(?: \p{L}[\p{L}-]*){0,2}? (att\s.*)$/u;

/** The att-clause of a proposal on the line under a decision heading (with its wrapped lines), else null. */
function headedProposal(lines: readonly Line[], indexes: readonly number[], from: number): string | null {
  let j = from;
  while (j < indexes.length && lines[indexes[j]!]!.text === '') j++;
  const text = j < indexes.length ? lines[indexes[j]!]!.text : '';
  const m = text.length <= 1000 ? PROPOSES.exec(text) : null;
  if (!m) return null;
  let clause = m[1]!;
  for (j++; j < indexes.length && continuesClause(lines[indexes[j]!]!.text, clause); j++) {
    clause += ` ${lines[indexes[j]!]!.text}`;
  }
  return clause;
}

/** "X beslutade" followed by "att …" clauses, which are the decisions as written. */
export function readDecisions(lines: readonly Line[], indexes: readonly number[]): DecisionBlock {
  const out: DecisionBlock = { decisions: [], lines: [] };
  // Under "Arbetsutskottets förslag till kommunstyrelsen" / "Förslag till beslut", up to the next protocol sub-heading:
  // "Kommunstyrelsen beslutar att …" is proposed; a decision told in the past tense is still taken.
  let proposed = false;
  for (let k = 0; k < indexes.length; k++) {
    const used = [indexes[k]!];
    let text = lines[indexes[k]!]!.text;
    if (text.length <= 80 && PROPOSAL_HEADING.test(text)) {
      proposed = true;
      continue;
    }
    if (proposed && (isSubsectionHeading(text) || DECISION_HEADING.test(text) || PAST_DECISION.test(text)))
      proposed = false;
    if (proposed) continue;
    if (CONCLUSION_HEADING.test(text)) {
      const bullets = bulletDecisions(lines, indexes, k);
      if (bullets.decisions.length > 0) {
        // The bullet lines stay in the item text too (sub-bullets and actions inside them are kept).
        out.decisions.push(...bullets.decisions);
        k = bullets.next - 1;
        continue;
      }
    }
    // "… beslu-" ⏎ "tade": the verb was split over two lines.
    const next = k + 1 < indexes.length ? lines[indexes[k + 1]!]!.text : '';
    if (text.length < 400 && /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next) && !DECIDED.test(dehyphenate(text))) {
      const joined = `${text} ${next}`;
      if (DECIDED.test(dehyphenate(joined))) {
        text = joined;
        used.push(indexes[k + 1]!);
      }
    }
    const marked = DECISION_MARKER.exec(text);
    if (marked) {
      // "Beslut: Att utkastet skickas på remiss.": the marker stands in for "X beslutade".
      out.decisions.push(marked[1]!);
      out.lines.push(indexes[k]!);
      continue;
    }
    const heading = DECISION_HEADING.test(text);
    const numbered = heading ? numberedDecisions(lines, indexes, k + 1) : null;
    if (numbered && numbered.decisions.length > 0) {
      // "Socialnämndens beslut" ⏎ "1. Socialnämnden godkänner …" ⏎ "2. …": each point is a decision, as written.
      out.decisions.push(...numbered.decisions);
      out.lines.push(...numbered.used);
      k = indexes.indexOf(numbered.used[numbered.used.length - 1]!);
      continue;
    }
    const passive = heading ? passiveDecision(lines, indexes, k + 1) : null;
    if (passive) {
      // "Socialnämndens beslut" ⏎ "Dagordningen fastställs.": the decision without "att", as written; the line stays in
      // the item text.
      out.decisions.push(passive);
      continue;
    }
    const proposal = heading ? headedProposal(lines, indexes, k + 1) : null;
    if (proposal) {
      // "BESLUT" ⏎ "Styrgruppen föreslår att förbundsstyrelsen antar …": the heading makes the proposal the body's
      // decision; the line stays in the item text.
      out.decisions.push(proposal);
      continue;
    }
    const m = heading ? ['', '', ''] : DECIDED.exec(dehyphenate(text));
    // "Här beslutade Folkhälsorådet att …": the decider after the verb, read per sentence like a decision in prose.
    // "… beslutade om bland annat om X och att …": a matter, then the clause, read per sentence too.
    const onAnd = m !== null && !ATT_CLAUSE.test(m[2]!) && / och att\s/.test(m[2]!) && DECIDED_ON_AND.test(text);
    if (!m || PROPOSAL.test(ownSentence(m[1]!)) || DECIDER_FIRST.test(m[2]!) || onAnd) {
      const inline = m && PROPOSAL.test(ownSentence(m[1]!)) ? [] : inlineDecisions(text);
      // The line stays in the item text: the rest of the paragraph may hold actions.
      out.decisions.push(...inline);
      continue;
    }
    const clauses: string[] = [];
    // "… beslutade att ge X i uppdrag att … . Anna Berg ansvarar för …": the decision ends with its
    // sentence; the line stays in the item text, since the sentences after it may hold actions.
    // A line of a text without line breaks can hold the whole document: only its head is split, so that the
    // decision still ends with its sentence instead of taking the rest of the document.
    const sentences = ATT_CLAUSE.test(m[2]!) ? splitSentences(m[2]!.slice(0, 20_000)) : [];
    if (sentences.length > 1) {
      // "Styrelsen beslutade att A, att B och att C. Vidare beslutades att D.": further decisions may follow in the
      // same paragraph.
      out.decisions.push(...splitAttClauses(sentences[0]!), ...inlineDecisions(sentences.slice(1).join(' ')));
      continue;
    }
    // "Arbetsutskottet beslutar att föreslå att:" introduces the clauses below (after a "Kommunstyrelsen
    // beslutar" line of their own), so the lead-in is not itself a decision.
    if (ATT_CLAUSE.test(m[2]!) && /\batt:$/i.test(m[2]!.trim())) continue;
    if (ATT_CLAUSE.test(m[2]!)) clauses.push(m[2]!);
    let j = k + used.length;
    // "Kommunstyrelsen beslutar att" ⏎ "- godkänna uppföljningen," ⏎ "- uppdra åt …": the "att" is shared by the
    // bullets below, each a decision as written; the lines stay in the item text (tasks may follow in them).
    if (/^att:?$/i.test(m[2]!.trim())) {
      let b = j;
      while (b < indexes.length && lines[indexes[b]!]!.text === '') b++;
      const bullets = b < indexes.length ? bulletDecisions(lines, indexes, b - 1) : null;
      if (bullets && bullets.decisions.length > 0 && BULLET.test(lines[indexes[b]!]!.text)) {
        out.decisions.push(...bullets.decisions);
        k = bullets.next - 1;
        continue;
      }
    }
    // "Regionstyrelsen beslutar att" ⏎ "Föreslå regionfullmäktige …": the clause is the next line.
    if (/^att$/i.test(m[2]!.trim())) {
      while (j < indexes.length && lines[indexes[j]!]!.text === '') j++;
      const next = j < indexes.length ? lines[indexes[j]!]!.text : '';
      if (/^\p{Lu}/u.test(next) && !DECIDED.test(next)) {
        clauses.push(next);
        used.push(indexes[j]!);
        j++;
      }
    }
    // "Socialnämnden beslutar" ⏎ "1. godkänna förslaget …" ⏎ "2. uppdra åt …": numbered clauses without "att", each
    // opening with its verb in lower case, under a line that ends with the decider's verb.
    // "Kommunstyrelsen beslutar att" ⏎ "1. godkänna …": the "att" is shared by the numbered clauses.
    const bare = !heading && /^(?:att:?)?$/i.test(m[2]!.trim()) && /\p{Lu}/u.test(m[1]!);
    for (; j < indexes.length; j++) {
      // "Kommunstyrelsen beslutar" ⏎ "- att …" ⏎ "- att …": clauses written as dash bullets.
      const line = lines[indexes[j]!]!.text.replace(DASHED_ATT, '');
      if (line === '') continue;
      const numbered = bare ? NUMBERED_CLAUSE.exec(line) : null;
      if (numbered) clauses.push(numbered[1]!);
      else if (ATT_CLAUSE.test(line)) clauses.push(line);
      else if (clauses.length > 0 && continuesClause(line, clauses[clauses.length - 1]))
        clauses[clauses.length - 1] += ` ${line}`;
      else break;
      used.push(indexes[j]!);
    }
    if (clauses.length === 0) continue;
    // "Beslutades att anta planen" ⏎ "samt att utse Sandra Ek …": a wrapped line opening a further att-clause.
    out.decisions.push(...clauses.flatMap(splitAttClauses));
    out.lines.push(...used);
    k = j - 1;
  }
  return out;
}

const ADJUSTER = /\batt utse\s+(.{3,120}?)\s+(?:till|som|att)\s+(?:\p{Ll}+\s+){0,3}?juster/iu;

/** "att utse Anna Berg till rapportör … samt att, jämte ordföranden, justera protokollet". */
const CHOSEN = /^att (?:utse|välja) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2})\b/u;

export function adjusterFromDecision(decision: string): string | null {
  const m = ADJUSTER.exec(decision);
  if (m) return m[1]!.replace(/\([^()]*\)/g, '').trim();
  const chosen = CHOSEN.exec(decision);
  return chosen && /\bjuster/i.test(decision.slice(0, 300)) ? chosen[1]! : null;
}
