import i18next from 'i18next';
import type { Locale } from '@server/auth/schema.ts';
import { effectiveRange } from '@server/indicators/range.ts';
import type { Indicator } from '@server/indicators/schema.ts';
import { unitLabel } from '@server/platform/labels.ts';
import { formatNumber, formatPercent } from './format.ts';

/** The indicator's name in the user's language. */
export function indicatorName(indicator: Pick<Indicator, 'nameSv' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' ? indicator.nameEn : indicator.nameSv;
}

function withUnit(text: string, unit: string, locale: Locale): string {
  return unit ? `${text}\u00a0${unitLabel(unit, locale)}` : text;
}

/** sv: "mellan 0 och 100 %", "minst 0 st" */
export function formatRange(
  indicator: Pick<Indicator, 'kind' | 'minValue' | 'maxValue' | 'unit'>,
  locale: Locale,
): string {
  const { min, max } = effectiveRange(indicator);
  const t = i18next.getFixedT(locale);
  if (max === null)
    return t('indicators.range.atLeast', { min: withUnit(formatNumber(min, locale), indicator.unit, locale) });
  return t('indicators.range.between', {
    min: formatNumber(min, locale),
    max: withUnit(formatNumber(max, locale), indicator.unit, locale),
  });
}

/** A figure with its unit, and for capacity indicators against the capacity: "1 200 av 1 500 st (80 %)". */
export function formatIndicatorValue(
  indicator: Pick<Indicator, 'kind' | 'unit'>,
  value: number | null,
  capacity: number | null,
  locale: Locale,
): string {
  const t = i18next.getFixedT(locale);
  if (value === null) return t('indicators.notReported');
  if (indicator.kind === 'capacity' && capacity !== null) {
    const share = capacity > 0 ? formatPercent(value / capacity, locale) : null;
    const text = t('indicators.ofCapacity', {
      value: formatNumber(value, locale),
      capacity: withUnit(formatNumber(capacity, locale), indicator.unit, locale),
    });
    return share ? t('indicators.withShare', { text, share }) : text;
  }
  return withUnit(formatNumber(value, locale), indicator.unit, locale);
}
