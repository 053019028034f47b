import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import type { OutboxEntry } from '../api/get-reminders.ts';
import { useRoundLabels } from './use-round-labels.ts';

/** The mail about a round (opened, reminders, closed), and how far each has got: waiting, retrying, sent, failed or held. */
export function RemindersTable({ entries }: { entries: OutboxEntry[] }) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  const deliveryLabel = (e: OutboxEntry) => {
    const answer = e.lastError ?? '';
    switch (e.status) {
      case 'sent':
        return t('rounds.reminders.table.sent', { at: e.sentAt ? labels.dateTime(e.sentAt) : '' });
      case 'queued':
        return e.attempts > 0 && e.nextAttemptAt
          ? t('rounds.reminders.table.retrying', { at: labels.dateTime(e.nextAttemptAt), answer })
          : t('rounds.reminders.table.queued');
      case 'sending':
        return t('rounds.reminders.table.sending');
      case 'failed':
        return t('rounds.reminders.table.failed', { answer });
      case 'held':
        return t('rounds.reminders.table.held');
      case 'opted_out':
        return t('rounds.reminders.table.opted_out');
    }
  };
  const columns: Column<OutboxEntry>[] = [
    {
      key: 'createdAt',
      header: t('rounds.reminders.table.createdAt'),
      render: (e) => labels.dateTime(e.createdAt),
      isRowHeader: true,
    },
    {
      key: 'kind',
      header: t('rounds.reminders.table.kind'),
      render: (e) => t(`mail.kind.${e.kind}`),
    },
    {
      key: 'to',
      header: t('rounds.reminders.table.to'),
      render: (e) => t('rounds.reminders.table.recipient', { name: e.toName, email: e.toEmail }),
    },
    {
      key: 'organization',
      header: t('rounds.table.organization'),
      render: (e) => e.organizationName ?? t('common.none'),
    },
    {
      key: 'sent',
      header: t('common.status'),
      render: (e) => deliveryLabel(e),
    },
  ];
  return (
    <DataTable
      caption={t('rounds.reminders.table.caption', { count: entries.length })}
      columns={columns}
      rows={entries}
      rowKey={(e) => e.id}
      emptyText={t('rounds.reminders.table.empty')}
    />
  );
}
