import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorTrend as Trend } from '@server/trends/schema.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { indicatorName } from '../../../lib/indicators.ts';

// Told apart by the line's dash as well as its colour.
const looks = [
  { color: 'blue.8', strokeDasharray: undefined },
  { color: 'orange.8', strokeDasharray: '6 3' },
  { color: 'teal.8', strokeDasharray: '2 3' },
  { color: 'grape.8', strokeDasharray: '10 4 2 4' },
  { color: 'dark.6', strokeDasharray: '1 6' },
];

/**
 * One indicator over the rounds: the forum, each kind of organisation and, when chosen, one
 * organisation. Rounds nobody reported in are gaps in the line, never zeros. The table below says
 * the same in figures, with the capacity and any shortfall.
 */
export function IndicatorTrend({
  trend,
  rounds,
  organizationId,
}: {
  trend: Trend;
  rounds: number;
  organizationId?: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const start = Math.max(0, trend.rounds.length - rounds);
  const shown = trend.rounds.slice(start);
  const organization = trend.organizations.find((o) => o.organizationId === organizationId);
  const series = [
    { key: 'total', label: t('trends.series.forum'), values: trend.total.values },
    ...trend.groups.map((group) => ({
      key: group.organizationKind,
      label: t(`organizations.kind.${group.organizationKind}`),
      values: group.values,
    })),
    ...(organization ? [{ key: 'organization', label: organization.name, values: organization.values }] : []),
  ];
  const chartData = shown.map((round, offset) => ({
    round: round.title,
    ...Object.fromEntries(series.map((s) => [s.key, s.values[start + offset] ?? null])),
  }));
  const name = indicatorName(trend.indicator, locale);
  const unit = trend.indicator.unit ? `\u00a0${trend.indicator.unit}` : '';
  const figure = (value: number | null | undefined) =>
    value === null || value === undefined ? t('trends.gap') : `${formatNumber(value, locale)}${unit}`;

  return (
    <Stack gap="sm">
      <figure className="trend-figure">
        <figcaption>
          <Text fw={600}>{t(`trends.chart.caption.${trend.total.method}`, { name })}</Text>
        </figcaption>
        <div aria-hidden>
          <LineChart
            h={280}
            data={chartData}
            dataKey="round"
            connectNulls={false}
            lineChartProps={{ accessibilityLayer: false }}
            withLegend
            curveType="linear"
            valueFormatter={(value) => formatNumber(value, locale)}
            series={series.map((s, index) => ({ name: s.key, label: s.label, ...looks[index % looks.length]! }))}
          />
        </div>
      </figure>
      <Paper withBorder radius="md" className="table-frame">
        <Table.ScrollContainer
          minWidth={480}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('trends.table.scroll')}
        >
          <Table captionSide="top" withColumnBorders verticalSpacing="xs">
            <Table.Caption className="table-caption">{t('trends.table.caption', { name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('trends.table.round')}</Table.Th>
                {series.map((s) => (
                  <Table.Th scope="col" key={s.key}>
                    {s.label}
                  </Table.Th>
                ))}
                {trend.total.capacities && <Table.Th scope="col">{t('trends.table.capacity')}</Table.Th>}
                <Table.Th scope="col">{t('trends.table.reported')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((round, offset) => {
                const index = start + offset;
                return (
                  <Table.Tr key={round.id}>
                    <Table.Th scope="row">{round.title}</Table.Th>
                    {series.map((s) => (
                      <Table.Td key={s.key}>{figure(s.values[index])}</Table.Td>
                    ))}
                    {trend.total.capacities && (
                      <Table.Td>
                        {figure(trend.total.capacities[index])}
                        {trend.total.shortfall?.[index] && (
                          <Text span fw={700} className="shortfall">
                            {` – ${t(`trends.shortfall.${trend.indicator.higherIs}`)}`}
                          </Text>
                        )}
                      </Table.Td>
                    )}
                    <Table.Td>
                      {t('rounds.indicators.reported', {
                        reported: trend.total.reported[index]!,
                        expected: trend.total.expected[index]!,
                      })}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
