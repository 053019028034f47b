import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Round } from '@server/rounds/schema.ts';
import { client, data, type QueryOf } from '../../../lib/api-client.ts';

export type RoundFilters = QueryOf<'/api/forums/{forumId}/rounds'>;

export const roundKeys = {
  all: ['rounds'] as const,
  list: (forumId: string, filters: RoundFilters) => [...roundKeys.all, 'list', forumId, filters] as const,
  detail: (id: string) => [...roundKeys.all, 'detail', id] as const,
  overview: (id: string) => [...roundKeys.all, 'overview', id] as const,
  reminders: (id: string) => [...roundKeys.all, 'reminders', id] as const,
  schedule: (forumId: string) => [...roundKeys.all, 'schedule', forumId] as const,
  reminderSettings: (forumId: string) => [...roundKeys.all, 'reminder-settings', forumId] as const,
};

export function getRounds(forumId: string, filters: RoundFilters): Promise<Round[]> {
  return data(client.GET('/api/forums/{forumId}/rounds', { params: { path: { forumId }, query: { ...filters } } }));
}

export function roundsQueryOptions(forumId: string, filters: RoundFilters = {}) {
  return queryOptions({ queryKey: roundKeys.list(forumId, filters), queryFn: () => getRounds(forumId, filters) });
}

export function useRounds(forumId: string, filters: RoundFilters = {}) {
  return useQuery(roundsQueryOptions(forumId, filters));
}

/** The open rounds of several forums (a coordinator's start page), newest first. */
