import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '@server/reports/schema.ts';
import { StrainBadge } from '../../../components/ui/strain-badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { indicatorName } from '../../../lib/indicators.ts';
import { textFields, toValues, type ReportValues } from './report-values.ts';

/** One version of the report as plain text, so two can be read side by side. */
export function ValuesSummary({ values, indicators }: { values: ReportValues; indicators: Report['indicators'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xs">
      <div>
        <Text fw={600} size="sm">
          {t('reports.form.strain.label')}
        </Text>
        {values.strainLevel ? <StrainBadge level={values.strainLevel} /> : <Text size="sm">{t('rounds.strain.unstated')}</Text>}
      </div>
      {textFields.map((field) => (
        <div key={field}>
          <Text fw={600} size="sm">
            {t(`reports.form.${field}.label`)}
          </Text>
          <Text size="sm" className="preserve-lines">
            {values[field] || t('rounds.table.nothingWritten')}
          </Text>
        </div>
      ))}
      {indicators.map((indicator) => {
        const figure = values.figures[indicator.id];
        const text = figure?.value.trim() ? (indicator.kind === 'capacity' && figure.capacity.trim() ? `${figure.value} / ${figure.capacity}` : figure.value) : t('indicators.notReported');
        return (
          <Text size="sm" key={indicator.id}>
            {indicatorName(indicator, locale)}: {text}
          </Text>
        );
      })}
    </Stack>
  );
}

interface ConflictPanelProps {
  detail: string;
  mine: ReportValues;
  theirs?: Report;
  isLoading: boolean;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Someone else saved the report meanwhile. Nothing the user typed is thrown away: both versions are
 * shown, and the user chooses which to continue from.
 */
export function ConflictPanel({ detail, mine, theirs, isLoading, onLoadTheirs, onKeepMine, onUseTheirs }: ConflictPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Alert color="orange" variant="light" title={t('reports.conflict.title')} role="alert" tabIndex={-1} data-form-error>
      <Stack gap="sm">
        <Text size="sm">{detail}</Text>
        {!theirs ? (
          <Group>
            <Button size="xs" variant="default" onClick={onLoadTheirs} loading={isLoading}>
              {t('reports.conflict.load')}
            </Button>
          </Group>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Paper withBorder p="sm" radius="sm">
                <Title order={3} size="h6" mb="xs">
                  {t('reports.conflict.mine')}
                </Title>
                <ValuesSummary values={mine} indicators={theirs.indicators} />
              </Paper>
              <Paper withBorder p="sm" radius="sm">
                <Title order={3} size="h6" mb="xs">
                  {t('reports.conflict.theirs', {
                    name: theirs.updatedByName ?? '',
                    at: theirs.updatedAt ? formatDateTime(theirs.updatedAt, locale) : '',
                  })}
                </Title>
                <ValuesSummary values={toValues(theirs, locale)} indicators={theirs.indicators} />
              </Paper>
            </SimpleGrid>
            <Text size="sm">{t('reports.conflict.choose')}</Text>
            <Group gap="sm">
              <Button size="xs" onClick={onKeepMine}>
                {t('reports.conflict.keepMine')}
              </Button>
              <Button size="xs" variant="default" onClick={onUseTheirs}>
                {t('reports.conflict.useTheirs')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}
