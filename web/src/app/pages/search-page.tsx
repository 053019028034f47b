import { Button, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SEARCH_QUERY_MAX, searchKinds, type SearchKind } from '@server/search/schema.ts';
import { FilterBar } from '../../components/ui/filter-bar.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useForums } from '../../features/forums/api/get-forums.ts';
import { itemAnchor } from '../../features/meetings/components/agenda-editor.tsx';
import { useSearch, type SearchHit } from '../../features/search/api/search.ts';
import { SearchResults } from '../../features/search/components/search-results.tsx';
import { toOptions } from '../options.ts';
import { meetingPath, roundPath } from '../paths.ts';

const PAGE_SIZE = 20;
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** Reports and summeringar open in their round's lägesbild; meeting records at their item. */
function hitHref(hit: SearchHit): string {
  if (hit.meetingId)
    return `${meetingPath(hit.meetingId)}${hit.agendaItemId ? `#${itemAnchor({ id: hit.agendaItemId })}` : ''}`;
  return roundPath(hit.roundId!);
}

/** One search over everything the user may read; the search and its filters live in the address. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const forumId = params.get('forum') ?? '';
  const organizationId = params.get('organisation') ?? '';
  const kind = (params.get('typ') ?? '') as SearchKind | '';
  const from = params.get('fran') ?? '';
  const to = params.get('till') ?? '';
  const offset = Number(params.get('start') ?? 0) || 0;
  const forums = useForums().data ?? [];
  const organizations = new Map(
    forums
      .filter((forum) => !forumId || forum.id === forumId)
      .flatMap((forum) => forum.members.map((member) => [member.organizationId, member] as const)),
  );
  const results = useSearch({
    q,
    forumId: forumId || undefined,
    organizationId: organizationId || undefined,
    kind: kind || undefined,
    from: isDay(from) ? from : undefined,
    to: isDay(to) ? to : undefined,
    limit: PAGE_SIZE,
    offset,
  });

  // Any change but paging starts again on the first page.
  const update = (changes: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!('start' in changes)) next.delete('start');
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <>
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      <FilterBar>
        <form onSubmit={submit} className="search-form">
          <TextInput
            type="search"
            label={t('search.field.label')}
            description={t('search.field.hint')}
            value={text}
            maxLength={SEARCH_QUERY_MAX}
            onChange={(event) => setText(event.currentTarget.value)}
            className="search-field"
          />
          <Button type="submit">{t('search.submit')}</Button>
        </form>
        <NativeSelect
          label={t('search.filters.forum')}
          data={[{ value: '', label: t('common.all') }, ...toOptions(forums)]}
          value={forumId}
          onChange={(event) => update({ forum: event.currentTarget.value, organisation: '' })}
          w={220}
        />
        <NativeSelect
          label={t('search.filters.organization')}
          data={[
            { value: '', label: t('common.all') },
            ...toOptions([...organizations.values()].map((o) => ({ id: o.organizationId, name: o.name }))),
          ]}
          value={organizationId}
          onChange={(event) => update({ organisation: event.currentTarget.value })}
          w={220}
        />
        <NativeSelect
          label={t('search.filters.kind')}
          data={[
            { value: '', label: t('common.all') },
            ...searchKinds.map((value) => ({ value, label: t(`search.kind.${value}`) })),
          ]}
          value={kind}
          onChange={(event) => update({ typ: event.currentTarget.value })}
          w={220}
        />
        <TextInput
          type="date"
          label={t('search.filters.from')}
          value={from}
          onChange={(event) => update({ fran: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('search.filters.to')}
          value={to}
          onChange={(event) => update({ till: event.currentTarget.value })}
        />
      </FilterBar>
      {q === '' ? (
        <Text>{t('search.empty')}</Text>
      ) : (
        <QueryState query={results}>
          {(page) => (
            <>
              <Text role="status" mb="md">
                {page.isTotalCapped
                  ? t('search.results.countCapped', { cap: page.total, q })
                  : t('search.results.count', { count: page.total, q })}
              </Text>
              {page.items.length > 0 && <SearchResults hits={page.items} hitHref={hitHref} />}
              <Pagination
                offset={offset}
                limit={PAGE_SIZE}
                total={page.total}
                onChange={(start) => update({ start: String(start) })}
              />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
