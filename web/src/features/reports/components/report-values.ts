import type { Locale } from '@server/auth/schema.ts';
import { effectiveRange, isWholeNumber } from '@server/indicators/range.ts';
import type { Indicator } from '@server/indicators/schema.ts';
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

/** What is wrong with a typed figure; the form says what to type instead. */
export type FigureProblem = 'notANumber' | 'notWhole' | 'outOfRange' | 'capacity';

/** Reads a typed figure as the server will check it: null when empty, else the number or its problem. */
export function readFigure(
  indicator: Pick<Indicator, 'kind' | 'minValue' | 'maxValue'>,
  part: 'value' | 'capacity',
  text: string,
): { value: number | null; problem?: undefined } | { problem: FigureProblem } {
  const value = parseDecimal(text);
  if (part === 'capacity')
    return value === null || (value !== undefined && Number.isInteger(value) && value >= 0)
      ? { value }
      : { problem: 'capacity' };
  const isWhole = isWholeNumber(indicator);
  if (value === undefined) return { problem: isWhole ? 'notWhole' : 'notANumber' };
  if (value === null) return { value };
  if (isWhole && !Number.isInteger(value)) return { problem: 'notWhole' };
  const { min, max } = effectiveRange(indicator);
  if (value < min || (max !== null && value > max)) return { problem: 'outOfRange' };
  return { value };
}

/**
 * The draft to save, and the fields whose figures cannot be saved as typed. Those keep the value
 * last saved, so one mistyped figure never holds back the rest of the report; the form keeps the
 * typed text and marks the field. Empty figures are null: "not reported", which is not the same as 0.
 */
export function toDraft(
  values: ReportValues,
  report: Pick<Report, 'indicators' | 'values'>,
  revision: number,
  explain: (indicator: Indicator, problem: FigureProblem) => string,
): { draft: ReportDraft; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const figure = (indicator: Indicator, part: 'value' | 'capacity', field: string) => {
    const read = readFigure(indicator, part, values.figures[indicator.id]?.[part] ?? '');
    if (read.problem === undefined) return read.value;
    errors[field] = explain(indicator, read.problem);
    return report.values.find((saved) => saved.indicatorId === indicator.id)?.[part] ?? null;
  };
  const draftValues: ReportDraft['values'] = report.indicators.map((indicator) => {
    const value = figure(indicator, 'value', valueField(indicator.id));
    if (indicator.kind !== 'capacity') return { indicatorId: indicator.id, value };
    return { indicatorId: indicator.id, value, capacity: figure(indicator, 'capacity', capacityField(indicator.id)) };
  });
  return {
    errors,
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

/** Whether two versions of the form hold the same text and figures. */
export function isSameValues(a: ReportValues, b: ReportValues): boolean {
  const empty = { value: '', capacity: '' };
  const ids = new Set([...Object.keys(a.figures), ...Object.keys(b.figures)]);
  return (
    textFields.every((field) => a[field] === b[field]) &&
    a.strainLevel === b.strainLevel &&
    [...ids].every((id) => {
      const [x = empty, y = empty] = [a.figures[id], b.figures[id]];
      return x.value === y.value && x.capacity === y.capacity;
    })
  );
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
