import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingCreateSchema, meetingUpdateSchema, type Meeting } from '@server/meetings/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import { withCurrent, type Option } from '../../../components/ui/options.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useCreateMeeting } from '../api/create-meeting.ts';
import { useUpdateMeeting } from '../api/update-meeting.ts';
import { AdjustersField, fromPerson, PersonFields, toPersonInput, type PersonValue } from './person-fields.tsx';

const chairRoles = ['ordforande', 'motesledare', 'sammankallande'] as const;
const documentTypes = ['minnesanteckningar', 'protokoll'] as const;

interface MeetingFormModalProps {
  forumId: string;
  /** The meeting to change; without it, a new meeting is planned. */
  meeting?: Meeting;
  userOptions: Option[];
  roundOptions: Option[];
  /** The forum's Dnr series prefix, when it has one. */
  diaryPrefix: string | null;
  /** The round a new meeting discusses unless another is chosen: the forum's open round. */
  defaultRoundId?: string;
  onClose: () => void;
  onSaved: (meeting: Meeting) => void;
}

function initialValues(meeting: Meeting | undefined, diaryPrefix: string | null, defaultRoundId?: string) {
  return {
    title: meeting?.title ?? '',
    documentType: meeting?.documentType ?? ('minnesanteckningar' as Meeting['documentType']),
    meetingDate: meeting?.meetingDate ?? '',
    startTime: meeting?.startTime ?? '',
    endTime: meeting?.endTime ?? '',
    location: meeting?.location ?? '',
    diaryNumber: meeting?.diaryNumber ?? '',
    // A forum with a Dnr series numbers its meetings unless the coordinator types a Dnr instead.
    assignDiaryNumber: !meeting && Boolean(diaryPrefix),
    chairRole: meeting?.chairRole ?? ('ordforande' as Meeting['chairRole']),
    chair: fromPerson(meeting?.chair ?? null),
    secretary: fromPerson(meeting?.secretary ?? null),
    adjusters: (meeting?.adjusters ?? []).map(fromPerson),
    roundId: meeting ? (meeting.roundId ?? '') : (defaultRoundId ?? ''),
    useTemplate: true,
  };
}

type Values = ReturnType<typeof initialValues>;

/** Plans a meeting, or changes its details: date, time, place, Dnr, who leads, writes and approves. */
export function MeetingFormModal({
  forumId,
  meeting,
  userOptions,
  roundOptions,
  diaryPrefix,
  defaultRoundId,
  onClose,
  onSaved,
}: MeetingFormModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(meeting, diaryPrefix, defaultRoundId));
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const create = useCreateMeeting();
  const update = useUpdateMeeting();
  const isCreating = !meeting;

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  // Users saved on the meeting stay choosable even where the picker cannot list the forum's users.
  const known = [meeting?.chair, meeting?.secretary, ...(meeting?.adjusters ?? [])].flatMap((person) =>
    person?.userId ? [{ value: person.userId, label: person.name }] : [],
  );
  const people = known.reduce((options, person) => withCurrent(options, person), userOptions);
  const knownNames = new Map(known.map((option) => [option.value, option.label]));
  const chairLabel = t(`meetings.chairRole.${values.chairRole}`);
  // Someone recorded as absent cannot justera the minutes (the server refuses it too).
  const absentUserIds = new Set(
    (meeting?.attendees ?? [])
      .filter((a) => a.status === 'absent' || (a.status === 'substitute' && a.substituteName))
      .flatMap((a) => (a.userId ? [a.userId] : [])),
  );
  const adjusterOptions = people.filter((option) => !absentUserIds.has(option.value));

  const handleSubmit = () => {
    const shared = {
      title: values.title,
      documentType: values.documentType,
      meetingDate: values.meetingDate,
      startTime: values.startTime || null,
      endTime: values.endTime || null,
      location: values.location,
      chairRole: values.chairRole,
      chair: toPersonInput(values.chair),
      secretary: toPersonInput(values.secretary),
      adjusters: values.adjusters.map(toPersonInput).filter((person) => person !== null),
      roundId: values.roundId || null,
    };
    if (isCreating) {
      const body = validate(meetingCreateSchema, {
        ...shared,
        diaryNumber: values.assignDiaryNumber ? null : values.diaryNumber.trim() || null,
        assignDiaryNumber: values.assignDiaryNumber,
        useTemplate: values.useTemplate,
      });
      if (body) create.mutate({ forumId, body }, { onSuccess: onSaved, onError: showError });
      return;
    }
    const changes = validate(meetingUpdateSchema, { ...shared, diaryNumber: values.diaryNumber.trim() || null });
    if (changes) update.mutate({ id: meeting.id, changes }, { onSuccess: onSaved, onError: showError });
  };

  return (
    <FormModal
      title={isCreating ? t('meetings.form.createTitle') : t('meetings.form.editTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={create.isPending || update.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
      size="lg"
    >
      <TextInput
        label={t('meetings.form.title.label')}
        description={t('meetings.form.title.description')}
        required
        value={values.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={fieldErrors.title}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="date"
          label={t('meetings.form.meetingDate.label')}
          required
          value={values.meetingDate}
          onChange={(event) => set('meetingDate', event.currentTarget.value)}
          error={fieldErrors.meetingDate}
        />
        <TextInput
          type="time"
          label={t('meetings.form.startTime.label')}
          description={t('meetings.form.time.description')}
          value={values.startTime}
          onChange={(event) => set('startTime', event.currentTarget.value)}
          error={fieldErrors.startTime}
        />
        <TextInput
          type="time"
          label={t('meetings.form.endTime.label')}
          description={t('meetings.form.time.description')}
          value={values.endTime}
          onChange={(event) => set('endTime', event.currentTarget.value)}
          error={fieldErrors.endTime}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('meetings.form.location.label')}
          value={values.location}
          onChange={(event) => set('location', event.currentTarget.value)}
          error={fieldErrors.location}
        />
        <NativeSelect
          label={t('meetings.form.documentType.label')}
          data={documentTypes.map((type) => ({ value: type, label: t(`meetings.documentType.${type}`) }))}
          value={values.documentType}
          onChange={(event) => set('documentType', event.currentTarget.value as Values['documentType'])}
        />
      </SimpleGrid>
      <TextInput
        label={t('meetings.form.diaryNumber.label')}
        description={t('meetings.form.diaryNumber.description')}
        value={values.assignDiaryNumber ? '' : values.diaryNumber}
        disabled={values.assignDiaryNumber}
        onChange={(event) => set('diaryNumber', event.currentTarget.value)}
        error={fieldErrors.diaryNumber}
      />
      {isCreating && (
        <Checkbox
          label={t('meetings.form.assignDiaryNumber.label')}
          description={
            diaryPrefix
              ? t('meetings.form.assignDiaryNumber.description', { prefix: diaryPrefix })
              : t('meetings.form.assignDiaryNumber.noPrefix')
          }
          checked={values.assignDiaryNumber}
          disabled={!diaryPrefix}
          onChange={(event) => set('assignDiaryNumber', event.currentTarget.checked)}
          error={fieldErrors.assignDiaryNumber}
        />
      )}
      <NativeSelect
        label={t('meetings.form.chairRole.label')}
        data={chairRoles.map((role) => ({ value: role, label: t(`meetings.chairRole.${role}`) }))}
        value={values.chairRole}
        onChange={(event) => set('chairRole', event.currentTarget.value as Values['chairRole'])}
      />
      <PersonFields
        role={chairLabel}
        value={values.chair}
        onChange={(chair: PersonValue) => set('chair', chair)}
        userOptions={people}
        error={fieldErrors.chair}
      />
      <PersonFields
        role={t('meetings.form.secretary')}
        description={t('meetings.form.secretary.description')}
        value={values.secretary}
        onChange={(secretary: PersonValue) => set('secretary', secretary)}
        userOptions={people}
        error={fieldErrors.secretary}
      />
      <AdjustersField
        value={values.adjusters}
        onChange={(adjusters) => set('adjusters', adjusters)}
        userOptions={adjusterOptions}
        knownNames={knownNames}
        error={fieldErrors.adjusters}
      />
      <NativeSelect
        label={t('meetings.form.round.label')}
        data={[{ value: '', label: t('meetings.form.round.none') }, ...roundOptions]}
        value={values.roundId}
        onChange={(event) => set('roundId', event.currentTarget.value)}
        error={fieldErrors.roundId}
      />
      {isCreating && (
        <Checkbox
          label={t('meetings.form.useTemplate.label')}
          checked={values.useTemplate}
          onChange={(event) => set('useTemplate', event.currentTarget.checked)}
        />
      )}
    </FormModal>
  );
}
