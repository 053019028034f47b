import { Button, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterBar, SearchField } from '../../../components/ui/filter-bar.tsx';
import type { AuditFilters as Filters } from '../api/get-audit-entries.ts';
import { auditCsvUrl } from '../api/get-audit-entries.ts';
import { useAuditOptions } from './use-audit-labels.ts';

interface AuditFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function AuditFilters({ filters, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const options = useAuditOptions();
  const all = { value: '', label: t('common.all') };
  const set = (key: keyof Filters, value: string) => onChange({ ...filters, [key]: value || undefined } as Filters);
  return (
    <FilterBar>
      <TextInput
        type="date"
        label={t('audit.filters.from')}
        value={filters.from ?? ''}
        max={filters.to}
        onChange={(event) => set('from', event.currentTarget.value)}
      />
      <TextInput
        type="date"
        label={t('audit.filters.to')}
        value={filters.to ?? ''}
        min={filters.from}
        onChange={(event) => set('to', event.currentTarget.value)}
      />
      <NativeSelect
        label={t('audit.filters.entityType')}
        value={filters.entityType ?? ''}
        data={[all, ...options.entityTypes]}
        onChange={(event) => set('entityType', event.currentTarget.value)}
        w={180}
      />
      <NativeSelect
        label={t('audit.filters.action')}
        value={filters.action ?? ''}
        data={[all, ...options.actions]}
        onChange={(event) => set('action', event.currentTarget.value)}
        w={180}
      />
      <SearchField label={t('audit.filters.search')} value={filters.q ?? ''} onChange={(q) => set('q', q)} />
      <Button component="a" href={auditCsvUrl(filters)} download variant="default" title={t('audit.exportHint')}>
        {t('audit.export')}
      </Button>
    </FilterBar>
  );
}
