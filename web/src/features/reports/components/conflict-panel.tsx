import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '@server/reports/schema.ts';
import { ConflictAlert } from '../../../components/ui/conflict-alert.tsx';
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
        {values.strainLevel ? (
          <StrainBadge level={values.strainLevel} />
        ) : (
          <Text size="sm">{t('rounds.strain.unstated')}</Text>
        )}
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
        const text = figure?.value.trim()
          ? indicator.kind === 'capacity' && figure.capacity.trim()
            ? `${figure.value} / ${figure.capacity}`
            : figure.value
          : t('indicators.notReported');
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
export function ConflictPanel({
  detail,
  mine,
  theirs,
  isLoading,
  onLoadTheirs,
  onKeepMine,
  onUseTheirs,
}: ConflictPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ConflictAlert
      title={t('reports.conflict.title')}
      detail={detail}
      labels={{
        load: t('reports.conflict.load'),
        mine: t('reports.conflict.mine'),
        choose: t('reports.conflict.choose'),
        keepMine: t('reports.conflict.keepMine'),
        useTheirs: t('reports.conflict.useTheirs'),
      }}
      headingOrder={3}
      mine={theirs && <ValuesSummary values={mine} indicators={theirs.indicators} />}
      theirs={
        theirs && {
          heading: t('reports.conflict.theirs', {
            name: theirs.updatedByName ?? '',
            at: theirs.updatedAt ? formatDateTime(theirs.updatedAt, locale) : '',
          }),
          content: <ValuesSummary values={toValues(theirs, locale)} indicators={theirs.indicators} />,
        }
      }
      isLoading={isLoading}
      onLoadTheirs={onLoadTheirs}
      onKeepMine={onKeepMine}
      onUseTheirs={onUseTheirs}
    />
  );
}
