import { describe, expect, it } from 'vitest';
import { toBlocks } from './bullet-text.tsx';

describe('toBlocks', () => {
  it('turns "- " lines into lists and other lines into paragraphs', () => {
    expect(
      toBlocks('Ansträngt läge.\n- Brist på vårdplatser\n- Många sjukskrivna\nI övrigt stabilt.\n\nNytt stycke'),
    ).toEqual([
      { kind: 'paragraph', lines: ['Ansträngt läge.'] },
      { kind: 'list', items: ['Brist på vårdplatser', 'Många sjukskrivna'] },
      { kind: 'paragraph', lines: ['I övrigt stabilt.'] },
      { kind: 'paragraph', lines: ['Nytt stycke'] },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(toBlocks('  \n')).toEqual([]);
  });
});
