import { Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiTokenCreateSchema, type IssuedApiToken } from '@server/api-tokens/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useIssueApiToken } from '../api/api-tokens.ts';

interface Option {
  value: string;
  label: string;
}

interface ApiTokenFormModalProps {
  forumOptions: Option[];
  organizationOptions: Option[];
  onClose: () => void;
  onIssued: (issued: IssuedApiToken) => void;
}

export function ApiTokenFormModal({ forumOptions, organizationOptions, onClose, onIssued }: ApiTokenFormModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [forumIds, setForumIds] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const issue = useIssueApiToken();

  const handleSubmit = () => {
    const body = validate(apiTokenCreateSchema, {
      name,
      organizationId: organizationId || null,
      forumIds,
      expiresOn: expiresOn || null,
    });
    if (body) issue.mutate(body, { onSuccess: onIssued, onError: showError });
  };

  return (
    <FormModal
      title={t('apiTokens.issue')}
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={issue.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
      submitLabel={t('apiTokens.form.submit')}
    >
      <TextInput
        label={t('apiTokens.form.name')}
        description={t('apiTokens.form.nameHint')}
        required
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldErrors.name}
        data-autofocus
      />
      <NativeSelect
        label={t('apiTokens.form.organization')}
        data={[{ value: '', label: t('apiTokens.form.noOrganization') }, ...organizationOptions]}
        value={organizationId}
        onChange={(event) => setOrganizationId(event.currentTarget.value)}
        error={fieldErrors.organizationId}
      />
      <Checkbox.Group
        label={t('apiTokens.form.forums')}
        description={t('apiTokens.form.forumsHint')}
        withAsterisk
        value={forumIds}
        onChange={setForumIds}
        error={fieldErrors.forumIds}
      >
        <Stack gap="xs" mt="xs">
          {forumOptions.map((forum) => (
            <Checkbox key={forum.value} value={forum.value} label={forum.label} />
          ))}
        </Stack>
      </Checkbox.Group>
      <TextInput
        type="date"
        label={t('apiTokens.form.expiresOn')}
        description={t('apiTokens.form.expiresOnHint')}
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.currentTarget.value)}
        error={fieldErrors.expiresOn}
      />
    </FormModal>
  );
}
