import type { IndicatorKind } from '../indicators/schema.ts';

/** Counts add up across organisations; rates and stock levels are compared by their median. */
export function aggregateMethod(kind: IndicatorKind): 'sum' | 'median' {
  return kind === 'integer' || kind === 'capacity' ? 'sum' : 'median';
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function sum(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}

/** The change against the previous round, judged by whether higher values are better or worse. */
export function compare(current: number | null, previous: number | null, higherIs: 'worse' | 'better') {
  if (current === null || previous === null) return { change: null, direction: null, assessment: null } as const;
  const change = Math.round((current - previous) * 1000) / 1000;
  if (change === 0) return { change, direction: 'same', assessment: 'unchanged' } as const;
  const direction = change > 0 ? 'up' : 'down';
  const isBetter = (direction === 'up') === (higherIs === 'better');
  return { change, direction, assessment: isBetter ? 'better' : 'worse' } as const;
}
