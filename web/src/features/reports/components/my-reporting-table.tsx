import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { formatDate, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { roundTitleLabel } from '@server/platform/labels.ts';
import type { MyReporting } from '../api/get-my-reporting.ts';

// Dark enough for 4.5:1 on white; the words carry the meaning.
const statusColors = {
  not_started: '#8a3b00',
  draft: '#8a3b00',
  amendment_draft: '#8a3b00',
  submitted: 'teal.9',
} as const;

interface MyReportingTableProps {
  rows: MyReporting[];
  reportHref: (row: MyReporting) => string;
}

/** "Att rapportera": the open rounds the user's organisation reports in, and how far it has come. */
export function MyReportingTable({ rows, reportHref }: MyReportingTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const columns: Column<MyReporting>[] = [
    {
      key: 'round',
      header: t('reports.mine.round'),
      isRowHeader: true,
      render: (row) =>
        t('rounds.table.forumRound', { forum: row.forumName, title: roundTitleLabel(row.title, locale) }),
    },
    {
      key: 'deadline',
      header: t('rounds.table.deadline'),
      render: (row) =>
        t('rounds.deadline', { date: formatDate(row.deadline, locale), time: formatTime(row.deadline, locale) }),
    },
    {
      key: 'status',
      header: t('common.status'),
      render: (row) => (
        <Badge variant="outline" radius="sm" tt="none" color={statusColors[row.status]} className="status-badge">
          {t(`reports.mine.status.${row.status}`)}
        </Badge>
      ),
    },
    {
      key: 'link',
      header: t('common.actions'),
      render: (row) => (
        <Anchor component={Link} to={reportHref(row)} fw={600}>
          {t(row.status === 'submitted' ? 'reports.mine.open' : 'reports.mine.fill', { title: row.title })}
        </Anchor>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('reports.mine.caption')}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.roundId}:${row.organizationId}`}
      emptyText={t('reports.mine.empty')}
    />
  );
}
