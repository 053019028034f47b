import { NativeSelect, TextInput } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, SearchField } from '../../components/ui/filter-bar.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useDecisions } from '../../features/meetings/api/get-decisions.ts';
import { DecisionsTable } from '../../features/meetings/components/decisions-table.tsx';
import { toOptions } from '../options.ts';
import { meetingPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';

const PAGE_SIZE = 25;
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The decision register: every decision of the user's forums, searchable by text, forum and date. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const [search, setSearch] = useState('');
  const [forumId, setForumId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useDeferredValue(search.trim());
  const decisions = useDecisions({
    q: q || undefined,
    forumId: forumId || undefined,
    from: isDay(from) ? from : undefined,
    to: isDay(to) ? to : undefined,
    limit: PAGE_SIZE,
    offset,
  });
  const forums = access.isAdmin
    ? toOptions(access.managedForums)
    : toOptions([
        ...new Map(
          access.me.forumRoles.map((role) => [role.forumId, { id: role.forumId, name: role.forumName }]),
        ).values(),
      ]);
  // A new search starts on the first page.
  const filter =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setOffset(0);
    };

  return (
    <>
      <PageHeader title={t('decisions.title')} intro={t('decisions.intro')} />
      <FilterBar>
        <SearchField label={t('decisions.filters.search')} value={search} onChange={filter(setSearch)} />
        <NativeSelect
          label={t('decisions.filters.forum')}
          data={[{ value: '', label: t('common.all') }, ...forums]}
          value={forumId}
          onChange={(event) => filter(setForumId)(event.currentTarget.value)}
          w={240}
        />
        <TextInput
          type="date"
          label={t('decisions.filters.from')}
          value={from}
          onChange={(event) => filter(setFrom)(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('decisions.filters.to')}
          value={to}
          onChange={(event) => filter(setTo)(event.currentTarget.value)}
        />
      </FilterBar>
      <QueryState query={decisions}>
        {(data) => (
          <>
            <DecisionsTable
              decisions={data.items}
              total={data.total}
              meetingHref={(decision) => meetingPath(decision.meetingId)}
            />
            <Pagination offset={offset} limit={PAGE_SIZE} total={data.total} onChange={setOffset} />
          </>
        )}
      </QueryState>
    </>
  );
}
