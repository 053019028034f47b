import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterBar, SearchField } from '../../../components/ui/filter-bar.tsx';
import type { AuditFilters as Filters } from '../api/get-audit-entries.ts';
import { auditActions, auditEntityTypes, useAuditLabels } from './use-audit-labels.ts';

interface AuditFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function AuditFilters({ filters, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const { actionLabel, entityTypeLabel } = useAuditLabels();
  const all = { value: '', label: t('common.all') };
  const set = (key: keyof Filters, value: string) => onChange({ ...filters, [key]: value || undefined });
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
        data={[all, ...Object.keys(auditEntityTypes).map((type) => ({ value: type, label: entityTypeLabel(type) }))]}
        onChange={(event) => set('entityType', event.currentTarget.value)}
        w={180}
      />
      <NativeSelect
        label={t('audit.filters.action')}
        value={filters.action ?? ''}
        data={[all, ...Object.keys(auditActions).map((action) => ({ value: action, label: actionLabel(action) }))]}
        onChange={(event) => set('action', event.currentTarget.value)}
        w={180}
      />
      <SearchField label={t('audit.filters.search')} value={filters.q ?? ''} onChange={(q) => set('q', q)} />
    </FilterBar>
  );
}
