import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterBar, SearchField, ShowInactiveCheckbox } from '../../../components/ui/filter-bar.tsx';
import type { Option } from '../../../components/ui/options.ts';
import type { UserFilters as Filters } from '../api/get-users.ts';

interface UserFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  organizationOptions: Option[];
  forumOptions: Option[];
}

export function UserFilters({ filters, onChange, organizationOptions, forumOptions }: UserFiltersProps) {
  const { t } = useTranslation();
  const all = { value: '', label: t('common.all') };
  return (
    <FilterBar>
      <SearchField
        label={t('users.filters.search')}
        value={filters.q ?? ''}
        onChange={(q) => onChange({ ...filters, q })}
      />
      <NativeSelect
        label={t('users.filters.organization')}
        value={filters.organizationId ?? ''}
        data={[all, ...organizationOptions]}
        onChange={(event) => onChange({ ...filters, organizationId: event.currentTarget.value || undefined })}
        w={240}
      />
      <NativeSelect
        label={t('users.filters.forum')}
        value={filters.forumId ?? ''}
        data={[all, ...forumOptions]}
        onChange={(event) => onChange({ ...filters, forumId: event.currentTarget.value || undefined })}
        w={240}
      />
      <ShowInactiveCheckbox
        checked={filters.includeInactive ?? false}
        onChange={(includeInactive) => onChange({ ...filters, includeInactive })}
      />
    </FilterBar>
  );
}
