import { flattenedHeading } from './items.ts';

const MARKER = /(?<=[\s.:])(\d{1,2})[.)] (?=\p{Lu})/gu;
const HEAD_LABEL =
  /(?<=\s)(?=(?:Närvarande|Deltagare|Datum|Tid|Plats|Frånvarande|Förhinder|Ordförande|Sekreterare|Justerare)(?: \p{Ll}+){0,2}:)/gu;

/** Standard agenda headings, cut also where too few words follow for the general rule. */
const STANDARD_HEADING =
  /^(övriga frågor|övrigt|mötets (?:öppnande|avslutande)|inledning|avslutning|nästa möte|föregående (?:protokoll|minnesanteckningar|anteckningar)) (?=\p{Lu})/iu;

/**
 * A document whose text came out as one long line (a PDF without line breaks, a web page copied as
 * one paragraph): when that line holds most of the text and an agenda numbered 1, 2, 3 … in order, it
 * is broken before each number, each point's heading is cut from its text ("2. Lägesrapport från
 * delprojekten Susanne Ahl rapporterade …"), and the head is broken before its labels ("Närvarande:").
 * Words are only moved to new lines, never changed, so the nothing-lost check still holds.
 */
export function splitFlattenedText(text: string): string {
  if (text.length > 1_000_000) return text;
  const lines = text.split('\n');
  const total = lines.reduce((n, l) => n + l.trim().length, 0);
  return lines
    .map((line, i) => {
      const split = line.length >= 300 && line.trim().length * 10 >= total * 6 ? splitLine(line) : line;
      if (split !== line) return split;
      return splitTrailingListLabel(
        i < HEAD_LINES && line.length >= 150 ? splitProtocolHead(line) : splitParagraphRun(splitGluedHeading(line)),
      );
    })
    .join('\n');
}

/** A paragraph's last word with the next heading glued to it, without a space: "…coronarestriktionerInternt arbete:". */
const GLUED_HEADING = /^(.{40,}\p{Ll}{3})(\p{Lu}\p{Ll}+(?: \p{Ll}+){0,4}:)$/u;

/**
 * A web page copied without its paragraph breaks ("… via länken: SVT Play – Nya beskedInternt arbete:" ⏎ "Med anledning
 * av …"): a short heading ending in a colon, glued to the paragraph before it, gets its own line after a blank one.
 */
function splitGluedHeading(line: string): string {
  return line.length <= 5000 && line.endsWith(':') ? line.replace(GLUED_HEADING, '$1\n\n$2') : line;
}

/** A participant-list label ending a line of something else, its names on the lines below. */
const TRAILING_LIST_LABEL =
  /^(.*[^\s:]) ((?:Närvarande|Deltagare|Förhinder|Frånvarande|Anmält förhinder|Övriga|Övriga närvarande|Övriga deltagare|Ersättare|Ledamöter|Beslutande|Inbjudna|Adjungerade):)$/u;

/**
 * "Plats: GR-huset, Göteborg Närvarande:", "Maria Ek (m), Kungälv Förhinder:": a PDF's text layer ran a list label
 * onto the end of the line before it (the place, the last entry of the list above); the label gets its own line.
 */
function splitTrailingListLabel(text: string): string {
  if (text.length > 2000) return text;
  return text
    .split('\n')
    .map((line) => splitRolePairs(line.replace(TRAILING_LIST_LABEL, '$1\n$2')))
    .join('\n');
}

const ROLE_WORD = '(?:Ordförande|Mötesordförande|Sekreterare|Justerare|Justerande)';
const HOLDER = String.raw`\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}`;
/** "ordförande Ulla Olsson Sekreterare Ingela Mindemark": only role words, each with its holder's name. */
const ROLE_PAIRS = new RegExp(
  String.raw`^(?:[Oo]rdförande|[Mm]ötesordförande|[Ss]ekreterare|[Jj]usterare|[Jj]usterande):? ${HOLDER}(?: ${ROLE_WORD}:? ${HOLDER})+$`,
  'u',
);
const BEFORE_ROLE = new RegExp(String.raw` (?=${ROLE_WORD}:? \p{Lu})`, 'gu');

/** A line of meeting roles with their holders run together gets one role per line, as a protocol head has them. */
function splitRolePairs(line: string): string {
  return line.length <= 200 && ROLE_PAIRS.test(line) ? line.replace(BEFORE_ROLE, '\n') : line;
}

/** "§ 71/20 Uppföljning av åtgärdsplan": a paragraph mark (with its year) before a capitalised title. */
const RUN_MARK = /(?:^|(?<=\S) )§ ?(\d{1,4})(?:\/\d{2,4})? (?=\p{Lu})/gu;

/**
 * A table of contents flattened so that consecutive paragraphs share a line ("§ 71/20 Uppföljning av åtgärdsplan -
 * hemtjänst § 72/20 Övriga informationsärenden § 73/20 Övriga frågor"): broken before each further mark whose number
 * follows the one before.
 */
function splitParagraphRun(line: string): string {
  if (line.length >= 300 || !/^§/.test(line)) return line;
  const marks = [...line.matchAll(RUN_MARK)];
  if (marks.length < 2 || marks[0]!.index !== 0) return line;
  const cuts: number[] = [];
  for (let k = 1; k < marks.length; k++) {
    if (Number(marks[k]![1]) !== Number(marks[k - 1]![1]) + 1) return line;
    cuts.push(marks[k]!.index + 1);
  }
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    parts.push(line.slice(from, at).trimEnd());
    from = at;
  }
  parts.push(line.slice(from));
  return parts.join('\n');
}

/** The first page of a PDF protocol comes out on a line or two (a document site's text layer, a copied PDF). */
const HEAD_LINES = 12;
/**
 * The labels of a Swedish protocol's first page. A role word after a comma ("Anna Berg, M, Ordförande") is the
 * entry's role, not a label; the labels are capitalised, so "ersättare för …" inside an entry is no label either.
 */
const PROTOCOL_LABEL =
  /(?<=[^\s,]) (?=(?:Plats och tid|Tid och plats|Sammanträdesdatum|Beslutande|Tjänstgörande ersättare|Ej tjänstgörande ersättare|Ersättare|Övriga (?:närvarande|deltagande|deltagare)|Utses att justera|Justeringens plats och tid|Justeringens plats|Underskrifter|Paragrafer|Sekreterare|Ordförande|Justerare|Justerande|ANSLAG\/BEVIS)(?![\p{L}]))/gu;
const ROLE_LABEL = /^(?:Sekreterare|Ordförande|Justerare|Justerande)$/u;
/** "Paragrafer §§ 55-65 Maria Walther": the paragraph range, then the name signed under the label beside it. */
const PARAGRAPHS_THEN_NAME = /^(Paragrafer (?:§§? ?)?\d+(?: ?[-–,] ?\d+)*) (\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,3})$/u;

/**
 * A protocol's first page run into one line ("Plats och tid Ivern, … kl 08:30-12.15 Beslutande Ledamöter Anna Berg, M,
 * Ordförande … Ersättare … Övriga närvarande … Justerare … Underskrifter Sekreterare Paragrafer §§ 55-65 Eva Ek …"):
 * broken before each label when at least three different ones occur, so each label reads as in the column layout.
 * A signature row's "Sekreterare" with its name pushed past "Paragrafer …" gets the name back.
 */
function splitProtocolHead(line: string): string {
  const at = [...line.matchAll(PROTOCOL_LABEL)];
  const labels = new Set(at.map((m) => line.slice(m.index + 1).split(' ')[0]));
  if (labels.size < 3) return line;
  const parts: string[] = [];
  let from = 0;
  for (const m of at) {
    parts.push(line.slice(from, m.index).trim());
    from = m.index + 1;
  }
  parts.push(line.slice(from).trim());
  for (let k = 1; k < parts.length; k++) {
    const m = PARAGRAPHS_THEN_NAME.exec(parts[k]!);
    if (m && ROLE_LABEL.test(parts[k - 1]!)) {
      parts[k - 1] = `${parts[k - 1]} ${m[2]}`;
      parts[k] = m[1]!;
    }
  }
  return parts.filter((p) => p !== '').join('\n');
}

/** "§ 12 Val av justerare … § 13 Budget …": a protocol's paragraphs, numbered from any number on. */
const PARAGRAPH_MARKER = /(?<=^|[\s.:])§ ?(\d{1,4}) (?=\p{Lu})/gu;

/** The agenda points in order: "1." "2." "3." …, or else "§ 12" "§ 13" … (a paragraph may be left out: "§ 15" "§ 17"). */
function agendaChain(line: string): RegExpExecArray[] {
  const chain: RegExpExecArray[] = [];
  for (const m of line.matchAll(MARKER)) if (Number(m[1]) === chain.length + 1) chain.push(m);
  if (chain.length >= 3) return chain;
  const paragraphs: RegExpExecArray[] = [];
  for (const m of line.matchAll(PARAGRAPH_MARKER)) {
    const step = paragraphs.length === 0 ? 1 : Number(m[1]) - Number(paragraphs[paragraphs.length - 1]![1]);
    if (step === 1 || step === 2) paragraphs.push(m);
  }
  return paragraphs;
}

/**
 * The formal points of an unnumbered agenda, each run into its text ("Mötets öppnande Mötet förklarades öppnat.").
 * "Val av mötesordförande …" after "Val av mötesfunktionärer" is one of its elections, no point of its own.
 */
const FORMAL_POINT =
  /(?<=^|[\s.!?])(Mötets öppnande|Mötet öppnas|Val av mötesfunktionärer|Val av (?:protokoll|mötes)?justerare|(?:Godkännande|Fastställande) av (?:dagordning|föredragningslista)(?:en|n)?|Föregående (?:protokoll|mötesprotokoll|minnesanteckningar)|Övriga frågor|Nästa möte|Mötets avslutande|Mötet avslutas) (?=\p{Lu})/gu;

/**
 * A web teaser or a PDF without numbers that runs the whole agenda into one line: broken before each formal point when
 * three different ones occur, each point's heading on a line of its own after a blank line.
 */
function splitFormalPoints(line: string): string {
  const points = [...line.matchAll(FORMAL_POINT)];
  if (new Set(points.map((m) => m[1])).size < 3) return line;
  const out: string[] = [line.slice(0, points[0]!.index).trim()];
  points.forEach((m, k) => {
    const end = points[k + 1]?.index ?? line.length;
    out.push('', m[1]!, line.slice(m.index + m[0].length, end).trim());
  });
  return out.filter((p, k) => p !== '' || k > 0).join('\n');
}

function splitLine(line: string): string {
  const chain = agendaChain(line);
  if (chain.length < 3) return splitFormalPoints(line);
  const out: string[] = [line.slice(0, chain[0]!.index).trim().replace(HEAD_LABEL, '\n').replace(/ \n/g, '\n')];
  chain.forEach((m, k) => {
    const segment = line.slice(m.index, chain[k + 1]?.index ?? line.length).trim();
    const rest = segment.slice(m[0].length);
    const heading = STANDARD_HEADING.exec(rest)?.[1] ?? flattenedHeading(rest);
    out.push(heading ? `${m[0]}${heading}\n${rest.slice(heading.length).trim()}` : segment);
  });
  return out.join('\n');
}
