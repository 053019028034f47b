import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import {
  AUDIT_PAGE_SIZE,
  useAuditEntries,
  type AuditFilters as Filters,
} from '../../features/audit/api/get-audit-entries.ts';
import { AuditFilters } from '../../features/audit/components/audit-filters.tsx';
import { AuditTable } from '../../features/audit/components/audit-table.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const [offset, setOffset] = useState(0);
  const [debouncedFilters] = useDebouncedValue(filters, 250);
  const entries = useAuditEntries(debouncedFilters, offset);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setOffset(0);
  };

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <AuditFilters filters={filters} onChange={changeFilters} />
      <QueryState query={entries}>
        {(page) => (
          <>
            <AuditTable entries={page.items} total={page.total} />
            <Pagination offset={offset} limit={AUDIT_PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </QueryState>
    </>
  );
}
