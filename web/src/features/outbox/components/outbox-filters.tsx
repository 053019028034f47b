import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mailKinds, type MailKind, type MailStatus } from '@server/outbox/schema.ts';
import { FilterBar, SearchField } from '../../../components/ui/filter-bar.tsx';
import type { OutboxFilters as Filters } from '../api/get-outbox.ts';

const statuses: MailStatus[] = ['queued', 'sending', 'sent', 'failed', 'held', 'opted_out'];

export function OutboxFilters({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar>
      <NativeSelect
        label={t('outbox.filters.kind')}
        value={filters.kind ?? ''}
        data={[
          { value: '', label: t('common.all') },
          ...mailKinds.map((kind) => ({ value: kind, label: t(`mail.kind.${kind}`) })),
        ]}
        onChange={(event) =>
          onChange({ ...filters, kind: (event.currentTarget.value || undefined) as MailKind | undefined })
        }
        w={340}
      />
      <NativeSelect
        label={t('outbox.filters.status')}
        value={filters.status ?? ''}
        data={[
          { value: '', label: t('common.all') },
          ...statuses.map((status) => ({ value: status, label: t(`outbox.status.${status}`) })),
        ]}
        onChange={(event) =>
          onChange({ ...filters, status: (event.currentTarget.value || undefined) as MailStatus | undefined })
        }
        w={200}
      />
      <SearchField
        label={t('outbox.filters.search')}
        value={filters.q ?? ''}
        onChange={(q) => onChange({ ...filters, q: q || undefined })}
      />
    </FilterBar>
  );
}
