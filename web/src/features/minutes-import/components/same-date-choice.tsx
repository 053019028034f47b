import { Alert, Anchor, List, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import type { SameDateMeeting } from '../api/import-minutes.ts';

export type SameDateDecision = 'import' | 'skip';

interface SameDateChoiceProps {
  /** Distinguishes the radio groups of several files on one page. */
  name: string;
  filename: string;
  date: string;
  meetings: SameDateMeeting[];
  meetingHref: (id: string) => string;
  value: SameDateDecision | null;
  onChange: (value: SameDateDecision) => void;
  error?: string;
}

/**
 * The forum already has a meeting on the date of the file: most often the same meeting from
 * another file. The person decides, nothing is chosen for them.
 */
export function SameDateChoice({
  name,
  filename,
  date,
  meetings,
  meetingHref,
  value,
  onChange,
  error,
}: SameDateChoiceProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('minutesImport.sameDate.title', { date: formatDate(date, currentLocale()) })}
    >
      <Stack gap="xs">
        <List size="sm">
          {meetings.map((meeting) => (
            <List.Item key={meeting.id}>
              <Anchor component={Link} to={meetingHref(meeting.id)} size="sm">
                {meeting.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('minutesImport.sameDate.text')}</Text>
        <Radio.Group
          name={name}
          label={t('minutesImport.sameDate.choice', { filename })}
          value={value}
          onChange={(next) => onChange(next as SameDateDecision)}
          error={error}
          required
        >
          <Stack gap="xs" mt="xs">
            <Radio value="import" label={t('minutesImport.sameDate.import')} />
            <Radio value="skip" label={t('minutesImport.sameDate.skip')} />
          </Stack>
        </Radio.Group>
      </Stack>
    </Alert>
  );
}
