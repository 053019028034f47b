import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Overview } from '@server/rounds/schema.ts';
import {
  SituationTable as SituationTableView,
  type SituationTableRow,
} from '../../../components/ui/situation-table.tsx';
import { useRoundLabels } from './use-round-labels.ts';

type Row = Overview['rows'][number];

interface SituationTableProps {
  overview: Overview;
  /** The report form of an organisation, where the user may open it, and how to name the link. */
  reportLink: (row: Row) => { href: string; label: string } | undefined;
}

/** The table the members used to read aloud: Verksamhet / Läge / Nuläge / Utmaning / Medskick. */
export function SituationTable({ overview, reportLink }: SituationTableProps) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  const rows = overview.rows.map((row): SituationTableRow => {
    const link = reportLink(row);
    return {
      key: row.organizationId,
      missing: row.status === 'missing',
      dataStatus: row.status,
      heading: (
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
      ),
      missingContent: (
        <>
          <Text fw={650}>{t('rounds.table.noReport')}</Text>
          {row.hasDraft && (
            <Text size="sm" c="dimmed">
              {t('rounds.table.draftStarted')}
            </Text>
          )}
        </>
      ),
      strainLevel: row.strainLevel,
      currentSituation: row.currentSituation,
      challenges: row.challenges,
      input: row.input,
    };
  });
  return (
    <SituationTableView
      caption={t('rounds.table.caption', { title: overview.round.title })}
      rows={rows}
      minWidth={860}
      strainWidth="11%"
    />
  );
}
