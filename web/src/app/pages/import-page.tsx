import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ImportPreview, ImportResult } from '../../features/minutes-import/api/import-minutes.ts';
import { BatchImport } from '../../features/minutes-import/components/batch-import.tsx';
import { ImportFileForm, type ReadFile } from '../../features/minutes-import/components/import-file-form.tsx';
import { MinutesPreviewForm } from '../../features/minutes-import/components/minutes-preview-form.tsx';
import { forumMeetingsPath, meetingPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';
import { ForumFrame } from './forum-frame.tsx';
import { NotFoundPage } from './not-found-page.tsx';

type Step =
  | { kind: 'file' }
  | { kind: 'preview'; file: File; preview: ImportPreview }
  | { kind: 'batch'; files: ReadFile[] }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'skipped'; filename: string };

/**
 * Old minutes (text, a web page, DOC, DOCX, ODT or PDF) as meetings: upload one file to check and correct what was read
 * before saving, or several to import at once with a summary per file.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { forumId = '' } = useParams();
  const access = useAccess();
  const [step, setStep] = useState<Step>({ kind: 'file' });
  if (!access.canManageForum(forumId)) return <NotFoundPage />;
  return (
    <ForumFrame forumId={forumId} section={t('minutesImport.title')}>
      {(forum) => (
        <Stack gap="lg">
          <Anchor component={Link} to={forumMeetingsPath(forumId)} size="sm">
            {t('minutesImport.back', { forum: forum.name })}
          </Anchor>
          <div>
            <Title order={2} size="h3">
              {t('minutesImport.title')}
            </Title>
            <Text c="dimmed">{t('minutesImport.intro', { forum: forum.name })}</Text>
          </div>
          {step.kind === 'file' && (
            <ImportFileForm
              forumId={forumId}
              onRead={(files) => {
                const [only] = files;
                setStep(
                  files.length === 1 && only && 'preview' in only
                    ? { kind: 'preview', file: only.file, preview: only.preview }
                    : { kind: 'batch', files },
                );
              }}
            />
          )}
          {step.kind === 'preview' && (
            <Stack gap="md">
              <Group justify="space-between" align="flex-end">
                <div>
                  <Title order={2} size="h3">
                    {t('minutesImport.preview.title', { filename: step.preview.filename })}
                  </Title>
                  <Text size="sm">{t('minutesImport.preview.intro')}</Text>
                </div>
                <Button variant="default" onClick={() => setStep({ kind: 'file' })}>
                  {t('minutesImport.file.other')}
                </Button>
              </Group>
              {step.preview.alreadyImportedMeetingId && (
                <Alert color="orange" variant="light" title={t('minutesImport.already.title')} role="status">
                  <Stack gap="xs">
                    <Text size="sm">{t('minutesImport.already.text')}</Text>
                    <Anchor component={Link} to={meetingPath(step.preview.alreadyImportedMeetingId)} size="sm" fw={600}>
                      {t('minutesImport.already.link')}
                    </Anchor>
                  </Stack>
                </Alert>
              )}
              <MinutesPreviewForm
                forumId={forumId}
                file={step.file}
                preview={step.preview}
                meetingHref={meetingPath}
                onImported={(result) => setStep({ kind: 'done', result })}
                onSkipped={() => setStep({ kind: 'skipped', filename: step.file.name })}
              />
            </Stack>
          )}
          {step.kind === 'batch' && (
            <Stack gap="md">
              <BatchImport forumId={forumId} files={step.files} meetingHref={meetingPath} />
              <Group>
                <Button variant="default" onClick={() => setStep({ kind: 'file' })}>
                  {t('minutesImport.another')}
                </Button>
              </Group>
            </Stack>
          )}
          {step.kind === 'skipped' && (
            <Alert color="gray" variant="light" title={t('minutesImport.skipped.title')} role="status">
              <Stack gap="sm">
                <Text size="sm">{t('minutesImport.skipped.text', { filename: step.filename })}</Text>
                <Group>
                  <Button size="xs" variant="default" onClick={() => setStep({ kind: 'file' })}>
                    {t('minutesImport.another')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {step.kind === 'done' && (
            <Alert
              color={step.result.created ? 'teal' : 'orange'}
              variant="light"
              title={step.result.created ? t('minutesImport.saved.title') : t('minutesImport.notCreated.title')}
              role="status"
            >
              <Stack gap="sm">
                <Text size="sm">
                  {step.result.created ? t('minutesImport.saved.text') : t('minutesImport.notCreated.text')}
                </Text>
                <Group gap="md">
                  <Anchor component={Link} to={meetingPath(step.result.meetingId)} fw={600}>
                    {t('minutesImport.saved.link')}
                  </Anchor>
                  <Button size="xs" variant="default" onClick={() => setStep({ kind: 'file' })}>
                    {t('minutesImport.another')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
        </Stack>
      )}
    </ForumFrame>
  );
}
