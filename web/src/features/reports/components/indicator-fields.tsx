import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isWholeNumber } from '@server/indicators/range.ts';
import type { Indicator } from '@server/indicators/schema.ts';
import { unitLabel } from '@server/platform/labels.ts';
import type { FieldErrors } from '../../../lib/form-errors.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { formatRange, indicatorName } from '../../../lib/indicators.ts';
import { capacityField, valueField, type ReportValues } from './report-values.ts';

interface IndicatorFieldsProps {
  indicators: Indicator[];
  figures: ReportValues['figures'];
  onChange: (indicatorId: string, part: 'value' | 'capacity', text: string) => void;
  errors: FieldErrors;
}

/** The figures the organisation reports. Empty is "Ej rapporterat", which is not the same as 0. */
export function IndicatorFields({ indicators, figures, onChange, errors }: IndicatorFieldsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const hintId = useId();
  if (indicators.length === 0) return null;
  return (
    <fieldset className="plain-fieldset" aria-describedby={hintId}>
      <legend className="field-legend">{t('reports.form.figures.label')}</legend>
      <Text size="sm" c="dimmed" id={hintId} mb="sm">
        {t('reports.form.figures.hint')}
      </Text>
      <Stack gap="md">
        {indicators.map((indicator) => {
          const name = indicatorName(indicator, locale);
          const figure = figures[indicator.id] ?? { value: '', capacity: '' };
          const unit = indicator.unit ? ` (${unitLabel(indicator.unit, locale)})` : '';
          const hint = t(
            isWholeNumber(indicator) ? 'reports.form.figures.wholeHint' : 'reports.form.figures.decimalHint',
            { range: formatRange(indicator, locale) },
          );
          const empty = figure.value.trim() === '' && (
            <Text size="sm" fs="italic" className="not-reported">
              {t('reports.form.figures.empty')}
            </Text>
          );
          if (indicator.kind !== 'capacity') {
            return (
              <div key={indicator.id}>
                <TextInput
                  label={`${name}${unit}`}
                  description={hint}
                  inputMode={isWholeNumber(indicator) ? 'numeric' : 'decimal'}
                  autoComplete="off"
                  value={figure.value}
                  onChange={(event) => onChange(indicator.id, 'value', event.currentTarget.value)}
                  error={errors[valueField(indicator.id)]}
                  name={valueField(indicator.id)}
                  maw={420}
                  data-indicator={indicator.key}
                />
                {empty}
              </div>
            );
          }
          return (
            <CapacityField
              key={indicator.id}
              name={name}
              unit={unit}
              hint={hint}
              indicator={indicator}
              figure={figure}
              onChange={onChange}
              errors={errors}
              empty={empty}
            />
          );
        })}
      </Stack>
    </fieldset>
  );
}

interface CapacityFieldProps {
  name: string;
  unit: string;
  hint: string;
  indicator: Indicator;
  figure: { value: string; capacity: string };
  onChange: IndicatorFieldsProps['onChange'];
  errors: FieldErrors;
  empty: ReactNode;
}

function CapacityField({ name, unit, hint, indicator, figure, onChange, errors, empty }: CapacityFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="plain-fieldset nested-fieldset">
      <legend className="field-sublegend">{`${name}${unit}`}</legend>
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput
          label={t('reports.form.figures.count')}
          description={hint}
          inputMode="numeric"
          autoComplete="off"
          value={figure.value}
          onChange={(event) => onChange(indicator.id, 'value', event.currentTarget.value)}
          error={errors[valueField(indicator.id)]}
          name={valueField(indicator.id)}
          data-error-label={t('forms.figure.countOf', { name })}
          w={260}
          data-indicator={indicator.key}
        />
        <TextInput
          label={t('reports.form.figures.capacity')}
          description={t('reports.form.figures.capacityHint')}
          inputMode="numeric"
          autoComplete="off"
          value={figure.capacity}
          onChange={(event) => onChange(indicator.id, 'capacity', event.currentTarget.value)}
          error={errors[capacityField(indicator.id)]}
          name={capacityField(indicator.id)}
          data-error-label={t('forms.figure.capacityOf', { name })}
          w={260}
          data-indicator-capacity={indicator.key}
        />
      </Group>
      {empty}
    </fieldset>
  );
}
