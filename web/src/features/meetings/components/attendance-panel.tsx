import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@server/meetings/schema.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import type { Option } from '../../../components/ui/options.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useSaveAttendees, type AttendeeInput } from '../api/save-attendees.ts';

type Attendee = Meeting['attendees'][number];
type Row = Omit<Attendee, 'id'> & { key: string };

const statuses = ['invited', 'present', 'absent', 'substitute'] as const;

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
            {t('meetings.attendance.count', { present, absent, substitute })}
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
  const { formRef, formError, showError } = useFormErrors();
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
      },
    ]);
    setNewPerson({ name: '', title: '', organizationId: '' });
    setIsDirty(true);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const attendees: AttendeeInput[] = rows.map((row) => ({
      organizationId: row.organizationId,
      userId: row.userId,
      name: row.name,
      title: row.title,
      status: row.status,
      substituteFor: row.status === 'substitute' ? row.substituteFor?.trim() || null : null,
    }));
    save.mutate(
      { meetingId: meeting.id, attendees },
      {
        onSuccess: () => notifications.show({ message: t('meetings.attendance.saved'), color: 'teal' }),
        onError: showError,
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('meetings.attendance.description')}</Text>
        {formError && <ErrorAlert message={formError} />}
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          {groupByOrganization(rows, t('meetings.attendance.otherOrganization')).map(([organization, people]) => (
            <fieldset key={organization} className="plain-fieldset attendance-group">
              <legend className="field-legend">{organization}</legend>
              <Stack gap="xs">
                {people.map((person) => (
                  <div key={person.key} className="attendance-row">
                    <Group gap="xs" align="flex-end" wrap="nowrap">
                      <NativeSelect
                        label={
                          person.title
                            ? t('meetings.attendance.entry', { name: person.name, title: person.title })
                            : person.name
                        }
                        data={statuses.map((status) => ({ value: status, label: t(`meetings.attendance.${status}`) }))}
                        value={person.status}
                        onChange={(event) => change(person.key, { status: event.currentTarget.value as Row['status'] })}
                        className="attendance-select"
                        style={{ flex: 1 }}
                        size="xs"
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
                      <TextInput
                        size="xs"
                        mt={4}
                        label={t('meetings.attendance.substituteFor')}
                        aria-label={t('meetings.attendance.substituteForOf', { name: person.name })}
                        value={person.substituteFor ?? ''}
                        onChange={(event) => change(person.key, { substituteFor: event.currentTarget.value })}
                      />
                    )}
                  </div>
                ))}
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
