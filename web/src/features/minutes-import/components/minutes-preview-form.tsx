import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { en as zodEn, sv as zodSv } from 'zod/locales';
import { PERSONAL_NUMBER_ISSUE } from '@server/platform/schema-helpers.ts';
import { parsedMinutesSchema } from '@server/minutes-import/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';
import {
  sameDateMeetingsOf,
  useImportMinutes,
  type ImportPreview,
  type ImportResult,
  type SameDateMeeting,
} from '../api/import-minutes.ts';
import { ConfidenceNote } from './confidence-note.tsx';
import { SameDateChoice, type SameDateDecision } from './same-date-choice.tsx';
import {
  errorsByPath,
  newAction,
  newAttendee,
  newItem,
  toFormValues,
  toParsedMinutes,
  type FormItem,
  type MinutesFormValues,
  type PathErrors,
} from './minutes-form-values.ts';

const kinds = ['beslut', 'information', 'rapport', 'ovrigt'] as const;
const zodLocales = { sv: zodSv().localeError, en: zodEn().localeError };
const metaFields = ['title', 'body', 'location', 'diaryNumber', 'chair', 'secretary', 'adjuster'] as const;

interface MinutesPreviewFormProps {
  forumId: string;
  file: File;
  preview: ImportPreview;
  meetingHref: (id: string) => string;
  onImported: (result: ImportResult) => void;
  /** The person chose not to import the file: the forum already has a meeting on its date. */
  onSkipped: () => void;
  /**
   * The form's values kept by the caller (a list of files), so corrections outlive going back to the list; without
   * it the form keeps its own.
   */
  store?: { values: MinutesFormValues; setValues: Dispatch<SetStateAction<MinutesFormValues>> };
}

interface Conflict {
  date: string;
  meetings: SameDateMeeting[];
}

/**
 * What the importer understood, as an editable form; saving posts the file again with the
 * corrections. A meeting the forum already has on the date is named, and the person chooses to
 * import anyway or to skip the file.
 */
export function MinutesPreviewForm({
  forumId,
  file,
  preview,
  meetingHref,
  onImported,
  onSkipped,
  store,
}: MinutesPreviewFormProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [ownValues, setOwnValues] = useState<MinutesFormValues>(() => store?.values ?? toFormValues(preview.minutes));
  const values = store?.values ?? ownValues;
  const setValues = store?.setValues ?? setOwnValues;
  const [errors, setErrors] = useState<PathErrors>({});
  const [formError, setFormError] = useState<string>();
  const [failures, setFailures] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(() =>
    preview.minutes.date && preview.sameDateMeetings.length > 0
      ? { date: preview.minutes.date, meetings: preview.sameDateMeetings }
      : null,
  );
  const [decision, setDecision] = useState<SameDateDecision | null>(null);
  const save = useImportMinutes();
  // A conflict holds for the date it was found on; a corrected date is checked again by the server.
  const activeConflict = conflict && conflict.date === values.meta.date ? conflict : null;

  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [failures]);

  const localize = (issue: z.core.$ZodIssue): string => {
    if (issue.code === 'custom' && issue.params?.reason === PERSONAL_NUMBER_ISSUE)
      return t('validation.personal_identity_number');
    if (issue.input === '') return t('validation.required');
    return issue.message;
  };

  const setMeta = (field: keyof MinutesFormValues['meta'], text: string) =>
    setValues((current) => ({ ...current, meta: { ...current.meta, [field]: text } }));
  const setAttendee = (index: number, patch: Partial<MinutesFormValues['attendees'][number]>) =>
    setValues((current) => ({
      ...current,
      attendees: current.attendees.map((a, i) => (i === index ? { ...a, ...patch } : a)),
    }));
  const setItem = (index: number, patch: Partial<FormItem>) =>
    setValues((current) => ({
      ...current,
      items: current.items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = toParsedMinutes(values, preview.minutes);
    const result = parsedMinutesSchema.safeParse(minutes, { error: zodLocales[locale], reportInput: true });
    const found = result.success
      ? {}
      : errorsByPath(result.error.issues.map((issue) => ({ path: issue.path, message: localize(issue) })));
    if (!minutes.date) found.date ??= t('validation.required');
    if (activeConflict && !decision) found.sameDate = t('minutesImport.sameDate.required');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFormError(t('minutesImport.invalid'));
      setFailures((n) => n + 1);
      return;
    }
    setErrors({});
    setFormError(undefined);
    if (activeConflict && decision === 'skip') {
      onSkipped();
      return;
    }
    save.mutate(
      { forumId, file, minutes, allowSameDate: activeConflict !== null && decision === 'import' },
      {
        onSuccess: onImported,
        onError: (error) => {
          const meetings = sameDateMeetingsOf(error);
          if (meetings && minutes.date) {
            setConflict({ date: minutes.date, meetings });
            setDecision(null);
          }
          setFormError(error instanceof ApiError ? error.problem.detail : t('errors.unexpected'));
          if (error instanceof ApiError) setErrors(errorsByPath(error.problem.errors ?? []));
          setFailures((n) => n + 1);
        },
      },
    );
  };

  const { meta } = values;
  const { confidence } = preview;
  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        <ErrorSummary formRef={formRef} errors={{}} formError={formError} />
        {activeConflict && (
          <SameDateChoice
            name="sameDate"
            filename={file.name}
            date={activeConflict.date}
            meetings={activeConflict.meetings}
            meetingHref={meetingHref}
            value={decision}
            onChange={setDecision}
            error={errors.sameDate}
          />
        )}
        <Paper withBorder radius="md" p="lg" component="fieldset" className="form-panel">
          <legend className="panel-legend">{t('minutesImport.meeting.legend')}</legend>
          <Stack gap="sm">
            <TextInput
              label={t('minutesImport.field.title')}
              description={<ConfidenceNote confidence={confidence.title} />}
              value={meta.title}
              onChange={(event) => setMeta('title', event.currentTarget.value)}
              error={errors.title}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="date"
                label={t('minutesImport.field.date')}
                description={
                  <>
                    {t('minutesImport.field.date.description')} <ConfidenceNote confidence={confidence.date} />
                  </>
                }
                required
                value={meta.date}
                onChange={(event) => setMeta('date', event.currentTarget.value)}
                error={errors.date}
              />
              <TextInput
                type="time"
                label={t('minutesImport.field.startTime')}
                description={<ConfidenceNote confidence={confidence.startTime} />}
                value={meta.startTime}
                onChange={(event) => setMeta('startTime', event.currentTarget.value)}
                error={errors.startTime}
              />
              <TextInput
                type="time"
                label={t('minutesImport.field.endTime')}
                description={<ConfidenceNote confidence={confidence.endTime} />}
                value={meta.endTime}
                onChange={(event) => setMeta('endTime', event.currentTarget.value)}
                error={errors.endTime}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {metaFields
                .filter((field) => field !== 'title')
                .map((field) => (
                  <TextInput
                    key={field}
                    label={t(`minutesImport.field.${field}`)}
                    description={field === 'body' ? undefined : <ConfidenceNote confidence={confidence[field]} />}
                    value={meta[field]}
                    onChange={(event) => setMeta(field, event.currentTarget.value)}
                    error={errors[field]}
                  />
                ))}
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg" component="fieldset" className="form-panel">
          <legend className="panel-legend">
            {t('minutesImport.attendees.legend', { count: values.attendees.length })}
          </legend>
          <Stack gap="xs">
            <ConfidenceNote confidence={confidence.attendees} />
            {values.attendees.length === 0 && <Text c="dimmed">{t('minutesImport.attendees.empty')}</Text>}
            {values.attendees.map((attendee, index) => (
              <Group key={attendee.key} align="flex-end" gap="xs" wrap="nowrap" className="import-row">
                <TextInput
                  size="xs"
                  label={t('minutesImport.attendees.name', { number: index + 1 })}
                  value={attendee.name}
                  onChange={(event) => setAttendee(index, { name: event.currentTarget.value })}
                  error={errors[`attendees.${index}.name`]}
                  style={{ flex: 2 }}
                />
                <TextInput
                  size="xs"
                  label={t('minutesImport.attendees.organization', { number: index + 1 })}
                  value={attendee.organization}
                  onChange={(event) => setAttendee(index, { organization: event.currentTarget.value })}
                  error={errors[`attendees.${index}.organization`]}
                  style={{ flex: 2 }}
                />
                <TextInput
                  size="xs"
                  label={t('minutesImport.attendees.role', { number: index + 1 })}
                  value={attendee.role}
                  onChange={(event) => setAttendee(index, { role: event.currentTarget.value })}
                  error={errors[`attendees.${index}.role`]}
                  style={{ flex: 2 }}
                />
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    setValues((current) => ({ ...current, attendees: current.attendees.filter((_, i) => i !== index) }))
                  }
                  aria-label={t('minutesImport.attendees.remove', { number: index + 1 })}
                >
                  {t('common.remove')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  setValues((current) => ({ ...current, attendees: [...current.attendees, newAttendee()] }))
                }
              >
                {t('minutesImport.attendees.add')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg" component="fieldset" className="form-panel">
          <legend className="panel-legend">{t('minutesImport.items.legend', { count: values.items.length })}</legend>
          <Stack gap="md">
            <ConfidenceNote confidence={confidence.items} />
            {values.items.length === 0 && <Text c="dimmed">{t('minutesImport.items.empty')}</Text>}
            {values.items.map((item, index) => (
              <ItemFields
                key={item.key}
                item={item}
                index={index}
                errors={errors}
                onChange={(patch) => setItem(index, patch)}
                onRemove={() =>
                  setValues((current) => ({ ...current, items: current.items.filter((_, i) => i !== index) }))
                }
              />
            ))}
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() => setValues((current) => ({ ...current, items: [...current.items, newItem()] }))}
              >
                {t('minutesImport.items.add')}
              </Button>
            </Group>
            <Textarea
              label={t('minutesImport.notes.label')}
              description={t('minutesImport.notes.description')}
              autosize
              minRows={values.notes ? 3 : 1}
              maxRows={12}
              value={values.notes}
              onChange={(event) => {
                const notes = event.currentTarget.value;
                setValues((current) => ({ ...current, notes }));
              }}
              error={errors.notes}
            />
          </Stack>
        </Paper>

        {preview.minutes.statusReports.length > 0 && (
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('minutesImport.reports.title', { count: preview.minutes.statusReports.length })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('minutesImport.reports.description')}
            </Text>
            <ConfidenceNote confidence={confidence.statusReports} />
            <Paper withBorder radius="md" className="table-frame">
              <ScrollRegion label={t('minutesImport.reports.caption')} minWidth={760}>
                <Table
                  verticalSpacing="sm"
                  horizontalSpacing="md"
                  captionSide="top"
                  className="situation-table"
                  withColumnBorders
                >
                  <Table.Caption className="table-caption">{t('minutesImport.reports.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col" w="18%">
                        {t('rounds.table.organization')}
                      </Table.Th>
                      <Table.Th scope="col">{t('rounds.table.currentSituation')}</Table.Th>
                      <Table.Th scope="col">{t('rounds.table.challenges')}</Table.Th>
                      <Table.Th scope="col">{t('rounds.table.input')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.minutes.statusReports.map((report, index) => (
                      <Table.Tr key={`${report.organization}:${index}`}>
                        <Table.Th scope="row" fw={600}>
                          {report.organization}
                        </Table.Th>
                        {[report.current, report.challenge, report.input].map((text, cell) => (
                          <Table.Td key={cell}>
                            {text ? (
                              <BulletText text={text} />
                            ) : (
                              <Text size="sm" c="dimmed">
                                {t('rounds.table.nothingWritten')}
                              </Text>
                            )}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
            </Paper>
          </Stack>
        )}
        {preview.minutes.statusReports.length === 0 && confidence.statusReports.guessed && (
          <Alert color="orange" variant="light" title={t('minutesImport.reports.missedTitle')}>
            {t('minutesImport.reports.missedText')}
          </Alert>
        )}
        {preview.minutes.followUpMeetings.length > 0 && (
          <Alert color="gray" variant="light">
            {t('minutesImport.followUps', {
              dates: preview.minutes.followUpMeetings.map((day) => formatDate(day, locale)).join(', '),
            })}
          </Alert>
        )}
        <div className="form-actions">
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={save.isPending}>
              {activeConflict && decision === 'skip' ? t('minutesImport.sameDate.skipSubmit') : t('minutesImport.save')}
            </Button>
          </Group>
        </div>
      </Stack>
    </form>
  );
}

interface ItemFieldsProps {
  item: FormItem;
  index: number;
  errors: PathErrors;
  onChange: (patch: Partial<FormItem>) => void;
  onRemove: () => void;
}

function ItemFields({ item, index, errors, onChange, onRemove }: ItemFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const path = `items.${index}`;
  const setAction = (actionIndex: number, patch: Partial<FormItem['actions'][number]>) =>
    onChange({ actions: item.actions.map((a, i) => (i === actionIndex ? { ...a, ...patch } : a)) });
  return (
    <Paper withBorder radius="sm" p="md" component="fieldset" className="form-panel import-item">
      <legend className="field-sublegend">{t('minutesImport.items.item', { number })}</legend>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('minutesImport.items.number')}
            value={item.number}
            onChange={(event) => onChange({ number: event.currentTarget.value })}
            error={errors[`${path}.number`]}
            w={110}
          />
          <TextInput
            label={t('minutesImport.items.title')}
            required
            value={item.title}
            onChange={(event) => onChange({ title: event.currentTarget.value })}
            error={errors[`${path}.title`]}
            style={{ flex: 1, minWidth: 240 }}
          />
          <NativeSelect
            label={t('minutesImport.items.kind')}
            data={[
              { value: '', label: t('meetings.kind.none') },
              ...kinds.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) })),
            ]}
            value={item.kind}
            onChange={(event) => onChange({ kind: event.currentTarget.value })}
            w={180}
          />
        </Group>
        <TextInput
          label={t('minutesImport.items.presenters')}
          description={t('minutesImport.items.presentersDescription')}
          value={item.presenters}
          onChange={(event) => onChange({ presenters: event.currentTarget.value })}
          error={errors[`${path}.presenters`]}
        />
        <Textarea
          label={t('minutesImport.items.decisions')}
          description={t('minutesImport.items.decisionsDescription')}
          autosize
          minRows={1}
          value={item.decisions}
          onChange={(event) => onChange({ decisions: event.currentTarget.value })}
          error={errors[`${path}.decisions`]}
        />
        <Textarea
          label={t('minutesImport.items.notes')}
          description={t('minutesImport.items.notesDescription')}
          autosize
          minRows={2}
          maxRows={16}
          value={item.notes}
          onChange={(event) => onChange({ notes: event.currentTarget.value })}
          error={errors[`${path}.notes`]}
        />
        <fieldset className="plain-fieldset">
          <legend className="field-sublegend">{t('minutesImport.actions.legend', { number })}</legend>
          <Stack gap="xs">
            {item.actions.map((action, actionIndex) => (
              <Group key={action.key} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  size="xs"
                  label={t('minutesImport.actions.owner', { number: actionIndex + 1 })}
                  value={action.owner}
                  onChange={(event) => setAction(actionIndex, { owner: event.currentTarget.value })}
                  error={errors[`${path}.actions.${actionIndex}.owner`]}
                  w={200}
                />
                <Textarea
                  size="xs"
                  autosize
                  minRows={1}
                  label={t('minutesImport.actions.task', { number: actionIndex + 1 })}
                  value={action.task}
                  onChange={(event) => setAction(actionIndex, { task: event.currentTarget.value })}
                  error={errors[`${path}.actions.${actionIndex}.task`]}
                  style={{ flex: 1, minWidth: 240 }}
                />
                <TextInput
                  size="xs"
                  type="date"
                  label={t('minutesImport.actions.due', { number: actionIndex + 1 })}
                  value={action.due}
                  onChange={(event) => setAction(actionIndex, { due: event.currentTarget.value })}
                  error={errors[`${path}.actions.${actionIndex}.due`]}
                />
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onChange({ actions: item.actions.filter((_, i) => i !== actionIndex) })}
                  aria-label={t('minutesImport.actions.remove', { number: actionIndex + 1 })}
                >
                  {t('common.remove')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="default" onClick={() => onChange({ actions: [...item.actions, newAction()] })}>
                {t('minutesImport.actions.add')}
              </Button>
            </Group>
          </Stack>
        </fieldset>
        <Group justify="flex-end">
          <Button size="xs" variant="default" onClick={onRemove}>
            {t('minutesImport.items.remove', { number })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
