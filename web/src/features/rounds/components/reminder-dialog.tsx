import { Alert, Button, Checkbox, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '@server/rounds/schema.ts';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useSendReminders } from '../api/send-reminders.ts';

interface ReminderDialogProps {
  overview: Overview;
  onClose: () => void;
}

/** Reminds the reporters of the chosen missing organisations; the e-mails are queued in the outbox. */
export function ReminderDialog({ overview, onClose }: ReminderDialogProps) {
  const { t } = useTranslation();
  const missing = overview.rows.filter((row) => row.status === 'missing');
  const [chosen, setChosen] = useState<string[]>(() => missing.map((row) => row.organizationId));
  const [message, setMessage] = useState('');
  const [choiceError, setChoiceError] = useState<string>();
  const send = useSendReminders();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setChoiceError(t('rounds.reminders.chooseOne'));
      return;
    }
    setChoiceError(undefined);
    send.mutate({ roundId: overview.round.id, organizationIds: chosen, message: message.trim() || undefined });
  };

  return (
    <Dialog title={t('rounds.reminders.dialogTitle', { title: overview.round.title })} onClose={onClose} size="lg">
      {send.data ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" title={t('rounds.reminders.queuedTitle')}>
            {t('rounds.reminders.queued', { count: send.data.queued })}
          </Alert>
          {send.data.organizationsWithoutReporter.length > 0 && (
            <Alert color="orange" variant="light" title={t('rounds.reminders.withoutReporterTitle')}>
              <Text size="sm">{t('rounds.reminders.withoutReporter')}</Text>
              <List size="sm">
                {send.data.organizationsWithoutReporter.map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            {send.isError && <ErrorAlert error={send.error} />}
            {missing.length === 0 ? (
              <Text>{t('rounds.status.allReported')}</Text>
            ) : (
              <Checkbox.Group
                label={t('rounds.reminders.organizations')}
                description={t('rounds.reminders.organizationsHint')}
                value={chosen}
                onChange={setChosen}
                error={choiceError}
              >
                <Stack gap={6} mt="xs">
                  {missing.map((row) => (
                    <Checkbox key={row.organizationId} value={row.organizationId} label={row.organizationName} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <Textarea
              label={t('rounds.reminders.message')}
              description={t('rounds.reminders.messageHint')}
              autosize
              minRows={3}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={send.isPending} disabled={missing.length === 0}>
                {t('rounds.reminders.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
