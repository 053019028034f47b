import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ImportPreview, ImportResult } from '../../features/minutes-import/api/import-minutes.ts';
import { ImportFileForm } from '../../features/minutes-import/components/import-file-form.tsx';
import { MinutesPreviewForm } from '../../features/minutes-import/components/minutes-preview-form.tsx';
import { forumMeetingsPath, meetingPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';
import { ForumFrame } from './forum-frame.tsx';
import { NotFoundPage } from './not-found-page.tsx';

type Step =
  { kind: 'file' } | { kind: 'preview'; file: File; preview: ImportPreview } | { kind: 'done'; result: ImportResult };

/** Old minutes (text, DOCX or PDF) as a meeting: upload, check and correct what was read, save. */
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
              onPreview={(file, preview) => setStep({ kind: 'preview', file, preview })}
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
                onImported={(result) => setStep({ kind: 'done', result })}
              />
            </Stack>
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
