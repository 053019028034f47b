import { Alert, Button, Group } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { OUTBOX_PAGE_SIZE, useOutbox, type OutboxFilters as Filters } from '../../features/outbox/api/get-outbox.ts';
import { OutboxFilters } from '../../features/outbox/components/outbox-filters.tsx';
import { useResendMail } from '../../features/outbox/api/resend-mail.ts';
import { isResendable, OutboxTable } from '../../features/outbox/components/outbox-table.tsx';

export function OutboxPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const [offset, setOffset] = useState(0);
  const [debouncedFilters] = useDebouncedValue(filters, 250);
  const messages = useOutbox(debouncedFilters, offset);
  const resend = useResendMail();
  const resendIds = (ids: string[]) =>
    resend.mutate(ids, {
      onSuccess: ({ requeued }) =>
        notifications.show({ message: t('outbox.resend.done', { count: requeued }), color: 'teal' }),
    });

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setOffset(0);
  };

  return (
    <>
      <PageHeader title={t('outbox.title')} intro={t('outbox.intro')} />
      <OutboxFilters filters={filters} onChange={changeFilters} />
      <QueryState query={messages}>
        {(page) => (
          <>
            {!page.isDeliveryConfigured && (
              <Alert color="yellow" variant="light" title={t('outbox.notConfiguredTitle')} mb="md">
                {t('outbox.notConfigured')}
              </Alert>
            )}
            {page.isDeliveryConfigured && page.items.some(isResendable) && (
              <Group mb="md">
                <Button
                  variant="light"
                  loading={resend.isPending}
                  onClick={() => resendIds(page.items.filter(isResendable).map((m) => m.id))}
                >
                  {t('outbox.resend.page', { count: page.items.filter(isResendable).length })}
                </Button>
              </Group>
            )}
            {resend.error && <ErrorAlert message={resend.error.message} />}
            <OutboxTable
              messages={page.items}
              total={page.total}
              onResend={page.isDeliveryConfigured ? (m) => resendIds([m.id]) : undefined}
            />
            <Pagination offset={offset} limit={OUTBOX_PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </QueryState>
    </>
  );
}
