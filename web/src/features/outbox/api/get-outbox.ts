import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data, type QueryOf, type Schemas } from '../../../lib/api-client.ts';

/** The outbox page's own filters; paging is added per request. */
export type OutboxFilters = Pick<QueryOf<'/api/outbox'>, 'status' | 'kind' | 'q'>;

export type OutboxPage = Schemas['OutboxPage'];

export const OUTBOX_PAGE_SIZE = 50;

export function getOutbox(filters: OutboxFilters, offset: number): Promise<OutboxPage> {
  return data(client.GET('/api/outbox', { params: { query: { ...filters, limit: OUTBOX_PAGE_SIZE, offset } } }));
}

export function outboxQueryOptions(filters: OutboxFilters, offset = 0) {
  return queryOptions({
    queryKey: ['outbox', filters, offset],
    queryFn: () => getOutbox(filters, offset),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(filters: OutboxFilters, offset: number) {
  return useQuery(outboxQueryOptions(filters, offset));
}
