import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '@server/outbox/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';

export const isResendable = (m: OutboxMessage) => m.status === 'held' || m.status === 'failed';

/**
 * Every outgoing message: to whom, what, and where it stands (with the server's answer when it
 * failed); each message's text can be read, so what was held shows what would have been sent.
 * With `onResend`, a held or failed message can be sent again.
 */
export function OutboxTable({
  messages,
  total,
  onResend,
}: {
  messages: OutboxMessage[];
  total: number;
  onResend?: (message: OutboxMessage) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [shown, setShown] = useState<OutboxMessage>();
  const at = (value: string) => <time dateTime={value}>{formatDateTime(value, locale)}</time>;
  const columns: Column<OutboxMessage>[] = [
    { key: 'createdAt', header: t('outbox.table.createdAt'), render: (m) => at(m.createdAt), isRowHeader: true },
    {
      key: 'to',
      header: t('outbox.table.to'),
      render: (m) => t('outbox.table.recipient', { name: m.toName, email: m.toEmail }),
    },
    {
      key: 'subject',
      header: t('outbox.table.subject'),
      render: (m) => (
        <>
          {m.subject}
          <div>
            <Button
              size="compact-sm"
              variant="subtle"
              px={0}
              aria-label={t('outbox.table.showOne', { name: m.toName, subject: m.subject })}
              onClick={() => setShown(m)}
            >
              {t('outbox.table.show')}
            </Button>
          </div>
        </>
      ),
    },
    { key: 'forum', header: t('outbox.table.forum'), render: (m) => m.forumName ?? t('common.none') },
    { key: 'sender', header: t('outbox.table.createdBy'), render: (m) => m.createdByName ?? t('common.none') },
    {
      key: 'status',
      header: t('common.status'),
      render: (m) => (
        <>
          {t(`outbox.status.${m.status}`)}
          {m.sentAt && <> {at(m.sentAt)}</>}
          {m.lastError && <div>{t('outbox.table.answer', { answer: m.lastError, count: m.attempts })}</div>}
          {onResend && isResendable(m) && (
            <div>
              <Button
                size="compact-sm"
                variant="light"
                mt={4}
                aria-label={t('outbox.resend.one', { name: m.toName, subject: m.subject })}
                onClick={() => onResend(m)}
              >
                {t('outbox.resend.button')}
              </Button>
            </div>
          )}
        </>
      ),
    },
  ];
  return (
    <>
      <DataTable
        caption={t('outbox.table.caption', { count: total })}
        columns={columns}
        rows={messages}
        rowKey={(m) => m.id}
        emptyText={t('outbox.table.empty')}
      />
      {shown && (
        <Dialog title={shown.subject} size="lg" onClose={() => setShown(undefined)}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('outbox.table.recipient', { name: shown.toName, email: shown.toEmail })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{shown.body}</Text>
        </Dialog>
      )}
    </>
  );
}
