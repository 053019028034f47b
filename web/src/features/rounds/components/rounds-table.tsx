import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Round } from '@server/rounds/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { RoundStatusBadges } from './round-status-badges.tsx';
import { useRoundLabels } from './use-round-labels.ts';

interface RoundsTableProps {
  rounds: Round[];
  caption: string;
  /** Where the round's lägesbild is; undefined where the user may not see it yet. */
  roundHref: (round: Round) => string | undefined;
  /** Show the forum's name (lists spanning several forums). */
  showForum?: boolean;
  emptyText: string;
}

export function RoundsTable({ rounds, caption, roundHref, showForum = false, emptyText }: RoundsTableProps) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  const columns: Column<Round>[] = [
    {
      key: 'title',
      header: t('rounds.table.round'),
      isRowHeader: true,
      render: (round) => {
        const href = roundHref(round);
        const name = showForum
          ? t('rounds.table.forumRound', { forum: round.forumName, title: labels.title(round) })
          : labels.title(round);
        return href ? (
          <Anchor component={Link} to={href} fw={600}>
            {name}
          </Anchor>
        ) : (
          name
        );
      },
    },
    { key: 'period', header: t('rounds.table.period'), render: (round) => labels.period(round) },
    { key: 'deadline', header: t('rounds.table.deadline'), render: (round) => labels.deadline(round.deadline) },
    { key: 'status', header: t('common.status'), render: (round) => <RoundStatusBadges round={round} /> },
    {
      key: 'counts',
      header: t('rounds.table.reported'),
      render: (round) => (
        <>
          <Text fw={600}>{labels.counts(round)}</Text>
          <Text size="sm" c="dimmed">
            {labels.countsDetail(round)}
          </Text>
        </>
      ),
    },
  ];
  return (
    <DataTable caption={caption} columns={columns} rows={rounds} rowKey={(round) => round.id} emptyText={emptyText} />
  );
}
