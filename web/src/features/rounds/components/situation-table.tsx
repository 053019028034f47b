import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Overview } from '@server/rounds/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { StrainBadge } from '../../../components/ui/strain-badge.tsx';
import { useRoundLabels } from './use-round-labels.ts';

type Row = Overview['rows'][number];

interface SituationTableProps {
  overview: Overview;
  /** The report form of an organisation, where the user may open it, and how to name the link. */
  reportLink: (row: Row) => { href: string; label: string } | undefined;
}

function TextCell({ text }: { text: string | null }) {
  const { t } = useTranslation();
  if (!text?.trim()) {
    return (
      <Text size="sm" c="dimmed">
        {t('rounds.table.nothingWritten')}
      </Text>
    );
  }
  return <BulletText text={text} />;
}

/** The table the members used to read aloud: Verksamhet / Läge / Nuläge / Utmaning / Medskick. */
export function SituationTable({ overview, reportLink }: SituationTableProps) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  return (
    <Paper withBorder radius="md" className="table-frame">
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" horizontalSpacing="md" captionSide="top" className="situation-table" withColumnBorders>
          <Table.Caption className="table-caption">{t('rounds.table.caption', { title: overview.round.title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="17%">
                {t('rounds.table.organization')}
              </Table.Th>
              <Table.Th scope="col" w="11%">
                {t('rounds.table.strain')}
              </Table.Th>
              <Table.Th scope="col">{t('rounds.table.currentSituation')}</Table.Th>
              <Table.Th scope="col">{t('rounds.table.challenges')}</Table.Th>
              <Table.Th scope="col">{t('rounds.table.input')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.rows.map((row) => {
              const link = reportLink(row);
              return (
                <Table.Tr key={row.organizationId} data-status={row.status} className={row.status === 'missing' ? 'row-missing' : undefined}>
                  <Table.Th scope="row" fw={600}>
                    <Stack gap={4}>
                      <span>{row.organizationName}</span>
                      {row.status === 'late' && row.submittedAt && (
                        <Text size="sm" fw={600} className="late-note">
                          {t('rounds.table.late', { at: labels.dateTime(row.submittedAt) })}
                        </Text>
                      )}
                      {row.onBehalf && (
                        <Text size="sm" fw={400}>
                          {t('rounds.table.onBehalf')}
                        </Text>
                      )}
                      {row.version !== null && row.version > 1 && (
                        <Text size="sm" fw={400} c="dimmed">
                          {t('rounds.table.amended', { version: row.version })}
                        </Text>
                      )}
                      {link && (
                        <Anchor component={Link} to={link.href} size="sm" fw={400} className="no-print">
                          {link.label}
                        </Anchor>
                      )}
                    </Stack>
                  </Table.Th>
                  {row.status === 'missing' ? (
                    <Table.Td colSpan={4}>
                      <Text fw={650}>{t('rounds.table.noReport')}</Text>
                      {row.hasDraft && (
                        <Text size="sm" c="dimmed">
                          {t('rounds.table.draftStarted')}
                        </Text>
                      )}
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td>{row.strainLevel ? <StrainBadge level={row.strainLevel} /> : t('rounds.strain.unstated')}</Table.Td>
                      <Table.Td>
                        <TextCell text={row.currentSituation} />
                      </Table.Td>
                      <Table.Td>
                        <TextCell text={row.challenges} />
                      </Table.Td>
                      <Table.Td>
                        <TextCell text={row.input} />
                      </Table.Td>
                    </>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
