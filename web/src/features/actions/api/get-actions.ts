import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { ACTION_PAGE_MAX, type ActionPage } from '@server/actions/schema.ts';
import { client, data, flag, type QueryOf, type WithFlags } from '../../../lib/api-client.ts';

/** The board's filters; paging is added per request. */
export type ActionFilters = WithFlags<Omit<QueryOf<'/api/actions'>, 'limit' | 'offset'>, 'overdue'>;

export const ACTIONS_PAGE_SIZE = 50;

export const actionKeys = {
  all: ['actions'] as const,
  list: (filters: ActionFilters, page: { limit: number; offset: number }) =>
    [...actionKeys.all, 'list', filters, page] as const,
  owners: () => [...actionKeys.all, 'owners'] as const,
  mine: () => [...actionKeys.all, 'mine'] as const,
};

export function getActions(filters: ActionFilters, page: { limit: number; offset: number }): Promise<ActionPage> {
  return data(
    client.GET('/api/actions', { params: { query: { ...filters, ...page, overdue: flag(filters.overdue) } } }),
  );
}

export function actionsQueryOptions(filters: ActionFilters = {}, page = { limit: ACTIONS_PAGE_SIZE, offset: 0 }) {
  return queryOptions({
    queryKey: actionKeys.list(filters, page),
    queryFn: () => getActions(filters, page),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

/** A page of the uppdrag board: uppdrag of every forum the user takes part in. */
export function useActions(filters: ActionFilters, offset: number) {
  return useQuery(actionsQueryOptions(filters, { limit: ACTIONS_PAGE_SIZE, offset }));
}

/** The organisations owning an uppdrag the user sees: the choices of the board's organisation filter. */
export function useActionOwners() {
  return useQuery({
    queryKey: actionKeys.owners(),
    queryFn: () => data(client.GET('/api/actions/owners')),
  });
}

/** The queries of an organisation's uppdrag still to do in a round's forum (open and in progress). */
export function openActionsQueryOptions(filters: { roundId: string; organizationId: string }) {
  return (['open', 'in_progress'] as const).map((status) =>
    actionsQueryOptions({ ...filters, status }, { limit: ACTION_PAGE_MAX, offset: 0 }),
  );
}

/** An organisation's uppdrag still to do, for its lägesrapport; asked by round so it need not wait for the report. */
export function useOpenActions(filters: { roundId: string; organizationId: string }) {
  return useQueries({
    queries: openActionsQueryOptions(filters),
    combine: (results) => ({
      actions: results.flatMap((result) => result.data?.items ?? []),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}
