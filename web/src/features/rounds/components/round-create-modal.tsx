import { SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundCreateSchema, type Round } from '@server/rounds/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import { addDays, isoWeek, isoWeekday, stockholmToInstant } from '@server/platform/time.ts';
import { calendarDay } from '../../../lib/format.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useCreateRound } from '../api/create-round.ts';

interface RoundCreateModalProps {
  forumId: string;
  onClose: () => void;
  onSaved: (round: Round) => void;
}

/** This week, Monday to Sunday, with the deadline on Tuesday at noon like the weekly calls. */
function initialValues() {
  const today = calendarDay(new Date());
  const monday = addDays(today, 1 - isoWeekday(today));
  return {
    title: '',
    periodStart: monday,
    periodEnd: addDays(monday, 6),
    deadlineDate: addDays(monday, 1),
    deadlineTime: '12:00',
    meetingDate: '',
    meetingTime: '',
  };
}

type Values = ReturnType<typeof initialValues>;

export function RoundCreateModal({ forumId, onClose, onSaved }: RoundCreateModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const { formRef, fieldErrors, formError, validate, showError, fail } = useFormErrors();
  const create = useCreateRound();

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const defaultTitle = values.periodStart
    ? t('rounds.form.title.default', {
        week: isoWeek(values.periodStart).week,
        year: isoWeek(values.periodStart).year,
      })
    : '';

  const handleSubmit = () => {
    if (Boolean(values.meetingDate) !== Boolean(values.meetingTime)) {
      fail({ meetingAt: t('rounds.form.meeting.pair') });
      return;
    }
    const body = validate(roundCreateSchema, {
      title: values.title.trim() || undefined,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      deadlineDate: values.deadlineDate,
      deadlineTime: values.deadlineTime,
      meetingAt: values.meetingDate ? stockholmToInstant(values.meetingDate, values.meetingTime).toISOString() : null,
    });
    if (body) create.mutate({ forumId, body }, { onSuccess: onSaved, onError: showError });
  };

  return (
    <FormModal
      title={t('rounds.form.createTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={create.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('rounds.form.periodStart.label')}
          required
          value={values.periodStart}
          onChange={(event) => set('periodStart', event.currentTarget.value)}
          error={fieldErrors.periodStart}
          data-autofocus
        />
        <TextInput
          type="date"
          label={t('rounds.form.periodEnd.label')}
          required
          value={values.periodEnd}
          onChange={(event) => set('periodEnd', event.currentTarget.value)}
          error={fieldErrors.periodEnd}
        />
        <TextInput
          type="date"
          label={t('rounds.form.deadlineDate.label')}
          required
          value={values.deadlineDate}
          onChange={(event) => set('deadlineDate', event.currentTarget.value)}
          error={fieldErrors.deadlineDate}
        />
        <TextInput
          type="time"
          label={t('rounds.form.deadlineTime.label')}
          description={t('rounds.form.deadlineTime.description')}
          required
          value={values.deadlineTime}
          onChange={(event) => set('deadlineTime', event.currentTarget.value)}
          error={fieldErrors.deadlineTime}
        />
      </SimpleGrid>
      <TextInput
        label={t('rounds.form.title.label')}
        description={t('rounds.form.title.description', { title: defaultTitle })}
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={fieldErrors.title}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('rounds.form.meetingDate.label')}
          description={t('rounds.form.meetingDate.description')}
          value={values.meetingDate}
          onChange={(event) => set('meetingDate', event.currentTarget.value)}
          error={fieldErrors.meetingAt}
        />
        <TextInput
          type="time"
          label={t('rounds.form.meetingTime.label')}
          value={values.meetingTime}
          onChange={(event) => set('meetingTime', event.currentTarget.value)}
        />
      </SimpleGrid>
    </FormModal>
  );
}
