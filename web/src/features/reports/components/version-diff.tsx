import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '@server/reports/schema.ts';
import type { StrainLevel } from '@server/rounds/schema.ts';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { StrainBadge } from '../../../components/ui/strain-badge.tsx';
import { currentLocale } from '../../../lib/i18n.ts';
import { formatIndicatorValue, indicatorName } from '../../../lib/indicators.ts';
import { useReportDiff, type ReportDiff } from '../api/get-report-diff.ts';

type Field = ReportDiff['fields'][number];

/** Added words are underlined and removed words struck through, and each says so to a screen reader. */
function WordDiff({ parts }: { parts: Field['parts'] }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>
            <span className="visually-hidden">{t('reports.diff.addedStart')}</span>
            {part.value}
            <span className="visually-hidden">{t('reports.diff.addedEnd')}</span>
          </ins>
        ) : part.removed ? (
          <del key={index}>
            <span className="visually-hidden">{t('reports.diff.removedStart')}</span>
            {part.value}
            <span className="visually-hidden">{t('reports.diff.removedEnd')}</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}

function strainChange(parts: Field['parts']) {
  const before = parts
    .filter((p) => !p.added)
    .map((p) => p.value)
    .join('')
    .trim() as StrainLevel | '';
  const after = parts
    .filter((p) => !p.removed)
    .map((p) => p.value)
    .join('')
    .trim() as StrainLevel | '';
  return { before, after };
}

interface VersionDiffProps {
  report: Report;
  from: number;
  to: number;
  id: string;
}

/** What changed between two submitted versions of a report. */
export function VersionDiff({ report, from, to, id }: VersionDiffProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const diff = useReportDiff({ roundId: report.roundId, organizationId: report.organizationId }, from, to);
  return (
    <section id={id} aria-label={t('reports.diff.title', { from, to })}>
      <QueryState query={diff}>
        {(data) => {
          const changed = data.fields.filter((field) => field.changed);
          return (
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('reports.diff.title', { from, to })}
              </Title>
              <Text size="sm" c="dimmed">
                {t('reports.diff.legend')}
              </Text>
              {changed.length === 0 && data.values.length === 0 && <Text>{t('reports.diff.nothing')}</Text>}
              {changed.map((field) => {
                if (field.field === 'strainLevel') {
                  const { before, after } = strainChange(field.parts);
                  return (
                    <div key={field.field}>
                      <Title order={4} size="h6">
                        {t('reports.form.strain.label')}
                      </Title>
                      <Text>
                        {t('reports.diff.before')}{' '}
                        {before ? <StrainBadge level={before} /> : t('rounds.strain.unstated')}{' '}
                        {t('reports.diff.after')} {after ? <StrainBadge level={after} /> : t('rounds.strain.unstated')}
                      </Text>
                    </div>
                  );
                }
                return (
                  <div key={field.field}>
                    <Title order={4} size="h6">
                      {t(`reports.form.${field.field}.label`)}
                    </Title>
                    <WordDiff parts={field.parts} />
                  </div>
                );
              })}
              {data.values.length > 0 && (
                <Table captionSide="top" verticalSpacing={4} withTableBorder>
                  <Table.Caption className="table-caption">{t('reports.diff.values')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('rounds.indicators.indicator')}</Table.Th>
                      <Table.Th scope="col">{t('reports.diff.beforeColumn', { version: from })}</Table.Th>
                      <Table.Th scope="col">{t('reports.diff.afterColumn', { version: to })}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.values.map((value) => {
                      const indicator = report.indicators.find((i) => i.id === value.indicatorId);
                      const shape = indicator ?? { kind: 'decimal' as const, unit: '' };
                      return (
                        <Table.Tr key={value.indicatorId}>
                          <Table.Th scope="row" fw={400}>
                            {indicator ? indicatorName(indicator, locale) : t('reports.diff.unknownIndicator')}
                          </Table.Th>
                          <Table.Td>{formatIndicatorValue(shape, value.before, value.beforeCapacity, locale)}</Table.Td>
                          <Table.Td>{formatIndicatorValue(shape, value.after, value.afterCapacity, locale)}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </section>
  );
}
