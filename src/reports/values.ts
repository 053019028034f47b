import { effectiveRange, isWholeNumber } from '../indicators/range.ts';
import type { Indicator } from '../indicators/schema.ts';
import type { LocalizedMessage } from '../platform/errors.ts';
import type { StoredValue } from './queries.ts';

const formats = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};

function rangeText(indicator: Indicator, locale: 'sv' | 'en'): string {
  const f = formats[locale];
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const { minValue: min, maxValue: max } = indicator;
  if (min !== null && max !== null)
    return locale === 'sv'
      ? `mellan ${f.format(min)} och ${f.format(max)}${unit}`
      : `between ${f.format(min)} and ${f.format(max)}${unit}`;
  if (min !== null) return locale === 'sv' ? `minst ${f.format(min)}${unit}` : `at least ${f.format(min)}${unit}`;
  if (max !== null) return locale === 'sv' ? `högst ${f.format(max)}${unit}` : `at most ${f.format(max)}${unit}`;
  return '';
}

function bounds(indicator: Indicator): Indicator {
  const { min, max } = effectiveRange(indicator);
  return { ...indicator, minValue: min, maxValue: max };
}

/** Checks one value; returns a message naming the indicator and its allowed range, or nothing. */
export function checkValue(
  raw: Indicator,
  value: number,
  capacity: number | null | undefined,
): LocalizedMessage | undefined {
  const indicator = bounds(raw);
  if (isWholeNumber(indicator) && !Number.isInteger(value)) {
    return { sv: `${indicator.nameSv}: ange ett heltal.`, en: `${indicator.nameEn}: give a whole number.` };
  }
  const tooLow = indicator.minValue !== null && value < indicator.minValue;
  const tooHigh = indicator.maxValue !== null && value > indicator.maxValue;
  if (tooLow || tooHigh) {
    return {
      sv: `${indicator.nameSv}: värdet måste vara ${rangeText(indicator, 'sv')}.`,
      en: `${indicator.nameEn}: the value must be ${rangeText(indicator, 'en')}.`,
    };
  }
  if (
    indicator.kind === 'capacity' &&
    capacity !== null &&
    capacity !== undefined &&
    (capacity < 0 || !Number.isInteger(capacity))
  ) {
    return {
      sv: `${indicator.nameSv}: kapaciteten ska vara ett heltal, minst 0.`,
      en: `${indicator.nameEn}: the capacity must be a whole number, at least 0.`,
    };
  }
  return undefined;
}

export function toStoredValues(
  values: { indicatorId: string; value: number | null; capacity?: number | null }[],
): Record<string, StoredValue> {
  const stored: Record<string, StoredValue> = {};
  for (const v of values) stored[v.indicatorId] = { value: v.value, capacity: v.capacity ?? null };
  return stored;
}
