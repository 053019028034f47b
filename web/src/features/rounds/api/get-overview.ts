import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Overview } from '@server/rounds/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export function getOverview(roundId: string): Promise<Overview> {
  return data(client.GET('/api/rounds/{roundId}/overview', { params: { path: { roundId } } }));
}

export function overviewQueryOptions(roundId: string) {
  return queryOptions({ queryKey: roundKeys.overview(roundId), queryFn: () => getOverview(roundId) });
}

export function useOverview(roundId: string) {
  return useQuery(overviewQueryOptions(roundId));
}
