import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchHit } from '@server/search/schema.ts';
import { client, data, type QueryOf, type ResponseOf } from '../../../lib/api-client.ts';

export type { SearchHit };
export type SearchFilters = QueryOf<'/api/search'> & { limit: number; offset: number };

export const searchKeys = {
  all: ['search'] as const,
  page: (filters: SearchFilters) => [...searchKeys.all, filters] as const,
};

export function getSearchPage(filters: SearchFilters): Promise<ResponseOf<'/api/search', 'get'>> {
  return data(client.GET('/api/search', { params: { query: filters } }));
}

export function searchQueryOptions(filters: SearchFilters) {
  return queryOptions({
    queryKey: searchKeys.page(filters),
    queryFn: () => getSearchPage(filters),
    placeholderData: keepPreviousData,
    // Nothing to ask before the user has typed a word.
    enabled: filters.q.trim() !== '',
  });
}

/** Everything the user may read that holds the words, most relevant first. */
export function useSearch(filters: SearchFilters) {
  return useQuery(searchQueryOptions(filters));
}
