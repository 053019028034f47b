import { Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useIndicators } from '../../features/indicators/api/get-indicators.ts';
import { useIndicatorTrend, useReporting } from '../../features/trends/api/get-trends.ts';
import { IndicatorTrend } from '../../features/trends/components/indicator-trend.tsx';
import { ExportLinks } from '../../features/trends/components/export-links.tsx';
import { ReportingMatrix } from '../../features/trends/components/reporting-matrix.tsx';
import { currentLocale } from '../../lib/i18n.ts';
import { indicatorName } from '../../lib/indicators.ts';
import { ForumFrame } from './forum-frame.tsx';

const spans = ['12', '26', '52', 'all'] as const;
const roundsIn = (span: string) => (span === 'all' ? Number.MAX_SAFE_INTEGER : Number(span));

/** The forum over time: who has been strained and for how long, who reports on time, and each figure's trend. */
export function ForumTrendsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { forumId = '' } = useParams();
  const [span, setSpan] = useState<string>('12');
  const [chosenIndicator, setChosenIndicator] = useState<string>();
  const [organizationId, setOrganizationId] = useState('');
  const reporting = useReporting(forumId, {});
  const indicators = useIndicators(forumId, { includeInactive: false });
  const indicatorId = chosenIndicator ?? indicators.data?.[0]?.id;
  const trend = useIndicatorTrend(forumId, indicatorId, {});

  return (
    <ForumFrame forumId={forumId} section={t('forums.tabs.trends')}>
      {() => (
        <Stack gap="lg">
          <NativeSelect
            label={t('trends.span.label')}
            data={spans.map((value) => ({ value, label: t(`trends.span.${value}`) }))}
            value={span}
            onChange={(event) => setSpan(event.currentTarget.value)}
            w={260}
          />
          <section aria-labelledby="matrix-heading">
            <Title order={2} size="h3" id="matrix-heading" mb="sm">
              {t('trends.matrix.title')}
            </Title>
            <QueryState query={reporting}>
              {(data) => <ReportingMatrix reporting={data} rounds={roundsIn(span)} />}
            </QueryState>
          </section>
          <section aria-labelledby="trend-heading">
            <Title order={2} size="h3" id="trend-heading" mb="sm">
              {t('trends.chart.title')}
            </Title>
            <QueryState query={indicators}>
              {(list) =>
                list.length === 0 ? (
                  t('rounds.indicators.none')
                ) : (
                  <Stack gap="sm">
                    <Group gap="lg" align="flex-end">
                      <NativeSelect
                        label={t('trends.chart.indicator')}
                        data={list.map((i) => ({ value: i.id, label: indicatorName(i, locale) }))}
                        value={indicatorId}
                        onChange={(event) => setChosenIndicator(event.currentTarget.value)}
                        w={320}
                      />
                      <NativeSelect
                        label={t('trends.chart.organization')}
                        data={[
                          { value: '', label: t('trends.chart.noOrganization') },
                          ...(trend.data?.organizations ?? []).map((o) => ({ value: o.organizationId, label: o.name })),
                        ]}
                        value={organizationId}
                        onChange={(event) => setOrganizationId(event.currentTarget.value)}
                        w={320}
                      />
                    </Group>
                    <QueryState query={trend}>
                      {(data) => (
                        <IndicatorTrend
                          trend={data}
                          rounds={roundsIn(span)}
                          organizationId={organizationId || undefined}
                        />
                      )}
                    </QueryState>
                  </Stack>
                )
              }
            </QueryState>
          </section>
          <section aria-labelledby="export-heading">
            <Title order={2} size="h3" id="export-heading" mb="sm">
              {t('trends.export.title')}
            </Title>
            <ExportLinks forumId={forumId} />
          </section>
        </Stack>
      )}
    </ForumFrame>
  );
}
