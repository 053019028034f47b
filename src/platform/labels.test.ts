import { describe, expect, it } from 'vitest';
import { actionStatusLabels, roundTitleLabel, unitLabel, wordsIn } from './labels.ts';

describe('shared labels', () => {
  it('gives one word per status in each language', () => {
    expect(wordsIn(actionStatusLabels, 'sv')).toEqual({
      open: 'Öppet',
      in_progress: 'Pågår',
      done: 'Klart',
      cancelled: 'Struket',
    });
    expect(wordsIn(actionStatusLabels, 'en').open).toBe('Open');
  });

  it('translates known units and keeps others as typed', () => {
    expect(unitLabel('st', 'en')).toBe('pcs');
    expect(unitLabel('dagar', 'en')).toBe('days');
    expect(unitLabel('st', 'sv')).toBe('st');
    expect(unitLabel('vårdplatser', 'en')).toBe('vårdplatser');
  });

  it('writes the default week title in English and leaves typed titles alone', () => {
    expect(roundTitleLabel('v. 5 2021', 'en')).toBe('Week 5 2021');
    expect(roundTitleLabel('v. 5 2021', 'sv')).toBe('v. 5 2021');
    expect(roundTitleLabel('Extra avstämning', 'en')).toBe('Extra avstämning');
  });
});
