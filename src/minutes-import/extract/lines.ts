/**
 * The line layout every extractor writes, so the parser reads a Word file, an OpenDocument file and a web page alike
 * (it is how the reference samples were extracted from Word): one line per paragraph, a list item as a "• " (or
 * "1. ") line indented by its nesting, and a table as one line per cell starting with a tab (the cell's further
 * paragraphs without it) with a blank line after each row.
 */

/** A table row's lines: each cell a tab-led line (its empty paragraphs after the first left out), then a blank line. */
export function pushRow(out: string[], cells: string[][]): void {
  for (const lines of cells) {
    const [first = '', ...rest] = lines.filter((l, i) => i === 0 || l.trim() !== '');
    out.push(`\t${first}`, ...rest);
  }
  out.push('');
}

/** Two spaces per level of nesting: top-level items are indented like a web page's, sub-items deeper. */
const INDENT = '  ';

/**
 * A list item's lines: the marker ("•" or "3.") before its first line, at `depth` (1 for a top-level list); its other
 * lines (further paragraphs, a line break) under the item's text. Lines of a nested list are already indented deeper.
 */
export function pushListItem(out: string[], lines: string[], marker: string, depth: number): void {
  const indent = INDENT.repeat(depth);
  const textIndent = indent + ' '.repeat(marker.length + 1);
  const firstText = lines.findIndex((l) => l.trim() !== '' && !l.startsWith(INDENT));
  if (firstText === -1) {
    // Only a nested list (or nothing): the marker stands on a line of its own above it, as a browser draws it.
    if (lines.some((l) => l.trim() !== '')) out.push(`${indent}${marker}`, ...lines);
    return;
  }
  lines.forEach((line, i) => {
    if (i < firstText && line.trim() === '') return;
    if (i === firstText) out.push(`${indent}${marker} ${line}`);
    else if (line.startsWith(INDENT) || line.trim() === '') out.push(line);
    else out.push(textIndent + line);
  });
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/**
 * A list number as Word's `w:numFmt` writes it (ECMA-376 17.18.59); formats Swedish minutes do not use are written as
 * decimals.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      // Word repeats the letter past z: 27 is "aa", 53 "aaa".
      const letter = String.fromCharCode(97 + ((Math.max(n, 1) - 1) % 26)).repeat(
        Math.floor((Math.max(n, 1) - 1) / 26) + 1,
      );
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
      return n > 0 && n < 4000 ? roman(n) : String(n);
    case 'upperRoman':
      return n > 0 && n < 4000 ? roman(n).toUpperCase() : String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The list number types of ODF's `style:num-format` and HTML's `<ol type>`, as `numFmt` names. */
export const LIST_TYPES: Record<string, string> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};
