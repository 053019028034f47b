import { type Line, nextNonBlank, prevNonBlank, wordCount } from '../text/lines.ts';
import { findNameRuns, isNameToken, isPersonName, leadingNameRun } from '../text/names.ts';
import { tokens } from '../text/sentences.ts';
import type { Attendee } from '../types.ts';
import { type LabelMatch, matchLabel, matchLabels, roleMentioned, roleOf, type RoleKind } from './labels.ts';
import { readSpacedTable, readTabTable, readTableAt, spacedSegments, type TabTable } from './table.ts';

export interface PeopleInfo {
  attendees: Attendee[];
  roles: Partial<Record<RoleKind, string>>;
  /** Roles given by first names alone where the text elects them ("Val av justerare" ⏎ "Jan och Sven."): kept as written. */
  firstNameRoles: Set<RoleKind>;
  /** "… samt föredragande enligt nedan": every presenter also attended. */
  presentersAttend: boolean;
}

interface Candidate {
  tokens: string[];
  organization: string | null;
  role: string | null;
  roleKind: RoleKind | null;
}

// "(Mp)", "(Sd)": a party marker may be written with a capital initial only.
const PARTY = /^(?:[A-ZÅÄÖ]{1,3}|MP|KD|SD|V|L|M|C|S|Mp|Kd|Sd|Fp)$/;
const ORG_TAIL = /^(.*?)\s+((?:Region|Länsstyrelsen|Landstinget)\s+\S+|\S+s? kommun|\S+ Kommun)$/u;

function splitOrganisation(text: string): { name: string; organization: string | null } {
  const m = ORG_TAIL.exec(text);
  return m ? { name: m[1]!, organization: m[2]! } : { name: text, organization: null };
}

function parenthesisedRole(entry: string): RoleKind | null {
  for (const m of entry.matchAll(/\(([^()]{1,40})\)/g)) {
    // With its parentheses: "(anteckningar)" names the note taker only so.
    const kind = roleMentioned(m[0]);
    if (kind) return kind;
  }
  return null;
}

/** "tjg ers", "tjänstgörande ersättare för Per Sandin" after the name and organisation (splitEntries drops "för X"). */
const SUBSTITUTE_FOR = /(?:^|\s)(?:(?:tjg\.?|tjänstgörande) )?(?:ers\.?|ersättare)(?: för \p{Lu}.*)?$/u;

/** One comma-separated entry: "<first> <last> <organisation> (<role>)". */
function toCandidate(entry: string): Candidate | null {
  if (entry.length > 300) return null;
  const parens = [...entry.matchAll(/\(([^()]{0,120})\)/g)].map((m) => m[1]!.trim());
  const role = parens.find((p) => !PARTY.test(p)) ?? null;
  const withoutParens = entry
    .replace(/\([^()]{0,120}\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Åsa Mörk Falu kommun tjg ers för Per Sandin": the substitute's role after the organisation ends the entry.
  const { name, organization } = splitOrganisation(withoutParens.replace(SUBSTITUTE_FOR, ''));
  const run: string[] = [];
  const words = tokens(name);
  for (const [k, token] of words.entries()) {
    // "Lars O Eriksson": a middle initial between two name tokens; "K. Lindgren": a first name's initial before the surname.
    const initial =
      (k === 1 && /^\p{Lu}\.?$/u.test(token) && isNameToken(words[2] ?? '')) ||
      (k === 0 && /^\p{Lu}\.$/u.test(token) && isNameToken(words[1] ?? ''));
    if (!isNameToken(token) && !initial) break;
    run.push(token);
  }
  if (run.length < 2) {
    // "Region X genom Karin Ståhl (mötesledare)", "Förbundschef Anna Berg": the name ends the entry.
    // A role word before the name may be the previous entry's ("Anna Berg, Sekreterare Bo Ek"): only a
    // role in parentheses is this person's.
    const runs = findNameRuns(name);
    const trailing = runs.at(-1);
    // "Vårdförbundet Peter Olsson TCO", "Lärarförbundet Kim Sjö Kommunal": the one name among capitalised organisation
    // words (a flattened row of "Name Union" entries, the previous entry's union wrapped before it).
    const words = tokens(name);
    const amongOrganisations = runs.length === 1 && words.length <= 6 && words.every((t) => /^\p{Lu}/u.test(t));
    if (amongOrganisations && isPersonName(trailing!))
      return { tokens: trailing!.split(' '), organization, role, roleKind: parenthesisedRole(entry) };
    if (!trailing || name.includes(':') || !name.endsWith(trailing) || !isPersonName(trailing)) return null;
    return { tokens: trailing.split(' '), organization, role, roleKind: parenthesisedRole(entry) };
  }
  return { tokens: run, organization, role, roleKind: roleMentioned(entry) };
}

/** Commas inside parentheses ("Jonas Berg (stabschef, mötesledare)") do not separate entries. */
function protectParens(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    out += depth > 0 && (ch === ',' || ch === ';') ? '\ue000' : ch;
  }
  return depth === 0 ? out : text;
}

function splitEntries(text: string): string[] {
  // "Anna Berg (S) Per Holm (M)": a party marker ends an entry even without a comma.
  const separated = text
    // "Kim Ås (C) tjg ers för Ulla Berg (V)", "Kim Ås (C) för Ulla Berg (V)" under "Tjänstgörande ersättare",
    // "tjänstgör för", "i stället för": the member a substitute stands in for did not attend.
    .replace(
      /((?:ers|ersättare|ersätter|tjg|tjänstgör|tjänstgörande|i stället|istället)\.?|\((?:[A-ZÅÄÖ]{1,3}|MP|KD|SD|FP|Mp|Kd|Sd|Fp)\)) för \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\.?)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?: \((?:[A-ZÅÄÖ]{1,3}|MP|KD|SD|FP|Mp|Kd|Sd|Fp)\))?/gu,
      '$1',
    )
    .replace(/(\((?:[A-ZÅÄÖ]{1,3}|MP|KD|SD|FP|Mp|Kd|Sd|Fp)\)) (?=\p{Lu}\p{Ll})/gu, '$1, ')
    // "…, Sala kommun Anders Hedin (S), Köpings kommun …": the previous entry's kommun ends before the next name.
    .replace(
      /(?<=(?<![\p{L}])\p{Ll}*(?:kommun|stad|län)) (?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2} \((?:[A-ZÅÄÖ]{1,3}|MP|KD|SD|FP|Mp|Kd|Sd|Fp)\))/gu,
      ', ',
    )
    // "Anna Berg (S) 1:e vice ordförande Per Holm (M)": so does the entry's role after the marker.
    .replace(
      /(\((?:[A-ZÅÄÖ]{1,3}|MP|KD|SD|FP|Mp|Kd|Sd|Fp)\)(?: (?!(?:och|samt)(?![\p{L}]))[\p{Ll}\d:]+){1,3}) (?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll})/gu,
      '$1, ',
    )
    // "Vera Dal (L) samt sekreterare Yngve Ek": a role word after "och"/"samt" is the next person's.
    .replace(
      / (och|samt) ((?:mötes|nämnd)?sekreterare|sekr\.?|(?:mötes)?ordförande|ordf\.?|justerare|mötesledare) (?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})/gu,
      ' $1 $3 ($2)',
    )
    // "…, enhetschef, § 156 Anna Berg": the paragraphs someone attended end that entry.
    .replace(/,?\s*§\s*\d{1,4}(?:\s*[-–,]\s*§?\s*\d{1,4})*\s+(?=\p{Lu}\p{Ll})/gu, ', ')
    // "Anna Berg, Bo Ek från Ekgården. Eva Al och Per Holm från SKPF.": a group of names ended by its organisation and
    // a full stop, the next group after it.
    .replace(/(?<= från \p{Lu}[^.,;()]{1,60})\. (?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll})/gu, ', ');
  return protectParens(separated.replace(/\bsamt föredragande enligt nedan\b.*$/i, ''))
    .split(/[,;]|\s+(?:och|samt|&)\s+/)
    .map((e) => e.replace(/\ue000/g, ',').trim())
    .filter((e) => e !== '' && e !== '-')
    .flatMap(splitAfterSide);
}

/**
 * "Catarina Blomberg Arbetsgivare Anna Wilsson Sekreterare", "Susanne Rahm Lärarförbundet Mats Kvist Kommunal": entries
 * of "Name Side" (an employer, a union, a post written after the name, no comma) run together; a capitalised word that
 * is no name, after a full name and before another, ends the entry. An organisation that opens a phrase ("Region
 * Västra Götaland") does not.
 */
function splitAfterSide(entry: string): string[] {
  const words = entry.split(' ');
  if (words.length < 5 || entry.length > 300 || entry.includes('(')) return [entry];
  const out: string[] = [];
  let from = 0;
  for (let k = 2; k + 2 < words.length; k++) {
    const word = words[k]!;
    if (
      /^\p{Lu}/u.test(word) &&
      !isNameToken(word) &&
      !/^(?:region|länsstyrelsen|kommun|landstinget)$/i.test(word) &&
      isNameToken(words[k - 1]!) &&
      isNameToken(words[k - 2]!) &&
      isNameToken(words[k + 1]!) &&
      isNameToken(words[k + 2]!)
    ) {
      out.push(words.slice(from, k + 1).join(' '));
      from = k + 1;
    }
  }
  return [...out, words.slice(from).join(' ')];
}

/**
 * Lists either hold bare names ("Anna Berg, Bo Ek") or name + place ("Anna Berg Avesta"). When most
 * entries carry a third word the last word is the place; otherwise four words are two names that lost
 * their comma.
 */
function resolveNames(candidates: Candidate[], namesOnly: boolean): Attendee[] {
  const long = candidates.filter((c) => c.tokens.length >= 3).length;
  const short = candidates.filter((c) => c.tokens.length === 2).length;
  const withPlace = !namesOnly && long > short;
  const out: Attendee[] = [];
  for (const c of candidates) {
    const t = c.tokens;
    // "Anette Schön Erling Johansson Ulrika Björklund": a PDF column of names run together on one line.
    if (t.length >= 6 && t.length % 2 === 0) {
      for (let k = 0; k < t.length; k += 2)
        out.push({ name: t.slice(k, k + 2).join(' '), organization: null, role: null });
    } else if (withPlace && t.length >= 3) {
      out.push({ name: t.slice(0, -1).join(' '), organization: c.organization ?? t[t.length - 1]!, role: c.role });
    } else if (!withPlace && t.length === 4) {
      out.push({ name: t.slice(0, 2).join(' '), organization: c.organization, role: null });
      out.push({ name: t.slice(2).join(' '), organization: c.organization, role: null });
    } else {
      out.push({ name: t.join(' '), organization: c.organization, role: c.role });
    }
  }
  return out;
}

/** An entry marked absent in an attendance list ("Anna Berg anmält förhinder"). */
const ABSENT = /\b(?:anmält förhinder|förhinder|frånvarande|ej närvarande)\b/i;
/** A table cell that marks its row's person absent ("Förhinder" in a Roll column). */
const ABSENT_CELL = /^(?:anmält förhinder|meddelat förhinder|förhinder|frånvarande|ej närvarande)\.?$/i;
const FIRST_NAME = /^\p{Lu}\p{Ll}*(?:[-\p{Lu}]\p{L}+)?$/u;

class PeopleCollector {
  readonly attendees: Attendee[] = [];
  /** The attendees' names in lower case: a long text adds thousands of names, each looked up here. */
  private readonly known = new Set<string>();
  readonly roles: Partial<Record<RoleKind, string>> = {};
  readonly firstNameRoles = new Set<RoleKind>();
  presentersAttend = false;
  /** "Justeras" over "Anna Berg     Bo Ek": the chair signs beside the adjuster, so the adjuster is the other one. */
  signedWithChair: string[] = [];

  add(attendee: Attendee): void {
    const key = attendee.name.toLowerCase();
    if (this.known.has(key)) return;
    this.known.add(key);
    this.attendees.push(attendee);
  }

  setRole(kind: RoleKind, name: string): void {
    this.roles[kind] ??= name;
  }

  /** `namesOnly`: the entries hold no place (an organisation stood before them), so three words are a name. */
  addList(text: string, namesOnly = false): void {
    if (/föredragande enligt nedan/i.test(text)) this.presentersAttend = true;
    const candidates: Candidate[] = [];
    // "Kerstin- internetansvarig", "Sten – ekonomiansvarig": a dash before a lower-case role ends the name
    // (a surname hyphenated over a line break, "Dahl- gren", leaves a short tail and is kept).
    const entries = splitEntries(text)
      .filter((e) => !ABSENT.test(e))
      .map((e) => e.replace(/\s*[-–]\s+(?:\p{Ll}{6,}|\p{Ll}+ \p{Ll}+).*$/u, ''))
      // "…, Inger Sjöberg, Rolf Wallner.": the sentence's full stop after the last name (not an initial's "Lars O.").
      .map((e, k, all) => (k === all.length - 1 ? e.replace(/(?<=\p{Ll}{2})\.$/u, '') : e));
    // "Närvarande: Leif, Thomas, Per-Gunnar": a labelled list of first names only.
    if (entries.length >= 2 && entries.length <= 40 && entries.every((e) => FIRST_NAME.test(e.replace(/[.]$/, '')))) {
      for (const e of entries) this.add({ name: e.replace(/[.]$/, ''), organization: null, role: null });
      return;
    }
    for (const entry of entries) {
      const candidate = toCandidate(entry);
      // "Anna Berg, Region X (ordf)": the role may also sit in parentheses on the organisation's entry.
      // "Birgitta Holm, ordf (Region Västerfjord)": the role before the organisation in parentheses.
      const role = candidate
        ? null
        : (roleOf(entry) ??
          parenthesisedRole(entry) ??
          roleOf(entry.replace(/\s*\([^()]{1,80}\)$/u, '')) ??
          // "Anna Berg (S), kommunstyrelsen, ordförande KPR": the role with the body's acronym after it.
          roleOf(entry.replace(/ \p{Lu}{2,6}$/u, '')));
      // "Karin Lund (S), ordförande": a role on its own belongs to the name before it.
      const previous = candidates[candidates.length - 1];
      if (role && previous) previous.roleKind ??= role;
      if (candidate) candidates.push(candidate);
    }
    const names = resolveNames(candidates, namesOnly);
    for (const a of names) this.add(a);
    for (const c of candidates) {
      if (c.roleKind) {
        const match = names.find((n) => c.tokens.join(' ').startsWith(n.name));
        if (match) this.setRole(c.roleKind, match.name);
      }
    }
  }
}

/** "Helen Berg, Divisionschef RD" → Helen Berg; the role and organisation follow the comma. */
function personFromLine(text: string): Attendee | null {
  // "Kent Hamacek (VIP) Arne Silfvergren (S)": two entries on one row.
  if (ABSENT.test(text) || /\([^()]{1,12}\)(?: [\p{Ll}\d:]+){0,3} \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}/u.test(text))
    return null;
  // "Anna Berg X, mötesordförande": an attendance column's "X" follows the name.
  const [head, ...rest] = text.replace(/^([^,]{3,80}?) X(?=,|$)/u, '$1').split(',');
  const cleaned = head!
    .replace(/\([^()]{0,120}\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const { name, organization } = splitOrganisation(cleaned);
  const tail = rest.join(',').trim();
  if (!isPersonName(name)) {
    // "Daniel Karlsson utredare äldreförvaltningen, sekreterare KPR": a title in lower case after the name, no comma.
    const lead = leadingNameRun(cleaned);
    const after = lead ? cleaned.slice(lead.length).trim() : '';
    if (!lead || !isPersonName(lead) || !/^\p{Ll}{3,}(?:\s|$)/u.test(after)) return null;
    return { name: lead, organization: null, role: [after, tail].filter((t) => t !== '').join(', ') };
  }
  return { name, organization, role: tail === '' ? null : tail };
}

function markRange(consumed: Uint8Array, from: number, to: number): void {
  for (let i = from; i <= to; i++) consumed[i] = 1;
}

/** Continuation lines of an inline list: up to a blank line, another label or a numbered line. */
/** A person's name alone on its line with a short line that is no name under it (its organisation). */
function nameOverLine(lines: readonly Line[], at: number): boolean {
  const [name, under] = [lines[at], lines[at + 1]];
  return (
    name !== undefined &&
    under !== undefined &&
    !name.cell &&
    !under.cell &&
    isPersonName(name.text) &&
    under.text !== '' &&
    !isPersonName(under.text) &&
    wordCount(under.text) <= 8 &&
    !/[.!?]$/.test(under.text)
  );
}

function listEnd(lines: readonly Line[], start: number): number {
  let end = start;
  // A bullet ends a list that did not start as bullets ("Deltagare: A, B, C." ⏎ "• Laget runt").
  const bulleted = LIST_BULLET.test(lines[start]!.text);
  // "Närvarande⇥Anna Berg" ⏎ "⇥Bo Ek": a two-column header table flattened, the label's cell going on below.
  const labelColumn = !lines[start]!.cell && lines[start]!.parts.length === 2;
  for (let i = start + 1; i < lines.length; i++) {
    let text = lines[i]!.text;
    // PDF text puts a blank line between the rows of a label column: the list goes on with a name entry,
    // also over a document site's page marker ("" ⏎ "(2)" ⏎ "" ⏎ "Anna Berg, revisor").
    let row = text === '' && PAGE_MARK.test(lines[i + 1]?.text ?? '') && lines[i + 2]?.text === '' ? i + 3 : i + 1;
    // "Anna Berg (S)" ⏎ "" ⏎ "" ⏎ "Bo Ek (M)": a web page's empty paragraphs between rows of the same "Name (party)" form.
    if (
      text === '' &&
      lines[row]?.text === '' &&
      PARTY_LINE.test(lines[end]!.text) &&
      PARTY_LINE.test(lines[row + 1]?.text ?? '')
    )
      row++;
    // "Kerstin Falk" ⏎ "Halmstads kommun" ⏎ "" ⏎ "" ⏎ "Johan Rydell" ⏎ "Varbergs kommun": names over their organisations in
    // Word columns; a column break leaves more than one empty paragraph between two such entries.
    if (text === '' && nameOverLine(lines, end - 1)) {
      const next = nextNonBlank(lines, i, Math.min(lines.length, i + 4));
      if (next > row && nameOverLine(lines, next)) row = next;
    }
    if (text === '' && row < lines.length && LIST_ROW.test(lines[row]!.text) && !matchLabel(lines[row]!.text)) {
      i = row;
      text = lines[i]!.text;
    }
    const valueCell = labelColumn && lines[i]!.cell && lines[i]!.parts.length === 1;
    if (
      text === '' ||
      (lines[i]!.cell && !valueCell) ||
      /^(?:(?:\p{Lu}[\p{Lu}\p{Ll}-]{0,7} ?)?§\s*)?\d{1,3}[.)]?(?:\s|$)/u.test(text)
    )
      break;
    if (matchLabel(text) && !postBeforeName(text)) break;
    if (!bulleted && LIST_BULLET.test(text)) break;
    if (!/[,-]$|\s(?:och|samt)$/.test(lines[end]!.text) && (WORD_ITEM.test(text) || (!bulleted && isProseLine(text))))
      break;
    end = i;
    if (ABSENT_AT_END.test(text)) break;
  }
  return end;
}

/** "Marie Lökkeberg Kommunal Frånvarande:": a flattened row that runs into the label of the absent, who follow it. */
const ABSENT_AT_END = /(?<=\S) (?:Frånvarande|Anmält förhinder|Meddelat förhinder|Förhinder|Ej närvarande):(?: .*)?$/u;

/** The rows of a list up to the label of the absent at the end of a row (the names after it did not attend). */
function beforeAbsentLabel(block: readonly string[]): string[] {
  const k = block.findIndex((t) => ABSENT_AT_END.test(t));
  return k < 0 ? [...block] : [...block.slice(0, k), block[k]!.replace(ABSENT_AT_END, '')];
}

/**
 * "Nämndsekreterare Anita Anderzon" among "Verksamhetschef Monica Roos" rows: a role label without a colon
 * inside a list of "Post Name" rows is a row of the list (the role is still read, in addLines).
 */
function postBeforeName(text: string): RoleKind | null {
  const label = text.includes(':') ? null : matchLabel(text);
  if (!label || (label.kind !== 'chair' && label.kind !== 'secretary' && label.kind !== 'adjuster')) return null;
  return isPersonName(label.value) ? label.kind : null;
}

/** "(2)": the page number a document site puts between the pages of a PDF's text. */
const PAGE_MARK = /^\(\d{1,3}\)$/;
const PARTY_LINE =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3} \((?:[A-ZÅÄÖ]{1,3}|Mp|Kd|Sd)\)$/u;

/** "Punkt 2 – …": an agenda point numbered by a word ends a list above it. */
const WORD_ITEM = /^(?:punkt|ärende|dagordningspunkt) \d{1,3}\b/i;

/** "Mötet leddes av …": a sentence that does not start with a name is not a wrapped list row. */
function isProseLine(text: string): boolean {
  // "Regionen: Per Holm och Bo Ek." is a row of organisation and names.
  const first = text.split(' ', 1)[0]!;
  return (
    wordCount(text) >= 4 && /[.!?]$/.test(text) && !first.endsWith(':') && !isNameToken(first.replace(/[,.;]$/, ''))
  );
}

const LIST_BULLET = /^[•·▪*◦]\s?|^[–-]\s/;

/** A row of a participant column: a name followed by a party, a comma, another name or nothing. */
const LIST_ROW =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \([^()]{1,12}\)|,| \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}|,| \(|$)| \p{Lu}{2,6}(?:,| |$)|$)/u;

const PRESENCE_HEAD = /^(?:närvaro|närvarande|deltog|deltar|närv\.?)$/i;

const ROLE_CELL = /^(?:adjungerad|adjungerade|sekreterare|ordförande|gäst|gäster|inbjuden|inbjudna|övriga)$/i;

/** Rows of two cells whose second cell (not the first) starts with a person's name, in most rows. */
function namesInSecondColumn(rows: readonly string[][]): boolean {
  const named = (cell: string | undefined) => cell !== undefined && toCandidate(cell.split(/[,;]/)[0]!) !== null;
  const second = rows.filter((r) => named(r[1])).length;
  return rows.length >= 1 && second * 2 > rows.length && second > rows.filter((r) => named(r[0])).length;
}

/** "⇥ Petter Lindahl, …" under a row "Region Norrby ⇥ Karin Sjöberg": the next person of the same group. */
function addContinuationRows(lines: readonly Line[], table: TabTable): void {
  let i = table.end;
  // A participant table is short: a long run of such rows is something else, and is not read row by row.
  for (; i < lines.length && table.rows.length < 300; i++) {
    const line = lines[i]!;
    if (line.parts.length >= 2) table.rows.push(line.parts);
    else if (line.cell && line.parts.length === 1 && line.raw.startsWith('\t')) table.rows.push(['', line.parts[0]!]);
    else break;
    table.lines.push(i);
  }
  table.end = i;
}

/** Lines right under a tab-column list that hold a name alone ("Göran Lill (L)"): rows whose second column is empty. */
function addNameRows(lines: readonly Line[], table: TabTable): void {
  let i = table.end;
  for (; i < lines.length && i < table.end + 100; i++) {
    const line = lines[i]!;
    if (line.cell || line.parts.length >= 2 || !LIST_ROW.test(line.text) || matchLabel(line.text)) break;
    table.rows.push([line.text]);
    table.lines.push(i);
  }
  table.end = i;
}

function readPeopleTable(
  lines: readonly Line[],
  start: number,
  people: PeopleCollector,
  consumed: Uint8Array,
  table: TabTable = readTableAt(lines, start),
): number {
  for (const i of table.lines) consumed[i] = 1;
  const header = table.rows[0] ?? [];
  // "Ledamot ⇥ Parti ⇥ Närvarande": a protocol's member table names its name column by the members' role.
  const nameCol = header.findIndex((h) =>
    /namn|deltagare|person|^(?:ledam(?:ot|öter)|ordinarie ledamöter|ersättare)$/i.test(h.trim()),
  );
  const hasHeader = nameCol >= 0;
  // "Region Norrby ⇥ Karin Sjöberg, direktör (ordf)" ⏎ "⇥ Petter Lindahl, …": without a header the names may stand
  // in the second column, beside their organisation (on the group's first row only).
  const byOrganisation = !hasHeader && namesInSecondColumn(table.rows);
  if (byOrganisation) {
    addContinuationRows(lines, table);
    for (const i of table.lines) consumed[i] = 1;
  }
  // "Ulla Berg (S) ⇥ ordförande" ⏎ "Göran Lill (L)": members without a role beside them, right below, are rows too.
  if (!hasHeader && !byOrganisation && !lines[start]!.cell) addNameRows(lines, table);
  const col = hasHeader ? nameCol : byOrganisation ? 1 : 0;
  const orgCol = hasHeader
    ? header.findIndex((h, i) => i !== col && /verksamhet|organisation|förvaltning|kommun|enhet/i.test(h))
    : byOrganisation
      ? 0
      : -1;
  // "Namn | Organisation | Närvaro" with an "X" per row: a row without the mark did not attend.
  const presentCol = hasHeader ? header.findIndex((h) => PRESENCE_HEAD.test(h.trim())) : -1;
  const body = table.rows.slice(hasHeader ? 1 : 0);
  const marked = presentCol >= 0 && body.some((row) => /^[xX✓✔]$/.test((row[presentCol] ?? '').trim()));
  let group: string | null = null;
  let absent = false;
  for (const row of body) {
    if (marked && (row[presentCol] ?? '').trim() === '') continue;
    // "Förhinder" or "Adjungerade" alone in a row (a PDF's tab columns read as a table): the rows below are that group,
    // absent or present, up to the next such label.
    const filled = row.filter((c) => c.trim() !== '');
    const kind = filled.length === 1 ? matchLabel(`${filled[0]!.trim().replace(/:$/, '')}:`) : null;
    if (kind?.value === '' && (kind.kind === 'excluded' || kind.kind === 'attendees')) {
      absent = kind.kind === 'excluded';
      continue;
    }
    if (absent) continue;
    // "Mats Holm ⇥ Hylte kommun ⇥ Förhinder": a cell beside the name that says only that the person was absent.
    if (row.some((c, k) => k !== col && ABSENT_CELL.test(c.trim()))) continue;
    const cell = row[col] ?? '';
    if (byOrganisation && row[0] !== '') group = roleOf(row[0]!) || ROLE_CELL.test(row[0]!) ? null : row[0]!;
    let last: string | null = null;
    for (const entry of cell.split(/[,;]/)) {
      const candidate = toCandidate(entry);
      // "Karin Sjöberg, direktör (ordf)", "Tuula Koskinen, sekreterare": a role after the name's comma is this person's.
      const own = !candidate && last ? roleMentioned(entry) : null;
      if (own) people.setRole(own, last!);
      if (!candidate) continue;
      const organization = byOrganisation ? group : orgCol >= 0 ? (row[orgCol] ?? null) : candidate.organization;
      const name = candidate.tokens.join(' ');
      last = name;
      people.add({ name, organization, role: candidate.role });
      // "Lena Forsberg ⇥ Sandvikens kommun, ordförande": the role may stand in another cell of the row.
      const kind = candidate.roleKind ?? roleMentioned(row.filter((_, k) => k !== col).join(', '));
      if (kind) people.setRole(kind, name);
    }
  }
  return table.end;
}

function readLabelledList(
  lines: readonly Line[],
  index: number,
  value: string,
  people: PeopleCollector,
  consumed: Uint8Array,
): number {
  if (value !== '') {
    const end = listEnd(lines, index);
    markRange(consumed, index, end);
    // "Övriga deltagare: Tjänstepersoner:" ⏎ rows: the value is the label of the group below, no entry of the list.
    const group = /^[^,]{2,80}:$/.test(value) && end > index;
    // PDF columns leave blank lines between their rows; they are not rows of the list.
    const block = beforeAbsentLabel(
      [group ? '' : value, ...lines.slice(index + 1, end + 1).map((l) => l.text)].filter((t) => t !== ''),
    );
    const groups = organisationGroups(joinRows(block));
    if (groups.length >= 2) addLines(groups, people);
    else if (onePersonPerLine(block) || block.flatMap(splitAtBareParties).length >= block.length + 2)
      addLines(block, people);
    else people.addList(joinRows(block));
    return end;
  }
  consumed[index] = 1;
  const first = nextNonBlank(lines, index + 1, Math.min(lines.length, index + 4));
  if (first < 0) return index;
  // "NÄRVARANDE Se bilaga 1" ⏎ "§ 1 Justering av protokoll …": the list is elsewhere; the protocol's first paragraph
  // follows.
  if (/^§ ?\d{1,4}\.? +\p{Lu}\p{Ll}/u.test(lines[first]!.text)) return index;
  // "Närvarande" ⏎ "Ledamöter Anna Berg (S)" ⏎ … ⏎ "Ersättare …": the lists below are labelled themselves.
  if (matchLabel(lines[first]!.text)?.kind === 'attendees') return index;
  // "Deltagare" ⏎ "Digitalt" ⏎ "• Organisation – Name" … ⏎ "I Solna" ⏎ "• …": captions over bulleted groups of the list.
  if (groupCaptionOverBullets(lines, first)) return readCaptionedGroups(lines, first, people, consumed);
  if (ORGANISATION_ABBREVIATION.test(lines[first]!.text)) return readOrganisationLists(lines, first, people, consumed);
  const column = readMarkedColumn(lines, first, people, consumed);
  if (column >= 0) return column;
  const numbered = numberedNameRows(lines, first);
  if (numbered >= 0) {
    markRange(consumed, first, numbered);
    addLines(
      lines
        .slice(first, numbered + 1)
        .filter((l) => l.text !== '')
        .map((l) => l.text.replace(NUMBERED_ROW, '')),
      people,
    );
    return numbered;
  }
  if (lines[first]!.cell || lines[first]!.parts.length >= 2) return readPeopleTable(lines, first, people, consumed) - 1;
  // "Ledamot      Parti    Närvarande" (pdftotext -layout): the columns survive as runs of spaces.
  const spaced = spacedSegments(lines[first]!.raw);
  if (spaced.length >= 2 && spaced.some((s) => PRESENCE_HEAD.test(s.text)))
    return readPeopleTable(lines, first, people, consumed, readSpacedTable(lines, first)) - 1;
  // "Region Söderland: Anna Berg, Bo Ek" ⏎ "Storviks kommun: Dina Falk": rows by organisation, not one running list.
  const running = organisationRow(lines[first]!.text) ? 0 : runningListRows(lines, first);
  if (running > 0) {
    // "Anna Berg, Bo Ek, … Hans" ⏎ "Halén, …": a running list wrapped in the middle of a name.
    const last = first + running - 1;
    markRange(consumed, first, last);
    people.addList(joinedText(lines, first, last));
    return last;
  }
  const end = listEnd(lines, first);
  markRange(consumed, first, end);
  const block = beforeAbsentLabel(columnRows(lines.slice(first, end + 1)));
  if (contactRoster(block)) return end;
  const wrapped = block.filter((t) => t.endsWith(',')).length * 2 >= block.length;
  if (wrapped) people.addList(block.join(' '));
  else addLines(block, people);
  return end;
}

/** A telephone number ("070-7315119", "25992"): five or more digits in a run, a dash after the area code allowed. */
const PHONE = /(?<![\d/-])(?:0\d{1,3}[- ]?)?\d{5,8}(?![\d/-])/;

/**
 * "Ordinarie:" ⏎ "Anna Berg, 076-8085485, sammankallande" ⏎ "Bo Ek, 070-7315119": a body's members with their telephone
 * numbers are a contact roster (a web page's "Våra representanter"), not who attended a meeting.
 */
function contactRoster(block: readonly string[]): boolean {
  return block.length >= 2 && block.filter((t) => PHONE.test(t)).length * 2 > block.length;
}

const NUMBERED_ROW = /^(\d{1,2})[.)] /;

/**
 * "Närvarande ledamöter:" ⏎ "1. Britt Hammar, PRO, ordförande" ⏎ "2. Sune Backlund, SPF": the participants numbered
 * from 1, each row opening with a full name. Returns the last row (a blank line or a row of another form ends them),
 * or -1 when the rows are no such list (an agenda numbered right under the label).
 */
function numberedNameRows(lines: readonly Line[], first: number): number {
  let last = -1;
  for (let i = first, n = 1; i < lines.length; i++, n++) {
    const m = NUMBERED_ROW.exec(lines[i]!.text);
    const rest = m ? lines[i]!.text.slice(m[0].length) : '';
    if (!m || Number(m[1]) !== n || !isPersonName(leadingNameRun(rest) ?? '') || matchLabel(rest)) break;
    last = i;
  }
  return last > first ? last : -1;
}

/** A short caption ("Digitalt", "I Solna", "På plats") with a bulleted list right under it. */
function groupCaptionOverBullets(lines: readonly Line[], at: number): boolean {
  const text = lines[at]!.text;
  if (lines[at]!.cell || wordCount(text) > 4 || /[,.;:]/.test(text) || LIST_BULLET.test(text) || matchLabel(text))
    return false;
  if (isPersonName(text)) return false;
  const next = nextNonBlank(lines, at + 1, Math.min(lines.length, at + 3));
  // The bullets are entries of people ("• Socialstyrelsen – Carl Ek", "• Region X: Anna Berg"), not a topic's points.
  return next >= 0 && LIST_BULLET.test(lines[next]!.text) && ENTRY_AFTER_SEPARATOR.test(lines[next]!.text);
}

const ENTRY_AFTER_SEPARATOR = /(?: [–-]|:) \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}/u;

/** Each caption's bullets are rows of the participant list; the groups end at a line that is no such caption. */
function readCaptionedGroups(
  lines: readonly Line[],
  first: number,
  people: PeopleCollector,
  consumed: Uint8Array,
): number {
  let last = first;
  for (let at = first; at >= 0 && groupCaptionOverBullets(lines, at);) {
    const start = nextNonBlank(lines, at + 1, Math.min(lines.length, at + 3));
    const end = listEnd(lines, start);
    markRange(consumed, at, end);
    addLines(
      lines.slice(start, end + 1).map((l) => l.text),
      people,
    );
    last = end;
    at = nextNonBlank(lines, end + 1, Math.min(lines.length, end + 3));
  }
  return last;
}

/** "O": the Riksdag's mark for a member present beside those who took part ("X"); a cell of the row, not presence. */
const MARK_CELL = /^(?:X|x|-|–|·|O)$/;
/**
 * The header cells of an attendance table: presence, serving or not, votes, paragraphs, member groups; the Riksdag's
 * one-letter column heads ("N/" ⏎ "U" ⏎ "V", "N" ⏎ "R").
 */
const COLUMN_HEAD =
  /^(?:närvaro|tjg|ej tjg|ja|nej|avstår|§(?: ?\d{1,4}(?: ?[-–] ?\d{1,4})?)?|ordinarie ledamöter|ledamöter|ersättare|tjänstgörande ersättare|suppleanter|n\/|n|r|u|v|n\/u|(?:[-–] ){2,}§§|\d{1,3} ?[-–] ?\d{1,3})$/i;
/** "Anna Berg (S)", "Anna Berg (S), ordf.", "Jonas Ek i Ekby (SD)": a member's cell, the role after a comma. */
const PARTY_NAME =
  /^(\p{Lu}[\p{L}-]+(?: (?:\p{Lu}[\p{L}-]+|i(?= \p{Lu}))){1,4}) \([^()]{1,6}\)(?:, (\p{Ll}[\p{Ll} .]{2,40}))?$/u;

/**
 * An attendance table flattened to one cell per line: "Anna Berg (S)" ⏎ "ordförande" ⏎ "X" ⏎ "X" ⏎ "Bo Ek (C)"
 * ⏎ "-" ⏎ "-". A person with an "X" attended; one with only "-" did not. Header cells (Närvaro, Tjg, JA, NEJ,
 * "§ 4", "Ersättare") may stand between the rows. Returns the last line read, or -1 for another layout.
 */
function readMarkedColumn(
  lines: readonly Line[],
  first: number,
  people: PeopleCollector,
  consumed: Uint8Array,
): number {
  const rows: { name: string; role: string | null; marks: string[] }[] = [];
  let last = -1;
  for (let i = first; i < lines.length; i++) {
    if (lines[i]!.text === '') {
      // A Word table saved from a web page puts a blank line between its cells ("Anna Berg (S), ordf." ⏎ "" ⏎ "X").
      const next = lines[i + 1]?.text ?? '';
      if (PARTY_NAME.test(next) || MARK_CELL.test(next) || COLUMN_HEAD.test(next)) continue;
      break;
    }
    const text = lines[i]!.text;
    const named = PARTY_NAME.exec(text);
    const row = rows[rows.length - 1];
    if (named) rows.push({ name: named[1]!, role: named[2] ?? null, marks: [] });
    else if (MARK_CELL.test(text) && row) row.marks.push(text);
    else if (row && /^\p{Ll}[\p{Ll} ]{2,40}$/u.test(text) && row.marks.length === 0) row.role = text;
    else if (!COLUMN_HEAD.test(text)) break;
    last = i;
  }
  // Mostly marked rows, or (a protocol's presence list where most members were away) three rows marked present.
  const marked = rows.filter((r) => r.marks.length > 0).length;
  const present = rows.filter((r) => r.marks.some((m) => /x/i.test(m))).length;
  if (rows.length < 3 || (marked * 2 < rows.length && present < 3)) return -1;
  for (const row of rows) {
    if (!row.marks.some((m) => /x/i.test(m))) continue;
    people.add({ name: row.name, organization: null, role: row.role });
    const kind = row.role ? roleMentioned(row.role) : null;
    if (kind) people.setRole(kind, row.name);
  }
  markRange(consumed, first, last);
  return last;
}

/** The lines from `from` to `to` (inclusive) as one running text. */
function joinedText(lines: readonly Line[], from: number, to: number): string {
  return lines
    .slice(from, to + 1)
    .map((l) => l.text)
    .join(' ');
}

/** "ÄLN", "UPS": an organisation's abbreviation on a line of its own over its people. */
const ORGANISATION_ABBREVIATION = /^[A-ZÅÄÖ]{2,8}$/;

/**
 * "Deltagare" ⏎ "ÄLN" ⏎ "Anna Berg (S) ordförande, …" ⏎ "" ⏎ "UPS" ⏎ "Bo Ek, … och Per Holm": each abbreviation
 * heads a run-in list of its people; the block ends at the first line after a list that is no abbreviation.
 */
function readOrganisationLists(
  lines: readonly Line[],
  first: number,
  people: PeopleCollector,
  consumed: Uint8Array,
): number {
  let last = first - 1;
  let i = first;
  while (i >= 0 && i < lines.length && ORGANISATION_ABBREVIATION.test(lines[i]!.text)) {
    const list = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
    if (list < 0 || matchLabel(lines[list]!.text) || !isPersonName(leadingNameRun(lines[list]!.text) ?? '')) break;
    const end = listEnd(lines, list);
    markRange(consumed, i, end);
    people.addList(joinedText(lines, list, end), true);
    last = end;
    i = nextNonBlank(lines, end + 1, Math.min(lines.length, end + 3));
  }
  return last;
}

/** Two entries on a PDF row, kept apart only by the spaces that padded the first column. */
const COLUMN_GAP = /(?<=\S) {3,}(?=\S)/;

/**
 * Rows of a list, with the columns of a space-padded two-column list ("Anna Berg (S), ordförande      Per Holm
 * (M)") as rows of their own; a single padded row is not yet a column layout.
 */
function columnRows(rows: readonly Line[]): string[] {
  const padded = rows.filter((l) => COLUMN_GAP.test(l.raw.trim())).length;
  if (padded < 2) return rows.map((l) => l.text);
  return rows.flatMap((l) =>
    l.raw
      .trim()
      .split(/ {3,}/)
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter((part) => part !== ''),
  );
}

/** A comma-separated part of a running list: a name, or a name cut by the line end ("Hans", "Halén"). */
function isNameSegment(segment: string): boolean {
  const words = segment.trim().replace(/\.$/, '').split(' ');
  return isPersonName(words.join(' ')) || (words.length === 1 && isNameToken(words[0]!));
}

/**
 * Rows of a running list under a label: the first row holds three or more comma-separated names; the list
 * goes on while most of a row's parts are names or name halves, and ends before a heading or prose.
 */
function runningListRows(lines: readonly Line[], first: number): number {
  const partsOf = (i: number): string[] => lines[i]!.text.split(',').filter((p) => p.trim() !== '');
  const head = partsOf(first);
  if (head.length < 3 || head.filter((p) => isPersonName(p.trim())).length < 2) return 0;
  let rows = 0;
  for (let i = first; i < lines.length && rows < 20; i++) {
    const line = lines[i]!;
    if (line.text === '' || line.cell || matchLabel(line.text)) break;
    const parts = partsOf(i);
    if (parts.filter(isNameSegment).length * 2 <= parts.length) break;
    rows++;
  }
  return rows;
}

/**
 * Rows of a PDF list column ending in a party marker or a role ("Anna Berg (S), ordförande") are
 * separate entries; other rows are a running list wrapped mid-name ("…, Anna" ⏎ "Andersson, …").
 */
function joinRows(block: readonly string[]): string {
  return block
    .reduce(
      (out, row) =>
        out !== '' &&
        !out.endsWith(',') &&
        (/\)$/.test(out) || roleOf(out.split(',').pop()!) !== null || LIST_ROW.test(row) || isPersonName(row))
          ? `${out}, ${row}`
          : `${out} ${row}`,
      '',
    )
    .trim();
}

/** A label column with one entry per line ("Anna Berg (S), ordförande" ⏎ "Per Holm (M)"). */
function onePersonPerLine(block: readonly string[]): boolean {
  // "Sekreterare Marie Falk" among the rows: a post before its holder's name is a row too.
  return (
    block.length >= 2 &&
    block.every(
      (t) => !t.endsWith(',') && ((leadingNameRun(t)?.split(' ').length ?? 0) >= 2 || postBeforeName(t) !== null),
    )
  );
}

/** "Pär-Olof Stål (C)X", "Anna Berg X": the attendance column's mark after a name (Word tables). */
const ATTENDANCE_MARK = /(?:\)|\s)X(?:,|$)/;
/** ", närvarande" closing an entry of a participant list: the list marks who attended. */
const PRESENT_MARK = /,? närvarande$/i;

/**
 * A "Name, Organisation" list whose rows ran together on one line ("Björn Cedersjö, Civos Camilla
 * Olsson, Coompanion"): a segment between two commas that ends in a person name holds the previous
 * row's organisation and the next row's name.
 */
function splitRunTogetherRows(text: string): string[] {
  const segments = text.split(', ');
  // "Boel Holgersson (c), Ale Dario Espiga (s), Göteborg": a party marker may follow each name.
  const party = (segment: string) => / \([^()]{1,6}\)$/.exec(segment)?.[0] ?? '';
  const first = segments[0]!;
  if (segments.length < 3 || text.length > 1000 || !isPersonName(first.slice(0, first.length - party(first).length))) {
    return [text];
  }
  const rows: string[] = [];
  let current = first;
  for (let k = 1; k < segments.length; k++) {
    const marker = party(segments[k]!);
    const words = segments[k]!.slice(0, segments[k]!.length - marker.length).split(' ');
    // "vice ordf. Bernt A Rundberg": a middle initial makes the name three words long.
    const size = words.length >= 4 && /^\p{Lu}\.?$/u.test(words[words.length - 2]!) ? 3 : 2;
    const name = words.slice(-size).join(' ');
    if (k < segments.length - 1 && words.length > size && isPersonName(name)) {
      rows.push(`${current}, ${words.slice(0, -size).join(' ')}`);
      current = `${name}${marker}`;
    } else current = `${current}, ${segments[k]!}`;
  }
  rows.push(current);
  return rows;
}

/** "Bo Ek (C) 1-e vice ordförande Eva Al (S)": a chair's role after the party without a comma, the next entry after it. */
const CHAIR_AFTER_PARTY = String.raw`(?:\d:?-?e )?(?:vice )?ordförande`;
/** "… Tony Ek (S) Adjungerade" ⏎ "Pia Al (V)": a flattened column's next label at the end of the row, no part of a name. */
const LIST_LABEL_AT_END = String.raw`(?:Adjungerade|Ersättare|Övriga|Beslutande|Tjänstgörande ersättare)$`;
/** Party abbreviations written bare after a comma in a flattened protocol head ("Anna Berg, M, Ordförande"). */
const BARE_PARTY = 'M|S|C|L|KD|V|MP|SD|FP|NS|VL|SPI|ÅP|Kv|MED';
/**
 * "Anna Berg, M, Ordförande Bo Ek, C, 1:e vice ordförande Eva Al, S Per Holm, SD": entries with the party written bare
 * after a comma, run together on one line; each ends after its party and the role or note that follows it.
 */
const AFTER_BARE_PARTY = new RegExp(
  `(?<=(?:, (?:${BARE_PARTY})|\\((?:${BARE_PARTY})\\))(?:, (?:[\\p{Ll}\\d][^,()]{0,40}?(?<![\\s(]för|ersätter)|[Oo]rdförande|[Vv]ice ordförande|[Ee]rsättare)| ${CHAIR_AFTER_PARTY})?) (?=\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu})|(?<=\\((?:${BARE_PARTY})\\)) (?=${LIST_LABEL_AT_END})`,
  'u',
);

function splitAtBareParties(row: string): string[] {
  return row.length <= 3000 ? row.split(AFTER_BARE_PARTY) : [row];
}

/** "Anna Berg (KD), del av § 159 Ulla Henriksson, socialchef": the paragraphs attended end a row. */
function splitAtParagraphs(row: string): string[] {
  return row.split(/(?<=§ ?\d{1,4}(?:(?:, ?| ?[-–] ?)\d{1,4})*) (?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll})/u);
}

/** A bulleted row "Organisation: Name, Name och Name"; the bullet is optional. */
const ORGANISATION_ROW = /^(?:[•·*▪◦-] ?)?[^:]{2,80}: (\p{Lu}.{3,600})$/u;

/**
 * "Region Österland: Nils Ahl (mötesledare), Pia Rydén. Ekeby kommun: Åsa Nord. Antecknare: Pia Rydén.": a run-in
 * list grouped by organisation, each group ended by a full stop; empty unless every group has that form.
 */
function organisationGroups(text: string): string[] {
  if (text.length > 3000) return [];
  const groups = text.split(/(?<=[.;]) (?=[^:.;,]{2,60}: \p{Lu})/u).map((g) => g.trim());
  return groups.length >= 2 && groups.every((g) => organisationRow(g) !== null) ? groups : [];
}

/** The names of an "Organisation: Name, Name och Name" row, when it starts with a full name. */
function organisationRow(text: string): string | null {
  const row = ORGANISATION_ROW.exec(text);
  return row && leadingNameRun(row[1]!)?.includes(' ') ? row[1]!.replace(/\.$/, '') : null;
}

/**
 * "Gunnar Hed (S), Region Fjällmark, ordförande; Lena Borg (C), Åkersby kommun": one row of a list holding several
 * entries separated by semicolons, each opening with a name (the whole rest was taken as the first person's role).
 */
function splitAtSemicolons(row: string): string[] {
  if (!row.includes(';') || row.length > 2000) return [row];
  const parts = row
    .split(/;\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const named = (part: string) => isPersonName(part.split(/[,(]/)[0]!.trim());
  return parts.length >= 2 && parts.every(named) ? parts : [row];
}

/** "Forum Syd – Ida Berg", "• Socialstyrelsen - Carl Ek, Urban Nylén": an organisation, a dash, then its people. */
const DASH_ROW = /^(?:[•·*▪◦] ?)?(\S[^–]{0,80}?) [–-] (\p{Lu}.{3,600})$/u;

/**
 * The rows of a list that name the organisation before a dash and its people after it: at least half the rows' left side is no
 * person's name ("Riksförbundet HjärtLung – Christine Cars-Ingels"), so in the others too ("Forum Syd – Ida Berg") the
 * people stand after the dash. Empty unless at least two rows show it.
 */
function dashOrganisationRows(block: readonly string[]): Map<string, string> {
  const rows = new Map<string, string>();
  let organisationFirst = 0;
  for (const text of block) {
    const row = DASH_ROW.exec(text);
    if (!row || !leadingNameRun(row[2]!)?.includes(' ')) continue;
    rows.set(text, row[2]!.replace(/\.$/, ''));
    if (!isPersonName(row[1]!.trim())) organisationFirst++;
  }
  return organisationFirst >= 2 && organisationFirst * 2 >= rows.size ? rows : new Map();
}

function addLines(block: readonly string[], people: PeopleCollector): void {
  const dashRows = dashOrganisationRows(block);
  // In a list with an attendance column, a name without the mark did not attend (unless the marks
  // stand on lines of their own, away from their names, as a flattened column does).
  const markedNames = block.filter((t) => ATTENDANCE_MARK.test(t) && !/^X\b/.test(t)).length;
  const looseMarks = block.filter((t) => /^X\b/.test(t)).length;
  const marked = markedNames >= 3 && looseMarks * 2 < markedNames;
  // "• Anna Berg (C), ordförande, närvarande" among "• Bo Ek (S)": where the list marks who was present, the
  // entries without the mark were not.
  const presenceMarked = block.some((t) => PRESENT_MARK.test(t));
  let nameAlone: string | null = null;
  let afterName = false;
  for (const raw of block
    .flatMap(splitAtParagraphs)
    .flatMap(splitAtBareParties)
    .flatMap(splitRunTogetherRows)
    .flatMap(splitAtSemicolons)) {
    // "• Smittskyddsläkarföreningen: Malin Bengnér och Per Hagstam": the names follow the organisation.
    const byOrganisation = organisationRow(raw) ?? dashRows.get(raw) ?? null;
    if (byOrganisation) {
      people.addList(byOrganisation, true);
      // "Antecknare: Pia Rydén" among the groups: a role label names its holder.
      const post = roleOf(raw.slice(0, raw.indexOf(':')).replace(/^[•·*▪◦-] ?/u, ''));
      if (post && isPersonName(byOrganisation)) people.setRole(post, byOrganisation);
      continue;
    }
    const post = postBeforeName(raw);
    if (post) {
      const name = matchLabel(raw)!.value;
      people.add({ name, organization: null, role: null });
      people.setRole(post, name);
      continue;
    }
    if (presenceMarked && !PRESENT_MARK.test(raw)) continue;
    const text = marked ? raw.replace(/(?<=\))X(?=,|$)/, '') : raw.replace(PRESENT_MARK, '');
    if (marked && !ATTENDANCE_MARK.test(raw) && personFromLine(text)) continue;
    const person = personFromLine(text);
    if (!person) {
      // "Therese Lund" ⏎ "Region Halland, ordförande": the line under a name alone (the first of the list or under an
      // organisation line) holds its organisation and role.
      const own = nameAlone && !isPersonName(text) ? roleMentioned(text) : null;
      if (own) people.setRole(own, nameAlone!);
      else people.addList(text);
      nameAlone = null;
      afterName = false;
      continue;
    }
    people.add(person);
    // Not under another name alone: a flattened column of names has the roles of other rows below it.
    nameAlone = text.trim() === person.name && !afterName ? person.name : null;
    afterName = text.trim() === person.name;
    const kind = roleMentioned(text.slice(text.indexOf(person.name) + person.name.length));
    if (kind) people.setRole(kind, person.name);
  }
}

/**
 * "Övriga: Anna Berg, …" ⏎ "Samt styrelsemedlemmar: Karin Lund, Bo Ek, Eva Gran.": a line right under a participant
 * list that opens another group with a label of its own (one to three words and a colon) followed by names only ends
 * the list above and is a group of attendees itself.
 */
function readFollowingGroups(
  lines: readonly Line[],
  end: number,
  people: PeopleCollector,
  consumed: Uint8Array,
): number {
  let last = end;
  for (let k = end + 1; k < lines.length && !consumed[k] && !lines[k]!.cell; k++) {
    const text = lines[k]!.text;
    const label = /^(\p{L}+(?: \p{L}+){0,2}): /u.exec(text);
    if (!label || matchLabel(text) || text.length > 1000) break;
    const entries = text
      .slice(label[0].length)
      .replace(/\.$/, '')
      .split(/,\s*|\s+(?:och|samt)\s+/);
    if (entries.length < 2 || !entries.every((e) => isPersonName(e.trim()))) break;
    consumed[k] = 1;
    people.addList(entries.join(', '), true);
    last = k;
  }
  return last;
}

/**
 * "Inbjudna" ⏎ "Anna Berg, beredskapsdirektör länsstyrelsen" right after the participant lists (at most three lines
 * between, such as the adjuster's sentence): the invited guests who were there, a group of the list. An "Inbjudna" list
 * elsewhere (a call to the meeting, a list of the invited without a participant list above) says nothing of presence.
 */
function guestsPresent(lines: readonly Line[], at: number, listEnd: number): boolean {
  if (listEnd < 0 || !/^inbjudna\b/i.test(lines[at]!.text)) return false;
  return lines.slice(listEnd + 1, at).filter((l) => l.text !== '').length <= 3;
}

function readExcludedList(lines: readonly Line[], index: number, value: string, consumed: Uint8Array): number {
  const start = value !== '' ? index : nextNonBlank(lines, index + 1, Math.min(lines.length, index + 3));
  let end = start < 0 ? index : listEnd(lines, start);
  // "Justeringens plats och tid Krokom 2020-06-16" ⏎ "Underskrifter" ⏎ "Sekreterare Eva Ek": a role label ends it.
  for (let k = Math.max(start, index) + 1; k <= end; k++)
    if (matchLabel(lines[k]!.text)) {
      end = k - 1;
      break;
    }
  markRange(consumed, index, end);
  return end;
}

/**
 * "Datum: 2023-02-09 Tid: 13:00 Plats: Teams Mötesledare: Anna Berg" (a head table's row of labels over its values): a
 * role among the labels of a head line that opens with the date or time, which the head reader has taken.
 */
function readHeadRoles(lines: readonly Line[], people: PeopleCollector, consumed: Uint8Array): void {
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const text = lines[i]!.text;
    if (text.length > 400 || !/^(?:datum|tid|mötesdatum|sammanträdesdatum)\b/i.test(text)) continue;
    for (const label of matchLabels(text).slice(1)) {
      const role =
        label.kind === 'chair' || label.kind === 'secretary' || label.kind === 'adjuster' ? label.kind : null;
      if (role && label.value !== '') readRole(lines, i, role, label.value, people, consumed);
    }
  }
}

/** A role label with the name beside it, on the next line, or (signature blocks) on the line above. */
function readRole(
  lines: readonly Line[],
  index: number,
  kind: RoleKind,
  value: string,
  people: PeopleCollector,
  consumed: Uint8Array,
): void {
  consumed[index] = 1;
  // "Sekreterare: Ingela Mindemark/Annika Nilsson": two holders sharing the role; the first holds it.
  const shared = /^([^/]{3,60}?) ?\/ ?([^/]{3,60})$/.exec(value);
  if (shared && isPersonName(shared[1]!) && isPersonName(shared[2]!)) {
    people.add({ name: shared[1]!, organization: null, role: null });
    people.add({ name: shared[2]!, organization: null, role: null });
    people.setRole(kind, shared[1]!);
    return;
  }
  const inline = value !== '' ? (personFromLine(value) ?? firstRun(value)) : null;
  if (inline) {
    people.add(inline);
    people.setRole(kind, inline.name);
    return;
  }
  for (const j of [nextSignedLine(lines, index), prevNonBlank(lines, index - 1)]) {
    // Names side by side ("Anna Berg ⇥ Per Holm") belong to a signature row, not to this label.
    if (j < 0 || consumed[j] || matchLabel(lines[j]!.text) || lines[j]!.parts.length >= 2) continue;
    // "Kjell Melander och Anders Bergström.", "Anna Berg     Per Holm" (a signature row spaced out): the
    // first of two named role holders; both attend.
    const columns = lines[j]!.raw.trim().split(/\s{3,}/);
    if (columns.length >= 2 && columns.every(isPersonName)) {
      consumed[j] = 1;
      for (const name of columns) people.add({ name, organization: null, role: null });
      people.setRole(kind, columns[0]!);
      if (kind === 'adjuster' && columns.length === 2) people.signedWithChair = columns;
      return;
    }
    const person = personFromLine(lines[j]!.text) ?? (j > index ? namesOnlyLine(lines[j]!.text) : null);
    if (person && j < index && letterSignature(lines, index)) return;
    if (person) {
      consumed[j] = 1;
      people.add(person);
      people.setRole(kind, person.name);
      return;
    }
  }
}

/**
 * "Hans Ström" ⏎ "Ordförande" ⏎ "SPF Seniorerna" ⏎ "Gästriklandsdistriktet" ending a news post: the writer signs with
 * the title they hold in another organisation (not the one the document's first line names), not a meeting role.
 */
function letterSignature(lines: readonly Line[], index: number): boolean {
  const below = lines[index + 1]?.text ?? '';
  if (below === '' || matchLabel(below) || isPersonName(below) || !/^\p{Lu}/u.test(below) || /\d|\.{3}|…/.test(below))
    return false;
  let after = 0;
  for (let i = index + 1; i < lines.length; i++) if (lines[i]!.text !== '') after++;
  const first = lines[nextNonBlank(lines, 0, lines.length)]?.text.toLowerCase() ?? '';
  return after <= 3 && !first.includes(below.toLowerCase());
}

function namesOnlyLine(text: string): Attendee | null {
  const parts = text.replace(/[.]$/, '').split(/,\s*|\s+(?:och|samt)\s+/);
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => isPersonName(p.trim()))) return null;
  return { name: parts[0]!.trim(), organization: null, role: null };
}

function firstRun(text: string): Attendee | null {
  const name = findNameRuns(text)[0];
  return name ? { name, organization: null, role: null } : null;
}

/** "Vid anteckningarna ⇥ Mötesledare" over "Name ⇥ Name" (and their titles on the line below). */
/** A dotted or underlined signature leader ("……………", "________"): the place for the signature, no text. */
const LEADER_LINE = /^[.…_\s-]{4,}$/;

/** The cells of a signature row: tab-separated, or pdftotext columns three or more spaces apart. */
function columnsOf(line: Line): string[] {
  if (line.parts.length >= 2) return line.parts;
  return line.raw.length <= 300
    ? line.raw
        .trim()
        .split(/\s{3,}/)
        .filter((c) => !LEADER_LINE.test(c))
    : [];
}

/** The next line with text under a role label, past blank lines and signature leaders. */
function nextSignedLine(lines: readonly Line[], index: number): number {
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i++) {
    const text = lines[i]!.text;
    if (text !== '' && !LEADER_LINE.test(text)) return i;
  }
  return -1;
}

function readSignatureRow(
  lines: readonly Line[],
  index: number,
  people: PeopleCollector,
  consumed: Uint8Array,
): boolean {
  const parts = columnsOf(lines[index]!);
  if (parts.length < 2) return false;
  const kinds = parts.map(roleOf);
  if (kinds.some((k) => k === null)) return false;
  for (const j of [nextSignedLine(lines, index), prevNonBlank(lines, index - 1)]) {
    if (j < 0) continue;
    const names = columnsOf(lines[j]!);
    if (names.length !== parts.length || !names.every(isPersonName)) continue;
    const titles = lines[j + 1]?.parts.length === parts.length && j > index ? lines[j + 1]!.parts : [];
    markRange(consumed, Math.min(index, j), Math.max(index, j) + (titles.length > 0 ? 1 : 0));
    names.forEach((name, k) => {
      const [role, ...org] = (titles[k] ?? '').split(',');
      people.add({ name, organization: org.join(',').trim() || null, role: role?.trim() || null });
      people.setRole(kinds[k]!, name);
    });
    return true;
  }
  return false;
}

const NAME = String.raw`\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}`;
/** In an election a middle initial after the first name counts ("Bo G Hall", "Rolf S. Nielsen"). */
const ELECTED_NAME = String.raw`\p{Lu}[\p{L}-]+(?: \p{Lu}\.?(?= \p{Lu}))?(?: \p{Lu}[\p{L}-]+){0,2}`;
const ROLE_NOUN = String.raw`(?:[Mm]öte[st]?)?(?:[Oo]rdförande|[Oo]rdf\.?|[Ss]ekreterare|[Jj]usterare|[Jj]usteringsm[aä]n|[Jj]usteringsperson(?:er)?|[Pp]rotokolls?justerare|(?:mötes)?sekreterare|(?:mötes)?justerare)`;
/** "Anna Berg valdes till mötesordförande", "Anna och Bo valdes till justerare". */
const ELECTED = new RegExp(
  // A flattened web page runs the heading into the election: "Val av mötesordförande Anton Nordenfur valdes …".
  String.raw`(?:^|[.:] |(?<=\p{Ll} ))(${ELECTED_NAME}(?: (?:och|samt) ${ELECTED_NAME})?) (?:valdes|väljs|väljes|utsågs|utses)(?: enhälligt)? (?:till|som) (${ROLE_NOUN}(?: och ${ROLE_NOUN})?)`,
  'gu',
);
/** "Anna Berg, PRO": an elected representative's organisation as an acronym after the name. */
const ELECTED_ORG = String.raw`(?:, \p{Lu}{2,6}(?![\p{L}]))?`;
/**
 * "Till sekreterare valdes Jan Molde.", "Till att justera dagens protokoll valdes Leif Hällström.", "Till
 * protokolljusterare valdes Anna Berg, PRO och Bo Ek, SKPF.", "Att jämte ordförande Åsa Ek justera dagens protokoll
 * valdes Bo Ek.", and in a samverkan protocol signed by the parties "Att jämte arbetsgivaren justera dagens protokoll
 * utses Anna Berg, Kommunal, …", "Till justerare utsågs: Anna Berg (Kommunal), …".
 */
const ELECTED_TO = new RegExp(
  String.raw`(?:^|[.:] |(?<=\s))(?:[Tt]ill |(?=[Aa]tt jämte ))(${ROLE_NOUN}|[Aa]tt (?:jämte (?:(?:vice )?(?:mötes)?ordförande(?:n)?(?: ${NAME})?|arbetsgivaren) )?justera(?: dagens)? protokoll(?:et)?)(?: för mötet)? (?:valdes|väljs|utsågs|utses):? (?:samme |densamme )?(${ELECTED_NAME}${ELECTED_ORG}(?: (?:och|samt) ${ELECTED_NAME}${ELECTED_ORG})?)`,
  'gu',
);
/** "Till mötesordförande valdes Anna Berg och till sekreterare Bo Ek": the second election without its verb. */
const ELECTED_TO_ELIDED = new RegExp(
  String.raw`^,? (?:och|samt) till (${ROLE_NOUN}) (${ELECTED_NAME})(?=[.,;]|$| och )`,
  'u',
);
/**
 * "Erik Sandell valdes att justera anteckningarna", "Anna Berg utses att jämte (förutom) ordföranden justera
 * protokollet", "Bo Ek (C) utses att jämte ordförande justera dagens protokoll".
 */
const ELECTED_TO_ADJUST = new RegExp(
  String.raw`(?:^|[.:] |(?<=\p{Ll} ))(${ELECTED_NAME}(?: (?:och|samt) ${ELECTED_NAME})?) (?:valdes|väljs|väljes|utsågs|utses)(?: enhälligt)? (?:till )?att (?:(?:jämte|förutom|tillsammans med) (?:mötes)?ordförande(?:n)? )?justera`,
  'gu',
);
/**
 * "Protokollet kommer att justeras digitalt den 22 januari kl 12.00 av Anna Berg och Bo Ek", "Anteckningarna justeras
 * av Anna Berg": the adjusters named as the agents of the adjustment; the first holds the role, both attended.
 */
const ADJUSTED_BY = new RegExp(
  String.raw`(?:^[\s•·*–-]*|[.:] )(?:[Pp]rotokollet|[Dd]agens protokoll|[Aa]nteckningarna|[Mm]innesanteckningarna) (?:kommer att |ska |skall )?justeras(?: (?:[^.]|\.(?=\d)){0,60}?)? av (${ELECTED_NAME}(?: (?:och|samt) ${ELECTED_NAME})?)(?=[.,;]|$)`,
  'u',
);
/** "Styrelsen väljer Kotte som mötesordförande." */
const ELECTS = new RegExp(
  String.raw`(?:^|[.:] )\p{Lu}\p{Ll}+ (?:väljer|valde|utser|utsåg) (${ELECTED_NAME}(?: (?:och|samt) ${ELECTED_NAME})?) (?:till|som) (${ROLE_NOUN}(?: och ${ROLE_NOUN})?)`,
  'gu',
);

/** "Anna Berg från X var ordförande för mötet och Bo Ek skrev protokollet." */
const CHAIRED = new RegExp(
  String.raw`(?:^|[.:] |och )(${NAME})(?: från [^.,]{1,40})? (?:var|är)(?: därför| således| också| även)? (?:mötes)?ordförande`,
  'u',
);
const MINUTED = new RegExp(
  String.raw`(?:^|[.:] |och )(${NAME})(?: från [^.,]{1,40})? (?:skrev|förde|skriver) (?:protokollet|(?:minnes)?anteckningar(?:na)?)(?![\p{L}])`,
  'u',
);
/**
 * "Mötet leddes av Anna Berg", "Anna Berg ledde mötet", "Gruppen … Den leddes av biträdande direktör Anna Berg": the
 * group's or meeting's leader, a job title in lower case between "av" and the name.
 */
const LED = new RegExp(
  String.raw`(?:(?:[Mm]ötet|[Ss]ammanträdet|[Dd]iskussionen|(?<=[.:] |^)Den|\p{Lu}\p{Ll}*gruppen) leddes av (?:\p{Ll}[\p{Ll}-]* ){0,5}(${NAME})|(?:^|[.:] )(${NAME}) ledde (?:mötet|sammanträdet|dagens möte))`,
  'u',
);
/** "Anteckningar: Per Holm.", "Antecknat av Per Holm", "Anteckningarna fördes av Per Holm". */
const NOTED = new RegExp(
  String.raw`(?:^|[.] )(?:[Aa]nteckningar(?:na)?(?: fördes| förda)?(?: av)?:?|[Aa]ntecknat av:?|[Aa]ntecknare:?|[Pp]rotokollet fördes av:?) (${NAME})(?=[.,;]|$| \()`,
  'u',
);
/**
 * "Ordföranden Anna Berg (S) öppnade sammanträdet": the chair named where the meeting opens, or where a
 * protocol's "Beslutsgång" says who put the question ("Ordförande Anna Berg (M) ställer proposition …"), or where the
 * body's chair reports to it ("Ordförande Anna Berg återrapporterar efter mötet med …", "… informerar om …").
 */
const OPENED = new RegExp(
  // "UPS ordförande Anna Berg hälsar välkommen": the chair of the organisation whose meeting it is, opening a paragraph.
  String.raw`(?:^(?:\p{Lu}{2,8}(?::s)? )?|[.:] )(?:[Oo]rdförande(?:n)?|[Mm]ötesordförande(?:n)?) (${NAME})(?: \([^()]{1,12}\))?,? (?:öppnade|öppnar|hälsade|hälsar|förklarade|förklarar|ställer proposition|ställde proposition|återrapporterar|återrapporterade|informerar|informerade|redogör|redogjorde)(?![\p{L}])`,
  'u',
);
/**
 * "Vice ordförande Anna Berg hälsar ledamöterna välkomna och förklarar mötet öppnat": the vice chair who opens the
 * meeting chairs it (the chair is absent), unless a chair was named otherwise.
 */
const VICE_OPENED = new RegExp(
  String.raw`(?:^|[.:] )[Vv]ice ordförande(?:n)? (${NAME})(?: \([^()]{1,12}\))?,? (?:hälsar|hälsade|öppnar|öppnade|förklarar|förklarade)(?= )`,
  'u',
);
/**
 * "ordföranden för KPR, Anna Berg,", "ordförande i rådet, Anna Berg.": the chair of the body (an acronym or a body
 * noun in the definite form) named in apposition.
 */
const APPOSED_CHAIR = new RegExp(
  String.raw`(?<![\p{L}])[Oo]rdförande(?:n)? (?:för|i) (?:[A-ZÅÄÖ]{2,6}|\p{Ll}*(?:rådet|nämnden|gruppen|styrelsen|utskottet|förbundet|nätverket)), (${NAME})(?=[,.;]| \()`,
  'u',
);
/** "Ordförande är nu Anna Berg.", "Mötesordförande var Anna Berg (S).": the role stated with the holder after it. */
const CHAIR_IS = new RegExp(
  String.raw`(?:^|[.:] )(?:[Mm]ötes)?[Oo]rdförande(?:n)? (?:är|var)(?: nu| numera| fortfarande)? (${NAME})(?=[.,;]|$| \()`,
  'u',
);
/**
 * "Sekreterare är Catarina Andersson.", "… valdes Bo Ek Sekreterare är Eva Al.": the secretary stated with the holder
 * after it (a web page may lose the full stop before it).
 */
const SECRETARY_IS = new RegExp(
  String.raw`(?:^|[.:] |(?<=\p{Ll} ))(?:[Mm]ötes|[Nn]ämnd)?[Ss]ekreterare(?:n)? (?:är|var)(?: nu| numera)? (${NAME})(?=[.,;]|$| \()`,
  'u',
);
/**
 * "Att jämte ordförande Åsa Ulander justera dagens protokoll valdes Bo Ek", "… jämte vice ordförande Pia Holm justera
 * …": the one the adjuster signs with presided (the vice chair when the chair was away).
 */
const ADJUSTS_WITH = new RegExp(
  String.raw`(?<![\p{L}])[Jj]ämte (?:(?:vice|tf\.?|tillförordnad|1:e vice|förste vice) )?(?:mötes)?ordförande(?:n)? (${NAME})(?: \([^()]{1,12}\))? justera`,
  'u',
);
/** A job title written with a capital before the name ("Socialminister Anna Berg är ordförande …"): not part of it. */
const TITLE_WORD = /^\p{Lu}\p{Ll}*(?:minister|direktör|chef|ordförande|sekreterare|råd) (?=\p{Lu}\p{Ll}+ \p{Lu})/u;
/**
 * "Förutom ordföranden Anna Berg, sekreteraren Bo Ek och …": the chair and the secretary named by their role in the
 * definite form in running text, read when no label or election named them.
 */
const DEFINITE_ROLE = new RegExp(
  String.raw`(?<![\p{L}] ?vice |[\p{L}])(ordföranden|sekreteraren) (${NAME})(?=[,.;]| och | \()`,
  'gu',
);
/** "Förutom ordföranden Anna Berg och sektionschef Bo Ek deltog två representanter …": those named attended too. */
const BESIDES = /^(?:[^.]{0,80} )?[Ff]örutom ((?:\p{Ll}[\p{L}-]* ){0,2}\p{Lu}[^.]{1,300}?) (?:deltog|närvarade) /u;
/** "Anna, Bo och Cecilia är närvarande." */
const PRESENT = /^(\p{Lu}[^.]{1,300}?) (?:är|var) närvarande\.?$/u;
/**
 * "Inga Berg (Kommunal) närvarande som fackrepresentant.", "Dessutom var Anna Berg, Bo Ek och Eva Al närvarande.": a
 * participant added in prose after the lists, with the capacity they attended in, or more of them after "Dessutom".
 */
const PRESENT_AS = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3}) (?:(?:är|var) )?närvarande som \p{Ll}[\p{Ll}-]*\.?$/u;
const BESIDES_WERE =
  /^Dessutom (?:var|deltog|närvarade) (\p{Lu}\p{Ll}+ \p{Lu}[^.]{1,400}?)(?: (?:närvarande|med)(?: \p{Ll}[^.]{0,80})?)?\.?$/u;
/**
 * "Från förvaltningen närvarade Anna Berg (till kl. 14.30), Bo Ek och Cecilia Holm", "Från vår förening deltog Anna
 * Berg och Bo Ek.": attendance in prose, a sentence of its own.
 */
const ATTENDED =
  /^(?:[^.]{0,120} )?(?:närvarade|deltog)(?: även| också| dessutom)? (?:(?:ledamöterna|ledamoten|ersättarna|ersättaren|följande(?: ledamöter| personer)?):? )?(\p{Lu}[^.]{1,400}?)\.?$/u;
/**
 * "Styrelsen representerades av ordföranden Anna Berg, Bo Ek och Cecilia Holm.": an organisation's delegates named in
 * prose (a title word before the first name is no part of it).
 */
const REPRESENTED =
  /^(?:[^.]{0,120} )?representerades(?: även| också)? (?:av|genom) (?:(?:\p{Ll}*ordföranden?|sekreteraren|ledamöterna|ledamoten) )?(\p{Lu}[^.]{1,400}?)\.?$/u;
/**
 * "Närvarande ledamöter var Anna Berg, ordförande, Bo Ek …", "Närvarande styrelseledamöter är Anna Berg, … samt Bo Ek.",
 * "Övriga närvarande är partisekreterare Eva Al.", "Förbundsdirektör Bo Ek och sekreterare Eva Al deltog också.":
 * members named in prose, the list after "Närvarande … var" or before "deltog".
 */
const PRESENT_WERE =
  /^(?:Övriga närvarande|Närvarande(?: \p{Ll}*ledamöter| tjänstemän| ersättare)?) (?:var|är|voro) (?:\p{Ll}[\p{Ll}-]+ (?=\p{Lu}))?(\p{Lu}[^.]{1,400}?)\.?$/u;
const ALSO_ATTENDED = /^(\p{Lu}[^.]{1,300}?) (?:deltog|närvarade)(?: också| även| dessutom)?\.?$/u;
/**
 * "Gäst på mötet var Anna Berg, som är smittskyddsläkare …", "Deltagare från föreningen var andre vice ordförande Bo Ek
 * och Eva Al, handläggare.": a report's participants named in a sentence of their own.
 */
const RELATIVE_POST = /, som (?:är|var) [^,]*/gu;
const GUEST_WAS =
  /^(?:[^.]{0,80} )?[Gg]äst(?:er)? (?:på|vid) (?:dagens )?(?:mötet|sammanträdet|rådet|träffen) (?:var|är|blev)(?: även| också)? (\p{Lu}[^.]{1,300}?)\.?$/u;
const PARTICIPANTS_WERE =
  /^Deltagare (?:från [^.]{1,80}? )?(?:var|är|blev) (?:\p{Ll}[\p{L}-]* ){0,4}(\p{Lu}[^.]{1,300}?)\.?$/u;
/**
 * "Den 27 september träffade föreningen politikerna Anna Berg och Bo Ek från partiet …": the people met, named after a
 * plural noun for their role, took part in the meeting.
 */
const MET_PEOPLE =
  /(?:^|[^.]*? )träffade (?:[^.]{0,80}? )?\p{Ll}+(?:erna|arna|orna) ((?:\p{Lu}[\p{L}-]+ ){1,3}?\p{Lu}[\p{L}-]+(?:(?:, | och )(?:\p{Lu}[\p{L}-]+ ){1,3}?\p{Lu}[\p{L}-]+)*)(?= från | i |, |\.|$)/u;
/** Only in the head, and with a full name among them ("Ulla och Lilian deltog." in the notes was another event). */
const PROSE_HEAD_LINES = 30;
function proseList(sentence: string): RegExpExecArray | null {
  const m = PRESENT_WERE.exec(sentence) ?? ALSO_ATTENDED.exec(sentence);
  return m && /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(m[1]!) ? m : null;
}

/** "1 Förslag till justerare: Anna Berg", "Val av justerare: Anna Berg": the adjuster named on an agenda line. */
const PROPOSED_ADJUSTER = new RegExp(
  String.raw`(?:^|\s)(?:[Ff]örslag till|[Vv]al av) justerare\s*:\s*(${NAME})(?: \([^()]{1,6}\))?\.?$`,
  'u',
);

/**
 * "2. Val av justeringsperson" ⏎ "Beslut: Anna Berg", "3. Val av sekreterare för mötet" ⏎ "Bo Ek", "4. Val av två
 * personer att jämte ordföranden justera dagens protokoll" ⏎ "Beslut: Anna Berg och Bo Ek": an agenda point of
 * electing a role whose text is only the elected name(s).
 */
const ELECTION_POINT =
  /^((?:§\s*)?\d{1,3}[.)]?\s*)?(?:Val av (?:en |två |\d )?|Protokoll ?[-–] ?)?(?:(?:mötes)?(ordförande|sekreterare)(?: för (?:års)?mötet)?|((?:protokoll)?justerare|justeringsm[aä]n|justeringsperson(?:er)?|person(?:er)? att (?:jämte (?:mötes)?ordföranden )?justera(?: dagens)? protokoll(?:et)?))$/iu;
/** "§1" ⏎ "Val av justerare": the paragraph's number on a line of its own above its title. */
const BARE_NUMBER = /^(?:§\s*\d{1,3}|\d{1,3}[.)]?)$/u;
/** "Beslut: Anna Berg", "Jan och Sven.", "Utsågs Rune Hedman" (the verb first, as in "Godkändes."). */
const ELECTED_ALONE = new RegExp(
  String.raw`^(?:Beslut:\s*|(?:Utsågs|Utses|Valdes|Väljs) )?(${ELECTED_NAME}(?:,? (?:och|samt) ${ELECTED_NAME})?)\.?$`,
  'u',
);

/**
 * A point electing a role whose text is only the elected name(s): numbered ("2. Val av justeringsperson", "4.
 * Justerare") or under its number on the line above ("§1" ⏎ "Protokoll - justerare"). Two adjusters may be named by
 * first names alone ("Jan och Sven."): the first holds the role as written, and both are listed elsewhere in full.
 */
function electionPoint(lines: readonly Line[], at: number, people: PeopleCollector): void {
  const point = ELECTION_POINT.exec(lines[at]!.text);
  if (!point) return;
  const above = prevNonBlank(lines, at - 1);
  if (!point[1] && !(above >= 0 && BARE_NUMBER.test(lines[above]!.text))) return;
  let next = at + 1;
  while (lines[next]?.text === '') next++;
  const elected = lines[next] ? ELECTED_ALONE.exec(lines[next]!.text) : null;
  if (!elected) return;
  const [first, ...others] = elected[1]!.split(/,? (?:och|samt) /);
  const kind = point[3] ? 'adjuster' : point[2]!.toLowerCase() === 'ordförande' ? 'chair' : 'secretary';
  if (others.length === 1 && [first!, ...others].every((name) => FIRST_NAME.test(name))) {
    if (!people.roles[kind]) people.firstNameRoles.add(kind);
    people.setRole(kind, first!);
    return;
  }
  if (!isPersonName(first!) || !others.every(isPersonName)) return;
  people.setRole(kind, first!);
  for (const name of others) people.add({ name, organization: null, role: null });
}

/** Roles given by an election in the text rather than by a label. */
/**
 * "Till årsmötesfunktionärer valdes : a)Ordf. Anna Berg b) sekr. Bo" ⏎ "Ek c) justerare & rösträknare Cecilia Holm och Dan
 * Lind.": the meeting's officers as lettered points of one election, wrapped onto the next line; both adjusters attended,
 * the first holds the role.
 */
const LETTERED_OFFICER = new RegExp(
  String.raw`(?:^|[\s:])[a-h]\) ?([Oo]rdf\.?|[Oo]rdförande|[Mm]ötesordförande|[Ss]ekr\.?|[Ss]ekreterare|[Jj]usterare(?: (?:&|och) \p{Ll}+)?) (${NAME}(?: (?:och|&) ${NAME})?)(?= [a-h]\)|[.,;]|$)`,
  'gu',
);

function letteredOfficers(lines: readonly Line[], at: number, people: PeopleCollector): void {
  const line = lines[at]!.text;
  if (!/(?:^|[\s:])a\) ?\p{L}/u.test(line)) return;
  const next = lines[at + 1]?.text ?? '';
  const text = next !== '' && !/^(?:§ ?)?\d/.test(next) ? `${line} ${next}` : line;
  for (const m of text.matchAll(LETTERED_OFFICER)) {
    const [first, ...others] = m[2]!.split(/ (?:och|&) /);
    const role = m[1]!.toLowerCase();
    const kind =
      role.startsWith('ordf') || role.startsWith('mötesordf')
        ? 'chair'
        : role.startsWith('sekr')
          ? 'secretary'
          : 'adjuster';
    if (!isPersonName(first!)) continue;
    people.setRole(kind, first!);
    for (const name of others) if (isPersonName(name)) people.add({ name, organization: null, role: null });
  }
}

function electedRoles(lines: readonly Line[], people: PeopleCollector): void {
  for (const [at, line] of lines.entries()) {
    const text = line.text;
    const head = at < PROSE_HEAD_LINES;
    electionPoint(lines, at, people);
    if (text.length <= 3000) {
      const chaired = CHAIRED.exec(text) ?? OPENED.exec(text) ?? CHAIR_IS.exec(text);
      if (chaired) people.setRole('chair', chaired[1]!.replace(TITLE_WORD, ''));
      const withChair = ADJUSTS_WITH.exec(text);
      if (withChair && isPersonName(withChair[1]!)) people.setRole('chair', withChair[1]!);
      const secretaryIs = SECRETARY_IS.exec(text);
      if (secretaryIs && isPersonName(secretaryIs[1]!)) people.setRole('secretary', secretaryIs[1]!);
      const minuted = MINUTED.exec(text);
      if (minuted) people.setRole('secretary', minuted[1]!);
      const led = LED.exec(text);
      if (led) people.setRole('chair', (led[1] ?? led[2])!);
      const noted = NOTED.exec(text);
      if (noted && isPersonName(noted[1]!)) people.setRole('secretary', noted[1]!);
      const proposed = text.length <= 120 ? PROPOSED_ADJUSTER.exec(text) : null;
      if (proposed && isPersonName(proposed[1]!)) people.setRole('adjuster', proposed[1]!);
      const present = PRESENT.exec(text);
      if (present) people.addList(present[1]!);
      for (const sentence of text.replace(/ ?\([^()]{0,80}\)/g, '').split(/(?<=[.!?]) (?=\p{Lu})/u)) {
        const attended =
          ATTENDED.exec(sentence) ??
          REPRESENTED.exec(sentence) ??
          BESIDES.exec(sentence) ??
          PRESENT_AS.exec(sentence) ??
          BESIDES_WERE.exec(sentence) ??
          (head ? proseList(sentence) : null);
        // "Anna Berg, som är smittskyddsläkare på Smittskydd Stockholm": the relative clause tells her post, no one else.
        if (attended) people.addList(attended[1]!.replace(RELATIVE_POST, ''));
        // A report's sentence names people only (their organisation after "från"): three words are one name.
        const named = attended
          ? null
          : (GUEST_WAS.exec(sentence) ?? PARTICIPANTS_WERE.exec(sentence) ?? MET_PEOPLE.exec(sentence));
        if (named) people.addList(named[1]!.replace(RELATIVE_POST, ''), true);
      }
    }
    const adjusted = text.length <= 3000 && /justeras/.test(text) ? ADJUSTED_BY.exec(text) : null;
    if (adjusted) {
      const [first, ...others] = adjusted[1]!.split(/ (?:och|samt) /);
      if (isPersonName(first!)) {
        people.setRole('adjuster', first!);
        for (const name of others) people.add({ name, organization: null, role: null });
      }
    }
    if (text.length > 3000 || !/(?:valdes|väljs|väljes|utsågs|utses|väljer|valde|utser|utsåg):? /.test(text)) continue;
    letteredOfficers(lines, at, people);
    // A flattened page holds several elections on one line.
    const elections = [
      ...[...text.matchAll(ELECTED), ...text.matchAll(ELECTS)].map((m) => ({ at: m.index, names: m[1]!, role: m[2]! })),
      ...[...text.matchAll(ELECTED_TO)].flatMap((m) => {
        const elided = ELECTED_TO_ELIDED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200));
        return [
          { at: m.index, names: m[2]!, role: m[1]! },
          ...(elided ? [{ at: m.index + m[0].length, names: elided[2]!, role: elided[1]! }] : []),
        ];
      }),
      ...[...text.matchAll(ELECTED_TO_ADJUST)].map((m) => ({ at: m.index, names: m[1]!, role: 'justerare' })),
    ].sort((a, b) => a.at - b.at);
    for (const m of elections) {
      // "… valdes Bo Ek Sekreterare är Eva Al": a web page lost the full stop before the next sentence's role noun.
      const elected = m.names
        .split(/ (?:och|samt) /)
        .map((name) => name.replace(/, \p{Lu}{2,6}$/u, '').replace(/ (?:Sekreterare|Ordförande|Justerare)$/u, ''));
      // Both of two elected adjusters attended; the first holds the role.
      for (const name of elected.slice(1)) people.add({ name, organization: null, role: null });
      const first = elected[0]!;
      const roles = m.role.toLowerCase();
      if (/juster/.test(roles)) people.setRole('adjuster', first);
      if (/sekreterare/.test(roles)) people.setRole('secretary', first);
      if (/ordf/.test(roles) && !/vice/.test(roles)) people.setRole('chair', first);
    }
  }
}

/** A signature block's "Pär-Olof Stål, ordförande" / "Anna Berg (KD), ordförande" line: the role holder, also outside a list. */
const SIGNED = new RegExp(
  String.raw`^(${NAME})(?: \([^()]{1,6}\))?, (ordförande|mötesordförande|sekreterare|justerare|justerande)$`,
  'u',
);

function readSignedLine(text: string, people: PeopleCollector): void {
  // "Beslutande Anna Berg (C), ordförande" is a labelled list's row, read with its list.
  const m = text.length <= 120 && !matchLabel(text) ? SIGNED.exec(text) : null;
  if (!m || !isPersonName(m[1]!)) return;
  const kind = roleOf(m[2]!);
  if (!kind) return;
  people.add({ name: m[1]!, organization: null, role: m[2]! });
  people.setRole(kind, m[1]!);
}

const roleLabel = (text: string): RoleKind | null => {
  const label = matchLabel(text);
  return label &&
    label.value === '' &&
    (label.kind === 'chair' || label.kind === 'secretary' || label.kind === 'adjuster')
    ? label.kind
    : null;
};

type SignatureToken = { name: string } | { kind: RoleKind };

/**
 * What one line of a signature block holds: a name ("Anna Berg (S)"), a role label ("Justerare"), or both, when a PDF
 * put the label under one signature on the baseline of the next name ("Ordförande Bo Ek (S)") or beside its name
 * ("Eva Lind Sekreterare").
 */
function signatureTokens(text: string): SignatureToken[] | null {
  const bare = (t: string) => t.replace(/[.,]$/, '').replace(/ \([^()]{1,6}\)$/, '');
  const kind = roleLabel(text);
  if (kind) return [{ kind }];
  if (text.length > 80) return null;
  if (isPersonName(bare(text))) return [{ name: bare(text) }];
  const lead = /^(\S+) (.+)$/.exec(text);
  const leadKind = lead ? roleLabel(lead[1]!) : null;
  if (lead && leadKind && isPersonName(bare(lead[2]!))) return [{ kind: leadKind }, { name: bare(lead[2]!) }];
  const tail = /^(.+) (\S+)$/.exec(text);
  const tailKind = tail ? roleLabel(tail[2]!) : null;
  if (tail && tailKind && isPersonName(bare(tail[1]!))) return [{ name: bare(tail[1]!) }, { kind: tailKind }];
  return null;
}

/**
 * A signature block of names over their roles ("Peder Westerberg" ⏎ "Ordförande" ⏎ "Gunilla Janzén" ⏎ "Sekreterare"
 * ⏎ "Anders Jonsson" ⏎ "Justeringsperson"), also with a label and the next name on one line ("Anna Berg (S)" ⏎
 * "Ordförande Bo Ek (S)" ⏎ "Justerare"): when two or more role labels each follow a name, and the last label has no name
 * below, the name before each label holds that role (read as a label with its name
 * below, every role would go to the next person).
 */
function readStackedSignatures(lines: readonly Line[], people: PeopleCollector, consumed: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i] || lines[i]!.text === '') continue;
    const first = signatureTokens(lines[i]!.text);
    if (!first || !('name' in first[0]!)) continue;
    const tokens: SignatureToken[] = [];
    const used: number[] = [];
    for (let k = i; k >= 0 && k < lines.length && !consumed[k]; k = nextNonBlank(lines, k + 1, lines.length)) {
      const found = signatureTokens(lines[k]!.text);
      if (!found) break;
      tokens.push(...found);
      used.push(k);
    }
    const pairs: [string, RoleKind][] = [];
    let n = 0;
    for (; n + 1 < tokens.length; n += 2) {
      const [name, role] = [tokens[n]!, tokens[n + 1]!];
      if (!('name' in name) || !('kind' in role)) break;
      pairs.push([name.name, role.kind]);
    }
    // A name left after the last label would be that label's name: the block reads label-first.
    if (pairs.length < 2 || (n < tokens.length && 'name' in tokens[n]!)) {
      i = used[used.length - 1] ?? i;
      continue;
    }
    for (const [name, kind] of pairs) {
      people.add({ name, organization: null, role: null });
      people.setRole(kind, name);
    }
    for (const k of used) consumed[k] = 1;
    i = used[used.length - 1]!;
  }
}

const PARTY_ENTRY = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3} \((?:[A-ZÅÄÖ]{1,3}|Mp|Kd|Sd)\)`;
const PARTY_ROW = new RegExp(String.raw`^${PARTY_ENTRY}(?: ${PARTY_ENTRY})+$`, 'u');

/**
 * "Rolf Berg (S) Pia Holm (S) Sara Lind (C)" ⏎ "Anita Westin Brodd (M) Tommy Ek (KD)": a protocol's members as rows of
 * "Name (party)" entries whose label ("Beslutande") was lost from the text layer. Two or more entries a row and five
 * or more in a run of such rows in the document's head.
 */
function readUnlabelledPartyRows(lines: readonly Line[], people: PeopleCollector, consumed: Uint8Array): void {
  let run: number[] = [];
  const flush = () => {
    const names = run.flatMap((i) => [...lines[i]!.text.matchAll(new RegExp(PARTY_ENTRY, 'gu'))].map((m) => m[0]));
    if (names.length >= 5) {
      for (const entry of names)
        people.add({ name: entry.replace(/ \([^()]+\)$/, ''), organization: null, role: null });
      for (const i of run) consumed[i] = 1;
    }
    run = [];
  };
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    if (!consumed[i] && !line.cell && line.text.length <= 400 && PARTY_ROW.test(line.text)) run.push(i);
    else flush();
  }
  flush();
}

/** "Justerat den 23 augusti 2007", "Justeras 2021-03-04": the line over the signatories' names. */
const ADJUSTED_ON =
  /^(?:Justerat|Justeras|Protokollet justerat)(?: den)? (?:\d{1,2} \p{Ll}+ (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)$/u;

/**
 * "Justerat den 23 augusti 2007" ⏎ "Eva Al Bo Ek": the chair signs beside the adjuster, two names on one line without a
 * gap; with the chair's name at either end, the other name is the adjuster's, who attended. "Vid protokollet" ⏎
 * "Justeras den 12 mars 2026" ⏎ "Anna Berg" (a Riksdag committee's protocol): one name alone under the line (two or
 * three words: four are two names run together), not the chair's, is the adjuster's.
 */
function signedBesideChair(lines: readonly Line[], people: PeopleCollector): void {
  const chair = people.roles.chair;
  if (people.roles.adjuster) return;
  for (let i = 0; i < lines.length; i++) {
    if (!ADJUSTED_ON.test(lines[i]!.text)) continue;
    const next = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
    const names = next < 0 ? '' : lines[next]!.text;
    const other = !chair
      ? ''
      : names.startsWith(`${chair} `)
        ? names.slice(chair.length + 1)
        : names.endsWith(` ${chair}`)
          ? names.slice(0, -chair.length - 1)
          : names !== chair && wordCount(names) <= 3 && isPersonName(names)
            ? names
            : '';
    if (other && isPersonName(other)) {
      people.setRole('adjuster', other);
      people.add({ name: other, organization: null, role: null });
      return;
    }
  }
}

/** "Anna Berg utses att jämte ordföranden justera protokollet": the adjuster signs beside the chair. */
const ADJUSTS_BESIDE_CHAIR = /(?<![\p{L}])(?:utses|utsågs|valdes) att jämte (?:mötes)?ordföranden justera/u;

/**
 * A chair read as the same person as the adjuster elected "jämte ordföranden" (a list entry "Name, ordförande" of
 * another organisation's delegation, read first): that list's other entry with the role "ordförande" chairs.
 */
function besideTheChair(lines: readonly Line[], people: PeopleCollector): void {
  const { chair, adjuster } = people.roles;
  if (!chair || chair !== adjuster || !lines.some((l) => l.text.length <= 3000 && ADJUSTS_BESIDE_CHAIR.test(l.text)))
    return;
  const other = people.attendees.find((a) => a.name !== chair && /(?:^|, )ordförande$/.test(a.role ?? ''));
  if (other) people.roles.chair = other.name;
}

/**
 * "§ 2. Närvarande ledamöter voro:" ⏎ "Anna Berg, Bo Ek, …": a numbered paragraph whose title is a participant label
 * ending in its colon introduces the list on the lines below, as the label alone would.
 */
function numberedListLabel(text: string): LabelMatch | null {
  const m = /^(?:§ ?)?\d{1,3}\.? (\p{Lu}[^:]{2,60}:)$/u.exec(text);
  const label = m ? matchLabel(m[1]!) : null;
  return label && label.value === '' && (label.kind === 'attendees' || label.kind === 'excluded') ? label : null;
}

/** A participant table's name column ("Namn", "Deltagare", "Ledamot"). */
const NAME_HEAD = /^(?:namn|för- och efternamn|deltagare|mötesdeltagare|ledamot|ledamöter|närvarande|name)$/i;
/** The other columns of a participant table: the person's post, organisation, party or presence. */
const PERSON_COLUMN_HEAD =
  /^(?:funktion|roll|titel|befattning|tjänst|uppdrag|organisation|verksamhet|förvaltning|enhet|arbetsplats|representerar|representant för|kommun|parti|närvaro|närvarande|deltog|e-post|title|role|organi[sz]ation)$/i;

/**
 * "Namn ⇥ Funktion ⇥ Organisation", "Ledamot ⇥ Organisation ⇥ Närvarande" (tab columns, or the first row of a Word
 * table): the header of a participant table, which needs no label above it.
 */
function peopleTableHeader(lines: readonly Line[], at: number): boolean {
  const line = lines[at]!;
  if (line.cell && lines[at - 1]?.cell) return false;
  // A header row is short: its first lines only (a row run on through the text would make each look-up read to the end).
  const header = (line.cell ? (readTabTable(lines.slice(at, at + 12), 0, 1).rows[0] ?? []) : line.parts)
    .map((c) => c.trim().replace(/:$/, ''))
    .filter((c) => c !== '');
  if (header.length < 2 || header.length > 6) return false;
  const name = header.findIndex((c) => NAME_HEAD.test(c));
  return name >= 0 && header.some((c, k) => k !== name && PERSON_COLUMN_HEAD.test(c));
}

/** "enligt ovan", "enligt bilaga 1", "se närvarolista": the participants are listed elsewhere. */
const LIST_ELSEWHERE = /(?<![\p{L}])(?:enligt|se) (?:ovan|bilaga|bifogad|närvarolista)/iu;

export function readPeople(lines: readonly Line[], consumed: Uint8Array): PeopleInfo {
  const people = new PeopleCollector();
  // An election in the text names the role holder before any signature block repeats the role.
  electedRoles(lines, people);
  for (const line of lines.slice(0, 200)) {
    readSignedLine(line.text, people);
    // A signature block run into one row: "Justerat den 4/5    Anna Berg, ordförande    Bo Ek, justerare".
    if (COLUMN_GAP.test(line.raw.trim()))
      for (const part of line.raw.trim().split(/ {3,}/)) readSignedLine(part, people);
  }
  readStackedSignatures(lines, people, consumed);
  readHeadRoles(lines, people, consumed);
  /** Where the last participant list read ended (-1: none yet). */
  let listEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text !== '' && !consumed[i] && peopleTableHeader(lines, i)) {
      i = readPeopleTable(lines, i, people, consumed) - 1;
      listEnd = i;
      continue;
    }
    if (line.text === '' || line.cell || consumed[i]) continue;
    if (readSignatureRow(lines, i, people, consumed)) continue;
    const own = matchLabel(line.text);
    const label = own ?? numberedListLabel(line.text);
    if (!label) continue;
    // "2. Närvarande" ⏎ "Ledamöter närvarande enligt ovan.": a label line that points elsewhere heads no list below.
    if (label.kind === 'attendees' && label.value === '' && LIST_ELSEWHERE.test(line.text)) continue;
    if (label.kind === 'attendees' || (label.kind === 'excluded' && guestsPresent(lines, i, listEnd))) {
      const at = i;
      i = readFollowingGroups(lines, readLabelledList(lines, i, label.value, people, consumed), people, consumed);
      listEnd = i;
      // The numbered paragraph stays an agenda point; only its list is the participants'.
      if (!own) consumed[at] = 0;
    } else if (label.kind === 'excluded') i = readExcludedList(lines, i, label.value, consumed);
    else if (label.kind === 'chair' || label.kind === 'secretary' || label.kind === 'adjuster') {
      readRole(lines, i, label.kind, label.value, people, consumed);
    }
  }
  readUnlabelledPartyRows(lines, people, consumed);
  if (!people.roles.chair) {
    // "… ett brev till ordföranden för KPR, Katarina Gustavsson, där …": the body's chair in apposition.
    const apposed = lines
      .map((line) => (line.text.length <= 3000 ? APPOSED_CHAIR.exec(line.text) : null))
      .find(Boolean);
    if (apposed && isPersonName(apposed[1]!)) people.setRole('chair', apposed[1]!);
  }
  for (const line of lines) {
    if (line.text.length > 3000 || people.roles.chair || !/(?:ordföranden|sekreteraren) \p{Lu}/u.test(line.text))
      continue;
    for (const m of line.text.matchAll(DEFINITE_ROLE)) {
      const role = m[1] === 'ordföranden' ? 'chair' : 'secretary';
      if (!people.roles[role] && isPersonName(m[2]!)) people.setRole(role, m[2]!);
    }
  }
  if (!people.roles.chair) {
    const vice = lines.map((line) => (line.text.length <= 3000 ? VICE_OPENED.exec(line.text) : null)).find(Boolean);
    if (vice) people.setRole('chair', vice[1]!);
  }
  signedBesideChair(lines, people);
  const [first, second] = people.signedWithChair;
  if (first && second && people.roles.adjuster === first && people.roles.chair === first)
    people.roles.adjuster = second;
  besideTheChair(lines, people);
  return {
    attendees: people.attendees,
    roles: people.roles,
    firstNameRoles: people.firstNameRoles,
    presentersAttend: people.presentersAttend,
  };
}
