import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { findUnprintableCharacter } from '../../platform/printable-text.ts';
import { splitByFace } from './fonts.ts';
import { printableRangesModule, printableRangesPath } from './printable.ts';

describe('fonts and the characters the API accepts', () => {
  it('accepts exactly what the embedded fonts print (run `npm run generate:printable` after changing fonts)', async () => {
    expect(await readFile(printableRangesPath, 'utf8')).toBe(await printableRangesModule());
  });

  it.each([
    ['Swedish and Sámi', 'Älvdalens kommun, Čohkkiras, Ŋuorra'],
    ['Arabic and Persian', 'مرحبا بالعالم، گزارش پیشرفت'],
    ['Hebrew and Yiddish', 'שלום, ייִדיש'],
    ['Greek', 'Ελληνικά'],
    ['Cyrillic', 'Українська, Русский'],
    ['Armenian and Georgian', 'Հայերեն ქართული'],
    ['emoji', '😀 👍🏽 ❤️'],
  ])('prints %s with an embedded face and accepts it', (_, text) => {
    expect(findUnprintableCharacter(text)).toBeUndefined();
    expect(
      splitByFace(text, 'regular')
        .map((run) => run.text)
        .join(''),
    ).not.toContain('[U+');
    expect(
      splitByFace(text, 'bold')
        .map((run) => run.text)
        .join(''),
    ).not.toContain('[U+');
  });

  it.each([
    ['Chinese', '中文', '中'],
    ['Thai', 'ภาษาไทย', 'ภ'],
    ['Ethiopic', 'ትግርኛ', 'ት'],
    ['a control character', 'ring\u0007klocka', '\u0007'],
  ])('refuses %s, which no embedded face prints', (_, text, first) => {
    expect(findUnprintableCharacter(text)).toBe(first);
  });

  it('names a character no face covers instead of dropping it, for text stored before the check', () => {
    expect(
      splitByFace('a中b', 'regular')
        .map((run) => run.text)
        .join(''),
    ).toBe('a[U+4E2D]b');
  });
});
