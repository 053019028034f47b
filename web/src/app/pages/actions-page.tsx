import { Checkbox, NativeSelect } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '@server/actions/schema.ts';
import { FilterBar, SearchField } from '../../components/ui/filter-bar.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import {
  ACTIONS_PAGE_SIZE,
  useActionOwners,
  useActions,
  type ActionFilters,
} from '../../features/actions/api/get-actions.ts';
import { ActionsTable } from '../../features/actions/components/actions-table.tsx';
import { useForums } from '../../features/forums/api/get-forums.ts';
import { toOptions } from '../options.ts';
import { meetingPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';

const statuses: ActionStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

/**
 * The uppdrag board: every uppdrag of the user's forums, filtered by forum, organisation, status
 * and overdue, a page at a time (a national administrator sees thousands).
 */
export function ActionsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const [filters, setFilters] = useState<ActionFilters>({});
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useDeferredValue(search.trim());
  const actions = useActions({ ...filters, q: q || undefined }, offset);
  // The choices come from every uppdrag the user sees, so a filter never hides the other options.
  const owners = useActionOwners();
  const forums = toOptions([
    ...new Map(access.me.forumRoles.map((role) => [role.forumId, { id: role.forumId, name: role.forumName }])).values(),
  ]);
  // Someone without a forum role of their own (an administrator) chooses among every forum they see.
  const visibleForums = useForums({}, { enabled: forums.length === 0 });
  const forumOptions = forums.length ? forums : toOptions(visibleForums.data ?? []);
  const organizations = toOptions(owners.data ?? []);
  const set = <K extends keyof ActionFilters>(key: K, value: ActionFilters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setOffset(0);
  };
  const changeSearch = (value: string) => {
    setSearch(value);
    setOffset(0);
  };

  return (
    <>
      <PageHeader title={t('actions.board.title')} intro={t('actions.board.intro')} />
      <FilterBar>
        <SearchField label={t('actions.board.filters.search')} value={search} onChange={changeSearch} />
        <NativeSelect
          label={t('actions.board.filters.forum')}
          data={[{ value: '', label: t('common.all') }, ...forumOptions]}
          value={filters.forumId ?? ''}
          onChange={(event) => set('forumId', event.currentTarget.value || undefined)}
          w={240}
        />
        <NativeSelect
          label={t('actions.board.filters.organization')}
          data={[{ value: '', label: t('common.all') }, ...organizations]}
          value={filters.organizationId ?? ''}
          onChange={(event) => set('organizationId', event.currentTarget.value || undefined)}
          w={240}
        />
        <NativeSelect
          label={t('actions.board.filters.status')}
          data={[
            { value: '', label: t('common.all') },
            ...statuses.map((status) => ({ value: status, label: t(`actions.status.${status}`) })),
          ]}
          value={filters.status ?? ''}
          onChange={(event) => set('status', (event.currentTarget.value || undefined) as ActionStatus | undefined)}
          w={160}
        />
        <Checkbox
          label={t('actions.board.filters.overdue')}
          checked={filters.overdue ?? false}
          onChange={(event) => set('overdue', event.currentTarget.checked || undefined)}
          mb={8}
        />
      </FilterBar>
      <QueryState query={actions}>
        {(page) => (
          <>
            <ActionsTable
              actions={page.items}
              caption={t('actions.board.caption', { count: page.total })}
              emptyText={t('actions.board.empty')}
              canUpdate={(action) => action.permissions.canUpdateStatus}
              meetingHref={(action) => meetingPath(action.meetingId)}
              showForum
            />
            <Pagination offset={offset} limit={ACTIONS_PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </QueryState>
    </>
  );
}
