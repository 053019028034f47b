import { describe, expect, it } from 'vitest';
import { formatCellText, formatDecisionClause, formatInstant, formatMeetingTime, parseText } from './format.ts';

describe('format', () => {
  it('writes meeting times the Swedish way and shrinks to what is known', () => {
    expect(formatMeetingTime('2021-03-25', '13:00', '15:00')).toBe('2021-03-25 kl. 13.00–15.00');
    expect(formatMeetingTime('2021-03-25', '09:30', null)).toBe('2021-03-25 kl. 09.30');
    expect(formatMeetingTime('2021-03-25', null, null)).toBe('2021-03-25');
  });

  it('prints approval instants in Stockholm time on both sides of the summer-time change', () => {
    expect(formatInstant('2021-03-26T09:15:00.000Z')).toBe('2021-03-26 10.15');
    expect(formatInstant('2021-03-29T09:15:00.000Z')).toBe('2021-03-29 11.15');
  });

  it('adds a missing "att" to decision clauses but keeps one that is there', () => {
    expect(formatDecisionClause('öppna mötet.')).toBe('att öppna mötet.');
    expect(formatDecisionClause('  att godkänna dagordningen.')).toBe('att godkänna dagordningen.');
  });

  it('splits notes into paragraphs and bullet lists', () => {
    expect(parseText('Första raden\nfortsätter här.\n\nSärskilt:\n- ett\n- två\nEfteråt')).toEqual([
      { type: 'paragraph', text: 'Första raden fortsätter här.' },
      { type: 'paragraph', text: 'Särskilt:' },
      { type: 'bullets', items: ['ett', 'två'] },
      { type: 'paragraph', text: 'Efteråt' },
    ]);
    expect(parseText('  \n\n')).toEqual([]);
  });

  it('turns bullets into "•" lines inside table cells and marks empty cells', () => {
    expect(formatCellText('Läget:\n- bemanning')).toBe('Läget:\n• bemanning');
    expect(formatCellText(null)).toBe('–');
  });
});
