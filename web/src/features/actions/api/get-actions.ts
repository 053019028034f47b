import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { Action } from '@server/actions/schema.ts';
import { client, data, flag, type QueryOf, type WithFlags } from '../../../lib/api-client.ts';

export type ActionFilters = WithFlags<QueryOf<'/api/actions'>, 'overdue'>;

export const actionKeys = {
  all: ['actions'] as const,
  list: (filters: ActionFilters) => [...actionKeys.all, 'list', filters] as const,
  mine: () => [...actionKeys.all, 'mine'] as const,
};

export function getActions(filters: ActionFilters): Promise<Action[]> {
  return data(client.GET('/api/actions', { params: { query: { ...filters, overdue: flag(filters.overdue) } } }));
}

export function actionsQueryOptions(filters: ActionFilters = {}) {
  return queryOptions({ queryKey: actionKeys.list(filters), queryFn: () => getActions(filters) });
}

/** The uppdrag board: uppdrag of every forum the user takes part in. */
export function useActions(filters: ActionFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...actionsQueryOptions(filters), ...options });
}

/** The queries of an organisation's uppdrag still to do in a round's forum (open and in progress). */
export function openActionsQueryOptions(filters: { roundId: string; organizationId: string }) {
  return (['open', 'in_progress'] as const).map((status) => actionsQueryOptions({ ...filters, status }));
}

/** An organisation's uppdrag still to do, for its lägesrapport; asked by round so it need not wait for the report. */
export function useOpenActions(filters: { roundId: string; organizationId: string }) {
  return useQueries({
    queries: openActionsQueryOptions(filters),
    combine: (results) => ({
      actions: results.flatMap((result) => result.data ?? []),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}
