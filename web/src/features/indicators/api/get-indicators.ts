import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Indicator } from '@server/indicators/schema.ts';
import { api } from '../../../lib/api-client.ts';

export interface IndicatorFilters {
  includeInactive?: boolean;
}

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (forumId: string, filters: IndicatorFilters) => [...indicatorKeys.all, forumId, filters] as const,
};

export function getIndicators(forumId: string, filters: IndicatorFilters): Promise<Indicator[]> {
  return api.get<Indicator[]>(`/api/forums/${forumId}/indicators`, { ...filters });
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
