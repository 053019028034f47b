import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '@server/meetings/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { StrainBadge } from '../../../components/ui/strain-badge.tsx';

type Situation = NonNullable<Meeting['situation']>;

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

/** The "Lägesbild" item: the round's reports and summering as filed, read-only, with a link to the lägesbild. */
export function SituationPanel({ situation, roundHref }: { situation: Meeting['situation']; roundHref: (roundId: string) => string }) {
  const { t } = useTranslation();
  if (!situation) return <Text c="dimmed">{t('meetings.situation.none')}</Text>;
  return <SituationContent situation={situation} roundHref={roundHref} />;
}

function SituationContent({ situation, roundHref }: { situation: Situation; roundHref: (roundId: string) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={roundHref(situation.roundId)} className="no-print">
        {t('meetings.situation.link', { title: situation.roundTitle })}
      </Anchor>
      {situation.summary.trim() && (
        <Paper withBorder radius="sm" p="md" bg="gray.0">
          <Text fw={650} mb={4}>
            {t('meetings.situation.summary')}
          </Text>
          <BulletText text={situation.summary} />
        </Paper>
      )}
      <Paper withBorder radius="md" className="table-frame">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" horizontalSpacing="md" captionSide="top" className="situation-table" withColumnBorders>
            <Table.Caption className="table-caption">{t('meetings.situation.caption', { title: situation.roundTitle })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="17%">
                  {t('rounds.table.organization')}
                </Table.Th>
                <Table.Th scope="col" w="12%">
                  {t('rounds.table.strain')}
                </Table.Th>
                <Table.Th scope="col">{t('rounds.table.currentSituation')}</Table.Th>
                <Table.Th scope="col">{t('rounds.table.challenges')}</Table.Th>
                <Table.Th scope="col">{t('rounds.table.input')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {situation.rows.map((row) => (
                <Table.Tr key={row.organization} className={row.status === 'missing' ? 'row-missing' : undefined}>
                  <Table.Th scope="row" fw={600}>
                    {row.organization}
                  </Table.Th>
                  {row.status === 'missing' ? (
                    <Table.Td colSpan={4}>{t('meetings.situation.noReport')}</Table.Td>
                  ) : (
                    <>
                      <Table.Td>{row.strainLevel ? <StrainBadge level={row.strainLevel} /> : t('rounds.strain.unstated')}</Table.Td>
                      <Table.Td>
                        <TextCell text={row.current} />
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
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
