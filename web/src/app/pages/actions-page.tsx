import { Checkbox, NativeSelect } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '@server/actions/schema.ts';
import { FilterBar, SearchField } from '../../components/ui/filter-bar.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useActions, type ActionFilters } from '../../features/actions/api/get-actions.ts';
import { ActionsTable } from '../../features/actions/components/actions-table.tsx';
import { toOptions } from '../options.ts';
import { meetingPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';

const statuses: ActionStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

/** The uppdrag board: every uppdrag of the user's forums, filtered by forum, organisation, status and overdue. */
export function ActionsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const [filters, setFilters] = useState<ActionFilters>({});
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const actions = useActions({ ...filters, q: q || undefined });
  // The choices come from every uppdrag the user sees, so a filter never hides the other options.
  const all = useActions({});
  const forums = toOptions([
    ...new Map(access.me.forumRoles.map((role) => [role.forumId, { id: role.forumId, name: role.forumName }])).values(),
  ]);
  const forumOptions = forums.length
    ? forums
    : toOptions([...new Map((all.data ?? []).map((a) => [a.forumId, { id: a.forumId, name: a.forumName }])).values()]);
  const organizations = toOptions([
    ...new Map(
      (all.data ?? []).flatMap((a) =>
        a.ownerOrganizationId
          ? [[a.ownerOrganizationId, { id: a.ownerOrganizationId, name: a.ownerOrganizationName ?? '' }] as const]
          : [],
      ),
    ).values(),
  ]);
  const set = <K extends keyof ActionFilters>(key: K, value: ActionFilters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));

  return (
    <>
      <PageHeader title={t('actions.board.title')} intro={t('actions.board.intro')} />
      <FilterBar>
        <SearchField label={t('actions.board.filters.search')} value={search} onChange={setSearch} />
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
        {(data) => (
          <ActionsTable
            actions={data}
            caption={t('actions.board.caption', { count: data.length })}
            emptyText={t('actions.board.empty')}
            canUpdate={(action) => action.permissions.canUpdateStatus}
            meetingHref={(action) => meetingPath(action.meetingId)}
            showForum
          />
        )}
      </QueryState>
    </>
  );
}
