import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../../components/ui/options.ts';

export interface PersonValue {
  userId: string;
  name: string;
}

export const noPerson: PersonValue = { userId: '', name: '' };

/** A user's id, or a typed name for someone outside Samverkan; null when neither is given. */
export function toPersonInput(person: PersonValue): { userId: string } | { name: string } | null {
  if (person.userId) return { userId: person.userId };
  if (person.name.trim()) return { name: person.name.trim() };
  return null;
}

export function fromPerson(person: { userId: string | null; name: string } | null): PersonValue {
  if (!person) return noPerson;
  return person.userId ? { userId: person.userId, name: '' } : { userId: '', name: person.name };
}

interface PersonFieldsProps {
  role: string;
  value: PersonValue;
  onChange: (value: PersonValue) => void;
  userOptions: Option[];
  description?: string;
  error?: string;
}

/** A person as a user of the forum, or a typed name: two fields side by side. */
export function PersonFields({ role, value, onChange, userOptions, description, error }: PersonFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label={t('meetings.form.person.user', { role })}
        description={description}
        data={[{ value: '', label: t('meetings.form.person.none') }, ...userOptions]}
        value={value.userId}
        onChange={(event) => onChange({ userId: event.currentTarget.value, name: '' })}
        error={error}
      />
      <TextInput
        label={t('meetings.form.person.name', { role })}
        description={t('meetings.form.person.nameDescription')}
        value={value.name}
        disabled={Boolean(value.userId)}
        onChange={(event) => onChange({ userId: '', name: event.currentTarget.value })}
      />
    </SimpleGrid>
  );
}

interface AdjustersFieldProps {
  value: PersonValue[];
  onChange: (value: PersonValue[]) => void;
  userOptions: Option[];
  /** Names of users not among the options (e.g. saved before), by id. */
  knownNames: Map<string, string>;
  error?: string;
}

/** Up to five adjusters, each a user or a typed name. */
export function AdjustersField({ value, onChange, userOptions, knownNames, error }: AdjustersFieldProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const [candidate, setCandidate] = useState(noPerson);
  const label = (person: PersonValue) =>
    person.userId
      ? (userOptions.find((o) => o.value === person.userId)?.label ?? knownNames.get(person.userId) ?? person.userId)
      : person.name;
  const chosen = new Set(value.map((person) => person.userId).filter(Boolean));
  const canAdd = value.length < 5 && Boolean(candidate.userId || candidate.name.trim());
  const add = () => {
    if (!canAdd) return;
    onChange([...value, candidate.userId ? candidate : { userId: '', name: candidate.name.trim() }]);
    setCandidate(noPerson);
  };
  return (
    <fieldset className="plain-fieldset" aria-describedby={`${legendId}-description`}>
      <legend className="field-legend" id={legendId}>
        {t('meetings.form.adjusters.legend')}
      </legend>
      <Text size="sm" c="dimmed" id={`${legendId}-description`} mb="xs">
        {t('meetings.form.adjusters.description')}
      </Text>
      <Stack gap="xs">
        {value.length === 0 ? (
          <Text size="sm">{t('meetings.form.adjusters.none')}</Text>
        ) : (
          <ul className="plain-list">
            {value.map((person, index) => (
              <li key={`${person.userId}:${person.name}:${index}`}>
                <Group gap="sm" justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {label(person)}
                  </Text>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                    aria-label={t('meetings.form.adjusters.remove', { name: label(person) })}
                  >
                    {t('common.remove')}
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
        {error && (
          <Text c="red.9" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('meetings.form.adjusters.user')}
            data={[
              { value: '', label: t('meetings.form.person.none') },
              ...userOptions.filter((option) => !chosen.has(option.value)),
            ]}
            value={candidate.userId}
            onChange={(event) => setCandidate({ userId: event.currentTarget.value, name: '' })}
            w={240}
          />
          <TextInput
            label={t('meetings.form.adjusters.name')}
            value={candidate.name}
            disabled={Boolean(candidate.userId)}
            onChange={(event) => setCandidate({ userId: '', name: event.currentTarget.value })}
            w={220}
          />
          <Button variant="default" onClick={add} disabled={!canAdd}>
            {t('meetings.form.adjusters.add')}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
