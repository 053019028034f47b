import { Button, Paper, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '@server/organizations/schema.ts';
import type { Overview } from '@server/rounds/schema.ts';
import { formatChange, formatDate, formatNumber } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { roundTitleLabel } from '@server/platform/labels.ts';
import { formatIndicatorValue, indicatorName } from '../../../lib/indicators.ts';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';

type IndicatorEntry = Overview['indicators'][number];
type Aggregate = IndicatorEntry['total'];

const arrows = { up: '↑', down: '↓', same: '→' } as const;

function AggregateCell({ entry, aggregate }: { entry: IndicatorEntry; aggregate: Aggregate | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!aggregate) return <Text c="dimmed">{t('rounds.indicators.notApplicable')}</Text>;
  const { indicator } = entry;
  const value = formatIndicatorValue(indicator, aggregate.value, aggregate.capacity, locale);
  return (
    <Stack gap={2}>
      <Text fw={650}>
        {aggregate.value !== null && aggregate.method === 'median' ? t('rounds.indicators.median', { value }) : value}
      </Text>
      <Text size="sm" c="dimmed">
        {t('rounds.indicators.reported', { reported: aggregate.reported, expected: aggregate.expected })}
      </Text>
      {aggregate.change !== null && aggregate.direction && aggregate.assessment ? (
        <Text size="sm" className={`change change-${aggregate.assessment}`}>
          <span aria-hidden>{arrows[aggregate.direction]} </span>
          {t(`rounds.indicators.change.${aggregate.direction}`, {
            change: formatChange(aggregate.change, locale),
            assessment: t(`rounds.indicators.assessment.${aggregate.assessment}`),
          })}
          {aggregate.comparedOver < aggregate.reported &&
            `, ${t('rounds.indicators.comparedOver', { count: aggregate.comparedOver })}`}
        </Text>
      ) : (
        aggregate.value !== null && (
          <Text size="sm" c="dimmed">
            {t('rounds.indicators.noComparison')}
          </Text>
        )
      )}
    </Stack>
  );
}

/** What the changes are measured against, and why it is not like for like when it is not. */
export function ComparisonNote({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const previous = overview.previousRound;
  if (!previous) return <Text size="sm">{t('rounds.overview.compare.none')}</Text>;
  const period = `${formatDate(previous.periodStart, locale)}–${formatDate(previous.periodEnd, locale)}`;
  return (
    <Stack gap={4} className="comparison-note">
      <Text size="sm">
        {previous.isPreviousPeriod
          ? t('rounds.overview.compare.comparable', { previous: roundTitleLabel(previous.title, locale) })
          : t('rounds.overview.compare.notPrevious', { previous: roundTitleLabel(previous.title, locale), period })}
      </Text>
      {(previous.reportedOnlyNow > 0 || previous.reportedOnlyBefore > 0) && (
        <Text size="sm">
          {t('rounds.overview.compare.differentReporters', {
            both: formatNumber(previous.reportedBoth, locale),
            onlyNow: formatNumber(previous.reportedOnlyNow, locale),
            onlyBefore: formatNumber(previous.reportedOnlyBefore, locale),
          })}
        </Text>
      )}
    </Stack>
  );
}

/** The indicators of a round: per kind of organisation and in total, against the previous round. */
export function IndicatorOverview({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const kinds = [
    ...new Set(overview.indicators.flatMap((entry) => entry.groups.map((group) => group.organizationKind))),
  ];
  const columnCount = kinds.length + 2;

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (overview.indicators.length === 0) return <Text c="dimmed">{t('rounds.indicators.none')}</Text>;

  const caption = overview.previousRound
    ? t('rounds.indicators.captionCompared', {
        title: roundTitleLabel(overview.round.title, locale),
        previous: roundTitleLabel(overview.previousRound.title, locale),
      })
    : t('rounds.indicators.caption', { title: roundTitleLabel(overview.round.title, locale) });

  return (
    <Stack gap="sm">
      <ComparisonNote overview={overview} />
      <Paper withBorder radius="md" className="table-frame">
        <ScrollRegion label={caption} minWidth={720}>
          <Table
            verticalSpacing="sm"
            horizontalSpacing="md"
            captionSide="top"
            className="indicator-table"
            withColumnBorders
          >
            <Table.Caption className="table-caption">{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rounds.indicators.indicator')}</Table.Th>
                {kinds.map((kind) => (
                  <Table.Th scope="col" key={kind}>
                    {t(`organizations.kind.${kind}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('rounds.indicators.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.indicators.map((entry) => {
                const { indicator } = entry;
                const isOpen = expanded.has(indicator.id);
                const detailId = `indicator-detail-${indicator.id}`;
                const name = indicatorName(indicator, locale);
                return (
                  <Fragment key={indicator.id}>
                    <Table.Tr>
                      <Table.Th scope="row">
                        <Stack gap={6} align="flex-start">
                          <span>{name}</span>
                          <Text size="sm" c="dimmed" fw={400}>
                            {t(`rounds.indicators.higherIs.${indicator.higherIs}`)}
                          </Text>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-expanded={isOpen}
                            aria-controls={isOpen ? detailId : undefined}
                            onClick={() => toggle(indicator.id)}
                            className="no-print"
                            aria-label={t('forms.names.named', {
                              label: t(isOpen ? 'rounds.indicators.hideDetail' : 'rounds.indicators.showDetail'),
                              name,
                            })}
                          >
                            {t(isOpen ? 'rounds.indicators.hideDetail' : 'rounds.indicators.showDetail')}
                          </Button>
                        </Stack>
                      </Table.Th>
                      {kinds.map((kind) => (
                        <Table.Td key={kind}>
                          <AggregateCell
                            entry={entry}
                            aggregate={entry.groups.find((group) => group.organizationKind === kind)}
                          />
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <AggregateCell entry={entry} aggregate={entry.total} />
                      </Table.Td>
                    </Table.Tr>
                    {isOpen && (
                      <Table.Tr className="detail-row">
                        <Table.Td colSpan={columnCount}>
                          <OrganizationValues entry={entry} overview={overview} id={detailId} name={name} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Paper>
    </Stack>
  );
}

function OrganizationValues({
  entry,
  overview,
  id,
  name,
}: {
  entry: IndicatorEntry;
  overview: Overview;
  id: string;
  name: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const applies = (kind: OrganizationKind) =>
    entry.indicator.organizationKinds.length === 0 || entry.indicator.organizationKinds.includes(kind);
  // values and capacities are aligned with overview.rows.
  const rows = overview.rows
    .map((row, index) => ({
      row,
      value: entry.values[index] ?? null,
      capacity: entry.capacities?.[index] ?? null,
      previous: entry.previousValues?.[index] ?? null,
    }))
    .filter(({ row }) => applies(row.organizationKind));
  const reported = rows.filter(({ value }) => value !== null).length;
  return (
    <Table id={id} className="detail-table" verticalSpacing={4} captionSide="top">
      <Table.Caption className="table-caption">
        {t('rounds.indicators.detailCaption', {
          name,
          reported: formatNumber(reported, locale),
          expected: formatNumber(rows.length, locale),
        })}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('rounds.table.organization')}</Table.Th>
          <Table.Th scope="col">{t('rounds.indicators.value')}</Table.Th>
          {entry.previousValues && <Table.Th scope="col">{t('rounds.indicators.previous')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ row, value, capacity, previous }) => {
          return (
            <Table.Tr key={row.organizationId}>
              <Table.Th scope="row" fw={400}>
                {row.organizationName}
              </Table.Th>
              <Table.Td>
                {value !== null ? (
                  formatIndicatorValue(entry.indicator, value, capacity, locale)
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('indicators.notReported')}
                  </Text>
                )}
              </Table.Td>
              {entry.previousValues && (
                <Table.Td>
                  {previous !== null ? (
                    formatNumber(previous, locale)
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('indicators.notReported')}
                    </Text>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
