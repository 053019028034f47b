import { Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrainLevel } from '@server/rounds/schema.ts';
import { BulletText } from './bullet-text.tsx';
import { StrainBadge } from './strain-badge.tsx';
import { ScrollRegion } from './scroll-region.tsx';

export interface SituationTableRow {
  key: string;
  /** Whether the organisation has no report: its row then shows `missing` across the four text columns. */
  missing: boolean;
  /** Set as `data-status` on the row, where given. */
  dataStatus?: string;
  /** The row header: the organisation, and any notes about its report. */
  heading: ReactNode;
  /** What a missing row shows in place of the report. */
  missingContent?: ReactNode;
  strainLevel: StrainLevel | null;
  /** Under the strain: e.g. the previous round's strain and the direction. */
  strainNote?: ReactNode;
  currentSituation: string | null;
  challenges: string | null;
  input: string | null;
}

interface SituationTableProps {
  caption: string;
  rows: readonly SituationTableRow[];
  minWidth: number;
  /** Width of the strain column. */
  strainWidth: string;
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

function Strain({ row }: { row: SituationTableRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      {row.strainLevel ? <StrainBadge level={row.strainLevel} /> : t('rounds.strain.unstated')}
      {row.strainNote}
    </Stack>
  );
}

/** On a phone: one card per organisation instead of a table that scrolls sideways. */
function SituationCards({ caption, rows }: { caption: string; rows: readonly SituationTableRow[] }) {
  const { t } = useTranslation();
  return (
    <section aria-label={caption}>
      <Text className="table-caption" mb="xs">
        {caption}
      </Text>
      <Stack component="ul" gap="sm" className="situation-cards">
        {rows.map((row) => (
          <Paper component="li" withBorder radius="md" p="sm" key={row.key} data-status={row.dataStatus}>
            <Text component="div" fw={600} mb="xs">
              {row.heading}
            </Text>
            {row.missing ? (
              row.missingContent
            ) : (
              <dl className="situation-card-fields">
                <dt>{t('rounds.table.strain')}</dt>
                <dd>
                  <Strain row={row} />
                </dd>
                <dt>{t('rounds.table.currentSituation')}</dt>
                <dd>
                  <TextCell text={row.currentSituation} />
                </dd>
                <dt>{t('rounds.table.challenges')}</dt>
                <dd>
                  <TextCell text={row.challenges} />
                </dd>
                <dt>{t('rounds.table.input')}</dt>
                <dd>
                  <TextCell text={row.input} />
                </dd>
              </dl>
            )}
          </Paper>
        ))}
      </Stack>
    </section>
  );
}

/** The table the members read aloud: Verksamhet / Läge / Nuläge / Utmaning / Medskick. */
export function SituationTable({ caption, rows, minWidth, strainWidth }: SituationTableProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 40em)');
  if (isPhone) return <SituationCards caption={caption} rows={rows} />;
  return (
    <Paper withBorder radius="md" className="table-frame">
      <ScrollRegion label={caption} minWidth={minWidth}>
        <Table
          verticalSpacing="sm"
          horizontalSpacing="md"
          captionSide="top"
          className="situation-table"
          withColumnBorders
        >
          <Table.Caption className="table-caption">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="17%">
                {t('rounds.table.organization')}
              </Table.Th>
              <Table.Th scope="col" w={strainWidth}>
                {t('rounds.table.strain')}
              </Table.Th>
              <Table.Th scope="col">{t('rounds.table.currentSituation')}</Table.Th>
              <Table.Th scope="col">{t('rounds.table.challenges')}</Table.Th>
              <Table.Th scope="col">{t('rounds.table.input')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-status={row.dataStatus} className={row.missing ? 'row-missing' : undefined}>
                <Table.Th scope="row" fw={600}>
                  {row.heading}
                </Table.Th>
                {row.missing ? (
                  <Table.Td colSpan={4}>{row.missingContent}</Table.Td>
                ) : (
                  <>
                    <Table.Td>
                      <Strain row={row} />
                    </Table.Td>
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
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Paper>
  );
}
