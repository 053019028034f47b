import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import type { DecisionEntry } from '../api/get-decisions.ts';
import { useMeetingLabels } from './use-meeting-labels.ts';

interface DecisionsTableProps {
  decisions: DecisionEntry[];
  total: number;
  meetingHref: (decision: DecisionEntry) => string;
}

/** The decision register: Datum, Forum, Möte, Punkt, Beslut, Dnr. */
export function DecisionsTable({ decisions, total, meetingHref }: DecisionsTableProps) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  const columns: Column<DecisionEntry>[] = [
    {
      key: 'date',
      header: t('decisions.table.date'),
      render: (decision) => <span className="nowrap">{labels.date(decision.meetingDate)}</span>,
    },
    { key: 'forum', header: t('decisions.table.forum'), render: (decision) => decision.forumName },
    {
      key: 'meeting',
      header: t('decisions.table.meeting'),
      render: (decision) => (
        <Anchor component={Link} to={meetingHref(decision)}>
          {decision.meetingTitle}
        </Anchor>
      ),
    },
    {
      key: 'item',
      header: t('decisions.table.item'),
      render: (decision) => labels.itemHeading({ number: decision.itemNumber, title: decision.itemTitle }),
    },
    {
      key: 'decision',
      header: t('decisions.table.decision'),
      isRowHeader: true,
      render: (decision) => (
        <>
          <Text component="span" fw={500} className="preserve-lines">
            {decision.text}
          </Text>
          {decision.status !== 'published' && decision.status !== 'imported' && (
            <Text size="sm" c="dimmed" fw={400}>
              {t('decisions.table.notPublished', { status: labels.status(decision) })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'dnr',
      header: t('decisions.table.diaryNumber'),
      render: (decision) => <span className="nowrap">{decision.diaryNumber ?? t('common.none')}</span>,
    },
  ];
  return (
    <DataTable
      caption={t('decisions.table.caption', { count: total })}
      columns={columns}
      rows={decisions}
      rowKey={(decision) => decision.id}
      emptyText={t('decisions.table.empty')}
    />
  );
}
