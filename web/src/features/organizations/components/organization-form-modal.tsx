import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  organizationCreateSchema,
  organizationUpdateSchema,
  type Organization,
  type OrganizationKind,
} from '@server/organizations/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useCreateOrganization } from '../api/create-organization.ts';
import { useOrganizations } from '../api/get-organizations.ts';
import { useUpdateOrganization } from '../api/update-organization.ts';
import { useKindOptions } from './use-kind-label.ts';

interface OrganizationFormModalProps {
  /** Absent when creating a new organisation. */
  organization?: Organization;
  onClose: () => void;
  onSaved: (organization: Organization) => void;
}

function initialValues(organization?: Organization) {
  return {
    name: organization?.name ?? '',
    shortName: organization?.shortName ?? '',
    kind: organization?.kind ?? ('kommun' as OrganizationKind),
    parentId: organization?.parentId ?? '',
    municipalityCode: organization?.municipalityCode ?? '',
  };
}

type Values = ReturnType<typeof initialValues>;

function toPayload(values: Values) {
  return {
    name: values.name,
    shortName: values.shortName.trim() || null,
    kind: values.kind,
    parentId: values.parentId || null,
    // Only a kommun has a kommunkod; the field is hidden (and its value dropped) for other kinds.
    municipalityCode: values.kind === 'kommun' ? values.municipalityCode.trim() || null : null,
  };
}

export function OrganizationFormModal({ organization, onClose, onSaved }: OrganizationFormModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(organization));
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const kindOptions = useKindOptions();
  const parents = useOrganizations();
  const create = useCreateOrganization();
  const update = useUpdateOrganization();

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const parentOptions = (parents.data ?? [])
    .filter((candidate) => candidate.id !== organization?.id)
    .map((candidate) => ({ value: candidate.id, label: candidate.name }));

  const handleSubmit = () => {
    const callbacks = { onSuccess: onSaved, onError: showError };
    if (organization) {
      const changes = validate(organizationUpdateSchema, toPayload(values));
      if (changes) update.mutate({ id: organization.id, changes }, callbacks);
      return;
    }
    const body = validate(organizationCreateSchema, toPayload(values));
    if (body) create.mutate(body, callbacks);
  };

  return (
    <FormModal
      title={
        organization
          ? t('organizations.form.editTitle', { name: organization.name })
          : t('organizations.form.createTitle')
      }
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={create.isPending || update.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
    >
      <TextInput
        label={t('organizations.form.name.label')}
        description={t('organizations.form.name.description')}
        required
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={fieldErrors.name}
        data-autofocus
      />
      <TextInput
        label={t('organizations.form.shortName.label')}
        description={t('organizations.form.shortName.description')}
        value={values.shortName}
        onChange={(event) => set('shortName', event.currentTarget.value)}
        error={fieldErrors.shortName}
      />
      <NativeSelect
        label={t('organizations.form.kind.label')}
        required
        data={kindOptions}
        value={values.kind}
        onChange={(event) => set('kind', event.currentTarget.value as OrganizationKind)}
        error={fieldErrors.kind}
      />
      {values.kind === 'kommun' && (
        <TextInput
          label={t('organizations.form.municipalityCode.label')}
          description={t('organizations.form.municipalityCode.description')}
          inputMode="numeric"
          maxLength={4}
          value={values.municipalityCode}
          onChange={(event) => set('municipalityCode', event.currentTarget.value)}
          error={fieldErrors.municipalityCode}
        />
      )}
      <NativeSelect
        label={t('organizations.form.parent.label')}
        data={[{ value: '', label: t('organizations.form.parent.none') }, ...parentOptions]}
        value={values.parentId}
        onChange={(event) => set('parentId', event.currentTarget.value)}
        error={fieldErrors.parentId}
      />
    </FormModal>
  );
}
