import type { Indicator } from './schema.ts';

// Without zod (the import above is a type), so the report form checks figures without loading zod.

/** Whole numbers only: counts, and counts against a capacity. */
export function isWholeNumber(indicator: Pick<Indicator, 'kind'>): boolean {
  return indicator.kind === 'integer' || indicator.kind === 'capacity';
}

/** The range a value must be in: never negative, percentages up to 100, unless the coordinator says otherwise. */
export function effectiveRange(indicator: Pick<Indicator, 'kind' | 'minValue' | 'maxValue'>): {
  min: number;
  max: number | null;
} {
  return { min: indicator.minValue ?? 0, max: indicator.maxValue ?? (indicator.kind === 'percent' ? 100 : null) };
}
