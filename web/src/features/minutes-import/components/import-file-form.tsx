import { Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { previewImport, retryWhenBusy, type ImportPreview } from '../api/import-minutes.ts';

/** What the server reads (it tells the format by the content; these only narrow the browser's file picker). */
const ACCEPTED_FILES = [
  '.txt,.text,.html,.htm,.doc,.docx,.odt,.pdf',
  'text/plain,text/html,application/pdf,application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
].join(',');

/** One chosen file: what the server read, or why it could not. */
export type ReadFile = { file: File; preview: ImportPreview } | { file: File; error: string };

interface ImportFileFormProps {
  forumId: string;
  onRead: (files: ReadFile[]) => void;
}

/**
 * Step one of an import: choose one file or several; the server reads each in turn (nothing is
 * saved) and answers what it understood. One unreadable file is an error of this form; among
 * several, it is reported beside the others.
 */
export function ImportFileForm({ forumId, onRead }: ImportFileFormProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const { formRef, fieldErrors, formError, showError, fail, clear } = useFormErrors();
  const [progress, setProgress] = useState<{ done: number; total: number; waitSeconds?: number } | null>(null);

  const readAll = async (files: File[]) => {
    const read: ReadFile[] = [];
    for (const [index, file] of files.entries()) {
      setProgress({ done: index, total: files.length });
      try {
        const preview = await retryWhenBusy(
          () => previewImport({ forumId, file }),
          (seconds) => setProgress({ done: index, total: files.length, waitSeconds: seconds }),
        );
        setProgress({ done: index, total: files.length });
        read.push({ file, preview });
      } catch (error) {
        if (files.length === 1) throw error;
        read.push({ file, error: error instanceof ApiError ? error.problem.detail : t('errors.unexpected') });
      }
    }
    return read;
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const files = [...(fileRef.current?.files ?? [])];
    if (files.length === 0) {
      fail({ file: t('minutesImport.file.required') });
      return;
    }
    clear();
    readAll(files)
      .then(onRead, showError)
      .finally(() => setProgress(null));
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
            multiple
            accept={ACCEPTED_FILES}
            className="file-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${fileId}-description${error ? ` ${fileId}-error` : ''}`}
          />
        </Input.Wrapper>
        <Group>
          <Button type="submit" loading={progress !== null}>
            {t('minutesImport.file.submit')}
          </Button>
          <Text size="sm" role="status">
            {progress?.waitSeconds !== undefined
              ? t('minutesImport.busyWait', { seconds: progress.waitSeconds })
              : progress && progress.total > 1
                ? t('minutesImport.file.progress', { number: progress.done + 1, total: progress.total })
                : ''}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
