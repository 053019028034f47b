import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '@server/reports/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { StrainBadge } from '../../../components/ui/strain-badge.tsx';
import { currentLocale } from '../../../lib/i18n.ts';
import { formatIndicatorValue, indicatorName } from '../../../lib/indicators.ts';
import { textFields } from './report-values.ts';

/** The report as filed, read-only: after submission, in a closed round, or for printing. */
export function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="md" className="report-view">
      <div>
        <Title order={3} size="h5">
          {t('reports.form.strain.label')}
        </Title>
        {report.strainLevel ? (
          <StrainBadge level={report.strainLevel} />
        ) : (
          <Text c="dimmed">{t('rounds.strain.unstated')}</Text>
        )}
      </div>
      {textFields.map((field) => (
        <div key={field}>
          <Title order={3} size="h5">
            {t(`reports.form.${field}.label`)}
          </Title>
          {report[field].trim() ? (
            <BulletText text={report[field]} />
          ) : (
            <Text c="dimmed">{t('rounds.table.nothingWritten')}</Text>
          )}
        </div>
      ))}
      {report.indicators.length > 0 && (
        <Table captionSide="top" verticalSpacing={6} withTableBorder>
          <Table.Caption className="table-caption">{t('reports.form.figures.label')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rounds.indicators.indicator')}</Table.Th>
              <Table.Th scope="col">{t('rounds.indicators.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.indicators.map((indicator) => {
              const stored = report.values.find((v) => v.indicatorId === indicator.id);
              return (
                <Table.Tr key={indicator.id}>
                  <Table.Th scope="row" fw={400}>
                    {indicatorName(indicator, locale)}
                  </Table.Th>
                  <Table.Td>
                    {formatIndicatorValue(indicator, stored?.value ?? null, stored?.capacity ?? null, locale)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
