import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commentCreateSchema, type AgendaItem, type Meeting } from '@server/meetings/schema.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useAddComment } from '../api/add-comment.ts';
import { useMeetingLabels } from './use-meeting-labels.ts';

/** Comments from the justering on one item, and a form for an adjuster while it lasts. */
export function ItemComments({ meeting, item }: { meeting: Meeting; item: AgendaItem }) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  const comments = meeting.comments.filter((comment) => comment.agendaItemId === item.id);
  const [text, setText] = useState('');
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const add = useAddComment();
  const canComment = meeting.permissions.canComment;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = validate(commentCreateSchema, { agendaItemId: item.id, text });
    if (!body) return;
    add.mutate(
      { meetingId: meeting.id, agendaItemId: item.id, text: body.text },
      {
        onSuccess: () => {
          setText('');
          notifications.show({ message: t('meetings.comments.added'), color: 'teal' });
        },
        onError: showError,
      },
    );
  };

  if (comments.length === 0 && !canComment) return null;
  return (
    <Stack gap="xs" className="item-comments">
      <Text fw={650}>{t('meetings.comments.title')}</Text>
      {comments.length > 0 && (
        <ul className="plain-list comment-list">
          {comments.map((comment) => (
            <li key={comment.id}>
              <Text size="sm" fw={600}>
                {t('meetings.comments.entry', { name: comment.userName, at: labels.dateTime(comment.createdAt) })}
              </Text>
              <Text size="sm" className="preserve-lines">
                {comment.text}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form ref={formRef} onSubmit={handleSubmit} noValidate className="no-print">
          <Stack gap="xs">
            <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
            <Textarea
              label={t('meetings.comments.label', { number: item.number })}
              autosize
              minRows={2}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={fieldErrors.text}
            />
            <Group>
              <Button type="submit" size="xs" variant="default" loading={add.isPending}>
                {t('meetings.comments.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
