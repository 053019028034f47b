import { describe, expect, it } from 'vitest';
import type { Indicator } from '@server/indicators/schema.ts';
import { fieldErrorsFromPaths, toDraft } from './report-values.ts';

const indicator = (id: string, kind: Indicator['kind']) => ({ id, kind }) as Indicator;
const report = { indicators: [indicator('a', 'decimal'), indicator('b', 'capacity')] };
const base = { currentSituation: 'Lugnt', challenges: '', input: '', strainLevel: null };

describe('toDraft', () => {
  it('reads a decimal comma and keeps an empty figure as null, not 0', () => {
    const result = toDraft(
      { ...base, figures: { a: { value: '8,5', capacity: '' }, b: { value: '', capacity: '1 500' } } },
      report,
      3,
      'x',
    );
    expect(result.draft?.values).toEqual([
      { indicatorId: 'a', value: 8.5 },
      { indicatorId: 'b', value: null, capacity: 1500 },
    ]);
    expect(result.draft?.revision).toBe(3);
  });

  it('names the fields it cannot read', () => {
    const result = toDraft(
      { ...base, figures: { a: { value: 'åtta', capacity: '' }, b: { value: '1', capacity: 'många' } } },
      report,
      0,
      'Ange ett tal.',
    );
    expect(result.errors).toEqual({ 'value:a': 'Ange ett tal.', 'capacity:b': 'Ange ett tal.' });
  });
});

describe('fieldErrorsFromPaths', () => {
  it('puts a value error on the indicator that was sent at that index', () => {
    const sent = [
      { indicatorId: 'a', value: 1 },
      { indicatorId: 'b', value: 2 },
    ];
    expect(
      fieldErrorsFromPaths(
        [
          { path: 'body.values.1.value', message: 'för stort' },
          { path: 'body.strainLevel', message: 'välj' },
        ],
        sent,
      ),
    ).toEqual({
      'value:b': 'för stort',
      strainLevel: 'välj',
    });
  });
});
