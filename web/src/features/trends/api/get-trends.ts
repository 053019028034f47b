import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IndicatorTrend, Reporting } from '@server/trends/schema.ts';
import { client, data } from '../../../lib/api-client.ts';

export interface TrendRange {
  from?: string;
  to?: string;
}

const trendKeys = {
  reporting: (forumId: string, range: TrendRange) => ['trends', forumId, 'reporting', range] as const,
  indicator: (forumId: string, indicatorId: string, range: TrendRange) =>
    ['trends', forumId, 'indicator', indicatorId, range] as const,
};

export function useReporting(forumId: string, range: TrendRange) {
  return useQuery({
    queryKey: trendKeys.reporting(forumId, range),
    queryFn: (): Promise<Reporting> =>
      data(client.GET('/api/forums/{forumId}/reporting', { params: { path: { forumId }, query: range } })),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorTrend(forumId: string, indicatorId: string | undefined, range: TrendRange) {
  return useQuery({
    queryKey: trendKeys.indicator(forumId, indicatorId ?? '', range),
    queryFn: (): Promise<IndicatorTrend> =>
      data(
        client.GET('/api/forums/{forumId}/trends', {
          params: { path: { forumId }, query: { indicatorId: indicatorId!, ...range } },
        }),
      ),
    enabled: Boolean(indicatorId),
    placeholderData: keepPreviousData,
  });
}
