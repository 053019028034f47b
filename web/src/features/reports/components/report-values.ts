import type { Locale } from '@server/auth/schema.ts';
import type { Report, ReportDraft } from '@server/reports/schema.ts';
import type { StrainLevel } from '@server/rounds/schema.ts';
import type { FieldErrors } from '../../../lib/form-errors.ts';
import { parseDecimal, toInputText } from '../../../lib/format.ts';

/** What the form holds: text as typed, figures as typed (so "8," survives until it is finished). */
export interface ReportValues {
  currentSituation: string;
  challenges: string;
  input: string;
  strainLevel: StrainLevel | null;
  figures: Record<string, { value: string; capacity: string }>;
}

export type TextField = 'currentSituation' | 'challenges' | 'input';
export const textFields: readonly TextField[] = ['currentSituation', 'challenges', 'input'];

export const valueField = (indicatorId: string) => `value:${indicatorId}`;
export const capacityField = (indicatorId: string) => `capacity:${indicatorId}`;

export function toValues(report: Report, locale: Locale): ReportValues {
  const figures: ReportValues['figures'] = {};
  for (const indicator of report.indicators) {
    const stored = report.values.find((v) => v.indicatorId === indicator.id);
    figures[indicator.id] = {
      value: toInputText(stored?.value ?? null, locale),
      capacity: toInputText(stored?.capacity ?? null, locale),
    };
  }
  return {
    currentSituation: report.currentSituation,
    challenges: report.challenges,
    input: report.input,
    strainLevel: report.strainLevel,
    figures,
  };
}

/**
 * The draft to save, or the fields whose figures cannot be read as numbers. Empty figures are null:
 * "not reported", which is not the same as 0.
 */
export function toDraft(
  values: ReportValues,
  report: Pick<Report, 'indicators'>,
  revision: number,
  notANumber: string,
): { draft: ReportDraft; errors?: undefined } | { draft?: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const draftValues: ReportDraft['values'] = report.indicators.map((indicator) => {
    const typed = values.figures[indicator.id] ?? { value: '', capacity: '' };
    const value = parseDecimal(typed.value);
    if (value === undefined) errors[valueField(indicator.id)] = notANumber;
    if (indicator.kind !== 'capacity') return { indicatorId: indicator.id, value: value ?? null };
    const capacity = parseDecimal(typed.capacity);
    if (capacity === undefined) errors[capacityField(indicator.id)] = notANumber;
    return { indicatorId: indicator.id, value: value ?? null, capacity: capacity ?? null };
  });
  if (Object.keys(errors).length > 0) return { errors };
  return {
    draft: {
      revision,
      currentSituation: values.currentSituation,
      challenges: values.challenges,
      input: values.input,
      strainLevel: values.strainLevel,
      values: draftValues,
    },
  };
}

/** The server's field paths ('body.values.2.value', 'body.currentSituation') as this form's fields. */
export function fieldErrorsFromPaths(
  errors: { path: string; message: string }[],
  sent: ReportDraft['values'] | undefined,
): FieldErrors {
  const result: FieldErrors = {};
  for (const { path, message } of errors) {
    const [, first = '', index, last] = path.split('.');
    if (first === 'values' && index !== undefined) {
      const indicatorId = sent?.[Number(index)]?.indicatorId;
      if (indicatorId) result[last === 'capacity' ? capacityField(indicatorId) : valueField(indicatorId)] ??= message;
    } else if (first) {
      result[first] ??= message;
    }
  }
  return result;
}

export function isEmpty(values: ReportValues): boolean {
  return (
    textFields.every((field) => values[field].trim() === '') &&
    values.strainLevel === null &&
    Object.values(values.figures).every((figure) => figure.value.trim() === '' && figure.capacity.trim() === '')
  );
}
