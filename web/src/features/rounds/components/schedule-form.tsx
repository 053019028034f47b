import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scheduleSchema, type Schedule } from '@server/rounds/schema.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useSaveSchedule } from '../api/save-schedule.ts';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

interface ScheduleFormProps {
  forumId: string;
  schedule: Schedule | null;
  canEdit: boolean;
}

/** "Återkommande avstämning": a weekly round that opens by itself some days before its deadline. */
export function ScheduleForm({ forumId, schedule, canEdit }: ScheduleFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState(() => ({
    weekday: String(schedule?.weekday ?? 2),
    deadlineTime: schedule?.deadlineTime ?? '12:00',
    openDaysBefore: String(schedule?.openDaysBefore ?? 6),
    isActive: schedule?.isActive ?? false,
  }));
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const save = useSaveSchedule();
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const weekdayLabel = (day: number) => t(`rounds.schedule.weekday.${day}` as 'rounds.schedule.weekday.1');

  const describe = (current: Schedule | null) =>
    current?.isActive
      ? t('rounds.schedule.active', {
          weekday: weekdayLabel(current.weekday),
          time: current.deadlineTime,
          days: t('rounds.schedule.days', { count: current.openDaysBefore }),
        })
      : t('rounds.schedule.inactive');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const openDaysBefore = values.openDaysBefore.trim() === '' ? Number.NaN : Number(values.openDaysBefore);
    const body = validate(scheduleSchema, {
      weekday: Number(values.weekday),
      deadlineTime: values.deadlineTime,
      openDaysBefore,
      isActive: values.isActive,
    });
    if (!body) return;
    save.mutate(
      { forumId, schedule: body },
      {
        onSuccess: () => notifications.show({ message: t('rounds.schedule.saved'), color: 'teal' }),
        onError: showError,
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('rounds.schedule.title')}
        </Title>
        <Text>{describe(save.data ?? schedule)}</Text>
        {canEdit && (
          <form ref={formRef} onSubmit={handleSubmit} noValidate>
            <Stack gap="md">
              <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
              <Group align="flex-start" gap="md" wrap="wrap">
                <NativeSelect
                  label={t('rounds.schedule.weekdayLabel')}
                  data={weekdays.map((day) => ({ value: String(day), label: weekdayLabel(day) }))}
                  value={values.weekday}
                  onChange={(event) => set('weekday', event.currentTarget.value)}
                  error={fieldErrors.weekday}
                  w={180}
                />
                <TextInput
                  type="time"
                  label={t('rounds.schedule.deadlineTime')}
                  value={values.deadlineTime}
                  onChange={(event) => set('deadlineTime', event.currentTarget.value)}
                  error={fieldErrors.deadlineTime}
                  w={140}
                />
                <TextInput
                  type="number"
                  min={0}
                  max={13}
                  label={t('rounds.schedule.openDaysBefore')}
                  description={t('rounds.schedule.openDaysBeforeHint')}
                  value={values.openDaysBefore}
                  onChange={(event) => set('openDaysBefore', event.currentTarget.value)}
                  error={fieldErrors.openDaysBefore}
                  w={260}
                />
              </Group>
              <Checkbox
                label={t('rounds.schedule.isActive')}
                description={t('rounds.schedule.isActiveHint')}
                checked={values.isActive}
                onChange={(event) => set('isActive', event.currentTarget.checked)}
              />
              <Group>
                <Button type="submit" variant="default" loading={save.isPending}>
                  {t('rounds.schedule.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
