import { Anchor, Button, Group, Input, Paper, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@server/meetings/schema.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { attachmentHref, useUploadAttachment } from '../api/upload-attachment.ts';

interface ItemAttachmentsProps {
  meetingId: string;
  item: AgendaItem;
  canEdit: boolean;
}

/** The bilagor of an item ("Bilaga 3: …", numbered across the meeting), and an upload while the minutes are written. */
export function ItemAttachments({ meetingId, item, canEdit }: ItemAttachmentsProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [isAdding, setIsAdding] = useState(false);
  const { formRef, fieldErrors, formError, showError, fail, clear } = useFormErrors();
  const upload = useUploadAttachment();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      fail({ file: t('meetings.attachments.fileRequired') });
      return;
    }
    clear();
    const before = new Set(item.attachments.map((attachment) => attachment.id));
    upload.mutate(
      { meetingId, agendaItemId: item.id, title: title.trim() || file.name, file },
      {
        onSuccess: (meeting) => {
          const added = meeting.items
            .find((entry) => entry.id === item.id)
            ?.attachments.find((attachment) => !before.has(attachment.id));
          notifications.show({
            message: t('meetings.attachments.uploaded', { number: added?.number ?? '' }),
            color: 'teal',
          });
          setTitle('');
          setIsAdding(false);
        },
        onError: showError,
      },
    );
  };

  if (item.attachments.length === 0 && !canEdit) return null;
  const fileError = fieldErrors.file;
  return (
    <Stack gap="xs">
      {item.attachments.length > 0 && (
        <ul className="plain-list">
          {item.attachments.map((attachment) => (
            <li key={attachment.id}>
              <Anchor href={attachmentHref(attachment.id)}>
                {t('meetings.attachments.item', { number: attachment.number, title: attachment.title })}
              </Anchor>
            </li>
          ))}
        </ul>
      )}
      {canEdit && !isAdding && (
        <Group>
          <Button size="xs" variant="default" onClick={() => setIsAdding(true)}>
            {t('meetings.attachments.add')}
          </Button>
        </Group>
      )}
      {canEdit && isAdding && (
        <Paper
          withBorder
          radius="md"
          p="md"
          bg="gray.0"
          component="form"
          ref={formRef}
          onSubmit={handleSubmit}
          noValidate
        >
          <Stack gap="xs">
            <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('meetings.attachments.titleLabel')}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                error={fieldErrors.title}
                w={280}
              />
              <Input.Wrapper
                label={t('meetings.attachments.file')}
                description={t('meetings.attachments.fileDescription')}
                error={fileError}
                id={fileId}
              >
                <input
                  ref={fileRef}
                  id={fileId}
                  type="file"
                  className="file-input"
                  aria-invalid={fileError ? true : undefined}
                  aria-describedby={`${fileId}-description${fileError ? ` ${fileId}-error` : ''}`}
                />
              </Input.Wrapper>
              <Button type="submit" loading={upload.isPending}>
                {t('meetings.attachments.upload')}
              </Button>
              <Button variant="default" onClick={() => setIsAdding(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
