/** One line of the minutes; `cell` marks a table cell (the extractor starts table cells with a tab). */
export interface Line {
  text: string;
  cell: boolean;
  /** The line split at tabs (signature blocks put labels side by side). */
  parts: string[];
  /** The cleaned line before whitespace was collapsed (column positions of flattened PDF tables). */
  raw: string;
  /** A Markdown heading ("## Närvarande"): `text` holds the heading without its marker. */
  heading?: true;
}

const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/g;
// Zero-width characters and the soft hyphen carry no text; NBSP and other spaces become plain spaces.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the purpose
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

// PDF text layers keep typographic ligatures ("ﬁnns"); readers see and type plain letters.
const LIGATURE = /[\ufb00-\ufb06]/g;
const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

export function cleanInline(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(BOOKMARK, '')
    .replace(ODD_SPACE, ' ')
    .replace(CONTROL, '')
    .replace(LIGATURE, (l) => LIGATURES[l] ?? l);
}

/**
 * The text as the parser reads it, whatever wrote it: line breaks as "\n" (Windows files end lines with "\r\n"), letters
 * composed (NFC: a Mac or a PDF may give "å" as "a" + a combining ring), invisible characters removed and odd spaces
 * plain (cleanInline), no spaces at a line's end, and a margin every line shares removed (a text copy indented as a
 * whole). A copy with a blank line after every line is left as it is: the parser reads those (a rule that joined
 * them lost the paragraph breaks of such a copy in the corpus).
 */
export function normalizeText(text: string): string {
  const clean = cleanInline(text.replace(/\r\n?|\f|\u2028|\u2029/g, '\n').normalize('NFC')).replace(/ +$/gm, '');
  return removeMargin(clean).replace(LABEL_SPACE_COLON, '$1:');
}

/** "Närvarande : Anna Berg": a label typed with a space before its colon, read as "Närvarande:". */
const LABEL_SPACE_COLON = /^([ \t]*\p{L}[\p{L}\p{N}.\- ]{0,40}?\p{L}) +:(?=[ \t]|$)/gmu;

/** Leading spaces that every non-blank line has: a page margin, not an indent of its own. */
function removeMargin(text: string): string {
  let margin = Infinity;
  // Lines of white space only (an empty table cell's tab) have no margin to count.
  for (const match of text.matchAll(/^( *)(?! )(?=[^\n]*\S)/gm)) {
    margin = Math.min(margin, match[1]!.length);
    if (margin === 0) return text;
  }
  return margin === Infinity ? text : text.replace(new RegExp(`^ {${margin}}`, 'gm'), '');
}

export function collapseSpaces(text: string): string {
  // Only runs of whitespace are rewritten; replacing every single space is slow on huge lines.
  return text.replace(/[ \t]{2,}|\t/g, ' ').trim();
}

// Minutes kept as Markdown (in a Git repository, a wiki) mark headings with "#" … "######"; the label or title
// after the marker reads like any other line ("## Närvarande" is the participant label).
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$/;

/** The lines of a text normalizeText has read. */
export function toLines(text: string): Line[] {
  const raw = text.split('\n');
  return raw.map((line) => {
    const heading = line.length <= 300 ? MARKDOWN_HEADING.exec(line) : null;
    return heading ? { ...toLine(heading[1]!), raw: line, heading: true } : toLine(line);
  });
}

/** "| Verksamhet | Nuläge |": a Markdown (or HTML-to-text) table row; its cells are the line's parts, as tabs give. */
const PIPE_ROW = /^\s{0,3}\|(?:[^|\n]*\|){2,}\s*$/;
/** "|---|:--:|": the rule under a Markdown table's header. */
export const TABLE_RULE = /^\s{0,3}\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/;

/**
 * "§ 3 | Ärendets rubrik Utskottet behandlade ärendet. | |", "DATUM | 2022-04-28 |": a Word table saved as text with a
 * "|" after each cell (no leading one); two separators or more, the last at the line's end.
 */
const TRAILING_PIPE_ROW = /^\s{0,3}[^|\s][^|\n]*(?:\|[^|\n]*)+\|\s*$/;
/** A row's number cell and the separator after it, the rest of the line the next cell. */
const NUMBER_CELL_ROW = /^\s{0,3}((?:§ ?)?\d{1,4}[a-z]?[.:]?) \| ([^|]+)$/;

function toLine(line: string): Line {
  if (line.length <= 2000 && PIPE_ROW.test(line) && !TABLE_RULE.test(line)) {
    const cells = line.trim().slice(1, -1).split('|').map(collapseSpaces);
    return { text: cells.filter((c) => c !== '').join(' '), cell: false, parts: cells, raw: line };
  }
  // "§ 2 | Anmälningar Kanslichefen anmälde …" ⏎ "… | |": the first line of such a row whose last cell runs on below.
  const numbered = line.length <= 2000 ? NUMBER_CELL_ROW.exec(line) : null;
  if (numbered && !TRAILING_PIPE_ROW.test(line)) {
    return { text: `${numbered[1]!} ${collapseSpaces(numbered[2]!)}`, cell: false, parts: [], raw: line };
  }
  if (line.length <= 2000 && TRAILING_PIPE_ROW.test(line)) {
    const cells = line.trim().slice(0, -1).split('|').map(collapseSpaces);
    return { text: cells.filter((c) => c !== '').join(' '), cell: false, parts: [], raw: line };
  }
  return {
    text: collapseSpaces(line),
    cell: line.startsWith('\t'),
    parts: line.includes('\t')
      ? line
          .split('\t')
          .map(collapseSpaces)
          .filter((p) => p !== '')
      : [],
    raw: line,
  };
}

export function nextNonBlank(lines: readonly Line[], from: number, limit = lines.length): number {
  for (let i = from; i < limit; i++) if (lines[i]!.text !== '') return i;
  return -1;
}

export function prevNonBlank(lines: readonly Line[], from: number): number {
  for (let i = from; i >= 0; i--) if (lines[i]!.text !== '') return i;
  return -1;
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const space = ch === ' ';
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export function stripMarkdown(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}
