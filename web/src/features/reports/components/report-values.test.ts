import { describe, expect, it } from 'vitest';
import type { Indicator } from '@server/indicators/schema.ts';
import { fieldErrorsFromPaths, readFigure, toDraft } from './report-values.ts';

const indicator = (id: string, kind: Indicator['kind'], maxValue: number | null = null) =>
  ({ id, kind, minValue: null, maxValue }) as Indicator;
const report = {
  indicators: [indicator('a', 'decimal'), indicator('b', 'capacity'), indicator('c', 'integer', 500)],
  values: [{ indicatorId: 'c', value: 40, capacity: null }],
};
const base = { currentSituation: 'Lugnt', challenges: '', input: '', strainLevel: null };
const explain = (i: Indicator, problem: string) => `${i.id}:${problem}`;

describe('toDraft', () => {
  it('reads a decimal comma and keeps an empty figure as null, not 0', () => {
    const result = toDraft(
      {
        ...base,
        figures: {
          a: { value: '8,5', capacity: '' },
          b: { value: '', capacity: '1 500' },
          c: { value: '', capacity: '' },
        },
      },
      report,
      3,
      explain,
    );
    expect(result.draft.values).toEqual([
      { indicatorId: 'a', value: 8.5 },
      { indicatorId: 'b', value: null, capacity: 1500 },
      { indicatorId: 'c', value: null },
    ]);
    expect(result.draft.revision).toBe(3);
    expect(result.errors).toEqual({});
  });

  it('saves everything else and keeps the last saved value of a figure it cannot save', () => {
    const result = toDraft(
      {
        ...base,
        figures: {
          a: { value: 'åtta', capacity: '' },
          b: { value: '1', capacity: 'många' },
          c: { value: '12,5', capacity: '' },
        },
      },
      report,
      0,
      explain,
    );
    expect(result.errors).toEqual({ 'value:a': 'a:notANumber', 'capacity:b': 'b:capacity', 'value:c': 'c:notWhole' });
    expect(result.draft.currentSituation).toBe('Lugnt');
    expect(result.draft.values).toEqual([
      { indicatorId: 'a', value: null },
      { indicatorId: 'b', value: 1, capacity: null },
      { indicatorId: 'c', value: 40 },
    ]);
  });
});

describe('readFigure', () => {
  it('checks whole numbers and the range as the server does', () => {
    expect(readFigure(indicator('c', 'integer', 500), 'value', 'abc')).toEqual({ problem: 'notWhole' });
    expect(readFigure(indicator('c', 'integer', 500), 'value', '501')).toEqual({ problem: 'outOfRange' });
    expect(readFigure(indicator('c', 'integer', 500), 'value', '-1')).toEqual({ problem: 'outOfRange' });
    expect(readFigure(indicator('p', 'percent'), 'value', '100,5')).toEqual({ problem: 'outOfRange' });
    expect(readFigure(indicator('d', 'decimal'), 'value', '8,')).toEqual({ value: 8 });
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
