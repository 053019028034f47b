import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '@server/organizations/schema.ts';
import { FilterBar, SearchField, ShowInactiveCheckbox } from '../../../components/ui/filter-bar.tsx';
import type { OrganizationFilters as Filters } from '../api/get-organizations.ts';
import { useKindOptions } from './use-kind-label.ts';

interface OrganizationFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function OrganizationFilters({ filters, onChange }: OrganizationFiltersProps) {
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  return (
    <FilterBar>
      <SearchField
        label={t('organizations.filters.search')}
        value={filters.q ?? ''}
        onChange={(q) => onChange({ ...filters, q })}
      />
      <NativeSelect
        label={t('organizations.filters.kind')}
        value={filters.kind ?? ''}
        data={[{ value: '', label: t('common.all') }, ...kindOptions]}
        onChange={(event) =>
          onChange({ ...filters, kind: (event.currentTarget.value || undefined) as OrganizationKind | undefined })
        }
        w={200}
      />
      <ShowInactiveCheckbox
        checked={filters.includeInactive ?? false}
        onChange={(includeInactive) => onChange({ ...filters, includeInactive })}
      />
    </FilterBar>
  );
}
