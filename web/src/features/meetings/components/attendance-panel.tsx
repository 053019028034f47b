import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@server/meetings/schema.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import type { Option } from '../../../components/ui/options.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useSaveAttendees, type AttendeeInput } from '../api/save-attendees.ts';

type Attendee = Meeting['attendees'][number];
type Row = Omit<Attendee, 'id'> & { key: string };

const statuses = ['invited', 'present', 'absent', 'substitute'] as const;
const categories = ['ledamot', 'ersattare', 'tjansteperson'] as const;

/**
 * An invited person marked "substitute" was replaced: the field names who sat in. A person added by
 * hand marked "substitute" is the substitute: the field names whom they replace.
 */
function isReplaced(person: { userId: string | null }): boolean {
  return Boolean(person.userId);
}

function isAdjuster(meeting: Meeting, person: { userId: string | null; name: string }): boolean {
  return meeting.adjusters.some((adjuster) =>
    adjuster.userId && person.userId
      ? adjuster.userId === person.userId
      : adjuster.name.trim().toLocaleLowerCase('sv') === person.name.trim().toLocaleLowerCase('sv'),
  );
}

function groupByOrganization<T extends { organizationName: string | null }>(
  people: T[],
  other: string,
): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const person of people) {
    const name = person.organizationName ?? other;
    groups.set(name, [...(groups.get(name) ?? []), person]);
  }
  return [...groups.entries()];
}

interface AttendancePanelProps {
  meeting: Meeting;
  organizationOptions: Option[];
}

/** Who attended, grouped by organisation: per person present, absent or substitute ("ersätter …"). */
export function AttendancePanel({ meeting, organizationOptions }: AttendancePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const canEdit = meeting.permissions.canEdit;
  const present = meeting.attendees.filter((a) => a.status === 'present').length;
  const absent = meeting.attendees.filter((a) => a.status === 'absent').length;
  const substitute = meeting.attendees.filter((a) => a.status === 'substitute').length;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t('meetings.attendance.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('meetings.attendance.count', {
              present: t('meetings.attendance.count.present', { count: present }),
              absent: t('meetings.attendance.count.absent', { count: absent }),
              substitute: t('meetings.attendance.count.substitute', { count: substitute }),
            })}
          </Text>
        </div>
        {canEdit ? (
          <AttendanceEditor
            key={JSON.stringify(meeting.attendees)}
            meeting={meeting}
            organizationOptions={organizationOptions}
          />
        ) : (
          <AttendanceList meeting={meeting} />
        )}
      </Stack>
    </Paper>
  );
}

function AttendanceList({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const recorded = meeting.attendees.some((a) => a.status !== 'invited')
    ? meeting.attendees.filter((a) => a.status !== 'invited')
    : meeting.attendees;
  if (recorded.length === 0) return <Text>{t('meetings.attendance.noneRecorded')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
      {groupByOrganization(recorded, t('meetings.attendance.otherOrganization')).map(([organization, people]) => (
        <div key={organization}>
          <Text fw={650}>{organization}</Text>
          <ul className="plain-list">
            {people.map((person) => {
              const name = person.title
                ? t('meetings.attendance.entry', { name: person.name, title: person.title })
                : person.name;
              if (person.status === 'substitute' && person.substituteName) {
                return (
                  <li key={person.id}>
                    {t('meetings.attendance.substituteEntry', { name: person.substituteName, for: name })}
                    {' – '}
                    {t('meetings.attendance.present')}
                  </li>
                );
              }
              return (
                <li key={person.id}>
                  {person.status === 'substitute' && person.substituteFor
                    ? t('meetings.attendance.substituteEntry', { name, for: person.substituteFor })
                    : name}
                  {' – '}
                  {t(`meetings.attendance.${person.status}`)}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </SimpleGrid>
  );
}

function AttendanceEditor({ meeting, organizationOptions }: AttendancePanelProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => meeting.attendees.map(({ id, ...rest }) => ({ ...rest, key: id })));
  const [isDirty, setIsDirty] = useState(false);
  const [newPerson, setNewPerson] = useState({ name: '', title: '', organizationId: '' });
  const { formRef, fieldErrors, formError, showError } = useFormErrors();
  const save = useSaveAttendees();

  const change = (key: string, patch: Partial<Row>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    setIsDirty(true);
  };
  const remove = (key: string) => {
    setRows((current) => current.filter((row) => row.key !== key));
    setIsDirty(true);
  };
  const add = () => {
    if (newPerson.name.trim().length < 2) return;
    const organizationName =
      organizationOptions.find((option) => option.value === newPerson.organizationId)?.label ?? null;
    setRows((current) => [
      ...current,
      {
        key: `new-${Date.now()}`,
        organizationId: newPerson.organizationId || null,
        organizationName,
        userId: null,
        name: newPerson.name.trim(),
        title: newPerson.title.trim() || null,
        status: 'present',
        substituteFor: null,
        substituteName: null,
        category: null,
      },
    ]);
    setNewPerson({ name: '', title: '', organizationId: '' });
    setIsDirty(true);
  };

  const submit = (toSave: Row[]) => {
    const attendees: AttendeeInput[] = toSave.map((row) => ({
      organizationId: row.organizationId,
      userId: row.userId,
      name: row.name,
      title: row.title,
      status: row.status,
      substituteFor: row.status === 'substitute' && !isReplaced(row) ? row.substituteFor?.trim() || null : null,
      substituteName: row.status === 'substitute' && isReplaced(row) ? row.substituteName?.trim() || null : null,
      category: row.category,
    }));
    save.mutate(
      { meetingId: meeting.id, attendees },
      {
        onSuccess: () => notifications.show({ message: t('meetings.attendance.saved'), color: 'teal' }),
        onError: showError,
      },
    );
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(rows);
  };
  // Most people come: one action marks everyone not yet marked as present, and saves.
  const markAllPresent = () => {
    const marked = rows.map((row) => (row.status === 'invited' ? { ...row, status: 'present' as const } : row));
    setRows(marked);
    submit(marked);
  };
  const hasInvited = rows.some((row) => row.status === 'invited');

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Text size="sm" style={{ flex: 1, minWidth: 240 }}>
            {t('meetings.attendance.description')}
          </Text>
          <Button variant="default" onClick={markAllPresent} disabled={!hasInvited} loading={save.isPending}>
            {t('meetings.attendance.allPresent')}
          </Button>
        </Group>
        <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          {groupByOrganization(rows, t('meetings.attendance.otherOrganization')).map(([organization, people]) => (
            <fieldset key={organization} className="plain-fieldset attendance-group">
              <legend className="field-legend">{organization}</legend>
              <Stack gap="xs">
                {people.map((person) => {
                  const adjuster = isAdjuster(meeting, person);
                  return (
                    <div key={person.key} className="attendance-row">
                      <Group gap="xs" align="flex-end" wrap="nowrap">
                        <NativeSelect
                          label={
                            person.title
                              ? t('meetings.attendance.entry', { name: person.name, title: person.title })
                              : person.name
                          }
                          description={adjuster ? t('meetings.attendance.adjusterPresent') : undefined}
                          data={statuses.map((status) => ({
                            value: status,
                            label:
                              status === 'substitute' && isReplaced(person)
                                ? t('meetings.attendance.replaced')
                                : t(`meetings.attendance.${status}`),
                            // A justerare must have been there; the server refuses it too.
                            disabled:
                              adjuster && (status === 'absent' || (status === 'substitute' && isReplaced(person))),
                          }))}
                          value={person.status}
                          onChange={(event) =>
                            change(person.key, { status: event.currentTarget.value as Row['status'] })
                          }
                          className="attendance-select"
                          style={{ flex: 1 }}
                          size="xs"
                        />
                        <NativeSelect
                          label={t('meetings.attendance.category')}
                          aria-label={t('meetings.attendance.categoryOf', { name: person.name })}
                          data={[
                            { value: '', label: t('meetings.attendance.category.none') },
                            ...categories.map((category) => ({
                              value: category,
                              label: t(`meetings.attendance.category.${category}`),
                            })),
                          ]}
                          value={person.category ?? ''}
                          onChange={(event) =>
                            change(person.key, { category: (event.currentTarget.value || null) as Row['category'] })
                          }
                          className="attendance-select"
                          size="xs"
                          w={130}
                        />
                        {!person.userId && (
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => remove(person.key)}
                            aria-label={t('meetings.attendance.remove', { name: person.name })}
                          >
                            {t('common.remove')}
                          </Button>
                        )}
                      </Group>
                      {person.status === 'substitute' && (
                        <SubstituteField person={person} onChange={(patch) => change(person.key, patch)} />
                      )}
                    </div>
                  );
                })}
              </Stack>
            </fieldset>
          ))}
        </SimpleGrid>
        <fieldset className="plain-fieldset nested-fieldset">
          <legend className="field-sublegend">{t('meetings.attendance.add.legend')}</legend>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('meetings.attendance.add.name')}
              value={newPerson.name}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setNewPerson((p) => ({ ...p, name: value }));
              }}
              w={200}
            />
            <TextInput
              label={t('meetings.attendance.add.title')}
              value={newPerson.title}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setNewPerson((p) => ({ ...p, title: value }));
              }}
              w={180}
            />
            <NativeSelect
              label={t('meetings.attendance.add.organization')}
              data={[{ value: '', label: t('meetings.attendance.otherOrganization') }, ...organizationOptions]}
              value={newPerson.organizationId}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setNewPerson((p) => ({ ...p, organizationId: value }));
              }}
              w={220}
            />
            <Button variant="default" onClick={add} disabled={newPerson.name.trim().length < 2}>
              {t('meetings.attendance.add.submit')}
            </Button>
          </Group>
        </fieldset>
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" role="status">
            {isDirty ? t('meetings.attendance.unsaved') : ''}
          </Text>
          <Button type="submit" loading={save.isPending}>
            {t('meetings.attendance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who sat in for a replaced invited person, or whom a substitute added by hand replaces. */
function SubstituteField({ person, onChange }: { person: Row; onChange: (patch: Partial<Row>) => void }) {
  const { t } = useTranslation();
  const field = isReplaced(person) ? 'substituteName' : 'substituteFor';
  return (
    <TextInput
      size="xs"
      mt={4}
      label={t(`meetings.attendance.${field}`)}
      aria-label={t(`meetings.attendance.${field}Of`, { name: person.name })}
      value={person[field] ?? ''}
      onChange={(event) => onChange({ [field]: event.currentTarget.value })}
    />
  );
}
