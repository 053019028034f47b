import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@server/meetings/schema.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';

/**
 * Where imported minutes came from, in place of the kallelse: a meeting held before it was in the app was never
 * called here, so "not sent" and an empty mail table would only puzzle.
 */
export function ImportedPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { imported } = meeting;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="meeting-imported-heading">
      <Title order={2} size="h3" id="meeting-imported-heading" mb="sm">
        {t('meetings.imported.title')}
      </Title>
      <Text>
        {imported
          ? t('meetings.imported.text', {
              filename: imported.filename,
              at: formatDateTime(imported.at, currentLocale()),
              name: imported.byName,
            })
          : t('meetings.imported.unknown')}
      </Text>
    </Paper>
  );
}
