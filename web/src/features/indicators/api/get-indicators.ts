import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Indicator } from '@server/indicators/schema.ts';
import { client, data, flag, type QueryOf, type WithFlags } from '../../../lib/api-client.ts';

export type IndicatorFilters = WithFlags<QueryOf<'/api/forums/{forumId}/indicators'>, 'includeInactive'>;

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (forumId: string, filters: IndicatorFilters) => [...indicatorKeys.all, forumId, filters] as const,
};

export function getIndicators(forumId: string, filters: IndicatorFilters): Promise<Indicator[]> {
  return data(
    client.GET('/api/forums/{forumId}/indicators', {
      params: { path: { forumId }, query: { ...filters, includeInactive: flag(filters.includeInactive) } },
    }),
  );
}

export function indicatorsQueryOptions(forumId: string, filters: IndicatorFilters = {}) {
  return queryOptions({
    queryKey: indicatorKeys.list(forumId, filters),
    queryFn: () => getIndicators(forumId, filters),
  });
}

export function useIndicators(forumId: string, filters: IndicatorFilters = {}) {
  return useQuery(indicatorsQueryOptions(forumId, filters));
}
