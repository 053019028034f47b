import { Button, Group, Input, Paper, Stack } from '@mantine/core';
import { useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { usePreviewImport, type ImportPreview } from '../api/import-minutes.ts';

interface ImportFileFormProps {
  forumId: string;
  onPreview: (file: File, preview: ImportPreview) => void;
}

/** Step one of an import: choose a file; the server reads it and answers what it understood. */
export function ImportFileForm({ forumId, onPreview }: ImportFileFormProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const { formRef, fieldErrors, formError, showError, fail, clear } = useFormErrors();
  const preview = usePreviewImport();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      fail({ file: t('minutesImport.file.required') });
      return;
    }
    clear();
    preview.mutate({ forumId, file }, { onSuccess: (result) => onPreview(file, result), onError: showError });
  };

  const error = fieldErrors.file;
  return (
    <Paper withBorder radius="md" p="lg" component="form" ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
        <Input.Wrapper
          label={t('minutesImport.file.label')}
          description={t('minutesImport.file.description')}
          error={error}
          id={fileId}
          required
        >
          <input
            ref={fileRef}
            id={fileId}
            name="file"
            type="file"
            accept=".txt,.text,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className="file-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${fileId}-description${error ? ` ${fileId}-error` : ''}`}
          />
        </Input.Wrapper>
        <Group>
          <Button type="submit" loading={preview.isPending}>
            {t('minutesImport.file.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
