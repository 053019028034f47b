import { PRINTABLE_RANGES } from './printable-ranges.generated.ts';

function isPrintable(codePoint: number): boolean {
  if (codePoint >= 0x20 && codePoint < 0x7f) return true;
  let low = 0;
  let high = PRINTABLE_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = PRINTABLE_RANGES[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The first character the minutes PDF cannot print (a script without an embedded font, a control
 * character), or undefined. Browser-safe: forms check the same as the API.
 */
export function findUnprintableCharacter(text: string): string | undefined {
  for (const char of text) {
    if (!isPrintable(char.codePointAt(0)!)) return char;
  }
  return undefined;
}
