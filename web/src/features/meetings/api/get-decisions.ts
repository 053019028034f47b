import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { decisionEntrySchema } from '@server/meetings/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { meetingKeys } from './get-meetings.ts';

export type DecisionEntry = z.infer<typeof decisionEntrySchema>;

export interface DecisionFilters {
  q?: string;
  forumId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function getDecisions(filters: DecisionFilters): Promise<{ items: DecisionEntry[]; total: number }> {
  return api.get<{ items: DecisionEntry[]; total: number }>('/api/decisions', { ...filters });
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
