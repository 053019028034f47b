import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reporting } from '@server/trends/schema.ts';
import { formatPercent } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';

type Organization = Reporting['organizations'][number];

/** Who has been strained, and for how long: organisations × rounds, in words, with the reporting rates. */
export function ReportingMatrix({ reporting, rounds }: { reporting: Reporting; rounds: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const start = Math.max(0, reporting.rounds.length - rounds);
  const shown = reporting.rounds.slice(start);
  const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, locale));

  const cell = (organization: Organization, index: number) => {
    const status = organization.statuses[index]!;
    const level = organization.strainLevels[index];
    if (status === 'not_member')
      return (
        <Text span c="dimmed" size="sm">
          {t('trends.cell.notMember')}
        </Text>
      );
    if (status === 'missing')
      return (
        <Text span fw={600} size="sm">
          {t('trends.cell.missing')}
        </Text>
      );
    return (
      <span className={level ? `strain-cell strain-${level}` : undefined}>
        {level ? t(`strain.${level}`) : t('rounds.strain.unstated')}
        {status === 'late' && <Text span size="xs">{` (${t('trends.cell.late')})`}</Text>}
      </span>
    );
  };

  return (
    <Paper withBorder radius="md" className="table-frame">
      <Table.ScrollContainer
        minWidth={360 + shown.length * 110}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={t('trends.matrix.scroll')}
      >
        <Table captionSide="top" withColumnBorders verticalSpacing="xs" className="strain-matrix">
          <Table.Caption className="table-caption">{t('trends.matrix.caption', { count: shown.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rounds.table.organization')}</Table.Th>
              {shown.map((round) => (
                <Table.Th scope="col" key={round.id}>
                  {round.title}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('trends.rates.reported')}</Table.Th>
              <Table.Th scope="col">{t('trends.rates.onTime')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reporting.organizations.map((organization) => (
              <Table.Tr key={organization.organizationId}>
                <Table.Th scope="row" fw={600}>
                  {organization.name}
                </Table.Th>
                {shown.map((round, offset) => (
                  <Table.Td key={round.id}>{cell(organization, start + offset)}</Table.Td>
                ))}
                <Table.Td>{percent(organization.rates.rate)}</Table.Td>
                <Table.Td>{percent(organization.rates.onTimeRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('trends.rates.perRound')}</Table.Th>
              {shown.map((round, offset) => {
                const rates = reporting.roundRates[start + offset]!;
                return (
                  <Table.Td key={round.id}>
                    {t('trends.rates.cell', { rate: percent(rates.rate), onTime: percent(rates.onTimeRate) })}
                  </Table.Td>
                );
              })}
              <Table.Td>{percent(reporting.total.rate)}</Table.Td>
              <Table.Td>{percent(reporting.total.onTimeRate)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
