import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../locales/sv.ts';
import { exportUrl, type ExportDataset, type ExportFormat } from '../api/export-urls.ts';

const files: { dataset: ExportDataset; format: ExportFormat; label: TranslationKey }[] = [
  { dataset: 'values', format: 'xlsx', label: 'trends.export.valuesXlsx' },
  { dataset: 'values', format: 'csv', label: 'trends.export.valuesCsv' },
  { dataset: 'reporting', format: 'xlsx', label: 'trends.export.reportingXlsx' },
  { dataset: 'reporting', format: 'csv', label: 'trends.export.reportingCsv' },
];

/** Downloads of the forum's figures: what the caller may read, as the server decides. */
export function ExportLinks({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" mb="sm">
        {t('trends.export.intro')}
      </Text>
      <Group gap="sm">
        {files.map((file) => (
          <Button
            key={`${file.dataset}.${file.format}`}
            component="a"
            variant="default"
            href={exportUrl(forumId, file.dataset, file.format)}
            download
          >
            {t(file.label)}
          </Button>
        ))}
      </Group>
    </>
  );
}
