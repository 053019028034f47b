import { NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forumCreateSchema, type Forum } from '@server/forums/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import type { Option } from '../../../components/ui/options.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useCreateForum } from '../api/create-forum.ts';

interface ForumCreateModalProps {
  organizationOptions: Option[];
  onClose: () => void;
  onSaved: (forum: Forum) => void;
}

export function ForumCreateModal({ organizationOptions, onClose, onSaved }: ForumCreateModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ name: '', description: '', ownerOrganizationId: '' });
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const create = useCreateForum();

  const set = (key: keyof typeof values, value: string) => setValues((current) => ({ ...current, [key]: value }));

  const handleSubmit = () => {
    const body = validate(forumCreateSchema, values);
    if (body) create.mutate(body, { onSuccess: onSaved, onError: showError });
  };

  return (
    <FormModal
      title={t('forums.form.createTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={create.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
    >
      <TextInput
        label={t('forums.form.name.label')}
        description={t('forums.form.name.description')}
        required
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={fieldErrors.name}
        data-autofocus
      />
      <NativeSelect
        label={t('forums.form.owner.label')}
        required
        data={[{ value: '', label: t('forums.form.owner.placeholder') }, ...organizationOptions]}
        value={values.ownerOrganizationId}
        onChange={(event) => set('ownerOrganizationId', event.currentTarget.value)}
        error={fieldErrors.ownerOrganizationId}
      />
      <Textarea
        label={t('forums.form.description.label')}
        autosize
        minRows={3}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={fieldErrors.description}
      />
    </FormModal>
  );
}
