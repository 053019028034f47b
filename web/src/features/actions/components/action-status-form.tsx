import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatusSchema, actionUpdateSchema, type Action } from '@server/actions/schema.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useUpdateAction } from '../api/update-action.ts';
import { useActionLabels } from './use-action-labels.ts';

interface ActionStatusFormProps {
  action: Action;
  /** Where the status is set: at a meeting's follow-up, or in a lägesrapport. */
  context?: { meetingId: string } | { roundId: string };
  onSaved?: (action: Action) => void;
}

/** Status and comment of one uppdrag, saved together as one update of its history. */
export function ActionStatusForm({ action, context, onSaved }: ActionStatusFormProps) {
  const { t } = useTranslation();
  const labels = useActionLabels();
  const legendId = useId();
  const [status, setStatus] = useState(action.status);
  const [comment, setComment] = useState(action.statusComment);
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const update = useUpdateAction();
  const lastUpdate = labels.lastUpdate(action);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const changes = validate(actionUpdateSchema, { status, comment, ...context });
    if (!changes) return;
    update.mutate(
      { id: action.id, changes },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('actions.form.saved'), color: 'teal' });
          onSaved?.(saved);
        },
        onError: showError,
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate className="action-status-form">
      <fieldset className="plain-fieldset" aria-labelledby={legendId}>
        <legend className="visually-hidden" id={legendId}>
          {t('actions.form.legend', { task: action.task.length > 80 ? `${action.task.slice(0, 80)}…` : action.task })}
        </legend>
        <Stack gap="xs">
          <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('actions.form.status')}
              data={actionStatusSchema.options.map((value) => ({ value, label: t(`actions.status.${value}`) }))}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as Action['status'])}
              error={fieldErrors.status}
              w={160}
            />
            <Textarea
              label={t('actions.form.comment')}
              description={t('actions.form.commentDescription')}
              autosize
              minRows={1}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              error={fieldErrors.comment}
              style={{ flex: 1, minWidth: 240 }}
            />
          </Group>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c="dimmed">
              {lastUpdate ?? ''}
            </Text>
            <Button type="submit" size="xs" loading={update.isPending}>
              {t('actions.form.save')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </form>
  );
}
