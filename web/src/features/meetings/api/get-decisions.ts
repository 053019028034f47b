import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { decisionEntrySchema } from '@server/meetings/schema.ts';
import { client, data, type QueryOf, type ResponseOf } from '../../../lib/api-client.ts';
import { meetingKeys } from './get-meetings.ts';

export type DecisionEntry = z.infer<typeof decisionEntrySchema>;

export type DecisionFilters = QueryOf<'/api/decisions'> & { limit: number; offset: number };

export function getDecisions(filters: DecisionFilters): Promise<ResponseOf<'/api/decisions', 'get'>> {
  return data(client.GET('/api/decisions', { params: { query: filters } }));
}

export function decisionsQueryOptions(filters: DecisionFilters) {
  return queryOptions({
    queryKey: meetingKeys.decisions(filters),
    queryFn: () => getDecisions(filters),
    placeholderData: keepPreviousData,
  });
}

/** The decision register: every decision the user may see, searchable. */
export function useDecisions(filters: DecisionFilters) {
  return useQuery(decisionsQueryOptions(filters));
}
