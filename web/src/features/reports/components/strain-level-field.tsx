import { Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { strainLevels, type StrainLevel } from '@server/rounds/strain-levels.ts';
import { StrainBadge } from '../../../components/ui/strain-badge.tsx';

interface StrainLevelFieldProps {
  value: StrainLevel | null;
  onChange: (level: StrainLevel) => void;
  error?: string;
}

/** The strain level as four radio buttons, each in words with a short explanation. */
export function StrainLevelField({ value, onChange, error }: StrainLevelFieldProps) {
  const { t } = useTranslation();
  const name = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <fieldset
      className="plain-fieldset"
      data-field="strainLevel"
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="field-legend">
        {t('reports.form.strain.label')}{' '}
        <span aria-hidden className="required-mark">
          *
        </span>
      </legend>
      <Text size="sm" c="dimmed" id={hintId} mb="xs">
        {t('reports.form.strain.hint')}
      </Text>
      <Stack gap="xs">
        {strainLevels.map((level) => (
          <Radio
            key={level}
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
            aria-invalid={error ? true : undefined}
            label={<StrainBadge level={level} />}
            description={t(`reports.form.strain.description.${level}`)}
          />
        ))}
      </Stack>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" id={errorId} mt="xs">
          {error}
        </Text>
      )}
    </fieldset>
  );
}
