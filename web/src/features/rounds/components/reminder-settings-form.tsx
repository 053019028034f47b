import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderSettingsSchema, type ReminderSettings } from '@server/rounds/schema.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useSaveReminderSettings } from '../api/reminder-settings.ts';

interface ReminderSettingsFormProps {
  forumId: string;
  settings: ReminderSettings;
}

/** An empty field turns that reminder off; anything else must be a whole number of hours. */
const hoursFrom = (value: string) => (value.trim() === '' ? null : Number(value));

/** "Automatiska påminnelser": when organisations that have not reported are reminded by mail. */
export function ReminderSettingsForm({ forumId, settings }: ReminderSettingsFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState(() => ({
    hoursBefore: settings.hoursBefore === null ? '' : String(settings.hoursBefore),
    hoursAfter: settings.hoursAfter === null ? '' : String(settings.hoursAfter),
  }));
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const save = useSaveReminderSettings();
  const current = save.data ?? settings;
  // The value is read in the handler: React clears the event's currentTarget before a state updater runs.
  const change = (field: keyof typeof values, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const describe = ({ hoursBefore, hoursAfter }: ReminderSettings) => {
    if (hoursBefore === null && hoursAfter === null) return t('rounds.reminderSettings.none');
    const parts = [
      ...(hoursBefore === null ? [] : [t('rounds.reminderSettings.before', { count: hoursBefore })]),
      ...(hoursAfter === null ? [] : [t('rounds.reminderSettings.after', { count: hoursAfter })]),
    ];
    return t('rounds.reminderSettings.summary', { when: parts.join(t('rounds.reminderSettings.and')) });
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = validate(reminderSettingsSchema, {
      hoursBefore: hoursFrom(values.hoursBefore),
      hoursAfter: hoursFrom(values.hoursAfter),
    });
    if (!body) return;
    save.mutate(
      { forumId, settings: body },
      {
        onSuccess: () => notifications.show({ message: t('rounds.reminderSettings.saved'), color: 'teal' }),
        onError: showError,
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('rounds.reminderSettings.title')}
        </Title>
        <Text>{describe(current)}</Text>
        <form ref={formRef} onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            {formError && <ErrorAlert message={formError} />}
            <Group align="flex-start" gap="md" wrap="wrap">
              <TextInput
                type="number"
                min={1}
                max={336}
                label={t('rounds.reminderSettings.hoursBefore')}
                description={t('rounds.reminderSettings.hoursBeforeHint')}
                value={values.hoursBefore}
                onChange={(event) => change('hoursBefore', event.currentTarget.value)}
                error={fieldErrors.hoursBefore}
                w={280}
              />
              <TextInput
                type="number"
                min={0}
                max={336}
                label={t('rounds.reminderSettings.hoursAfter')}
                description={t('rounds.reminderSettings.hoursAfterHint')}
                value={values.hoursAfter}
                onChange={(event) => change('hoursAfter', event.currentTarget.value)}
                error={fieldErrors.hoursAfter}
                w={280}
              />
            </Group>
            <Group>
              <Button type="submit" variant="default" loading={save.isPending}>
                {t('rounds.reminderSettings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
