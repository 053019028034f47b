import { Checkbox, Group, NativeSelect, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  indicatorCreateSchema,
  indicatorUpdateSchema,
  type Indicator,
  type IndicatorKind,
} from '@server/indicators/schema.ts';
import type { OrganizationKind } from '@server/organizations/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import { parseDecimal, toInputText } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useCreateIndicator } from '../api/create-indicator.ts';
import { useUpdateIndicator } from '../api/update-indicator.ts';
import { useIndicatorLabels, type HigherIs } from './use-indicator-labels.ts';

interface IndicatorFormModalProps {
  forumId: string;
  /** Absent when creating a new indicator. */
  indicator?: Indicator;
  onClose: () => void;
  onSaved: (indicator: Indicator) => void;
}

function initialValues(indicator?: Indicator) {
  const locale = currentLocale();
  return {
    key: indicator?.key ?? '',
    nameSv: indicator?.nameSv ?? '',
    nameEn: indicator?.nameEn ?? '',
    unit: indicator?.unit ?? '',
    kind: indicator?.kind ?? ('integer' as IndicatorKind),
    minValue: toInputText(indicator?.minValue ?? null, locale),
    maxValue: toInputText(indicator?.maxValue ?? null, locale),
    organizationKinds: (indicator?.organizationKinds ?? []) as string[],
    higherIs: indicator?.higherIs ?? ('worse' as HigherIs),
    isActive: indicator?.isActive ?? true,
  };
}

type Values = ReturnType<typeof initialValues>;

export function IndicatorFormModal({ forumId, indicator, onClose, onSaved }: IndicatorFormModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(indicator));
  const { formRef, fieldErrors, formError, validate, showError, fail } = useFormErrors();
  const labels = useIndicatorLabels();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const handleSubmit = () => {
    const minValue = parseDecimal(values.minValue);
    const maxValue = parseDecimal(values.maxValue);
    if (minValue === undefined || maxValue === undefined) {
      fail({
        minValue: minValue === undefined ? t('validation.number') : undefined,
        maxValue: maxValue === undefined ? t('validation.number') : undefined,
      });
      return;
    }
    const payload = {
      nameSv: values.nameSv,
      nameEn: values.nameEn,
      unit: values.unit.trim(),
      kind: values.kind,
      minValue,
      maxValue,
      organizationKinds: values.organizationKinds as OrganizationKind[],
      higherIs: values.higherIs,
    };
    const callbacks = { onSuccess: onSaved, onError: showError };
    if (indicator) {
      const changes = validate(indicatorUpdateSchema, { ...payload, isActive: values.isActive });
      if (changes) update.mutate({ id: indicator.id, changes }, callbacks);
      return;
    }
    const body = validate(indicatorCreateSchema, { ...payload, key: values.key.trim() });
    if (body) create.mutate({ forumId, body }, callbacks);
  };

  return (
    <FormModal
      title={indicator ? t('indicators.form.editTitle', { name: indicator.nameSv }) : t('indicators.form.createTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={create.isPending || update.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('indicators.form.nameSv.label')}
          required
          value={values.nameSv}
          onChange={(event) => set('nameSv', event.currentTarget.value)}
          error={fieldErrors.nameSv}
          data-autofocus
        />
        <TextInput
          label={t('indicators.form.nameEn.label')}
          required
          lang="en"
          value={values.nameEn}
          onChange={(event) => set('nameEn', event.currentTarget.value)}
          error={fieldErrors.nameEn}
        />
      </SimpleGrid>
      {!indicator && (
        <TextInput
          label={t('indicators.form.key.label')}
          description={t('indicators.form.key.description')}
          required
          value={values.key}
          onChange={(event) => set('key', event.currentTarget.value)}
          error={fieldErrors.key}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('indicators.form.kind.label')}
          required
          data={labels.kindOptions}
          value={values.kind}
          onChange={(event) => set('kind', event.currentTarget.value as IndicatorKind)}
          error={fieldErrors.kind}
        />
        <TextInput
          label={t('indicators.form.unit.label')}
          description={t('indicators.form.unit.description')}
          value={values.unit}
          onChange={(event) => set('unit', event.currentTarget.value)}
          error={fieldErrors.unit}
        />
        <TextInput
          label={t('indicators.form.minValue.label')}
          description={t('indicators.form.minValue.description')}
          inputMode="decimal"
          value={values.minValue}
          onChange={(event) => set('minValue', event.currentTarget.value)}
          error={fieldErrors.minValue}
        />
        <TextInput
          label={t('indicators.form.maxValue.label')}
          description={t('indicators.form.maxValue.description')}
          inputMode="decimal"
          value={values.maxValue}
          onChange={(event) => set('maxValue', event.currentTarget.value)}
          error={fieldErrors.maxValue}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('indicators.form.organizationKinds.label')}
        description={t('indicators.form.organizationKinds.description')}
        value={values.organizationKinds}
        onChange={(kinds) => set('organizationKinds', kinds)}
        error={fieldErrors.organizationKinds}
      >
        <Group gap="md" mt="xs">
          {labels.organizationKindOptions.map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Radio.Group
        label={t('indicators.form.higherIs.label')}
        required
        value={values.higherIs}
        onChange={(value) => set('higherIs', value as HigherIs)}
        error={fieldErrors.higherIs}
      >
        <Group gap="md" mt="xs">
          {labels.higherIsOptions.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Radio.Group>
      {indicator && (
        <Checkbox
          label={t('indicators.form.isActive.label')}
          description={t('indicators.form.isActive.description')}
          checked={values.isActive}
          onChange={(event) => set('isActive', event.currentTarget.checked)}
        />
      )}
    </FormModal>
  );
}
