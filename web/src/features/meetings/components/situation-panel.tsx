import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '@server/meetings/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { SituationTable, type SituationTableRow } from '../../../components/ui/situation-table.tsx';

type Situation = NonNullable<Meeting['situation']>;

/** The "Lägesbild" item: the round's reports and summering as filed, read-only, with a link to the lägesbild. */
export function SituationPanel({
  situation,
  roundHref,
}: {
  situation: Meeting['situation'];
  roundHref: (roundId: string) => string;
}) {
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
      <SituationTable
        caption={t('meetings.situation.caption', { title: situation.roundTitle })}
        minWidth={760}
        strainWidth="12%"
        rows={situation.rows.map((row): SituationTableRow => ({
          key: row.organization,
          missing: row.status === 'missing',
          heading: row.organization,
          missingContent: t('meetings.situation.noReport'),
          strainLevel: row.strainLevel,
          currentSituation: row.current,
          challenges: row.challenges,
          input: row.input,
        }))}
      />
    </Stack>
  );
}
